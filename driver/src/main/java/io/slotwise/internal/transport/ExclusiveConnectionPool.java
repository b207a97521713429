package io.slotwise.internal.transport;

import io.slotwise.ExclusivePoolOptions;
import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.SlotwiseException;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.pool2.BaseKeyedPooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericKeyedObjectPool;
import org.apache.commons.pool2.impl.GenericKeyedObjectPoolConfig;

/**
 * Dedicated connections for commands that must not share a multiplexed channel: blocking commands
 * ({@code BLPOP}, {@code XREAD BLOCK}) and transactions ({@code MULTI}/{@code EXEC}, {@code
 * WATCH}). Built on commons-pool2, keyed by node: at most {@code maxPerNode} connections per node,
 * a borrower waits up to {@code maxWait} for one, and every borrowed connection is checked to be
 * connected.
 *
 * <p><b>Never on an event loop.</b> commons-pool2 may open a connection synchronously inside {@code
 * returnObject} and {@code invalidateObject} (for a waiting borrower), and opening one waits for
 * its handshake, which needs an event loop. So a connection handed back on an I/O thread is handed
 * to the pool on one of its own {@value #HOUSEKEEPING_THREADS} housekeeping threads.
 *
 * <p>Thread-safe. The pool owns its connections: a borrower must hand each one back exactly once,
 * through {@link #release} (still usable) or {@link #invalidate} (broken, or its state is unknown,
 * e.g. after a timeout in the middle of a transaction). {@link #close()} closes them all.
 */
public final class ExclusiveConnectionPool implements AutoCloseable {
  private final GenericKeyedObjectPool<HostAndPort, NodeConnection> pool;
  private final int maxPerNode;
  private final Duration maxWait;
  private final ThreadPoolExecutor housekeeping = housekeepingThreads();

  /** Threads that hand connections back for I/O threads; idle ones end after ten seconds. */
  static final int HOUSEKEEPING_THREADS = 2;

  /**
   * A pool opening its connections through {@code transport} with {@code settings}.
   *
   * @param maxPerNode connections per node, at least 1
   * @param maxWait how long {@link #borrow} waits for a free connection, positive
   */
  public ExclusiveConnectionPool(
      NettyTransport transport, ConnectionSettings settings, int maxPerNode, Duration maxWait) {
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(settings, "settings");
    if (maxPerNode < 1) {
      throw new IllegalArgumentException("maxPerNode must be >= 1, got " + maxPerNode);
    }
    if (maxWait == null || maxWait.isNegative() || maxWait.isZero()) {
      throw new IllegalArgumentException("maxWait must be positive, got " + maxWait);
    }
    this.maxPerNode = maxPerNode;
    this.maxWait = maxWait;
    GenericKeyedObjectPoolConfig<NodeConnection> config = new GenericKeyedObjectPoolConfig<>();
    config.setMaxTotalPerKey(maxPerNode);
    config.setMaxIdlePerKey(maxPerNode);
    config.setMaxTotal(-1);
    config.setMaxWait(maxWait);
    config.setBlockWhenExhausted(true);
    config.setTestOnBorrow(true);
    config.setTestOnReturn(true);
    config.setJmxEnabled(false);
    this.pool = new GenericKeyedObjectPool<>(new Factory(transport, settings), config);
  }

  /** A pool sized by {@code options}. */
  public static ExclusiveConnectionPool create(
      NettyTransport transport, ConnectionSettings settings, ExclusivePoolOptions options) {
    return new ExclusiveConnectionPool(
        transport, settings, options.maxPerNode(), options.maxWait());
  }

  /**
   * A connected connection to {@code node}, for the caller's exclusive use until released.
   *
   * @throws RedisConnectionException when none is free within the max wait (the message names the
   *     node and the pool size), or a new one cannot connect
   * @throws SlotwiseClosedException when the pool is closed
   */
  public NodeConnection borrow(HostAndPort node) {
    Objects.requireNonNull(node, "node");
    if (pool.isClosed()) {
      throw new SlotwiseClosedException("exclusive connection pool is closed");
    }
    try {
      return pool.borrowObject(node);
    } catch (NoSuchElementException e) {
      throw new RedisConnectionException(
          "no exclusive connection to "
              + node
              + " became free within "
              + maxWait.toMillis()
              + " ms (all "
              + maxPerNode
              + " per node in use, "
              + pool.getNumWaiters()
              + " waiting)",
          e);
    } catch (IllegalStateException e) {
      throw new SlotwiseClosedException("exclusive connection pool is closed");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RedisConnectionException(
          "interrupted while waiting for an exclusive connection to " + node, e);
    } catch (SlotwiseException e) {
      throw e;
    } catch (Exception e) {
      throw new RedisConnectionException(
          "cannot open an exclusive connection to " + node + ": " + e.getMessage(), e);
    }
  }

