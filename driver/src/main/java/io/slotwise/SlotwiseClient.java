package io.slotwise;

import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.commands.RedisCommands;
import io.slotwise.internal.command.Args;
import io.slotwise.internal.command.AsyncCommandsImpl;
import io.slotwise.internal.command.AsyncNodeCommandsImpl;
import io.slotwise.internal.command.NodeTarget;
import io.slotwise.internal.command.PipelineImpl;
import io.slotwise.internal.command.SyncCommandsImpl;
import io.slotwise.internal.command.SyncNodeCommandsImpl;
import io.slotwise.internal.command.SyncOps;
import io.slotwise.internal.executor.ClientDispatcher;
import io.slotwise.internal.executor.CommandExecutor;
import io.slotwise.internal.executor.ExclusiveConnections;
import io.slotwise.internal.executor.Routers;
import io.slotwise.internal.executor.TransactionRunner;
import io.slotwise.internal.pubsub.PubSubContext;
import io.slotwise.internal.transport.NettyTransport;
import io.slotwise.internal.transport.Router;
import io.slotwise.pubsub.PubSubListener;
import io.slotwise.pubsub.PubSubMessage;
import io.slotwise.pubsub.PubSubMessageListener;
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
    // The sync API over the same executor, whose first attempts may go on caller-thread links.
    this.sync =
        new SyncCommandsImpl(
            new AsyncCommandsImpl(
                new ClientDispatcher(
                    executor.forSyncCallers(config.connectionOptions().syncConnectionsPerNode()),
                    exclusive),
                async.keyPositions()),
            config.timeouts().longestWait());
  }

  /**
   * A client for a Redis Cluster, reached through one or more seed nodes: {@code host:port}, or
   * {@link RedisUri}s such as {@code rediss://user:pass@10.0.0.1:7000} (see {@link
   * SlotwiseConfig#cluster}).
   */
  public static SlotwiseClient cluster(String... seeds) {
    return create(SlotwiseConfig.cluster(seeds).build());
  }

  /** A client for Codis proxies registered in ZooKeeper under {@code /jodis/{product}}. */
  public static SlotwiseClient codis(String zkConnect, String product) {
    return create(SlotwiseConfig.codis(zkConnect, product).build());
  }

  /**
   * A client for one Redis server at {@code host:port}, or at a {@link RedisUri} such as {@code
   * redis://user:pass@host:6379/2?timeout=500ms} (user, password, TLS and database are used by
   * every connection's handshake).
   */
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
   * the futures of an abandoned attempt fail); while a migration splits the slot it waits for the
   * slot, up to the command timeout. A connection that reconnected between {@code WATCH} and {@code
   * EXEC} watches nothing: that attempt is abandoned before {@code EXEC} and the transaction
   * retried whole, never committed unwatched. Refused in Codis mode. Blocks the calling thread.
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
   * A new, empty set of pub/sub subscriptions delivering every message — channel, pattern and
   * sharded — to {@code listener} as a {@link PubSubMessage} (bytes as sent, text accessors for
   * convenience), on dedicated connections (never the shared ones), kept alive across reconnects,
   * failovers and slot migrations; see {@link Subscription}. The listener runs on the client's
   * shared delivery threads, never on an I/O thread (see {@link PubSubMessageListener}). The caller
   * closes the subscription.
   *
   * <pre>{@code
   * try (Subscription s = client.subscription(m -> handle(m.channelText(), m.text()))) {
   *   s.subscribe("news");            // PUBLISH news ...
   *   s.psubscribe("weather.*");      // m.kind() == PATTERN, m.patternText() == "weather.*"
   *   s.ssubscribe("orders:{eu}");    // SPUBLISH orders:{eu} ... (Redis 7)
   *   s.async().subscribe("more").thenRun(() -> log.info("confirmed"));
   * }
   * }</pre>
   *
   * @throws IllegalArgumentException when {@code listener} is null
   * @throws io.slotwise.codis.CodisUnsupportedCommandException in Codis mode (proxies have no
   *     pub/sub)
   */
  public Subscription subscription(PubSubMessageListener listener) {
    Args.requireObject(listener, "listener");
    if (config.mode() == SlotwiseConfig.Mode.CODIS) {
      io.slotwise.internal.codis.CodisCommandPolicy.check(
          io.slotwise.internal.protocol.Command.keyless(false, "SUBSCRIBE"));
    }
    return pubSub.subscribe(listener);
  }

  /**
   * A connection of the client's exclusive pool to the node that owns {@code key}'s slot (the
   * server or a proxy in standalone and Codis mode), lent to the caller alone until it closes it:
   * for {@code WATCH} ... {@code EXEC} with reads in between. See {@link DedicatedConnection}.
   *
   * @throws RedisConnectionException when no connection to that node is free within the pool's max
   *     wait, or none can be opened
   */
  public DedicatedConnection dedicatedConnection(byte[] key) {
    return io.slotwise.internal.executor.DedicatedLink.forKey(exclusive, Args.require(key, "key"));
  }

  /** {@link #dedicatedConnection(byte[])} to a given node (a master or replica of the cluster). */
  public DedicatedConnection dedicatedConnection(HostAndPort node) {
    return io.slotwise.internal.executor.DedicatedLink.forNode(
        exclusive, Args.requireObject(node, "node"));
  }

  /**
   * Commands for one chosen node, by address: in cluster mode any node the client can reach, master
   * or replica (as {@code CLUSTER SHARDS} announces it, after the address remapper); in standalone
   * mode the server itself; in Codis mode one registered proxy. See {@link NodeSelection}.
   *
   * @throws IllegalArgumentException when {@code node} is null
   */
  public NodeSelection onNode(HostAndPort node) {
    return select(NodeTarget.node(node));
  }

  /**
   * Commands for every master (cluster), or the one server (standalone), looked up each time a
   * command is sent. See {@link NodeSelection}.
   *
   * @throws UnsupportedOperationException in Codis mode: the proxies hide their servers, so there
   *     is no master to address (use {@link #onAllNodes()} for every proxy, {@link #onNode} for
   *     one)
   */
  public NodeSelection onMasters() {
    if (config.mode() == SlotwiseConfig.Mode.CODIS) {
      throw new UnsupportedOperationException(
          "onMasters() is not available in Codis mode: the proxies hide the Redis servers behind"
              + " them; use onAllNodes() for every proxy or onNode(address) for one");
    }
    return select(NodeTarget.masters());
  }

  /**
   * Commands for every node: every master then every online replica of the slot map (cluster), the
   * one server (standalone), every healthy proxy (Codis); looked up each time a command is sent.
   * See {@link NodeSelection}.
   */
  public NodeSelection onAllNodes() {
    return select(NodeTarget.all());
  }

  private NodeSelection select(NodeTarget target) {
    AsyncNodeCommandsImpl nodeAsync = new AsyncNodeCommandsImpl(async.dispatcher(), target);
    return new NodeSelection(
        new SyncNodeCommandsImpl(nodeAsync, (SyncOps) sync),
        nodeAsync,
        () -> target.resolve(async.dispatcher()));
  }

  /**
   * {@link #subscription(PubSubMessageListener)} with the earlier text-only listener; a lambda
   * {@code (channel, message) -> ...} now receives pattern messages too.
   *
   * @deprecated use {@link #subscription(PubSubMessageListener)}: {@code (channel, message) -> f}
   *     becomes {@code m -> f(m.channelText(), m.text())}
   */
  @Deprecated
  public Subscription subscription(PubSubListener listener) {
    Args.requireObject(listener, "listener");
    return subscription(listener.asMessageListener());
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
      transport.beginClose(); // from now on, pending commands fail as "client closed"
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
