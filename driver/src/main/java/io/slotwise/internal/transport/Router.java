package io.slotwise.internal.transport;

import io.slotwise.HostAndPort;
import io.slotwise.internal.protocol.Command;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Picks the connection for a command: the "where" between the command model (what) and the executor
 * (how: timeouts, retries, redirects). One implementation per deployment kind — standalone, Redis
 * Cluster (slot map), Codis (healthy proxies) — behind this one interface.
 *
 * <p>Implementations are thread-safe and lock-free on {@link #route}. The router owns the
 * connections it hands out; {@link #close()} closes them.
 */
public interface Router extends AutoCloseable {

  /**
   * Loads the initial topology and opens the first connections. Completes when commands can be
   * routed; fails with a clear exception (naming the addresses tried) when none can.
   */
  CompletableFuture<Void> start();

  /**
   * The connection for this command's next attempt.
   *
   * @throws io.slotwise.SlotwiseException (a subclass naming the slot, or the registry path) when
   *     no node can take the command right now; the executor retries until the deadline
   */
  NodeConnection route(Command command);

  /** A connection to a given node (for {@code ASK} and {@code MOVED} targets), opened if needed. */
  NodeConnection connectionTo(HostAndPort address);

  /**
   * Connections to every master (cluster), the one server (standalone), or one healthy proxy
   * (Codis), for keyless commands that fan out ({@code DBSIZE}, {@code FLUSHALL}, {@code SCAN}).
   */
  List<NodeConnection> masters();

  /**
   * Connections to every node the client can address, for commands a user sends to each node: every
   * master then every replica (cluster), the one server (standalone), every healthy proxy (Codis).
   * Default: {@link #masters()}.
   */
  default List<NodeConnection> nodes() {
    return masters();
  }

  /** {@code MOVED slot address}: the slot now lives at that address. Default: ignore. */
  default void onMoved(int slot, HostAndPort address) {}

  /**
   * {@code ASK slot address}: the slot is being migrated to that address; the command that got it
   * is resent there once (or, for a unit that cannot be preceded by {@code ASKING}, retried later),
   * and the slot map stays as it is. A router may refresh its topology early to learn the new
   * owner. Default: ignore (standalone servers and Codis proxies never answer {@code ASK}).
   */
  default void onAsk(int slot, HostAndPort address) {}

  /**
   * A command on this connection failed at the transport level ({@code timeout == false}) or timed
   * out ({@code timeout == true}); the router may refresh its topology or eject the node.
   */
  default void onNodeFailure(NodeConnection connection, Throwable cause, boolean timeout) {}

  /** A reply (any reply, errors included) came back on this connection: the node is alive. */
  default void onNodeSuccess(NodeConnection connection) {}

  /**
   * Whether a command routed by its key may wait for a failover beyond the command timeout: hold
   * back from a hung node, and wait for the promotion of a replica (Redis Cluster only). Default:
   * no.
   */
  default boolean waitsOutFailover() {
    return false;
  }

  /**
   * Whether this node is known to hang: a command to it timed out and it has not answered since.
   * Commands are then not written to it but wait (see {@link #waitsOutFailover()}). Called on the
   * command path while a failover is possible: must be cheap. Default: never.
   */
  default boolean isUnresponsive(NodeConnection connection) {
    return false;
  }

  /** Whether multi-key commands must be split by slot before sending (Redis Cluster only). */
  default boolean splitsBySlot() {
    return false;
  }

  /** Closes every connection this router opened. Idempotent. */
  @Override
  void close();
}
