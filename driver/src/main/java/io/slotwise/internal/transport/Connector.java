package io.slotwise.internal.transport;

import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.ScheduledFuture;
import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channel-keeping half of a {@link NettyNodeConnection}: its state, and the way to a ready
 * channel and back to one after a loss. Resolve the host (off the loop), TCP connect, a new {@link
 * ChannelSession}, TLS, the Redis {@link Handshake} through that session (bounded by the connect
 * timeout), connected; when the session's channel closes, reconnect with capped exponential backoff
 * and jitter ({@link Backoff}), forever, until closed.
 *
 * <p><b>One session at a time.</b> A session is created on each successful TCP connect and
 * published as {@link #session()}; the next connect attempt is scheduled only once that session has
 * reported its end ({@link ChannelSession.Owner#sessionClosed}), and a session reports nothing once
 * closed. So every session event that reaches this class concerns the current channel, and none of
 * it checks where an event came from. Events that hold on to a session (the handshake's outcome,
 * the handshake timer) act through that session, which ignores them once closed; the timer is also
 * cancelled when its session ends.
 *
 * <p><b>Ownership and threads.</b> Created by and private to one connection (its {@link Host}),
 * which calls {@link #start}, {@link #drain}, {@link #markClosed} and {@link #close}. Everything
 * runs on the connection's event loop, except {@link #markClosed} and the getters, which any thread
 * may call: the state, the session, the connected future and the negotiated protocol are volatile.
 */
final class Connector implements ChannelSession.Owner {
  private static final Logger log = LoggerFactory.getLogger(Connector.class);

  /** A connection's states; CLOSED is final. */
  enum State {
    CONNECTING,
    HANDSHAKING,
    CONNECTED,
    DRAINING,
    CLOSED
  }

  /** The connection this connector serves; called on the event loop. */
  interface Host {
    /** Writes {@code commands} through {@code session} in one flush (and counts the flush). */
    void write(ChannelSession session, List<Outbound> commands);

    /** The listener for RESP3 push frames, or {@code null}. */
    Consumer<Reply> pushListener();

    /** The session has no command in flight any more, while draining. */
    void sessionIdle();

    /** The channel closed while draining: close the connection now. */
    void drainInterrupted();

    /** Commands left the session's FIFO: senders waiting for room may go on. */
    void roomFreed();

    /** The channel is writable again: flush what was held back. */
    void writable();

    /** The session's channel closed (its FIFO has failed): fail what is still queued. */
    void sessionEnded();
  }

  private final NettyTransport transport;
  private final HostAndPort address;
  private final ConnectionSettings settings;
  private final EventLoop loop;
  private final SslContext sslContext;
  private final Backoff backoff;
  private final Host host;

  private volatile State state = State.CONNECTING;
  private volatile CompletableFuture<Void> connected = new CompletableFuture<>();
  // Handshakes completed so far: raised before the state says CONNECTED, read from any thread.
  private volatile long connects;
  private volatile Handshake.Negotiated negotiated;
  private volatile ChannelSession session;

  // Event-loop only.
  private int attempt;
  private ScheduledFuture<?> reconnectTimer;
  private ScheduledFuture<?> handshakeTimer;

  Connector(
      NettyTransport transport,
      HostAndPort address,
      ConnectionSettings settings,
      EventLoop loop,
      SslContext sslContext,
      Host host) {
    this.transport = transport;
    this.address = address;
    this.settings = settings;
    this.loop = loop;
    this.sslContext = sslContext;
    this.backoff = new Backoff(settings.reconnectMinDelay(), settings.reconnectMaxDelay());
    this.host = host;
  }

  State state() {
    return state;
  }

  /** The current channel's session, or {@code null} between channels and once closed. */
  ChannelSession session() {
    return session;
  }

  /** The RESP version agreed by the last handshake, or {@code null} before the first one. */
  Handshake.Negotiated negotiated() {
    return negotiated;
  }

  /** Handshakes completed so far; see {@link NodeConnection#connectCount()}. */
  long connects() {
    return connects;
  }

  /** Completes at the next successful handshake; fails with the failed attempt or the close. */
  CompletableFuture<Void> whenConnected() {
    if (state == State.CLOSED) {
      return CompletableFuture.failedFuture(closedCause());
    }
    return connected.copy();
  }

  /** Starts the first connect attempt; on the event loop. */
  void start() {
    connect();
  }

  /**
   * Enters {@link State#DRAINING} if connected (the session then reports when it is idle); on the
   * event loop.
   *
   * @return whether the connection was connected
   */
  boolean drain() {
    if (state != State.CONNECTED) {
      return false;
    }
    state = State.DRAINING;
    session.watchIdle();
    return true;
  }

  /** Refuses everything from now on; any thread. {@link #close} follows on the event loop. */
  void markClosed() {
    state = State.CLOSED;
  }

  /** Stops reconnecting and closes the session (its commands in flight fail with {@code cause}). */
  void close(Throwable cause) {
    // Again on the loop: an event handled between markClosed and now may have overwritten it.
    state = State.CLOSED;
    if (reconnectTimer != null) {
      reconnectTimer.cancel(false);
      reconnectTimer = null;
    }
    cancelHandshakeTimer();
    ChannelSession s = session;
    session = null;
    if (s != null) {
      s.close(cause);
    }
    connected.completeExceptionally(cause);
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
                          .connect(loop, remote, address, settings, sslContext)
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
    if (state == State.CLOSED) {
      f.channel().close();
      return;
    }
    ChannelSession s = new ChannelSession(f.channel(), address, settings.decoderLimits(), this);
    session = s;
    handshakeTimer =
        loop.schedule(
            () -> handshakeTimedOut(s), settings.connectTimeout().toNanos(), TimeUnit.NANOSECONDS);
    s.start();
  }

  /** TLS is up on the open session {@code s}: runs the Redis handshake through it. */
  @Override
  public void channelReady(ChannelSession s) {
    if (state == State.CLOSED) {
      return;
    }
    state = State.HANDSHAKING;
    new Handshake(settings, address, command -> handshakeRequest(s, command))
        .run()
        .whenComplete((result, error) -> handshakeDone(s, result, error));
  }

  private CompletableFuture<Reply> handshakeRequest(ChannelSession s, Command command) {
    if (!s.isActive()) {
      return CompletableFuture.failedFuture(
          new RedisConnectionException("connection to " + address + " lost during handshake"));
    }
    RequestOutbound request = new RequestOutbound(command);
    host.write(s, List.of(request));
    return request.future();
  }

  /**
   * The handshake on {@code s} ended. A success comes from replies that {@code s} read while open,
   * so {@code s} is current; a failure on a session already closed is dropped by the session.
   */
  private void handshakeDone(ChannelSession s, Handshake.Negotiated result, Throwable error) {
    if (error != null) {
      Throwable cause = unwrap(error);
      s.fail(
          cause instanceof RedisConnectionException
              ? cause
              : new RedisConnectionException(
                  "handshake with " + address + " failed: " + cause, cause));
      return;
    }
    if (state != State.HANDSHAKING) {
      return; // closed meanwhile; close() closes the session
    }
    cancelHandshakeTimer();
    negotiated = result;
    attempt = 0;
    connects = connects + 1; // event loop only: before CONNECTED, so a sender sees it raised
    state = State.CONNECTED;
    connected.complete(null);
  }

  private void handshakeTimedOut(ChannelSession s) {
    handshakeTimer = null;
    s.fail(
        new RedisConnectionException(
            "handshake with "
                + address
                + " did not finish within "
                + settings.connectTimeout().toMillis()
                + " ms"));
  }

  private void cancelHandshakeTimer() {
    if (handshakeTimer != null) {
      handshakeTimer.cancel(false);
      handshakeTimer = null;
    }
  }

  @Override
  public Consumer<Reply> pushListener() {
    return host.pushListener();
  }

  @Override
  public Throwable lostCause() {
    return state == State.CLOSED ? closedCause() : lost();
  }

  @Override
  public void sessionIdle() {
    host.sessionIdle();
  }

  @Override
  public void roomFreed() {
    host.roomFreed();
  }

  @Override
  public void writable() {
    host.writable();
  }

  /** The current session's channel closed; its commands in flight have failed already. */
  @Override
  public void sessionClosed(Throwable failure) {
    session = null;
    cancelHandshakeTimer();
    host.sessionEnded();
    switch (state) {
      case CLOSED -> {}
      case DRAINING -> host.drainInterrupted();
      case CONNECTED -> {
        log.info("connection to {} lost; reconnecting", address);
        state = State.CONNECTING;
        connected = new CompletableFuture<>();
        scheduleReconnect();
      }
      default -> attemptFailed(failure != null ? failure : lost());
    }
  }

  private void attemptFailed(Throwable cause) {
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

  private RedisConnectionException lost() {
    return new RedisConnectionException("connection to " + address + " lost");
  }

  /**
   * Why a closed connection fails its commands: {@link SlotwiseClosedException} when the client
   * (its transport) is closing, else the owner closed it on purpose (the node left the topology, a
   * proxy was removed) and a {@link RedisConnectionException} lets the retry loop reroute the
   * commands: those not written are sent again to the new owner, written ones are resent only when
   * that is safe (else they fail as outcome-unknown).
   */
  Throwable closedCause() {
    return transport.isClosing() ? closedException(address) : retiredException(address);
  }

  static RedisConnectionException retiredException(HostAndPort address) {
    return new RedisConnectionException(
        "connection to "
            + address
            + " was closed by the client (the node left the topology or was replaced)");
  }

  static SlotwiseClosedException closedException(HostAndPort address) {
    return new SlotwiseClosedException("connection to " + address + " is closed");
  }

  private static Throwable unwrap(Throwable t) {
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
