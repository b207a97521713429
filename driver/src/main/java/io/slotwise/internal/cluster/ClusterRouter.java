package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.ReadFrom;
import io.slotwise.RedisServerException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.SlotwiseConfig;
import io.slotwise.cluster.ClusterNode;
import io.slotwise.cluster.ClusterTopologyException;
import io.slotwise.cluster.CrossSlotException;
import io.slotwise.cluster.RefreshTrigger;
import io.slotwise.cluster.SlotHash;
import io.slotwise.cluster.SlotNotCoveredException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.transport.ConnectionSettings;
import io.slotwise.internal.transport.NettyTransport;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Router;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * Routes commands of a Redis Cluster by hash slot.
 *
 * <p>The slot map is an immutable {@link SlotMap} held in one volatile field: {@link #route} reads
 * it once, hashes the command's keys and indexes an array — no lock on the command path. Writers (a
 * {@code MOVED} patch, a refresh) build a new snapshot and publish it with one volatile write under
 * a writer lock, so two patches never lose each other. One multiplexed connection per node is
 * opened lazily and kept in a concurrent map; connections to nodes that left the topology are
 * closed gracefully after a refresh.
 *
 * <p>Addresses the <em>servers</em> announce ({@code MOVED}/{@code ASK} targets given to {@link
 * #onMoved} and {@link #connectionTo}) go through {@link SlotwiseConfig#routingOptions()}'s
 * remapper; those the router hands out ({@link NodeConnection#address()}) already did and are
 * recognised as known, so a remapper need not be idempotent.
 *
 * <p><b>Reads</b> ({@link Command#isReadOnly()}) go where {@link SlotwiseConfig#readFrom()} says,
 * chosen by a {@link ReadSelector} among the slot's master and its online replicas; a node is
 * healthy for it when its connection is up and its last command did not fail. Writes always go to
 * the master.
 *
 * <p><b>Failover.</b> Connection failures and timeouts of a node are counted ({@link
 * #onNodeFailure}); two in a row request a refresh, and since every command for a dead master's
 * slots fails again, refreshes keep coming (rate-limited by the refresher) until the cluster has
 * promoted a replica and a refresh sees it. A {@code READONLY} reply (a demoted master) requests
 * one at once. A refresh asks healthy nodes first, so a hung node cannot stall it. After each
 * published map, connections to every master (and, when reading from replicas, every replica) are
 * opened in the background, so the first command to a promoted replica finds its connection ready.
 *
 * <p><b>Connections per node:</b> exactly one multiplexed command connection per node the client
 * talks to (masters; replicas too when reading from them or asking them for the topology); topology
 * refreshes and latency probes reuse it. Exclusive connections for blocking commands and
 * transactions come on top, from their own bounded pool.
 *
 * <p>Thread-safe. The router owns every connection it opens and closes them in {@link #close()};
 * the transport (event loops) belongs to the caller.
 */
public final class ClusterRouter implements Router {

  /**
   * Failures of one node, with no success between, that trigger a refresh: one failure is often a
   * blip (a reconnect), two in a row within the window suggest the node is gone or demoted.
   */
  static final int FAILURE_THRESHOLD = 2;

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final SlotwiseConfig config;
  private final Function<HostAndPort, NodeConnection> connector;
  private final LongSupplier nanoTime;
  private final UnaryOperator<HostAndPort> remapper;
  private final TopologyRefresher refresher;
  private final TopologyLoader loader;
  private final Executor builder;
  private final ScheduledExecutorService scheduler;
  private final ReadSelector reads;
  private final LatencyProbe latency;
  private final NodeFailureTable failures;
  private final Map<HostAndPort, NodeConnection> connections = new ConcurrentHashMap<>();
  private final boolean readsFromMasters;
  private final AtomicReference<RouteCache> routeCache =
      new AtomicReference<>(new RouteCache(SlotMap.empty()));
  private final AtomicInteger roundRobin = new AtomicInteger();
  private final Object writeLock = new Object();
  private volatile SlotMap slotMap = SlotMap.empty();
  private volatile boolean closed;
  private CompletableFuture<Void> started;

  /**
   * A router for the seeds and options of {@code config}; connections are opened through {@code
   * transport} with {@code settings} (plus {@code READONLY} when reads may go to replicas), and the
   * transport's scheduler also runs the refresh timer. Does no I/O until {@link #start()}.
   *
   * @throws IllegalArgumentException when {@code config} is not in cluster mode
   */
  public ClusterRouter(
      SlotwiseConfig config, ConnectionSettings settings, NettyTransport transport) {
    this(
        config,
        connector(config, settings, transport),
        requireTransport(transport).scheduler(),
        System::nanoTime,
        topologyThread());
  }

  /**
   * For tests: connections, scheduler, clock and the executor that parses topology replies
   * injected. The router shuts {@code builder} down on close when it is an {@link ExecutorService}.
   */
  ClusterRouter(
      SlotwiseConfig config,
      Function<HostAndPort, NodeConnection> connector,
      ScheduledExecutorService scheduler,
      LongSupplier nanoTime,
      Executor builder) {
    if (config == null || config.mode() != SlotwiseConfig.Mode.CLUSTER) {
      throw new IllegalArgumentException("config must be a cluster configuration, got " + config);
    }
    this.config = config;
    this.connector = connector;
    this.nanoTime = nanoTime;
    this.remapper = config.routingOptions().addressRemapper();
    List<HostAndPort> seeds = new ArrayList<>();
    for (HostAndPort seed : config.addresses()) {
      HostAndPort mapped = remapper.apply(seed);
      if (!seeds.contains(mapped)) {
        seeds.add(mapped);
      }
    }
    Duration minInterval = config.topologyRefreshMinInterval();
    this.readsFromMasters = config.readFrom() == ReadFrom.MASTER;
    this.failures =
        new NodeFailureTable(Math.max(minInterval.toNanos(), config.commandTimeout().toNanos()));
    this.builder = builder;
    this.scheduler = scheduler;
    this.latency =
        config.readFrom() == ReadFrom.LOWEST_LATENCY
            ? new LatencyProbe(this::knownNodes, this::connection, nanoTime)
            : null;
    this.reads =
        new ReadSelector(
            config.readFrom(),
            this::isHealthy,
            latency != null ? latency::averageNanos : a -> Long.MAX_VALUE);
    this.loader =
        new TopologyLoader(remapper, config.tls(), config.commandTimeout(), scheduler, builder);
    this.refresher =
        new TopologyRefresher(
            new Topology(),
            loader,
            seeds,
            minInterval,
            config.topologyRefreshPeriod(),
            scheduler,
            nanoTime);
  }

  /** One daemon thread per router that parses topology replies, off the I/O threads. */
  private static ExecutorService topologyThread() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "slotwise-topology-" + THREADS.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  private static NettyTransport requireTransport(NettyTransport transport) {
    if (transport == null) {
      throw new IllegalArgumentException("transport must not be null");
    }
    return transport;
  }

  private static Function<HostAndPort, NodeConnection> connector(
      SlotwiseConfig config, ConnectionSettings settings, NettyTransport transport) {
    if (config == null || settings == null) {
      throw new IllegalArgumentException("config and settings must not be null");
    }
    ConnectionSettings cluster = settings.withReadOnly(config.readFrom() != ReadFrom.MASTER);
    NettyTransport t = requireTransport(transport);
    return address -> t.open(address, cluster);
  }

  /**
   * Loads the slot map from the seeds and starts the periodic refresh. Completes when commands can
   * be routed (some slots may still be uncovered); fails with a {@link ClusterTopologyException}
   * naming every seed tried and why. Later calls return the same future.
   */
  @Override
  public synchronized CompletableFuture<Void> start() {
    if (started == null) {
      started =
          refresher
              .start()
              .handle(
                  (map, e) -> {
                    if (e == null) {
                      if (latency != null && !closed) {
                        latency.start(scheduler);
                      }
                      return null;
                    }
                    Throwable cause = e instanceof CompletionException ? e.getCause() : e;
                    // A router that could not start stays unusable: no refresh may reconnect.
                    refresher.close();
                    for (HostAndPort address : new ArrayList<>(connections.keySet())) {
                      forget(address);
                    }
                    throw cause instanceof ClusterTopologyException cte
                        ? cte
                        : new ClusterTopologyException(
                            "could not load the cluster topology: " + cause.getMessage(), cause);
                  });
    }
    return started;
  }

  /**
   * The connection to the master of the command's slot (the slot of its keys, which must all share
   * one), or to a master in turn for a keyless command.
   *
   * @throws CrossSlotException when the keys hash to different slots
   * @throws SlotNotCoveredException when no node owns the slot (a refresh is requested)
   * @throws ClusterTopologyException for a keyless command while no master is known
   * @throws SlotwiseClosedException after {@link #close()}
   */
  @Override
  public NodeConnection route(Command command) {
    SlotMap map = slotMap;
    int[] keys = command.keyIndexes();
    if (keys.length == 0) {
      return anyMaster(map, command);
    }
    int slot = slotOf(command);
    boolean toMaster = readsFromMasters || !command.isReadOnly();
    RouteCache cache = routeCache.get();
    if (toMaster) {
      if (cache.map == map) {
        NodeConnection cached = cache.masters.get(slot);
        if (cached != null) {
          return cached;
        }
      } else {
        // The first route after a topology change. Installed before the connection is looked up,
        // and only if nothing replaced the old cache meanwhile: a connection forgotten since (see
        // forget) then lands in a cache nobody reads.
        RouteCache fresh = new RouteCache(map);
        cache = routeCache.compareAndSet(cache, fresh) ? fresh : null;
      }
    }
    ClusterNode owner = map.masterFor(slot);
    if (owner == null) {
      refresher.request(RefreshTrigger.UNCOVERED_SLOT);
      throw new SlotNotCoveredException(slot, command.name());
    }
    if (!toMaster) {
      return connection(reads.pick(owner));
    }
    NodeConnection c = connection(owner.address());
    if (cache != null) {
      cache.masters.set(slot, c);
    }
    return c;
  }

  /**
   * The connection of each slot's master for one slot-map snapshot, filled as slots are routed: a
   * command to a known slot then costs one array read instead of a map lookup by address. Replaced
   * (never patched) when the snapshot changes or a connection is forgotten.
   */
  private static final class RouteCache {
    final SlotMap map;
    final AtomicReferenceArray<NodeConnection> masters =
        new AtomicReferenceArray<>(SlotHash.SLOT_COUNT);

    RouteCache(SlotMap map) {
      this.map = map;
    }
  }

  /**
   * Whether reads may go to this node now: its connection is up and its last command did not fail.
   * A node without a connection yet gets one opened (in the background) and counts as not healthy
   * this time.
   */
  private boolean isHealthy(HostAndPort address) {
    NodeConnection c = connections.get(address);
    if (c == null) {
      if (!closed) {
        connection(address);
      }
      return false;
    }
    return c.isConnected() && !failures.isSuspect(address);
  }

  private List<HostAndPort> knownNodes() {
    List<HostAndPort> out = new ArrayList<>();
    for (ClusterNode n : slotMap.nodes()) {
      out.add(n.address());
    }
    return out;
  }

  /**
   * The slot of a command's keys.
   *
   * @throws CrossSlotException when they do not share one
   * @throws IllegalArgumentException when the command has no key
   */
  public static int slotOf(Command command) {
    int[] keys = command.keyIndexes();
    if (keys.length == 0) {
      throw new IllegalArgumentException("command " + command.name() + " has no key");
    }
    byte[][] args = command.args();
    int slot = SlotHash.slot(args[keys[0]]);
    for (int i = 1; i < keys.length; i++) {
      int other = SlotHash.slot(args[keys[i]]);
      if (other != slot) {
        throw new CrossSlotException(command.name(), slot, other);
      }
    }
    return slot;
  }

  private NodeConnection anyMaster(SlotMap map, Command command) {
    List<ClusterNode> masters = map.masters();
    if (masters.isEmpty()) {
      refresher.request(RefreshTrigger.UNCOVERED_SLOT);
      throw new ClusterTopologyException(
          "no master of the cluster is known yet for " + command.name() + "; refresh requested");
    }
    int i = Math.floorMod(roundRobin.getAndIncrement(), masters.size());
    return connection(masters.get(i).address());
  }

  /**
   * The connection to a node, opened if needed: a node of the slot map or of an open connection (an
   * address this router handed out) is taken as is; any other address is one a server announced
   * ({@code MOVED}/{@code ASK}) and goes through the address remapper first.
   */
  @Override
  public NodeConnection connectionTo(HostAndPort address) {
    return connection(resolve(address));
  }

  /** Known (already remapped) addresses as they are; announced ones through the remapper. */
  private HostAndPort resolve(HostAndPort address) {
    if (address == null) {
      throw new IllegalArgumentException("address must not be null");
    }
    if (connections.containsKey(address) || slotMap.nodeAt(address) != null) {
      return address;
    }
    HostAndPort mapped = remapper.apply(address);
    if (mapped == null) {
      throw new IllegalArgumentException("the address remapper returned null for " + address);
    }
    return mapped;
  }

  private NodeConnection connection(HostAndPort address) {
    NodeConnection c = connections.get(address);
    if (c != null) {
      return c;
    }
    if (closed) {
      throw new SlotwiseClosedException("the cluster router is closed; cannot reach " + address);
    }
    c = connections.computeIfAbsent(address, connector);
    if (closed) {
      closeAll();
      throw new SlotwiseClosedException("the cluster router is closed; cannot reach " + address);
    }
    return c;
  }

  /** Connections to every known master, in the slot map's order. */
  @Override
  public List<NodeConnection> masters() {
    List<NodeConnection> out = new ArrayList<>();
    for (ClusterNode m : slotMap.masters()) {
      out.add(connection(m.address()));
    }
    return out;
  }

  /**
   * {@code MOVED slot address}: the slot is patched at once (a new snapshot) and a coalesced,
   * rate-limited full refresh is requested. {@code address} is resolved as in {@link
   * #connectionTo}.
   */
  @Override
  public void onMoved(int slot, HostAndPort address) {
    HostAndPort mapped = resolve(address);
    synchronized (writeLock) {
      SlotMap current = slotMap;
      SlotMap next = current.withSlotMovedTo(slot, mapped);
      if (next != current) {
        slotMap = next;
      }
    }
    refresher.request(RefreshTrigger.MOVED);
  }

  /**
   * {@code ASK}: the slot map stays as it is, but a migration is under way, so a (rate-limited)
   * refresh is requested to learn the new owner early.
   */
  public void onAsk(int slot, HostAndPort address) {
    refresher.request(RefreshTrigger.ASKED);
  }

  /**
   * Counts a transport failure or timeout of this node; {@value #FAILURE_THRESHOLD} of them with no
   * success between (within the larger of the refresh interval and the command timeout) request a
   * {@link RefreshTrigger#CONNECTION_FAILURES} or {@link RefreshTrigger#TIMEOUTS} refresh. A {@link
   * RedisServerException} as the cause is the node's own word that it no longer serves the slot
   * ({@code READONLY}: demoted by a failover) and requests a {@link RefreshTrigger#READONLY}
   * refresh at once.
   */
  @Override
  public void onNodeFailure(NodeConnection connection, Throwable cause, boolean timeout) {
    if (closed || connection == null) {
      return;
    }
    HostAndPort node = connection.address();
    if (cause instanceof RedisServerException) {
      failures.failed(node, nanoTime.getAsLong(), Integer.MAX_VALUE);
      refresher.request(RefreshTrigger.READONLY);
      return;
    }
    if (failures.failed(node, nanoTime.getAsLong(), FAILURE_THRESHOLD)) {
      refresher.request(timeout ? RefreshTrigger.TIMEOUTS : RefreshTrigger.CONNECTION_FAILURES);
    }
  }

  /** A reply arrived from this node: its failures so far no longer count. Cheap; never blocks. */
  @Override
  public void onNodeSuccess(NodeConnection connection) {
    failures.succeeded(connection.address());
  }

  @Override
  public boolean splitsBySlot() {
    return true;
  }

  /** The slot map in use now (an immutable snapshot). */
  public SlotMap slotMap() {
    return slotMap;
  }

  /** Asks for a refresh (coalesced and rate-limited like the automatic ones). */
  public void requestRefresh(RefreshTrigger trigger) {
    refresher.request(trigger);
  }

  /** Refresh requests received for this trigger, coalesced ones included. */
  public long refreshRequests(RefreshTrigger trigger) {
    return refresher.requests(trigger);
  }

  /** Refresh runs started (the startup load included). */
  public long refreshRuns() {
    return refresher.runs();
  }

  /** Refresh runs started on behalf of this trigger. */
  public long refreshRuns(RefreshTrigger trigger) {
    return refresher.runs(trigger);
  }

  /** Refresh runs that published a changed slot map (the startup load included). */
  public long topologyChanges() {
    return refresher.changes();
  }

  /** Whether this node answered that it does not know {@code CLUSTER SHARDS}. */
  boolean usesClusterSlots(HostAndPort address) {
    return loader.usesClusterSlots(address);
  }

  /** Stops refreshing and closes every connection now. Idempotent. */
  @Override
  public void close() {
    closed = true;
    refresher.close();
    if (latency != null) {
      latency.close();
    }
    closeAll();
    if (builder instanceof ExecutorService service) {
      service.shutdown();
    }
  }

  private void closeAll() {
    for (HostAndPort address : new ArrayList<>(connections.keySet())) {
      forget(address);
    }
  }

  private void forget(HostAndPort address) {
    NodeConnection c = connections.remove(address);
    // After the removal: a route that reads this new cache can only find a new connection.
    routeCache.set(new RouteCache(slotMap));
    failures.discard(address);
    if (c != null) {
      c.close();
    }
  }

  private void publish(SlotMap map) {
    synchronized (writeLock) {
      slotMap = map;
    }
    Duration drain = config.commandTimeout();
    for (Map.Entry<HostAndPort, NodeConnection> e : new ArrayList<>(connections.entrySet())) {
      if (map.nodeAt(e.getKey()) == null && connections.remove(e.getKey(), e.getValue())) {
        routeCache.set(new RouteCache(map));
        failures.discard(e.getKey());
        e.getValue().closeGracefully(drain);
      }
    }
    if (latency != null) {
      latency.retain(knownNodes());
    }
    warmUp(map);
  }

  /**
   * Opens (in the background) the connections the next commands will need: every master, and every
   * replica when reads may go to replicas.
   */
  private void warmUp(SlotMap map) {
    boolean replicas = config.readFrom() != ReadFrom.MASTER;
    for (ClusterNode node : replicas ? map.nodes() : map.masters()) {
      if (closed) {
        return;
      }
      try {
        connection(node.address());
      } catch (SlotwiseClosedException e) {
        return;
      }
    }
  }

  /** The router seen by its refresher. */
  private final class Topology implements TopologyRefresher.Topology {
    @Override
    public SlotMap current() {
      return slotMap;
    }

    @Override
    public NodeConnection connection(HostAndPort address) {
      return ClusterRouter.this.connection(address);
    }

    @Override
    public void forget(HostAndPort address) {
      ClusterRouter.this.forget(address);
    }

    @Override
    public void publish(SlotMap map) {
      ClusterRouter.this.publish(map);
      config.resourceOptions().recorder().slotMapChanged(map.uncoveredSlots());
    }

    @Override
    public void refreshed(Set<RefreshTrigger> triggers, long durationNanos, Throwable error) {
      config.resourceOptions().recorder().topologyRefreshed(triggers, durationNanos, error == null);
    }

    @Override
    public boolean suspect(HostAndPort address) {
      NodeConnection c = connections.get(address);
      return (c != null && !c.isConnected()) || failures.isSuspect(address);
    }
  }

  @Override
  public String toString() {
    return "ClusterRouter{" + slotMap + ", connections=" + connections.keySet() + "}";
  }
}