  /**
   * Gives back a connection that is still in a clean state (no open transaction); off the calling
   * thread when that is an I/O thread.
   */
  public void release(NodeConnection connection) {
    Objects.requireNonNull(connection, "connection");
    offLoop(connection, () -> pool.returnObject(connection.address(), connection));
  }

  /**
   * Gives back a connection that must not be reused; it is closed. Off the calling thread when that
   * is an I/O thread.
   */
  public void invalidate(NodeConnection connection) {
    Objects.requireNonNull(connection, "connection");
    offLoop(
        connection,
        () -> {
          try {
            pool.invalidateObject(connection.address(), connection);
          } catch (Exception e) {
            connection.close();
          }
        });
  }

  /** Runs {@code handBack} here, or on a housekeeping thread when here is an I/O thread. */
  private void offLoop(NodeConnection connection, Runnable handBack) {
    if (!IoThreads.isIoThread()) {
      handBack.run();
      return;
    }
    try {
      housekeeping.execute(handBack);
    } catch (RejectedExecutionException closed) {
      connection.close(); // the pool is closed: nothing to hand it back to
    }
  }

  private static ThreadPoolExecutor housekeepingThreads() {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            HOUSEKEEPING_THREADS,
            HOUSEKEEPING_THREADS,
            10,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "slotwise-exclusive-pool-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }

  /** Connections currently lent out, all nodes together. */
  public int borrowed() {
    return pool.getNumActive();
  }

  /** Connections idle in the pool, all nodes together. */
  public int idle() {
    return pool.getNumIdle();
  }

  /** Threads waiting in {@link #borrow} for a connection, all nodes together. */
  int waiters() {
    return pool.getNumWaiters();
  }

  /** Connections to {@code node} currently lent out. */
  public int borrowed(HostAndPort node) {
    return pool.getNumActive(node);
  }

  /** Connections to {@code node} idle in the pool. */
  public int idle(HostAndPort node) {
    return pool.getNumIdle(node);
  }

  /** Closes the idle connections and the pool; lent connections are closed when handed back. */
  @Override
  public void close() {
    housekeeping.shutdown();
    pool.close();
  }

  private static final class Factory
      extends BaseKeyedPooledObjectFactory<HostAndPort, NodeConnection> {
    private final NettyTransport transport;
    private final ConnectionSettings settings;

    Factory(NettyTransport transport, ConnectionSettings settings) {
      this.transport = transport;
      this.settings = settings;
    }

    @Override
    public NodeConnection create(HostAndPort node) throws InterruptedException {
      NodeConnection connection = transport.open(node, settings);
      // Handshake included: allow twice the connect timeout before giving up.
      long waitMillis = settings.connectTimeout().toMillis() * 2;
      try {
        connection.whenConnected().get(waitMillis, TimeUnit.MILLISECONDS);
        return connection;
      } catch (ExecutionException e) {
        connection.close();
        Throwable cause = e.getCause();
        if (cause instanceof SlotwiseException se) {
          throw se;
        }
        throw new RedisConnectionException(
            "cannot connect to " + node + ": " + cause.getMessage(), cause);
      } catch (TimeoutException e) {
        connection.close();
        throw new RedisConnectionException(
            "cannot connect to " + node + " within " + waitMillis + " ms", e);
      } catch (InterruptedException e) {
        connection.close();
        throw e;
      }
    }

    @Override
    public PooledObject<NodeConnection> wrap(NodeConnection connection) {
      return new DefaultPooledObject<>(connection);
    }

    @Override
    public boolean validateObject(HostAndPort node, PooledObject<NodeConnection> p) {
      return p.getObject().isConnected() && p.getObject().inFlight() == 0;
    }

    @Override
    public void destroyObject(HostAndPort node, PooledObject<NodeConnection> p) {
      p.getObject().close();
    }
  }
}
