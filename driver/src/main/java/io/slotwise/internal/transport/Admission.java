package io.slotwise.internal.transport;

import io.slotwise.HostAndPort;
import io.slotwise.RedisBackpressureException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The two bounds of one {@link NettyNodeConnection}: commands and encoded bytes held, counting
 * those queued (accepted, not yet written) here and those awaiting replies in the current session.
 * A command is admitted while both counts before it are below their bounds, so a pipeline batch or
 * a single command larger than a bound still goes out on an idle connection.
 *
 * <p>At a bound, {@link #await} lets an application thread wait for room until a deadline: the
 * event loop calls {@link #roomFreed()} whenever a command leaves the counts (a reply, a failure),
 * which wakes the waiters. Waiting costs the event loop one volatile read per reply while nobody
 * waits.
 *
 * <p>Thread-safe. The queued counts go up before the session's counts are read, and a flush lowers
 * them only once the commands are in the session's FIFO, so the sum never undercounts.
 */
final class Admission {
  private final int maxCommands;
  private final long maxBytes;
  private final IntSupplier inFlight;
  private final LongSupplier inFlightBytes;
  private final AtomicInteger queued = new AtomicInteger();
  private final AtomicLong queuedBytes = new AtomicLong();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition room = lock.newCondition();
  private final AtomicInteger waiters = new AtomicInteger();

  /**
   * @param inFlight the commands awaiting replies in the current session
   * @param inFlightBytes their encoded bytes
   */
  Admission(int maxCommands, long maxBytes, IntSupplier inFlight, LongSupplier inFlightBytes) {
    this.maxCommands = maxCommands;
    this.maxBytes = maxBytes;
    this.inFlight = inFlight;
    this.inFlightBytes = inFlightBytes;
  }

  /** Counts {@code n} commands of {@code bytes} as queued unless a bound is reached already. */
  boolean tryAdmit(int n, long bytes) {
    int before = queued.addAndGet(n) - n;
    long beforeBytes = queuedBytes.addAndGet(bytes) - bytes;
    if (before + inFlight.getAsInt() < maxCommands
        && beforeBytes + inFlightBytes.getAsLong() < maxBytes) {
      return true;
    }
    // Not dequeued(): waking the waiters here would make them wake each other in turn. A
    // concurrent admission refused because of this brief increment retries within a wait slice.
    queued.addAndGet(-n);
    queuedBytes.addAndGet(-bytes);
    return false;
  }

  /**
   * Waits until {@code n} commands of {@code bytes} are admitted, {@code waitNanos} passed, or
   * {@code open} turns false. The caller tried {@link #tryAdmit} first.
   *
   * @return whether they were admitted (counted as queued)
   */
  boolean await(int n, long bytes, long waitNanos, BooleanSupplier open) {
    long deadline = System.nanoTime() + waitNanos;
    waiters.incrementAndGet();
    lock.lock();
    try {
      while (true) {
        if (!open.getAsBoolean()) {
          return false;
        }
        if (tryAdmit(n, bytes)) {
          return true;
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          return false;
        }
        // Bounded slices: a wake-up that raced with the registration costs at most one slice.
        room.awaitNanos(Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(50)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      lock.unlock();
      waiters.decrementAndGet();
    }
  }

  /** Queued commands left the queue without reaching a FIFO (failed, not written). */
  void dequeued(int n, long bytes) {
    queued.addAndGet(-n);
    queuedBytes.addAndGet(-bytes);
    roomFreed();
  }

  /** Queued commands moved into the session's FIFO: the sum is unchanged. */
  void written(int n, long bytes) {
    queued.addAndGet(-n);
    queuedBytes.addAndGet(-bytes);
  }

  /** Wakes the waiters, if any, after commands left the counts. */
  void roomFreed() {
    if (waiters.get() == 0) {
      return;
    }
    lock.lock();
    try {
      room.signalAll();
    } finally {
      lock.unlock();
    }
  }

  int queued() {
    return queued.get();
  }

  long queuedBytes() {
    return queuedBytes.get();
  }

  /** Commands held: queued plus awaiting replies. */
  int pending() {
    return queued.get() + inFlight.getAsInt();
  }

  /** Bytes held: queued plus awaiting replies. */
  long pendingBytes() {
    return queuedBytes.get() + inFlightBytes.getAsLong();
  }

  /**
   * Why {@code n} commands of {@code bytes} for {@code node} were refused: the counts and limits.
   *
   * @param waited whether the sender waited for room until the command's deadline
   */
  RedisBackpressureException refusal(HostAndPort node, int n, long bytes, boolean waited) {
    return new RedisBackpressureException(
        "too many commands pending on "
            + node
            + ": "
            + pending()
            + " queued or awaiting replies, limit "
            + maxCommands
            + " (maxInFlightPerNode); "
            + pendingBytes()
            + " bytes, limit "
            + maxBytes
            + " (maxBytesInFlightPerNode); "
            + n
            + " more ("
            + bytes
            + " bytes) refused, not sent"
            + (waited ? ", after waiting for room until the command's deadline" : ""));
  }
}
