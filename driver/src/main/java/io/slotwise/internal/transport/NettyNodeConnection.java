package io.slotwise.internal.transport;

import io.netty.channel.EventLoop;
import io.netty.handler.ssl.SslContext;
import io.slotwise.HostAndPort;
import io.slotwise.RedisBackpressureException;
import io.slotwise.RedisConnectionException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.Connector.State;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A {@link NodeConnection} to one endpoint, pinned to one event loop: the front that callers see,
 * which outlives the channels it opens one after the other. Three parts:
 *
 * <ul>
 *   <li>this class: admission against the bounds, the submission queue, the flush task, {@link
 *       #close} and {@link #closeGracefully};
 *   <li>its {@link Connector}: the state, connect, TLS, handshake, reconnect with backoff;
 *   <li>one {@link ChannelSession} per channel: the commands in flight on it, reply matching, push
 *       frames, failing those commands when the channel closes.
 * </ul>
 *
 * <p><b>Write path.</b> {@link #send} (any thread) puts the command on a multi-producer queue and
 * schedules one flush task on the event loop unless one is already pending. The flush task drains
 * the queue and hands the batch to the current session, which encodes it into one pooled direct
 * buffer, appends it to its in-flight FIFO and writes it with one {@code writeAndFlush}: under
 * load, many commands share one syscall. A {@link #sendAll} batch is one queue element, so it stays
 * contiguous.
 *
 * <p><b>Failures.</b> Commands sent while not connected fail at once with {@code written == false};
 * commands in flight when the channel breaks fail with {@code written == true}, and the connection
 * reconnects in the background.
 *
 * <p><b>Bounds.</b> Commands queued plus awaiting replies, and their encoded bytes, stay within
 * {@link ConnectionSettings#maxInFlight()} and {@link ConnectionSettings#maxBytesInFlight()} (see
 * {@link Admission}). At a bound, an application thread waits for room until its command's {@link
 * Outbound#deadlineNanos() deadline} (when {@link ConnectionSettings#waitWhenFull()}), then gets a
 * {@link RedisBackpressureException} ({@code written == false}) naming the node, the limit and the
 * count; an I/O thread, a command without a deadline, or fail-fast settings get it at once. A hung
 * node therefore holds a bounded amount of memory.
 *
 * <p><b>Flushes.</b> One flush writes at most {@link PendingWrites#MAX_BYTES_PER_FLUSH} (or one
 * larger command); what is left waits for the next turn. While the channel is not writable (its
 * outbound buffer is above the high-water mark) nothing more is flushed; the queue resumes when it
 * becomes writable. A flush that throws (the buffer cannot be allocated) fails its batch as not
 * written, so the retry loop may send those commands again, and leaves the connection usable.
 *
 * <p><b>Closing.</b> {@link #close()} by the owner (the node left the topology) fails the queued
 * commands as not written and those in flight as written, both with a {@link
 * RedisConnectionException}, so that the retry loop reroutes them; once the client is closing
 * ({@link NettyTransport#beginClose()}) they fail with {@link SlotwiseClosedException}.
 *
 * <p><b>Ownership and threads.</b> Created and started by {@link NettyTransport}, owned by whoever
 * opened it; {@link #close()} fails the queued commands (not written), closes the current session
 * (its commands in flight fail, written) and makes the transport forget this connection.
 * Thread-safe: {@link #send}, {@link #sendAll}, {@link #close} and the getters run on any thread;
 * the flush batch and everything of the connector and the sessions are touched on the event loop
 * only (besides their volatile getters); the counters here are volatile or atomic.
 */
public final class NettyNodeConnection implements NodeConnection {

  private final NettyTransport transport;
  private final HostAndPort address;
  private final ConnectionSettings settings;
  private final EventLoop loop;
  private final Connector connector;
  private final SubmissionQueue submitted = new SubmissionQueue();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Runnable flushTask = this::flush;
  private final CompletableFuture<Void> closedFuture = new CompletableFuture<>();

  /** The bounds; counts what send/sendAll accepted and is not yet in a FIFO (nor failed). */
  private final Admission admission;

  private volatile Consumer<Reply> pushListener;
  private volatile long flushes;
  private volatile long flushedCommands;

  // Event-loop only: drained from the queue, not yet written (the rest of a capped flush).
  private final PendingWrites pending;

  // Blocking links for sync calls while this connection is idle; null when off (or TLS).
  private final DirectLinks direct;

  NettyNodeConnection(
      NettyTransport transport,
      HostAndPort address,
      ConnectionSettings settings,
      EventLoop loop,
      SslContext sslContext) {
    this.transport = transport;
    this.address = address;
    this.settings = settings;
    this.loop = loop;
    this.connector =
        new Connector(transport, address, settings, loop, sslContext, new ConnectorHost());
    this.admission =
        new Admission(
            settings.maxInFlight(),
            settings.maxBytesInFlight(),
            this::inFlight,
            this::inFlightBytes);
    this.pending = new PendingWrites(address, submitted, admission);
    this.direct =
        settings.directLinksPerNode() > 0
            ? new DirectLinks(
                address, settings, transport.scheduler(), this::idle, connector::closedCause)
            : null;
  }

  @Override
  public DirectLinks directLinks() {
    return direct;
  }

  /** Connected, nothing queued, nothing awaiting a reply: a direct call overtakes nothing. */
  private boolean idle() {
    return admission.queued() == 0 && inFlight() == 0 && connector.state() == State.CONNECTED;
  }

  void start() {
    runOnLoop(connector::start);
  }

  @Override
  public HostAndPort address() {
    return address;
  }

  @Override
  public void send(Outbound command) {
    if (command == null) {
      throw new IllegalArgumentException("command must not be null");
    }
    State s = connector.state();
    if (s != State.CONNECTED) {
      refuse(command, s);
      return;
    }
    long bytes = command.command().encodedLength();
    if (!admission.tryAdmit(1, bytes)) {
      List<Outbound> one = List.of(command);
      if (!awaitRoom(one, 1, bytes, command.deadlineNanos())) {
        State now = connector.state(); // closed or lost while waiting?
        refuse(command, now == State.CONNECTED ? overloaded(1, bytes) : refusal(now));
        return; // still "waiting for room": the deadline leaves the outcome to this refusal
      }
      stopWaiting(one);
    }
    if (submitted.offer(command)) {
      scheduleFlush();
    }
  }

  @Override
  public void sendAll(List<? extends Outbound> commands) {
    if (commands == null) {
      throw new IllegalArgumentException("commands must not be null");
    }
    if (commands.isEmpty()) {
      return;
    }
    List<Outbound> copy = List.copyOf(commands);
    State s = connector.state();
    if (s != State.CONNECTED) {
      for (Outbound o : copy) {
        refuse(o, s);
      }
      return;
    }
    long bytes = 0;
    long deadline = Outbound.NO_DEADLINE;
    for (Outbound o : copy) {
      bytes += o.command().encodedLength();
      long d = o.deadlineNanos();
      if (d != Outbound.NO_DEADLINE && (deadline == Outbound.NO_DEADLINE || d - deadline < 0)) {
        deadline = d; // the earliest deadline of the batch
      }
    }
    if (!admission.tryAdmit(copy.size(), bytes)) {
      if (!awaitRoom(copy, copy.size(), bytes, deadline)) {
        State now = connector.state();
        RedisBackpressureException e = overloaded(copy.size(), bytes);
        for (Outbound o : copy) {
          refuse(o, now == State.CONNECTED ? e : refusal(now));
        }
        return; // still "waiting for room": the deadline leaves the outcome to this refusal
      }
      stopWaiting(copy);
    }
    if (submitted.offer(copy)) {
      scheduleFlush();
    }
  }

  /**
   * Waits for room for {@code n} commands of {@code bytes} until {@code deadlineNanos}, unless
   * waiting is not allowed: fail-fast settings, no deadline, or an I/O thread (which would wait for
   * replies it must read itself, and which the other connections of its loop need).
   *
   * @return whether they were admitted
   */
  private boolean awaitRoom(
      List<? extends Outbound> waiting, int n, long bytes, long deadlineNanos) {
    if (!settings.waitWhenFull()
        || deadlineNanos == Outbound.NO_DEADLINE
        || loop.inEventLoop()
        || IoThreads.isIoThread()) {
      return false;
    }
    long wait = deadlineNanos - System.nanoTime();
    if (wait <= 0) {
      return false;
    }
    // Cleared once admitted (stopWaiting); left set on a refusal, whose failure, delivered on the
    // loop, ends the command: a deadline that fires meanwhile defers to it.
    waiting.forEach(o -> o.waitingForRoom(true));
    try {
      return admission.await(n, bytes, wait, () -> connector.state() == State.CONNECTED);
    } catch (RuntimeException | Error e) {
      stopWaiting(waiting);
      throw e;
    }
  }

  private static void stopWaiting(List<? extends Outbound> waiting) {
    waiting.forEach(o -> o.waitingForRoom(false));
  }

  private RedisBackpressureException overloaded(int n, long bytes) {
    return admission.refusal(address, n, bytes, settings.waitWhenFull() && !IoThreads.isIoThread());
  }

  @Override
  public CompletableFuture<Reply> request(Command command) {
    if (command == null) {
      throw new IllegalArgumentException("command must not be null");
    }
    RequestOutbound request = new RequestOutbound(command);
    send(request);
    return request.future();
  }

  @Override
  public long connectCount() {
    return connector.connects();
  }

  @Override
  public boolean isConnected() {
    return connector.state() == State.CONNECTED;
  }

  @Override
  public int inFlight() {
    ChannelSession s = connector.session();
    return s == null ? 0 : s.inFlight();
  }

  /** The current channel, or {@code null} between channels (for tests). */
  io.netty.channel.Channel channel() {
    ChannelSession s = connector.session();
    return s == null ? null : s.channel();
  }

  private long inFlightBytes() {
    ChannelSession s = connector.session();
    return s == null ? 0 : s.inFlightBytes();
  }

  /** Commands accepted and not yet written (for tests of the bound). */
  int queuedCount() {
    return admission.queued();
  }

  @Override
  public CompletableFuture<Void> whenConnected() {
    return connector.whenConnected();
  }

  /** Receives RESP3 push frames (never replies to commands); called on the event loop. */
  @Override
  public void setPushListener(Consumer<Reply> listener) {
    this.pushListener = listener;
  }

  /** The RESP version agreed by the last handshake, or {@code null} before the first one. */
  Handshake.Negotiated negotiated() {
    return connector.negotiated();
  }

  /** Number of {@code writeAndFlush} calls for commands so far (handshakes included). */
  long flushCount() {
    return flushes;
  }

  /** Number of commands written so far (handshakes included). */
  long flushedCommandCount() {
    return flushedCommands;
  }

  @Override
  public CompletableFuture<Void> closeGracefully(Duration drain) {
    if (drain == null || drain.isNegative()) {
      throw new IllegalArgumentException("drain must be a non-negative duration, got " + drain);
    }
    if (closed.get()) {
      return closedFuture.copy();
    }
    runOnLoop(
        () -> {
          if (!connector.drain()) {
            close(); // not connected (or already closed): nothing to wait for
            return;
          }
          flush();
          loop.schedule(this::close, drain.toNanos(), TimeUnit.NANOSECONDS);
          closeIfDrained();
        });
    return closedFuture.copy();
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    connector.markClosed();
    if (direct != null) {
      direct.close();
    }
    runOnLoop(this::closeOnLoop);
  }

  @Override
  public String toString() {
    return "NodeConnection{"
        + address
        + ", "
        + connector.state()
        + ", inFlight="
        + inFlight()
        + "}";
  }

  /** Runs the flush task on the loop; the caller has claimed the flush flag. */
  private void scheduleFlush() {
    try {
      loop.execute(flushTask);
    } catch (RejectedExecutionException e) {
      submitted.flushNotScheduled();
      pending.failAll(closedException());
    }
  }

  private void flush() {
    submitted.flushStarted();
    State s = connector.state();
    ChannelSession current = connector.session();
    if ((s != State.CONNECTED && s != State.DRAINING) || current == null || !current.isActive()) {
      pending.failAll(s == State.CLOSED ? connector.closedCause() : notConnected(s));
      return;
    }
    if (!current.isWritable()) {
      return; // resumed by ConnectorHost#writable, or failed by #sessionEnded
    }
    int handled = pending.writeNext(current);
    if (handled > 0) {
      flushes = flushes + 1;
      flushedCommands = flushedCommands + handled;
    }
    resumeFlush();
  }

  /** Writes a handshake command through {@code session} at once, and counts the flush. */
  private void writeNow(ChannelSession session, List<Outbound> commands) {
    int handled = session.write(commands, Long.MAX_VALUE);
    flushes = flushes + 1;
    flushedCommands = flushedCommands + handled;
  }

  /** Flushes again soon if anything waits: after a flush, on writability, at a session's end. */
  private void resumeFlush() {
    if (pending.hasMore() && submitted.claimFlush()) {
      scheduleFlush();
    }
  }

  private void refuse(Outbound command, State s) {
    refuse(command, refusal(s));
  }

  private Throwable refusal(State s) {
    return s == State.CLOSED || s == State.DRAINING ? connector.closedCause() : notConnected(s);
  }

  private void refuse(Outbound command, Throwable cause) {
    if (loop.inEventLoop()) {
      Delivery.failure(command, cause, false);
      return;
    }
    try {
      loop.execute(() -> Delivery.failure(command, cause, false));
    } catch (RejectedExecutionException e) {
      Delivery.failure(command, cause, false);
    }
  }

  private void closeIfDrained() {
    if (inFlight() == 0 && !pending.hasMore()) {
      close();
    }
  }

  private void closeOnLoop() {
    Throwable cause = connector.closedCause();
    pending.failAll(cause);
    connector.close(cause);
    transport.forget(this);
    closedFuture.complete(null);
    admission.roomFreed(); // waiting senders see the state and give up
  }

  private void runOnLoop(Runnable task) {
    if (loop.inEventLoop()) {
      task.run();
      return;
    }
    try {
      loop.execute(task);
    } catch (RejectedExecutionException e) {
      task.run();
    }
  }

  private SlotwiseClosedException closedException() {
    return Connector.closedException(address);
  }

  private RedisConnectionException notConnected(State s) {
    return new RedisConnectionException(
        "not connected to " + address + " (" + s.name().toLowerCase(Locale.ROOT) + ")");
  }

  /** What the connector asks of this connection; kept off its public surface. */
  private final class ConnectorHost implements Connector.Host {
    @Override
    public void write(ChannelSession session, List<Outbound> commands) {
      writeNow(session, commands);
    }

    @Override
    public Consumer<Reply> pushListener() {
      return pushListener;
    }

    @Override
    public void sessionIdle() {
      closeIfDrained();
    }

    @Override
    public void drainInterrupted() {
      close();
    }

    @Override
    public void roomFreed() {
      admission.roomFreed();
    }

    @Override
    public void writable() {
      resumeFlush();
    }

    @Override
    public void sessionEnded() {
      resumeFlush();
      admission.roomFreed();
    }
  }
}
