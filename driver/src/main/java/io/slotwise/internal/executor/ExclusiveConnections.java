package io.slotwise.internal.executor;

import io.slotwise.ExclusivePoolOptions;
import io.slotwise.HostAndPort;
import io.slotwise.internal.codis.CodisCommandPolicy;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.ConnectionSettings;
import io.slotwise.internal.transport.ExclusiveConnectionPool;
import io.slotwise.internal.transport.NettyTransport;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Router;
import io.slotwise.metrics.SlotwiseRecorder;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
public final class ExclusiveConnections implements AutoCloseable {
  private final Duration commandTimeout;
  private final boolean codis;
  private final Router router;
  private final RetryLoop retries;
  private final ExclusiveConnectionPool pool;
  private final ScheduledExecutorService scheduler;
  private final ThreadPoolExecutor borrowExecutor;

  /** The fewest borrow threads, whatever the pool size. */
  static final int MIN_BORROW_THREADS = 4;

  /** The most borrow threads, whatever the pool size. */
  static final int MAX_BORROW_THREADS = 64;

  /**
   * @param settings how the pooled connections connect and handshake
   * @param poolOptions the pool's size per node and its wait for a free connection
   * @param commandTimeout each call's deadline (plus its blocking time)
   * @param codis whether the router is a Codis one (some commands are refused before sending)
   * @param recorder told of the pool's gauges
   * @param retries the client's retry loop (shared with its executor: the same counters, backoff
   *     and router notifications)
   */
  public ExclusiveConnections(
      ConnectionSettings settings,
      ExclusivePoolOptions poolOptions,
      Duration commandTimeout,
      boolean codis,
      SlotwiseRecorder recorder,
      Router router,
      NettyTransport transport,
      RetryLoop retries) {
    this.commandTimeout = commandTimeout;
    this.codis = codis;
    this.router = router;
    this.retries = retries;
    this.scheduler = transport.scheduler();
    this.pool = ExclusiveConnectionPool.create(transport, settings, poolOptions);
    this.borrowExecutor = borrowThreads(poolOptions.maxPerNode());
    recorder.exclusivePool(pool::borrowed, pool::idle);
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
    if (codis) {
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

  RetryLoop retries() {
    return retries;
  }

  /** Each call's deadline before its blocking time is added. */
  Duration commandTimeout() {
    return commandTimeout;
  }

  ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /**
   * Where every attempt borrows its connection: never the caller's thread, which may be an event
   * loop (a generic command resolved by {@code COMMAND GETKEYS} continues there) and borrowing may
   * wait for a free connection or for a new one to connect. Bounded: {@code 2 × maxPerNode}
   * threads, within {@value #MIN_BORROW_THREADS}..{@value #MAX_BORROW_THREADS}, created on demand
   * and ended after a minute idle; more borrows queue (each call's own deadline still runs).
   */
  Executor borrowExecutor() {
    return borrowExecutor;
  }

  private static ThreadPoolExecutor borrowThreads(int maxPerNode) {
    int threads = Math.max(MIN_BORROW_THREADS, Math.min(MAX_BORROW_THREADS, 2 * maxPerNode));
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            1,
            TimeUnit.MINUTES,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "slotwise-exclusive-borrow-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }

  @Override
  public void close() {
    borrowExecutor.shutdownNow();
    pool.close();
  }
}
