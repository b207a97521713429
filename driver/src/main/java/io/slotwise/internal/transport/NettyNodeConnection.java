package io.slotwise.internal.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.slotwise.HostAndPort;
import io.slotwise.RedisBackpressureException;
import io.slotwise.RedisConnectionException;
import io.slotwise.RedisProtocolException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.protocol.RespDecoder;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link NodeConnection} over one Netty channel, pinned to one event loop.
 *
 * <p><b>Write path.</b> {@link #send} (any thread) puts the command on a multi-producer queue and
 * schedules one flush task on the event loop unless one is already pending. The flush task drains
 * the queue, encodes every command into one pooled direct buffer sized up front, appends them to
 * the in-flight FIFO and writes the buffer with one {@code writeAndFlush}: under load, many
 * commands share one syscall. A {@link #sendAll} batch is one queue element, so it stays
 * contiguous.
 *
 * <p><b>Read path.</b> Bytes are cumulated and decoded; each top-level reply completes the oldest
 * in-flight command, except RESP3 push frames, which go to the push listener. Invalid RESP fails
 * every in-flight command and closes the channel.
 *
 * <p><b>Life cycle.</b> connect, TLS handshake, Redis handshake ({@link Handshake}), connected;
 * when the channel breaks, in-flight commands fail with {@code written == true} and the connection
 * reconnects with capped exponential backoff and jitter, forever, until closed. Commands sent while
 * not connected fail at once with {@code written == false}.
 *
 * <p><b>Bound.</b> Commands queued plus awaiting replies stay within {@link
 * ConnectionSettings#maxInFlight()} (a {@link #sendAll} batch admitted while the count is below the
 * limit may pass it by its own size): past it, {@link #send} refuses at once with a {@link
 * RedisBackpressureException} ({@code written == false}) naming the node, the limit and the count.
 * A hung node therefore holds a bounded amount of memory, and callers learn of it at once instead
 * of through timeouts.
 *
 * <p>Thread-safe. State touched only on the event loop: {@link #inFlight}, {@link #channel}, the
 * reconnect bookkeeping. Everything else is volatile or atomic.
 */
public final class NettyNodeConnection implements NodeConnection, ReplyHandler.Sink {
  private static final Logger log = LoggerFactory.getLogger(NettyNodeConnection.class);

  /** Queue elements drained per flush: bounds one buffer and one loop turn under a flood. */
  static final int MAX_ELEMENTS_PER_FLUSH = 4096;

  enum State {
    CONNECTING,
    HANDSHAKING,
    CONNECTED,
    DRAINING,
    CLOSED
  }

  private final NettyTransport transport;
  private final HostAndPort address;
  private final ConnectionSettings settings;
  private final EventLoop loop;
  private final SslContext sslContext;
  private final Backoff backoff;
  private final SubmissionQueue submitted = new SubmissionQueue();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Runnable flushTask = this::flush;
  private final CompletableFuture<Void> closedFuture = new CompletableFuture<>();

  /** Commands accepted by send/sendAll and not yet in the in-flight FIFO (nor failed). */
  private final AtomicInteger queued = new AtomicInteger();

  private volatile State state = State.CONNECTING;
  private volatile CompletableFuture<Void> connected = new CompletableFuture<>();
  private volatile Consumer<Reply> pushListener;
  private volatile int inFlightCount;
  private volatile long flushes;
  private volatile long flushedCommands;
  private volatile Handshake.Negotiated negotiated;

  // Event-loop only.
  private final ArrayDeque<Outbound> inFlight = new ArrayDeque<>();
  private final ArrayList<Outbound> batch = new ArrayList<>();
  private Channel channel;
  private Throwable attemptFailure;
  private int attempt;
  private io.netty.util.concurrent.ScheduledFuture<?> reconnectTimer;

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
    this.sslContext = sslContext;
    this.backoff = new Backoff(settings.reconnectMinDelay(), settings.reconnectMaxDelay());
  }

  void start() {
    runOnLoop(this::connect);
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
    State s = state;
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
    State s = state;
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
   * still goes out on an idle connection; its commands are already in the caller's memory).
   */
  private boolean admit(int n) {
    int before = queued.addAndGet(n) - n;
    if (before + inFlightCount >= settings.maxInFlight()) {
      queued.addAndGet(-n);
      return false;
    }
    return true;
  }

  private RedisBackpressureException overloaded(int n) {
    int pending = queued.get() + inFlightCount;
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
  public boolean isConnected() {
    return state == State.CONNECTED;
  }

  @Override
  public int inFlight() {
    return inFlightCount;
  }

  /** Commands accepted and not yet written (for tests of the bound). */
  int queuedCount() {
    return queued.get();
  }

  @Override
  public CompletableFuture<Void> whenConnected() {
    if (state == State.CLOSED) {
      return CompletableFuture.failedFuture(closedException());
    }
    return connected.copy();
  }

  /** Receives RESP3 push frames (never replies to commands); called on the event loop. */
  @Override
  public void setPushListener(Consumer<Reply> listener) {
    this.pushListener = listener;
  }

  /** The RESP version agreed by the last handshake, or {@code null} before the first one. */
  Handshake.Negotiated negotiated() {
    return negotiated;
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
          if (state == State.CLOSED) {
            return;
          }
          if (state != State.CONNECTED) {
            close();
            return;
          }
          state = State.DRAINING;
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
    state = State.CLOSED;
    runOnLoop(this::closeOnLoop);
  }

  @Override
  public String toString() {
    return "NodeConnection{" + address + ", " + state + ", inFlight=" + inFlightCount + "}";
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
    State s = state;
    Channel ch = channel;
    if ((s != State.CONNECTED && s != State.DRAINING) || ch == null || !ch.isActive()) {
      failSubmitted(s == State.CLOSED ? closedException() : notConnected(s));
      return;
    }
    submitted.drainTo(batch, MAX_ELEMENTS_PER_FLUSH);
    write(ch, batch);
    // Counted as queued until they are in the FIFO, so the bound never undercounts.
    queued.addAndGet(-batch.size());
    batch.clear();
    if (!submitted.isEmpty() && submitted.claimFlush()) {
      scheduleFlush();
    }
  }

  /** Writes a batch in one flush and appends it to the in-flight FIFO. */
  private void write(Channel ch, List<Outbound> commands) {
    if (commands.isEmpty()) {
      return;
    }
    int written =
        CommandWriter.write(
            ch,
            commands,
            inFlight,
            (o, e) -> deliverFailure(o, e, false),
            f -> {
              if (!f.isSuccess()) {
                recordFailure(
                    new RedisConnectionException(
                        "write to " + address + " failed: " + f.cause(), f.cause()));
                f.channel().close();
              }
            });
    inFlightCount = inFlight.size();
    flushes = flushes + 1;
    flushedCommands = flushedCommands + written;
  }

  private void failSubmitted(Throwable cause) {
    submitted.forEachRemoved(
        o -> {
          queued.decrementAndGet();
          deliverFailure(o, cause, false);
        });
  }

  private void failInFlight(Throwable cause) {
    Outbound o;
    while ((o = inFlight.poll()) != null) {
      deliverFailure(o, cause, true);
    }
    inFlightCount = 0;
  }

  private void refuse(Outbound command, State s) {
    refuse(command, s == State.CLOSED || s == State.DRAINING ? closedException() : notConnected(s));
  }

  private void refuse(Outbound command, Throwable cause) {
    if (loop.inEventLoop()) {
      deliverFailure(command, cause, false);
      return;
    }
    try {
      loop.execute(() -> deliverFailure(command, cause, false));
    } catch (RejectedExecutionException e) {
      deliverFailure(command, cause, false);
    }
  }

  private void deliverFailure(Outbound o, Throwable cause, boolean written) {
    try {
      o.onFailure(cause, written);
    } catch (RuntimeException e) {
      log.warn("onFailure callback of {} threw", o.command().name(), e);
    }
  }

  @Override
  public void onReply(Channel ch, Reply reply) {
    if (ch != channel) {
      return;
    }
    if (reply instanceof Reply.Push push) {
      Consumer<Reply> listener = pushListener;
      if (listener != null) {
        try {
          listener.accept(reply);
        } catch (RuntimeException e) {
          log.warn("push listener on {} threw", address, e);
        }
      }
      // A subscribe-family command is answered by push frames (RESP3): the listener has seen the
      // frame first, then the command completes.
      Outbound head = inFlight.peek();
      if (head != null && head.completesOnPush(push)) {
        inFlight.poll();
        inFlightCount = inFlight.size();
        try {
          head.onReply(push);
        } catch (RuntimeException e) {
          log.warn("onReply callback of {} threw", head.command().name(), e);
        }
      }
      return;
    }
    Outbound o = inFlight.poll();
    if (o == null) {
      onProtocolError(
          ch, new RedisProtocolException("reply from " + address + " without a pending command"));
      return;
    }
    inFlightCount = inFlight.size();
    try {
      o.onReply(reply);
    } catch (RuntimeException e) {
      log.warn("onReply callback of {} threw", o.command().name(), e);
    }
    if (state == State.DRAINING) {
      closeIfDrained();
    }
  }

  @Override
  public void onProtocolError(Channel ch, RedisProtocolException e) {
    log.warn("invalid RESP from {}, closing the connection: {}", address, e.getMessage());
    recordFailure(e);
    if (ch == channel) {
      failInFlight(e);
    }
    ch.close();
  }

  private void closeIfDrained() {
    if (inFlight.isEmpty() && submitted.isEmpty()) {
      close();
    }
  }

  private void connect() {
    reconnectTimer = null;
    if (state == State.CLOSED) {
      return;
    }
    state = State.CONNECTING;
    // A host name is resolved off the event loop (see NettyTransport#resolve), which other
    // connections share: a slow or dead DNS server must not stall them.
    transport
        .resolve(address)
        .whenComplete(
            (remote, error) ->
                runOnLoop(
                    () -> {
                      if (state == State.CLOSED) {
                        return;
                      }
                      if (error != null) {
                        attemptFailed(
                            new RedisConnectionException(
                                "cannot resolve " + address + ": " + unwrap(error), error));
                        return;
                      }
                      transport
                          .connect(
                              loop,
                              remote,
                              address,
                              settings,
                              sslContext,
                              () ->
                                  new ReplyHandler(new RespDecoder(settings.decoderLimits()), this))
                          .addListener((ChannelFuture f) -> onConnect(f));
                    }));
  }

  private void onConnect(ChannelFuture f) {
    if (!f.isSuccess()) {
      attemptFailed(
          new RedisConnectionException(
              "cannot connect to " + address + ": " + f.cause().getMessage(), f.cause()));
      return;
    }
    Channel ch = f.channel();
    if (state == State.CLOSED) {
      ch.close();
      return;
    }
    channel = ch;
    ch.closeFuture().addListener(cf -> onChannelClosed(ch));
    loop.schedule(
        () -> handshakeTimeout(ch), settings.connectTimeout().toNanos(), TimeUnit.NANOSECONDS);
    SslHandler ssl = ch.pipeline().get(SslHandler.class);
    if (ssl == null) {
      startHandshake(ch);
      return;
    }
    ssl.handshakeFuture()
        .addListener(
            hf -> {
              if (hf.isSuccess()) {
                startHandshake(ch);
              } else {
                recordFailure(
                    new RedisConnectionException(
                        "TLS handshake with " + address + " failed: " + hf.cause().getMessage(),
                        hf.cause()));
                ch.close();
              }
            });
  }

  private void startHandshake(Channel ch) {
    if (ch != channel || state == State.CLOSED) {
      return;
    }
    state = State.HANDSHAKING;
    new Handshake(settings, address, command -> internalRequest(ch, command))
        .run()
        .whenComplete(
            (result, error) -> {
              if (ch != channel || state != State.HANDSHAKING) {
                return;
              }
              if (error != null) {
                Throwable cause = unwrap(error);
                recordFailure(
                    cause instanceof RedisConnectionException
                        ? cause
                        : new RedisConnectionException(
                            "handshake with " + address + " failed: " + cause, cause));
                ch.close();
                return;
              }
              negotiated = result;
              attempt = 0;
              attemptFailure = null;
              state = State.CONNECTED;
              connected.complete(null);
            });
  }

  private void handshakeTimeout(Channel ch) {
    if (ch == channel && state != State.CONNECTED && state != State.DRAINING) {
      recordFailure(
          new RedisConnectionException(
              "handshake with "
                  + address
                  + " did not finish within "
                  + settings.connectTimeout().toMillis()
                  + " ms"));
      ch.close();
    }
  }

  private CompletableFuture<Reply> internalRequest(Channel ch, Command command) {
    if (ch != channel || !ch.isActive()) {
      return CompletableFuture.failedFuture(
          new RedisConnectionException("connection to " + address + " lost during handshake"));
    }
    RequestOutbound request = new RequestOutbound(command);
    write(ch, List.of(request));
    return request.future();
  }

  private void recordFailure(Throwable cause) {
    if (attemptFailure == null) {
      attemptFailure = cause;
    }
  }

  private void onChannelClosed(Channel ch) {
    if (ch != channel) {
      return;
    }
    channel = null;
    boolean wasConnected = state == State.CONNECTED || state == State.DRAINING;
    RedisConnectionException lost =
        new RedisConnectionException("connection to " + address + " lost");
    failInFlight(state == State.CLOSED ? closedException() : lost);
    if (state == State.CLOSED) {
      return;
    }
    if (state == State.DRAINING) {
      close();
      return;
    }
    if (wasConnected) {
      log.info("connection to {} lost; reconnecting", address);
      state = State.CONNECTING;
      connected = new CompletableFuture<>();
      attemptFailure = null;
      scheduleReconnect();
      return;
    }
    attemptFailed(attemptFailure != null ? attemptFailure : lost);
  }

  private void attemptFailed(Throwable cause) {
    attemptFailure = null;
    if (state == State.CLOSED) {
      return;
    }
    log.debug("connect attempt {} to {} failed: {}", attempt, address, cause.getMessage());
    state = State.CONNECTING;
    CompletableFuture<Void> waiting = connected;
    connected = new CompletableFuture<>();
    waiting.completeExceptionally(cause);
    scheduleReconnect();
  }

  private void scheduleReconnect() {
    long delay = backoff.delayNanos(attempt, ThreadLocalRandom.current().nextDouble());
    attempt = Math.min(attempt + 1, 64);
    reconnectTimer = loop.schedule(this::connect, delay, TimeUnit.NANOSECONDS);
  }

  private void closeOnLoop() {
    if (reconnectTimer != null) {
      reconnectTimer.cancel(false);
      reconnectTimer = null;
    }
    SlotwiseClosedException cause = closedException();
    failSubmitted(cause);
    failInFlight(cause);
    connected.completeExceptionally(cause);
    Channel ch = channel;
    channel = null;
    if (ch != null) {
      ch.close();
    }
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
    return new SlotwiseClosedException("connection to " + address + " is closed");
  }

  private RedisConnectionException notConnected(State s) {
    return new RedisConnectionException(
        "not connected to " + address + " (" + s.name().toLowerCase(java.util.Locale.ROOT) + ")");
  }

  private static Throwable unwrap(Throwable t) {
    while (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  @Override
  public void onException(Channel ch, Throwable cause) {
    log.debug("connection to {} failed: {}", address, cause.toString());
    recordFailure(
        new RedisConnectionException(
            "connection to " + address + " failed: " + cause.getMessage(), cause));
  }
}
