package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.ReadFrom;
import io.slotwise.RedisServerException;
import io.slotwise.SlotwiseClosedException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * Routes commands of a Redis Cluster by hash slot.
 *
 * <p>The slot map is an immutable {@link SlotMap} held in one volatile field ({@link
 * CurrentSlotMap}): {@link #route} reads it once, hashes the command's keys and indexes an array —
 * no lock on the command path; a {@link RouteCache} keeps each slot's master connection for the
 * snapshot. Writers (a {@code MOVED} patch, a refresh) build a new snapshot and publish it with one
 * volatile write under a writer lock, so two patches never lose each other. One multiplexed
 * connection per node is opened lazily ({@link NodeConnections}); connections to nodes that left
 * the topology are closed gracefully after a refresh ({@link RouterTopology}, the router as its
 * {@link TopologyRefresher} sees it). An {@code ASK} leaves the map alone and requests an early
 * refresh.
 *
 * <p>Addresses the <em>servers</em> announce ({@code MOVED}/{@code ASK} targets given to {@link
 * #onMoved} and {@link #connectionTo}) go through {@link ClusterOptions#routing()}'s remapper;
 * those the router hands out ({@link NodeConnection#address()}) already did and are recognised as
 * known, so a remapper need not be idempotent.
 *
 * <p><b>Reads</b> ({@link Command#isReadOnly()}) go where {@link
 * io.slotwise.RoutingOptions#readFrom()} says, chosen by a {@link ReadSelector} among the slot's
 * master and its online replicas; a node is healthy for it when its connection is up and its last
 * command did not fail. Writes always go to the master.
 *
 * <p><b>Failover.</b> Connection failures and timeouts of a node are counted ({@link
 * #onNodeFailure}); two in a row request a refresh, and since every command for a dead master's
 * slots fails again, refreshes keep coming (rate-limited by the refresher) until the cluster has
 * promoted a replica and a refresh sees it. A {@code READONLY} reply (a demoted master) requests
 * one at once. A refresh asks healthy nodes first, so a hung node cannot stall it. A node whose
 * command timed out is taken for hung until it answers again ({@link NodeFailureProbe}): no command
 * is written to it meanwhile; they wait, within the failover budget, for it or its successor. After
 * each published map, connections to every master (and, when reading from replicas, every replica)
 * are opened in the background, so the first command to a promoted replica finds its connection
 * ready.
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

  private final LongSupplier nanoTime;
  private final TopologyRefresher refresher;
  private final TopologyLoader loader;
  private final Executor builder;
  private final ScheduledExecutorService scheduler;
  private final ReadSelector reads;
  private final LatencyProbe latency;
  private final NodeFailureTable failures;
  private final NodeFailureProbe hung;
  private final CurrentSlotMap slotMap = new CurrentSlotMap();
  private final RouteCache routes = new RouteCache();
  private final NodeConnections connections;
  private final boolean readsFromMasters;
  private final AtomicInteger roundRobin = new AtomicInteger();
  private CompletableFuture<Void> started;

  /**
   * A router for the seeds and options of {@code options}; connections are opened through {@code
   * transport} with {@code settings} (plus {@code READONLY} when reads may go to replicas), and the
   * transport's scheduler also runs the refresh timer. Does no I/O until {@link #start()}.
   */
  public ClusterRouter(
      ClusterOptions options, ConnectionSettings settings, NettyTransport transport) {
    this(
        options,
        NodeConnections.opener(options.routing().readFrom(), settings, transport),
        transport.scheduler(),
        System::nanoTime,
        RouterTopology.parserThread());
  }

  /**
   * For tests: connections, scheduler, clock and the executor that parses topology replies
   * injected. The router shuts {@code builder} down on close when it is an {@link ExecutorService}.
   */
  ClusterRouter(
      ClusterOptions options,
      Function<HostAndPort, NodeConnection> connector,
      ScheduledExecutorService scheduler,
      LongSupplier nanoTime,
      Executor builder) {
    if (options == null) {
      throw new IllegalArgumentException("options must not be null");
    }
    this.nanoTime = nanoTime;
    UnaryOperator<HostAndPort> remapper = options.routing().addressRemapper();
    List<HostAndPort> seeds = new ArrayList<>();
    for (HostAndPort seed : options.seeds()) {
      HostAndPort mapped = remapper.apply(seed);
      if (!seeds.contains(mapped)) {
        seeds.add(mapped);
      }
    }
    Duration minInterval = options.refresh().minInterval();
    Duration commandTimeout = options.commandTimeout();
    ReadFrom readFrom = options.routing().readFrom();
    this.readsFromMasters = readFrom == ReadFrom.MASTER;
    this.failures = new NodeFailureTable(Math.max(minInterval.toNanos(), commandTimeout.toNanos()));
    this.connections = new NodeConnections(connector, remapper, slotMap, routes, failures);
    this.builder = builder;
    this.scheduler = scheduler;
    this.hung =
        new NodeFailureProbe(
            a -> slotMap.get().nodeAt(a) != null ? connections.get(a) : null, scheduler);
    this.latency =
        readFrom == ReadFrom.LOWEST_LATENCY
            ? new LatencyProbe(
                () -> RouterTopology.addresses(slotMap.get()), connections::get, nanoTime)
            : null;
    this.reads =
        new ReadSelector(
            readFrom,
            connections::isHealthy,
            latency != null ? latency::averageNanos : a -> Long.MAX_VALUE);
    this.loader = new TopologyLoader(remapper, options.tls(), commandTimeout, scheduler, builder);
    RouterTopology topology =
        new RouterTopology(
            slotMap, connections, latency, !readsFromMasters, commandTimeout, options.recorder());
    this.refresher =
        new TopologyRefresher(
            topology, loader, seeds, minInterval, options.refresh().period(), scheduler, nanoTime);
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
                      if (latency != null && !connections.isClosed()) {
                        latency.start(scheduler);
                      }
                      return null;
                    }
                    Throwable cause = e instanceof CompletionException ? e.getCause() : e;
                    // A router that could not start stays unusable: no refresh may reconnect.
                    refresher.close();
                    connections.forgetAll();
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
    SlotMap map = slotMap.get();
    if (command.keyIndexes().length == 0) {
      return anyMaster(map, command);
    }
    int slot = slotOf(command);
    boolean toMaster = readsFromMasters || !command.isReadOnly();
    RouteCache.Table table = toMaster ? routes.tableFor(map) : null;
    if (table != null) {
      NodeConnection cached = table.get(slot);
      if (cached != null) {
        return cached;
      }
    }
    ClusterNode owner = map.masterFor(slot);
    if (owner == null) {
      refresher.request(RefreshTrigger.UNCOVERED_SLOT);
      throw new SlotNotCoveredException(slot, command.name());
    }
    if (!toMaster) {
      return connections.get(reads.pick(owner));
    }
    NodeConnection c = connections.get(owner.address());
    if (table != null) {
      table.put(slot, c);
    }
    return c;
  }

  /**
   * The slot of a command's keys: the one it carries ({@link Command#slot()}), else hashed once and
   * remembered on the command, so that routing it again (a retry, a redirect) does not hash again.
   *
   * @throws CrossSlotException when they do not share one
   * @throws IllegalArgumentException when the command has no key
   */
  public static int slotOf(Command command) {
    int known = command.slot();
    if (known != Command.SLOT_UNKNOWN) {
      return known;
    }
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
    command.rememberSlot(slot);
    return slot;
  }

  /**
   * The slot of a command's first key (what its retry lane is keyed by), without checking the
   * others: the command's slot when known or when it has one key (then remembered, see {@link
   * #slotOf}); a command of several keys not known to share a slot hashes its first key only.
   *
   * @throws IllegalArgumentException when the command has no key
   */
  public static int firstKeySlot(Command command) {
    int known = command.slot();
    if (known != Command.SLOT_UNKNOWN) {
      return known;
    }
    int[] keys = command.keyIndexes();
    if (keys.length == 1) {
      return slotOf(command);
    }
    byte[] first = command.firstKey();
    if (first == null) {
      throw new IllegalArgumentException("command " + command.name() + " has no key");
    }
    return SlotHash.slot(first);
  }

  private NodeConnection anyMaster(SlotMap map, Command command) {
    List<ClusterNode> masters = map.masters();
    if (masters.isEmpty()) {
      refresher.request(RefreshTrigger.UNCOVERED_SLOT);
      throw new ClusterTopologyException(
          "no master of the cluster is known yet for " + command.name() + "; refresh requested");
    }
    int i = Math.floorMod(roundRobin.getAndIncrement(), masters.size());
    return connections.get(masters.get(i).address());
  }

  /**
   * The connection to a node, opened if needed: a node of the slot map or of an open connection (an
   * address this router handed out) is taken as is; any other address is one a server announced
   * ({@code MOVED}/{@code ASK}) and goes through the address remapper first.
   */
  @Override
  public NodeConnection connectionTo(HostAndPort address) {
    return connections.get(connections.resolve(address));
  }

  /** Connections to every known master, in the slot map's order. */
  @Override
  public List<NodeConnection> masters() {
    List<NodeConnection> out = new ArrayList<>();
    for (ClusterNode m : slotMap.get().masters()) {
      out.add(connections.get(m.address()));
    }
    return out;
  }

  /**
   * Connections to every known node: the masters, then their replicas, as the slot map lists them.
   */
  @Override
  public List<NodeConnection> nodes() {
    List<NodeConnection> out = new ArrayList<>();
    for (ClusterNode n : slotMap.get().nodes()) {
      out.add(connections.get(n.address()));
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
    slotMap.moveSlot(slot, connections.resolve(address));
    refresher.request(RefreshTrigger.MOVED);
  }

  /**
   * {@code ASK}: the slot map stays as it is, but a migration is under way, so a (coalesced,
   * rate-limited) {@link RefreshTrigger#ASKED} refresh is requested to learn the new owner early.
   */
  @Override
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
    if (connections.isClosed() || connection == null) {
      return;
    }
    HostAndPort node = connection.address();
    if (timeout) {
      hung.timedOut(node); // no command is written to it until it answers or is replaced
    }
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
    hung.answered(connection.address());
  }

  /**
   * Yes: a hung master's commands wait for it or for its successor (see {@link #isUnresponsive}).
   */
  @Override
  public boolean waitsOutFailover() {
    return true;
  }

  /**
   * Whether a command to this node timed out and the node has not answered since (it is probed with
   * {@code PING}). One volatile read while no node hangs. While it hangs, each call requests a
   * (coalesced, rate-limited) {@link RefreshTrigger#TIMEOUTS} refresh: the commands held for it are
   * never sent, so no failure of theirs would ask for the map that names its successor.
   */
  @Override
  public boolean isUnresponsive(NodeConnection connection) {
    if (hung.isHung(connection.address())) {
      refresher.request(RefreshTrigger.TIMEOUTS);
      return true;
    }
    return false;
  }

  @Override
  public boolean splitsBySlot() {
    return true;
  }

  /** The slot map in use now (an immutable snapshot). */
  public SlotMap slotMap() {
    return slotMap.get();
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
    connections.close();
    refresher.close();
    if (latency != null) {
      latency.close();
    }
    if (builder instanceof ExecutorService service) {
      service.shutdown();
    }
  }

  @Override
  public String toString() {
    return "ClusterRouter{" + slotMap.get() + ", connections=" + connections.addresses() + "}";
  }
}
