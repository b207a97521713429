package io.slotwise.internal.transport;

import io.slotwise.HostAndPort;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One multiplexed, auto-reconnecting connection to one endpoint. Thread-safe: any thread may call
 * {@link #send}; replies are matched to commands in FIFO order on the connection's event loop.
 *
 * <p>Commands sent while disconnected are not queued: they fail at once through {@link
 * Outbound#onFailure} with {@code written == false}, so the caller may route them elsewhere or
 * retry after a backoff, while the connection reconnects in the background (capped exponential
 * backoff with jitter). Commands in flight when the connection breaks fail with {@code written ==
 * true}.
 *
 * <p>Owned by whoever created it (a router, a pool); {@link #close()} fails pending commands with
 * {@link io.slotwise.SlotwiseClosedException} and releases every buffer.
 */
public interface NodeConnection extends AutoCloseable {

  /** The endpoint this connection talks to. */
  HostAndPort address();

  /** Queues one command; many sends within one event-loop turn go out in one flush. */
  void send(Outbound command);

  /**
   * Queues several commands back to back, in order, in one flush (used for {@code ASKING} + the
   * command, and for per-node pipeline batches). No other command is interleaved between them.
   */
  void sendAll(List<? extends Outbound> commands);

  /**
   * Convenience for control traffic (topology, handshake-free probes): sends one command and
   * completes with its reply (error replies included as {@link Reply.Error}) or fails with the
   * transport failure. Not for the command hot path.
   */
  CompletableFuture<Reply> request(Command command);

  /** Whether the channel is currently connected and its handshake done. */
  boolean isConnected();

  /**
   * How many times this connection has completed its handshake: 1 after the first connect, one more
   * after each reconnect. Server-side state of the session (a {@code WATCH}, an open {@code MULTI})
   * belongs to one value of it: a caller that reads the same value before writing and after a reply
   * knows every command in between went to one session. Default 0: an implementation that never
   * reconnects.
   */
  default long connectCount() {
    return 0;
  }

  /** Commands written and awaiting their replies. */
  int inFlight();

  /**
   * Completes once the connection is connected and its handshake is done (or at once if already);
   * fails when the first connect attempt fails. Later reconnects happen in the background.
   */
  CompletableFuture<Void> whenConnected();

  /**
   * Stops accepting commands, lets the ones in flight complete (bounded by {@code drain}), then
   * closes. Used when a node or a proxy leaves the topology.
   */
  CompletableFuture<Void> closeGracefully(java.time.Duration drain);

  /**
   * Receives the RESP3 push frames of this connection (pub/sub messages and confirmations), on its
   * event loop: the listener must not block. One listener; {@code null} removes it. Default:
   * unsupported.
   */
  default void setPushListener(java.util.function.Consumer<Reply> listener) {
    throw new UnsupportedOperationException(getClass().getName() + " has no push listener");
  }

  /**
   * The caller-thread links beside this connection, on which a sync call may write and read on its
   * own thread while this connection is idle (see {@link DirectLinks}); null when there are none
   * (the default: TLS, turned off, or an implementation without them).
   */
  default DirectLinks directLinks() {
    return null;
  }

  /** Closes now: pending commands fail, buffers are released. Idempotent. */
  @Override
  void close();
}
