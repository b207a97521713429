package io.slotwise;

import io.slotwise.codis.CodisCommandPolicy;
import io.slotwise.protocol.Command;
import io.slotwise.protocol.Reply;
import io.slotwise.transport.ConnectionSettings;
import io.slotwise.transport.ExclusiveConnectionPool;
import io.slotwise.transport.NettyTransport;
import io.slotwise.transport.NodeConnection;
import io.slotwise.transport.Router;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * The client's exclusive connections: a bounded {@link ExclusiveConnectionPool} per node, and the
 * routing that picks the node (the owner of the command's slot, through the same {@link Router} as
 * the shared connections). Blocking commands ({@link ExclusiveCall}) and transactions ({@link
 * TransactionRunner}) borrow from it, so that they never hold up the multiplexed connections.
 *
 * <p>Thread-safe. Owned by the {@link SlotwiseClient}, which closes it (the pool closes idle
 * connections at once and lent ones when they are handed back).
 */
final class ExclusiveConnections implements AutoCloseable {
  private final SlotwiseConfig config;
  private final Router router;
  private final ExclusiveConnectionPool pool;
  private final ScheduledExecutorService scheduler;
  private final Executor borrowExecutor = ForkJoinPool.commonPool();

  ExclusiveConnections(SlotwiseConfig config, Router router, NettyTransport transport) {
    this.config = config;
    this.router = router;
    this.scheduler = transport.scheduler();
    this.pool = ExclusiveConnectionPool.create(transport, ConnectionSettings.from(config), config);
  }

  /**
   * Sends a blocking command on an exclusive connection; its deadline is the command timeout plus
   * {@code blockFor} (none when {@code blockFor} is zero: the server may wait forever).
   */
  <T> CompletableFuture<T> execute(
      Command command, Function<Reply, T> converter, Duration blockFor) {
    try {
      refuseInCodis(command);
    } catch (RuntimeException refused) {
      return CompletableFuture.failedFuture(refused);
    }
    return new ExclusiveCall<>(this, command, converter, blockFor).start();
  }

  /** Refuses what a Codis proxy cannot do (its policy names the reason). */
  void refuseInCodis(Command command) {
    if (config.mode() == SlotwiseConfig.Mode.CODIS) {
      CodisCommandPolicy.check(command);
    }
  }

  /** The address of the node that owns {@code command}'s slot right now. */
  HostAndPort ownerOf(Command command) {
    return router.route(command).address();
  }

  /** The address the router uses for a node named by a redirect. */
  HostAndPort resolve(HostAndPort redirectTarget) {
    return router.connectionTo(redirectTarget).address();
  }

  /** Borrows a connection to {@code node}; see {@link ExclusiveConnectionPool#borrow}. */
  NodeConnection borrow(HostAndPort node) {
    return pool.borrow(node);
  }

  void release(NodeConnection connection) {
    pool.release(connection);
  }

  void invalidate(NodeConnection connection) {
    pool.invalidate(connection);
  }

  ExclusiveConnectionPool pool() {
    return pool;
  }

  Router router() {
    return router;
  }

  SlotwiseConfig config() {
    return config;
  }

  ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /** Where attempts after a redirect borrow (never an event loop: borrowing may wait). */
  Executor borrowExecutor() {
    return borrowExecutor;
  }

  @Override
  public void close() {
    pool.close();
  }
}
