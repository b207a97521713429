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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A {@link NodeConnection} to one endpoint, pinned to one event loop: the front that callers see,
 * which outlives the channels it opens one after the other. Three parts:
 *
 * <ul>
 *   <li>this class: admission against the in-flight bound, the submission queue, the flush task,
 *       {@link #close} and {@link #closeGracefully};
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
 * <p><b>Bound.</b> Commands queued plus awaiting replies stay within {@link
 * ConnectionSettings#maxInFlight()} (a {@link #sendAll} batch admitted while the count is below the
 * limit may pass it by its own size): past it, {@link #send} refuses at once with a {@link
 * RedisBackpressureException} ({@code written == false}) naming the node, the limit and the count.
 * A hung node therefore holds a bounded amount of memory, and callers learn of it at once instead
 * of through timeouts.
 *
 * <p><b>Ownership and threads.</b> Created and started by {@link NettyTransport}, owned by whoever
 * opened it; {@link #close()} fails the queued commands (not written), closes the current session
 * (its commands in flight fail, written) and makes the transport forget this connection.
 * Thread-safe: {@link #send}, {@link #sendAll}, {@link #close} and the getters run on any thread;
 * the flush batch and everything of the connector and the sessions are touched on the event loop
 * only (besides their volatile getters); the counters here are volatile or atomic.
 */
public final class NettyNodeConnection implements NodeConnection {

  /** Queue elements drained per flush: bounds one buffer and one loop turn under a flood. */
  static final int MAX_ELEMENTS_PER_FLUSH = 4096;

  private final NettyTransport transport;
  private final HostAndPort address;
  private final ConnectionSettings settings;
  private final EventLoop loop;
  private final Connector connector;
  private final SubmissionQueue submitted = new SubmissionQueue();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Runnable flushTask = this::flush;
  private final CompletableFuture<Void> closedFuture = new CompletableFuture<>();

  /** Commands accepted by send/sendAll and not yet in a session's FIFO (nor failed). */
  private final AtomicInteger queued = new AtomicInteger();

  private volatile Consumer<Reply> pushListener;
  private volatile long flushes;
  private volatile long flushedCommands;

  // Event-loop only.
  private final ArrayList<Outbound> batch = new ArrayList<>();

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
    if (!admit(1)) {
      refuse(command, overloaded(1));
      return;
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
    if (!admit(copy.size())) {
      RedisBackpressureException e = overloaded(copy.size());
      for (Outbound o : copy) {
        refuse(o, e);
      }
      return;
    }
    if (submitted.offer(copy)) {
      scheduleFlush();
    }
  }

  /**
   * Counts {@code n} commands as queued unless the connection is already at its limit. A batch is
   * admitted whole when the count before it is below the limit (a pipeline larger than the limit
   * still goes out on an idle connection; its commands are already in the caller's memory). The
   * queued count goes up before the in-flight count is read, and a flush lowers it only once the
   * commands are in the FIFO, so the sum never undercounts.
   */
  private boolean admit(int n) {
    int before = queued.addAndGet(n) - n;
    if (before + inFlight() >= settings.maxInFlight()) {
      queued.addAndGet(-n);
      return false;
    }
    return true;
  }

  private RedisBackpressureException overloaded(int n) {
    int pending = queued.get() + inFlight();
    return new RedisBackpressureException(
        "too many commands pending on "
            + address
            + ": "
            + pending
            + " queued or awaiting replies, limit "
            + settings.maxInFlight()
            + " (maxInFlightPerNode); "
            + n
            + " more refused, not sent");
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

  /** Commands accepted and not yet written (for tests of the bound). */
  int queuedCount() {
    return queued.get();
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
      failSubmitted(closedException());
    }
  }

  private void flush() {
    submitted.flushStarted();
    State s = connector.state();
    ChannelSession current = connector.session();
    if ((s != State.CONNECTED && s != State.DRAINING) || current == null || !current.isActive()) {
      failSubmitted(s == State.CLOSED ? closedException() : notConnected(s));
      return;
    }
    submitted.drainTo(batch, MAX_ELEMENTS_PER_FLUSH);
    write(current, batch);
    // Counted as queued until they are in the FIFO, so the bound never undercounts.
    queued.addAndGet(-batch.size());
    batch.clear();
    if (!submitted.isEmpty() && submitted.claimFlush()) {
      scheduleFlush();
    }
  }

  /** Writes a batch through {@code session} in one flush, and counts it. */
  private void write(ChannelSession session, List<Outbound> commands) {
    if (commands.isEmpty()) {
      return;
    }
    int written = session.write(commands);
    flushes = flushes + 1;
    flushedCommands = flushedCommands + written;
  }

  private void failSubmitted(Throwable cause) {
    submitted.forEachRemoved(
        o -> {
          queued.decrementAndGet();
          Delivery.failure(o, cause, false);
        });
  }

  private void refuse(Outbound command, State s) {
    refuse(command, s == State.CLOSED || s == State.DRAINING ? closedException() : notConnected(s));
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
    if (inFlight() == 0 && submitted.isEmpty()) {
      close();
    }
  }

  private void closeOnLoop() {
    SlotwiseClosedException cause = closedException();
    failSubmitted(cause);
    connector.close(cause);
    transport.forget(this);
    closedFuture.complete(null);
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
      NettyNodeConnection.this.write(session, commands);
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
  }
}
