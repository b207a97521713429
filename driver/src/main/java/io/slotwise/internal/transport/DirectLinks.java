package io.slotwise.internal.transport;

import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.RedisProtocolException;
import io.slotwise.RedisServerException;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The caller-thread links of one node: blocking connections on which a sync call's own thread
 * writes its command and reads the reply ({@link BlockingLink}), so that the call wakes no event
 * loop and is not woken by one. Beside the node's shared {@link NettyNodeConnection}, never instead
 * of it: a call goes direct only while that connection has nothing queued or in flight (so that it
 * overtakes none of the caller's own earlier commands) and a link is free or may be opened (at most
 * {@link ConnectionSettings#directLinksPerNode()}); otherwise {@link #call} says so and the command
 * goes on the shared connection as before.
 *
 * <p>Outcomes are the shared connection's: a reply (error replies included) goes to {@link
 * Outbound#onReply}; a broken link fails the command with {@code written == true} once any of its
 * bytes left, and a command none of whose bytes left is handed back ({@code call} returns false). A
 * link idle for more than {@link #STALE_CHECK_NANOS} is checked before use, so that a link the node
 * closed meanwhile is not taken for one that broke under the command.
 *
 * <p>Thread-safe: each link has one user at a time; the pool is guarded by this object's monitor.
 * Owned by its {@link NettyNodeConnection}, whose {@link NettyNodeConnection#close() close} closes
 * it: idle links close at once, a link in use fails its command and closes at its end.
 */
public final class DirectLinks {
  /** Links idle longer than this are checked (one non-blocking read) before use. */
  static final long STALE_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  /** After a link could not be opened, no other is tried for this long. */
  static final long REOPEN_DELAY_NANOS = TimeUnit.SECONDS.toNanos(1);

  private static final AtomicLong STAMPS = new AtomicLong();

  private final HostAndPort address;
  private final ConnectionSettings settings;
  private final ScheduledExecutorService scheduler;
  private final int max;
  private final BooleanSupplier sharedIdle;
  private final Supplier<Throwable> closedCause;

  // Guarded by this.
  private final BlockingLink[] idle;
  private final List<BlockingLink> open = new ArrayList<>();
  private int idleCount;
  private int opening;
  private boolean closed;
  private int waiters;

  private volatile long reopenAtNanos;

  /**
   * @param sharedIdle whether the shared connection is connected with nothing queued or in flight
   * @param closedCause what a command in flight gets when the owner closed the links
   */
  DirectLinks(
      HostAndPort address,
      ConnectionSettings settings,
      ScheduledExecutorService scheduler,
      BooleanSupplier sharedIdle,
      Supplier<Throwable> closedCause) {
    this.address = address;
    this.settings = settings;
    this.scheduler = scheduler;
    this.max = settings.directLinksPerNode();
    this.sharedIdle = sharedIdle;
    this.closedCause = closedCause;
    this.idle = new BlockingLink[max];
  }

  /**
   * Sends {@code out} on a link of the calling thread and delivers its outcome to it before
   * returning — unless the shared connection is busy, no link is free, or none of the command's
   * bytes could be written: then returns false, having delivered nothing, and the caller sends it
   * on the shared connection.
   */
  public boolean call(DirectOutbound out) {
    if (!sharedIdle.getAsBoolean()) {
      return false;
    }
    BlockingLink link = borrow(out.deadlineNanos());
    if (link == null) {
      return false;
    }
    long stamp = link.begin(STAMPS.incrementAndGet());
    out.onLink(link, stamp);
    // The outbound keeps its (link, stamp) after the use: an abort naming an ended use is a no-op.
    try {
      link.write(out.command());
    } catch (IOException | RuntimeException e) {
      boolean aborted = link.wasAborted(stamp);
      long sent = link.bytesWritten();
      discard(link);
      if (sent == 0 && !aborted) {
        return false;
      }
      out.onFailure(failure(e, aborted), sent > 0);
      return true;
    }
    Reply reply;
    try {
      reply = link.read();
    } catch (IOException | RuntimeException e) {
      boolean aborted = link.wasAborted(stamp);
      discard(link);
      out.onFailure(failure(e, aborted), true);
      return true;
    }
    giveBack(link, stamp);
    out.onReply(reply);
    return true;
  }

  /**
   * Writes {@code batch} back to back on a link of the calling thread, to be read later with {@link
   * Written#readAll()} (after the batches of the other nodes are written too); null when the shared
   * connection is busy, no link is free, or nothing could be written — the caller then sends the
   * batch on the shared connection. A partial write fails the commands that left (whole or in part)
   * as written and the rest as not written, at once.
   */
  public Written writeAll(List<? extends DirectOutbound> batch) {
    if (batch.isEmpty() || !sharedIdle.getAsBoolean()) {
      return null;
    }
    BlockingLink link = borrow(batch.get(0).deadlineNanos());
    if (link == null) {
      return null;
    }
    long stamp = link.begin(STAMPS.incrementAndGet());
    for (DirectOutbound out : batch) {
      out.onLink(link, stamp);
    }
    try {
      link.writeAll(batch);
    } catch (IOException | RuntimeException e) {
      boolean aborted = link.wasAborted(stamp);
      long sent = link.bytesWritten();
      discard(link);
      if (sent == 0 && !aborted) {
        return null;
      }
      Throwable cause = failure(e, aborted);
      long end = 0;
      for (DirectOutbound out : batch) {
        long start = end;
        end += out.command().encodedLength();
        out.onFailure(cause, start < sent);
      }
      return Written.NOTHING_TO_READ;
    }
    return new Written(this, link, stamp, batch);
  }

  /** A batch written on a link, whose replies are still to be read. */
  public static final class Written {
    static final Written NOTHING_TO_READ = new Written(null, null, 0, List.of());

    private final DirectLinks links;
    private final BlockingLink link;
    private final long stamp;
    private final List<? extends DirectOutbound> batch;

    private Written(
        DirectLinks links, BlockingLink link, long stamp, List<? extends DirectOutbound> batch) {
      this.links = links;
      this.link = link;
      this.stamp = stamp;
      this.batch = batch;
    }

    /** Reads the replies in order and delivers each as it comes, on the calling thread. */
    public void readAll() {
      if (link == null) {
        return;
      }
      int i = 0;
      try {
        for (; i < batch.size(); i++) {
          batch.get(i).onReply(link.read());
        }
      } catch (IOException | RuntimeException e) {
        boolean aborted = link.wasAborted(stamp);
        links.discard(link);
        Throwable cause = links.failure(e, aborted);
        for (int j = i; j < batch.size(); j++) {
          batch.get(j).onFailure(cause, true);
        }
        return;
      }
      links.giveBack(link, stamp);
    }
  }

  /**
   * Sends {@code command} on every link open now, each as soon as its user gives it back, and
   * returns the smallest integer reply; {@link Long#MAX_VALUE} when no link is open. For {@code
   * WAIT}, which answers for the writes of its own connection: a sync caller's writes may have gone
   * on any of them. Blocks the calling thread until {@code deadlineNanos} at most.
   *
   * @throws RedisTimeoutException when a link is not free, or does not answer, by the deadline
   * @throws RedisServerException when the node answers with an error
   * @throws RedisConnectionException when a link breaks
   */
  public long smallestReplyOnEach(Command command, long deadlineNanos) {
    List<BlockingLink> snapshot;
    synchronized (this) {
      snapshot = new ArrayList<>(open);
    }
    long smallest = Long.MAX_VALUE;
    for (BlockingLink link : snapshot) {
      if (!borrowThis(link, command, deadlineNanos)) {
        continue; // closed meanwhile: the writes it carried are no connection's to wait for
      }
      long stamp = link.begin(STAMPS.incrementAndGet());
      ScheduledFuture<?> guard =
          scheduler.schedule(
              () -> link.abort(stamp), deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
      Reply reply;
      try {
        link.write(command);
        reply = link.read();
      } catch (IOException | RuntimeException e) {
        guard.cancel(false);
        boolean aborted = link.wasAborted(stamp);
        discard(link);
        if (aborted) {
          throw new RedisTimeoutException(
              command.name() + " on a caller-thread connection to " + address + " timed out", e);
        }
        Throwable broke = failure(e, false);
        throw broke instanceof RuntimeException r
            ? r
            : new RedisConnectionException(broke.toString());
      }
      guard.cancel(false);
      giveBack(link, stamp);
      if (reply instanceof Reply.Int n) {
        smallest = Math.min(smallest, n.value());
      } else if (reply instanceof Reply.Error error) {
        throw new RedisServerException(command.name(), error.message());
      } else {
        throw new RedisProtocolException(command.name() + ": expected an integer, got " + reply);
      }
    }
    return smallest;
  }

  /** Takes {@code link} out of the idle ones once its user gives it back; false once it is gone. */
  private boolean borrowThis(BlockingLink link, Command command, long deadlineNanos) {
    synchronized (this) {
      waiters++;
      try {
        for (; ; ) {
          if (closed || !open.contains(link)) {
            return false;
          }
          int i = indexOfIdle(link);
          if (i >= 0) {
            idle[i] = idle[--idleCount];
            idle[idleCount] = null;
            break;
          }
          long left = deadlineNanos - System.nanoTime();
          if (left <= 0) {
            throw new RedisTimeoutException(
                "no caller-thread connection to " + address + " was free for " + command.name());
          }
          wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SlotwiseException("interrupted while waiting for " + command.name(), e);
      } finally {
        waiters--;
      }
    }
    if (System.nanoTime() - link.idleSinceNanos() >= STALE_CHECK_NANOS && link.closedWhileIdle()) {
      discard(link);
      return false;
    }
    return true;
  }

  private int indexOfIdle(BlockingLink link) {
    for (int i = 0; i < idleCount; i++) {
      if (idle[i] == link) {
        return i;
      }
    }
    return -1;
  }

  /** Links open now, in use or idle. */
  public synchronized int openLinks() {
    return open.size();
  }

  /** Closes the idle links now and the ones in use (their commands fail). Idempotent. */
  void close() {
    List<BlockingLink> toClose;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      toClose = new ArrayList<>(open);
    }
    for (BlockingLink link : toClose) {
      link.close(); // a link in use: its user sees the failure and releases the buffers
    }
    synchronized (this) {
      for (int i = 0; i < idleCount; i++) {
        idle[i].release();
        open.remove(idle[i]);
        idle[i] = null;
      }
      idleCount = 0;
    }
  }

  private BlockingLink borrow(long deadlineNanos) {
    for (; ; ) {
      BlockingLink link;
      synchronized (this) {
        if (closed) {
          return null;
        }
        if (idleCount > 0) {
          link = idle[--idleCount];
          idle[idleCount] = null;
        } else if (open.size() + opening < max && System.nanoTime() - reopenAtNanos >= 0) {
          opening++;
          link = null;
        } else {
          return null;
        }
      }
      if (link == null) {
        return openLink(deadlineNanos);
      }
      if (System.nanoTime() - link.idleSinceNanos() < STALE_CHECK_NANOS
          || !link.closedWhileIdle()) {
        return link;
      }
      discard(link);
    }
  }

  private BlockingLink openLink(long deadlineNanos) {
    long now = System.nanoTime();
    long budget = settings.connectTimeout().toNanos();
    if (deadlineNanos != Outbound.NO_DEADLINE) {
      budget = Math.min(budget, deadlineNanos - now);
    }
    BlockingLink link = null;
    try {
      if (budget > 0) {
        link = BlockingLink.open(address, settings, scheduler, budget);
      }
    } catch (RedisConnectionException e) {
      reopenAtNanos = System.nanoTime() + REOPEN_DELAY_NANOS;
    }
    synchronized (this) {
      opening--;
      if (link != null && !closed) {
        open.add(link);
        return link;
      }
    }
    if (link != null) {
      link.release();
    }
    return null;
  }

  private void giveBack(BlockingLink link, long stamp) {
    if (!link.end(stamp)) {
      discard(link);
      return;
    }
    link.trim();
    synchronized (this) {
      if (!closed) {
        idle[idleCount++] = link;
        if (waiters > 0) {
          notifyAll();
        }
        return;
      }
      open.remove(link);
    }
    link.release();
  }

  private void discard(BlockingLink link) {
    synchronized (this) {
      open.remove(link);
      if (waiters > 0) {
        notifyAll();
      }
    }
    link.release();
  }

  private Throwable failure(Throwable e, boolean aborted) {
    if (aborted) {
      return new RedisConnectionException(
          "caller-thread connection to " + address + " abandoned at the command's deadline", e);
    }
    synchronized (this) {
      if (closed) {
        return closedCause.get();
      }
    }
    if (e instanceof RedisProtocolException) {
      return e;
    }
    return new RedisConnectionException("connection to " + address + " broke: " + e, e);
  }
}
