package io.slotwise;

import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.commands.RedisCommands;
import io.slotwise.internal.command.Args;
import io.slotwise.internal.command.AsyncCommandsImpl;
import io.slotwise.internal.command.PipelineImpl;
import io.slotwise.internal.command.SyncCommandsImpl;
import io.slotwise.internal.executor.ClientDispatcher;
import io.slotwise.internal.executor.CommandExecutor;
import io.slotwise.internal.executor.ExclusiveConnections;
import io.slotwise.internal.executor.Routers;
import io.slotwise.internal.executor.TransactionRunner;
import io.slotwise.internal.pubsub.PubSubContext;
import io.slotwise.internal.transport.NettyTransport;
import io.slotwise.internal.transport.Router;
import io.slotwise.pubsub.PubSubListener;
import io.slotwise.pubsub.Subscription;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The entry point: a client for a Redis Cluster, a Codis proxy farm or one Redis server, with the
 * same command API for all three.
 *
 * <pre>{@code
 * try (SlotwiseClient client = SlotwiseClient.cluster("127.0.0.1:7000", "127.0.0.1:7001")) {
 *   RedisCommands redis = client.sync();
 *   redis.set("greeting", "hello");
 *   String v = redis.get("greeting");
 * }
 * }</pre>
 *
 * <p><b>Thread-safety:</b> one client serves the whole application; every method and the command
 * objects from {@link #sync()} and {@link #async()} are thread-safe. Commands from all threads
 * share one multiplexed connection per node.
 *
 * <p><b>Lifecycle:</b> the factory methods connect (and, in cluster mode, load the slot map) before
 * they return, and throw a {@link RedisConnectionException} naming the addresses when they cannot.
 * The caller owns the client and must {@link #close()} it; closing releases every connection and
 * thread, and is idempotent.
 */
public final class SlotwiseClient implements AutoCloseable {
  private final SlotwiseConfig config;
  private final NettyTransport transport;
  private final Router router;
  private final CommandExecutor executor;
  private final ExclusiveConnections exclusive;
  private final TransactionRunner transactions;
  private final PubSubContext pubSub;
  private final AsyncCommandsImpl async;
  private final RedisCommands sync;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SlotwiseClient(
      SlotwiseConfig config, NettyTransport transport, Router router, CommandExecutor executor) {
    this.config = config;
    this.transport = transport;
    this.router = router;
    this.executor = executor;
    this.exclusive = Routers.exclusiveConnections(config, router, transport, executor.retries());
    this.transactions = new TransactionRunner(exclusive, router.splitsBySlot());
    this.pubSub =
        new PubSubContext(
            Routers.connectionSettings(config),
            config.timeouts().commandTimeout(),
            router,
            transport,
            executor.retries());
    this.async = new AsyncCommandsImpl(new ClientDispatcher(executor, exclusive));
    this.sync = new SyncCommandsImpl(async, config.timeouts().longestWait());
  }

  /** A client for a Redis Cluster, reached through one or more seed nodes ({@code host:port}). */
  public static SlotwiseClient cluster(String... seeds) {
    return create(SlotwiseConfig.cluster(seeds).build());
  }

  /** A client for Codis proxies registered in ZooKeeper under {@code /jodis/{product}}. */
  public static SlotwiseClient codis(String zkConnect, String product) {
    return create(SlotwiseConfig.codis(zkConnect, product).build());
  }

  /** A client for one Redis server at {@code host:port}. */
  public static SlotwiseClient standalone(String address) {
    return create(SlotwiseConfig.standalone(address).build());
  }

  /** A client with every option spelled out. */
  public static SlotwiseClient create(SlotwiseConfig config) {
    if (config == null) {
      throw new IllegalArgumentException("config must not be null");
    }
    NettyTransport transport = NettyTransport.create(config.resourceOptions());
    Router router = null;
    try {
      router = Routers.create(config, transport);
      awaitStart(router, config);
      CommandExecutor executor = Routers.executor(config, router, transport.scheduler());
      return new SlotwiseClient(config, transport, router, executor);
    } catch (RuntimeException | Error e) {
      if (router != null) {
        router.close();
      }
      transport.close();
      throw e;
    }
  }

  private static void awaitStart(Router router, SlotwiseConfig config) {
    Duration bound = Routers.startTimeout(config);
    try {
      router.start().get(bound.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SlotwiseException se) {
        throw se;
      }
      throw new RedisConnectionException(
          "could not start the client for " + describe(config) + ": " + cause.getMessage(), cause);
    } catch (TimeoutException e) {
      throw new RedisConnectionException(
          "could not reach " + describe(config) + " within " + bound.toMillis() + " ms", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlotwiseException("interrupted while connecting to " + describe(config), e);
    }
  }

  private static String describe(SlotwiseConfig config) {
    CodisOptions codis = config.codisOptions();
    return config.mode() == SlotwiseConfig.Mode.CODIS && codis.zkConnect() != null
        ? "Codis proxies at ZooKeeper " + codis.zkConnect() + codis.proxyPath()
        : config.mode().name().toLowerCase(java.util.Locale.ROOT) + " " + config.addresses();
  }

  /** Blocking commands: each call waits for its reply (bounded by the command timeout). */
  public RedisCommands sync() {
    return sync;
  }

  /** Non-blocking commands: each call returns a future completed on an I/O thread. */
  public AsyncRedisCommands async() {
    return async;
  }

  /**
   * A new, empty pipeline: commands queued on it go out together at {@link Pipeline#sync()}, one
   * flush per node. Confined to the calling thread; the caller closes it (closing it does not close
   * the client). Cheap: create one per batch.
   */
  public Pipeline pipeline() {
    return new PipelineImpl(executor, async.keyPositions());
  }

  /**
   * An optimistic transaction on {@code key}'s node: {@code WATCH key}, then {@code body} queues
   * commands on {@code tx} (each returns a future completed after {@code EXEC}), then {@code MULTI}
   * ... {@code EXEC} on an exclusive connection to the slot owner.
   *
   * <pre>{@code
   * TransactionResult r = client.transaction("{user:1}:balance", tx -> {
   *   tx.decrby("{user:1}:balance", 10);
   *   tx.rpush("{user:1}:log", "paid 10");
   * });
   * if (r.wasDiscarded()) { ... the balance changed meanwhile: read again and retry ... }
   * long balance = r.get(0);
   * }</pre>
   *
   * <p>Every key (watched and queued) must hash to one slot in cluster mode, else a {@link
   * io.slotwise.cluster.CrossSlotException} is thrown before anything is queued on the server. A
   * {@code MOVED}/{@code ASK}/{@code TRYAGAIN} before {@code EXEC} ran retries the whole
   * transaction on the new owner, {@code body} included (so {@code body} may run more than once;
   * the futures of an abandoned attempt fail). Refused in Codis mode. Blocks the calling thread.
   *
   * @return the typed replies in order, or {@link TransactionResult#wasDiscarded()} when a watched
   *     key changed after {@code WATCH}
   */
  public TransactionResult transaction(String key, Consumer<AsyncRedisCommands> body) {
    return transactions.run(new byte[][] {Args.utf8(key, "key")}, body);
  }

  /** {@link #transaction(String, Consumer)} watching a binary key. */
  public TransactionResult transaction(byte[] key, Consumer<AsyncRedisCommands> body) {
    return transactions.run(new byte[][] {Args.require(key, "key")}, body);
  }

  /** {@link #transaction(String, Consumer)} watching several keys, all in one slot. */
  public TransactionResult transaction(List<String> watchKeys, Consumer<AsyncRedisCommands> body) {
    Args.requireObject(watchKeys, "watchKeys");
    return transactions.run(Args.utf8List(watchKeys, "watchKeys"), body);
  }

  /**
   * A new, empty set of pub/sub subscriptions delivering to {@code listener}, on dedicated
   * connections (never the shared ones), kept alive across reconnects, failovers and slot
   * migrations; see {@link Subscription}. The caller closes it.
   *
   * <pre>{@code
   * try (Subscription s = client.subscription((channel, message) -> handle(channel, message))) {
   *   s.subscribe("news");            // PUBLISH news ...
   *   s.ssubscribe("orders:{eu}");    // SPUBLISH orders:{eu} ... (Redis 7)
   *   ...
   * }
   * }</pre>
   *
   * @throws io.slotwise.codis.CodisUnsupportedCommandException in Codis mode (proxies have no
   *     pub/sub)
   */
  public Subscription subscription(PubSubListener listener) {
    Args.requireObject(listener, "listener");
    if (config.mode() == SlotwiseConfig.Mode.CODIS) {
      io.slotwise.internal.codis.CodisCommandPolicy.check(
          io.slotwise.internal.protocol.Command.keyless(false, "SUBSCRIBE"));
    }
    return pubSub.subscribe(listener);
  }

  /** The options this client runs with. */
  public SlotwiseConfig config() {
    return config;
  }

  /** The client's own counters (redirects, retries, timeouts) since it was created. */
  public SlotwiseStats stats() {
    return executor.stats();
  }

  /** Closes every connection and I/O thread; pending commands fail. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        pubSub.closeAll();
        exclusive.close();
        router.close();
      } finally {
        transport.close();
      }
    }
  }
}
