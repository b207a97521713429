package io.slotwise.testkit;

import io.slotwise.HostAndPort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real Redis Cluster on 127.0.0.1: {@code masters} masters, each with {@code replicasPerMaster}
 * replicas, built without {@code redis-cli}: nodes start in parallel, each master gets an even
 * share of the 16384 slots and its own config epoch, all nodes meet, replicas attach, and {@link
 * #start} returns once every node reports {@code cluster_state:ok}, every node knows the same slot
 * owners and every replica's link to its master is up.
 *
 * <p>Queries such as {@link #masters()} and {@link #ownerOfSlot(int)} ask the live cluster, so they
 * reflect failovers and resharding done by a test. Thread-safe. The creator closes it, which stops
 * every node and deletes their directories.
 */
public final class LocalRedisCluster implements AutoCloseable {
  /** Number of hash slots in Redis Cluster. */
  public static final int SLOTS = 16384;

  /** Bound for the cluster to form (meet, slots, replicas) after the processes answer. */
  public static final Duration FORM_TIMEOUT = Duration.ofSeconds(30);

  /** Redis aborts a manual failover not done within 5 s; we retry after a little more. */
  private static final Duration MANUAL_FAILOVER_ATTEMPT = Duration.ofSeconds(6);

  private final List<RedisServerProcess> nodes;
  private final int masterCount;

  private LocalRedisCluster(List<RedisServerProcess> nodes, int masterCount) {
    this.nodes = List.copyOf(nodes);
    this.masterCount = masterCount;
  }

  /** 3 masters, 1 replica each, node timeout 2 s. */
  public static LocalRedisCluster start() {
    return builder().start();
  }

  /** {@code masters} masters with {@code replicasPerMaster} replicas each, node timeout 2 s. */
  public static LocalRedisCluster start(int masters, int replicasPerMaster) {
    return builder().masters(masters).replicasPerMaster(replicasPerMaster).start();
  }

  /** Like {@link #start(int, int)} with {@code cluster-node-timeout} in milliseconds. */
  public static LocalRedisCluster start(int masters, int replicasPerMaster, int nodeTimeoutMs) {
    return builder()
        .masters(masters)
        .replicasPerMaster(replicasPerMaster)
        .nodeTimeout(Duration.ofMillis(nodeTimeoutMs))
        .start();
  }

  /** A builder for the less common options. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Options of a {@link LocalRedisCluster}. Not thread-safe; {@link #start()} may be called more
   * than once, each call builds a new cluster.
   */
  public static final class Builder {
    private int masters = 3;
    private int replicasPerMaster = 1;
    private Duration nodeTimeout = Duration.ofMillis(2000);
    private boolean requireFullCoverage = true;
    private List<String> serverArgs = List.of();

    private Builder() {}

    /** Number of masters, 1..64; default 3. */
    public Builder masters(int masters) {
      if (masters < 1 || masters > 64) {
        throw new IllegalArgumentException("masters must be in 1..64, got " + masters);
      }
      this.masters = masters;
      return this;
    }

    /** Replicas per master, 0..5; default 1. */
    public Builder replicasPerMaster(int replicas) {
      if (replicas < 0 || replicas > 5) {
        throw new IllegalArgumentException("replicasPerMaster must be in 0..5, got " + replicas);
      }
      this.replicasPerMaster = replicas;
      return this;
    }

    /** {@code cluster-node-timeout}; default 2 s (failover after roughly twice that). */
    public Builder nodeTimeout(Duration timeout) {
      if (timeout == null || timeout.toMillis() < 100) {
        throw new IllegalArgumentException("nodeTimeout must be >= 100 ms, got " + timeout);
      }
      this.nodeTimeout = timeout;
      return this;
    }

    /** {@code cluster-require-full-coverage}; default true (the Redis default). */
    public Builder requireFullCoverage(boolean require) {
      this.requireFullCoverage = require;
      return this;
    }

    /** Extra {@code redis-server} arguments for every node, e.g. {@code "--requirepass", "x"}. */
    public Builder serverArgs(String... args) {
      if (args == null) {
        throw new IllegalArgumentException("serverArgs must not be null");
      }
      this.serverArgs = List.of(args);
      return this;
    }

    /** Starts the cluster and waits until it is fully formed. */
    public LocalRedisCluster start() {
      List<String> args = new ArrayList<>();
      args.addAll(
          List.of(
              "--cluster-enabled",
              "yes",
              "--cluster-config-file",
              "nodes.conf",
              "--cluster-node-timeout",
              Long.toString(nodeTimeout.toMillis()),
              "--cluster-require-full-coverage",
              requireFullCoverage ? "yes" : "no"));
      args.addAll(serverArgs);
      int total = masters * (1 + replicasPerMaster);
      List<RedisServerProcess> started = startAll(total, args.toArray(new String[0]));
      LocalRedisCluster cluster = new LocalRedisCluster(started, masters);
      try {
        ClusterFormation.form(started, masters, replicasPerMaster, FORM_TIMEOUT);
      } catch (RuntimeException | Error e) {
        System.err.println(cluster.logTails(15));
        cluster.close();
        throw e;
      }
      return cluster;
    }
  }

  private static List<RedisServerProcess> startAll(int count, String[] args) {
    return parallel(
        count, i -> RedisServerProcess.start(args), RedisServerProcess::close, "start node");
  }

  /**
   * Runs {@code task(i)} for {@code i in [0, count)} on {@code count} threads; if any fails, the
   * successful results are cleaned up and the first failure is rethrown.
   */
  static <T> List<T> parallel(
      int count, Function<Integer, T> task, java.util.function.Consumer<T> cleanup, String what) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, count));
    try {
      List<CompletableFuture<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(CompletableFuture.supplyAsync(() -> task.apply(index), pool));
      }
      List<T> results = new ArrayList<>();
      RuntimeException failure = null;
      for (CompletableFuture<T> f : futures) {
        try {
          results.add(f.join());
        } catch (CompletionException e) {
          RuntimeException cause =
              e.getCause() instanceof RuntimeException re
                  ? re
                  : new IllegalStateException(what + " failed", e.getCause());
          if (failure == null) {
            failure = cause;
          } else {
            failure.addSuppressed(cause);
          }
        }
      }
      if (failure != null) {
        results.forEach(cleanup);
        throw failure;
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Every node started for this cluster, masters first as initially assigned. */
  public List<RedisServerProcess> nodes() {
    return nodes;
  }

  /** Number of masters the cluster was built with. */
  public int initialMasterCount() {
    return masterCount;
  }

  /** Current masters that own at least one slot, as seen by a live node (reflects failovers). */
  public List<RedisServerProcess> masters() {
    List<RedisServerProcess> out = new ArrayList<>();
    for (ClusterNodeLine l : view()) {
      if (l.isMaster() && !l.isFailing() && l.slotCount() > 0) {
        out.add(nodeFor(l.address()));
      }
    }
    return out;
  }

  /** Current replicas, as seen by a live node; failing ones excluded. */
  public List<RedisServerProcess> replicas() {
    List<RedisServerProcess> out = new ArrayList<>();
    for (ClusterNodeLine l : view()) {
      if (l.isReplica() && !l.isFailing()) {
        out.add(nodeFor(l.address()));
      }
    }
    return out;
  }

  /** Current replicas of {@code master}. */
  public List<RedisServerProcess> replicasOf(RedisServerProcess master) {
    String id = nodeId(master);
    List<RedisServerProcess> out = new ArrayList<>();
    for (ClusterNodeLine l : view()) {
      if (l.isReplica() && !l.isFailing() && id.equals(l.masterId())) {
        out.add(nodeFor(l.address()));
      }
    }
    return out;
  }

  /** Seed addresses {@code 127.0.0.1:port} of every node, for the driver's configuration. */
  public String[] seeds() {
    return nodes.stream().map(n -> n.address().toString()).toArray(String[]::new);
  }

  /** Addresses of every node. */
  public List<HostAndPort> seedAddresses() {
    return nodes.stream().map(RedisServerProcess::address).toList();
  }

  /**
   * The node listening on {@code address}.
   *
   * @throws IllegalArgumentException when no node of this cluster has that address
   */
  public RedisServerProcess nodeFor(HostAndPort address) {
    for (RedisServerProcess n : nodes) {
      if (n.address().equals(address)) {
        return n;
      }
    }
    throw new IllegalArgumentException("address " + address + " is not a node of " + this);
  }

  /** The node id ({@code CLUSTER MYID}) of {@code node}. */
  public String nodeId(RedisServerProcess node) {
    return (String) node.call("CLUSTER", "MYID");
  }

  /** The slot of {@code key} according to the server ({@code CLUSTER KEYSLOT}). */
  public int keySlot(String key) {
    return ((Long) anyLiveNode().call("CLUSTER", "KEYSLOT", key)).intValue();
  }

  /**
   * The master owning {@code slot} according to {@code CLUSTER SLOTS} of a live node.
   *
   * @throws IllegalStateException when no node owns the slot
   */
  public RedisServerProcess ownerOfSlot(int slot) {
    checkSlot(slot);
    List<?> ranges = (List<?>) anyLiveNode().call("CLUSTER", "SLOTS");
    for (Object r : ranges) {
      List<?> range = (List<?>) r;
      long from = (Long) range.get(0);
      long to = (Long) range.get(1);
      if (slot >= from && slot <= to) {
        List<?> master = (List<?>) range.get(2);
        return nodeFor(HostAndPort.of((String) master.get(0), ((Long) master.get(1)).intValue()));
      }
    }
    throw new IllegalStateException("slot " + slot + " is not served by any node");
  }

  /**
   * Starts moving {@code slot} from its current owner to {@code target} (a master) and returns the
   * migration, half done: no key moved yet, source {@code MIGRATING}, target {@code IMPORTING}.
   */
  public SlotMigration beginSlotMigration(int slot, RedisServerProcess target) {
    checkSlot(slot);
    return SlotMigration.begin(this, slot, target);
  }

  /** Moves {@code slot} with its keys to {@code target} and waits until every node agrees. */
  public void moveSlot(int slot, RedisServerProcess target) {
    beginSlotMigration(slot, target).finish();
  }

  /**
   * Manual failover ({@code CLUSTER FAILOVER}) run on {@code replica} once its replication link is
   * up; waits until it is a master and every live node agrees on the slot owners and reports {@code
   * cluster_state:ok}.
   */
  public void failover(RedisServerProcess replica, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    // A manual failover needs the replica caught up, and its master must already see it as a
    // healthy replica (right after a restart it may still flag it FAIL and ignore the request).
    Await.until(
        replica + " in sync and known as a healthy replica by its master",
        timeout,
        () -> ClusterFormation.replicaLinkUp(replica) && masterSeesHealthyReplica(replica));
    while (true) {
      replica.call("CLUSTER", "FAILOVER");
      Duration rest = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
      Duration attempt =
          rest.compareTo(MANUAL_FAILOVER_ATTEMPT) < 0 ? rest : MANUAL_FAILOVER_ATTEMPT;
      try {
        Await.until(
            replica + " to become a master with slots", attempt, () -> isMasterWithSlots(replica));
        break;
      } catch (AssertionError e) {
        if (System.nanoTime() - deadline >= 0) {
          throw e;
        }
      }
    }
    awaitMaster(replica, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
  }

  private boolean masterSeesHealthyReplica(RedisServerProcess replica) {
    String myId = nodeId(replica);
    ClusterNodeLine me =
        ClusterNodeLine.parseAll((String) replica.call("CLUSTER", "NODES")).stream()
            .filter(ClusterNodeLine::isMyself)
            .findFirst()
            .orElseThrow();
    if (me.masterId() == null) {
      return false;
    }
    for (ClusterNodeLine l : ClusterNodeLine.parseAll((String) replica.call("CLUSTER", "NODES"))) {
      if (l.id().equals(me.masterId()) && l.address() != null) {
        RedisServerProcess master = nodeFor(l.address());
        return ClusterNodeLine.parseAll((String) master.call("CLUSTER", "NODES")).stream()
            .anyMatch(m -> m.id().equals(myId) && m.isReplica() && !m.isFailing() && m.connected());
      }
    }
    return false;
  }

  private static boolean isMasterWithSlots(RedisServerProcess node) {
    return ClusterNodeLine.parseAll((String) node.call("CLUSTER", "NODES")).stream()
        .anyMatch(l -> l.isMyself() && l.isMaster() && l.slotCount() > 0);
  }

  /**
   * Waits until {@code node} sees itself as a master owning slots, then until the cluster is
   * consistent and ok (e.g. after killing its master).
   */
  public void awaitMaster(RedisServerProcess node, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Await.until(node + " to become a master with slots", timeout, () -> isMasterWithSlots(node));
    Duration rest = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    awaitConsistentSlots(rest);
    awaitClusterOk(rest);
  }

  /** {@code FLUSHALL} on every live master. */
  public void flushAll() {
    for (RedisServerProcess m : masters()) {
      if (m.isAlive() && !m.isPaused()) {
        m.call("FLUSHALL");
      }
    }
  }

  /** Waits until every live node reports {@code cluster_state:ok}. */
  public void awaitClusterOk(Duration timeout) {
    Await.until("cluster_state:ok on every live node of " + this, timeout, this::allOk);
  }

  private boolean allOk() {
    for (RedisServerProcess n : liveNodes()) {
      if (!ClusterFormation.stateOk(n)) {
        return false;
      }
    }
    return true;
  }

  /** Waits until every live node reports the same owner address for every slot. */
  public void awaitConsistentSlots(Duration timeout) {
    Await.until("every live node agrees on slot owners in " + this, timeout, this::slotsAgree);
  }

  private boolean slotsAgree() {
    String[] reference = null;
    for (RedisServerProcess n : liveNodes()) {
      String[] owners = ClusterFormation.slotOwners(n);
      if (reference == null) {
        reference = owners;
      } else if (!Arrays.equals(reference, owners)) {
        return false;
      }
    }
    return reference != null;
  }

  private static void checkSlot(int slot) {
    if (slot < 0 || slot >= SLOTS) {
      throw new IllegalArgumentException("slot must be in 0..16383, got " + slot);
    }
  }

  /** Last {@code lines} log lines of every node, labelled, for failure reports. */
  public String logTails(int lines) {
    StringBuilder sb = new StringBuilder();
    for (RedisServerProcess n : nodes) {
      sb.append("----- ").append(n).append(" log tail -----\n").append(n.logTail(lines));
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Stops every node in parallel and deletes their directories. Idempotent. */
  @Override
  public void close() {
    parallel(
        nodes.size(),
        i -> {
          nodes.get(i).close();
          return i;
        },
        i -> {},
        "stop node");
  }

  @Override
  public String toString() {
    return "LocalRedisCluster" + seedAddresses();
  }

  List<RedisServerProcess> liveNodes() {
    return nodes.stream().filter(n -> n.isAlive() && !n.isPaused()).toList();
  }

  private RedisServerProcess anyLiveNode() {
    for (RedisServerProcess n : liveNodes()) {
      return n;
    }
    throw new IllegalStateException("no live node in " + this);
  }

  private List<ClusterNodeLine> view() {
    RuntimeException last = null;
    for (RedisServerProcess n : liveNodes()) {
      try {
        return ClusterNodeLine.parseAll((String) n.call("CLUSTER", "NODES"));
      } catch (RuntimeException e) {
        last = e;
      }
    }
    throw new IllegalStateException("no live node answers CLUSTER NODES in " + this, last);
  }
}
