package io.slotwise.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseConfig;
import io.slotwise.SlotwiseException;
import io.slotwise.protocol.Reply;
import io.slotwise.transport.ConnectionSettings;
import io.slotwise.transport.NettyTransport;
import io.slotwise.transport.NodeConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves hash slots between the masters of a live Redis Cluster, the way the Redis documentation of
 * {@code CLUSTER SETSLOT} describes live resharding (and {@code redis-cli --cluster reshard} does
 * it), while clients keep reading and writing.
 *
 * <p>For each slot, from its owner (source) to a master (target):
 *
 * <ol>
 *   <li>{@code CLUSTER SETSLOT <slot> IMPORTING <source-id>} on the target, <em>then</em> {@code
 *       CLUSTER SETSLOT <slot> MIGRATING <target-id>} on the source: in this order, so the target
 *       already accepts {@code ASKING} commands when the source starts answering {@code ASK} for
 *       keys it does not hold. From now on new keys of the slot are created on the target only.
 *   <li>Repeat {@code CLUSTER GETKEYSINSLOT <slot> <batch>} on the source and {@code MIGRATE
 *       <target-host> <target-port> "" 0 <timeout> [AUTH password | AUTH2 user password] KEYS k1 k2
 *       ...} until the source holds no key of the slot. Each batch is atomic per key; small batches
 *       keep the source responsive and make clients meet {@code ASK} (and {@code TRYAGAIN} for
 *       multi-key commands) while the slot is split. Errors are handled as {@link
 *       SlotMigratorKeyMover} describes; {@code BUSYKEY} as {@link BusyKeyPolicy} says.
 *   <li>{@code CLUSTER SETSLOT <slot> NODE <target-id>} on the target first (it clears its
 *       importing state and bumps its config epoch, so its claim wins), then on the source (which
 *       refuses while it still holds keys of the slot, a last safety check), then on every other
 *       master (best effort: gossip spreads the change anyway).
 * </ol>
 *
 * <p><b>Interruptions.</b> A slot whose migration was interrupted (the process died, a node timed
 * out, a listener threw) stays open: {@code [slot->-target]} on the source, {@code [slot-<-source]}
 * on the target in their {@code CLUSTER NODES}. {@link #repairOpenSlots()} finds such slots on
 * every master and <em>finishes</em> them (steps 1 to 3 again, each step idempotent). Finishing is
 * always preferred to rolling back: once the slot was open, clients may have created keys on the
 * target through {@code ASK}, so a roll-back would have to move those back too, whereas finishing
 * only moves the keys the source still holds. A slot whose markers disagree (two targets) or name a
 * node that is no longer a usable master is not touched; the exception says which command to run.
 *
 * <p><b>Use.</b> Build with {@link #builder(SlotwiseConfig)} (seeds, credentials, TLS and timeouts
 * come from the config). The migrator opens its own connections through a transport it owns, lazily
 * on the first call; {@link #close()} closes them. It is thread-safe: calls are serialised, one
 * slot at a time; the listener runs on the calling thread. Every node id is discovered with {@code
 * CLUSTER NODES} at the start of each slot, so it follows failovers between slots.
 */
public final class SlotMigrator implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SlotMigrator.class);

  /** Keys per {@code MIGRATE}: large enough to be quick, small enough not to stall the nodes. */
  public static final int DEFAULT_BATCH_SIZE = 100;

  /** The {@code MIGRATE} timeout: the longest the source may wait on the target at any moment. */
  public static final Duration DEFAULT_MIGRATE_TIMEOUT = Duration.ofSeconds(5);

  /**
   * Attempts per batch for {@code IOERR}/{@code TRYAGAIN}/timeouts (backoff 10 ms doubling to 1 s).
   */
  public static final int DEFAULT_MAX_ATTEMPTS = 10;

  /**
   * What to do when {@code MIGRATE} finds a key of the batch already on the target ({@code
   * BUSYKEY}).
   *
   * <p>While a slot is migrating, the source serves every command on a key it still holds, and the
   * target only accepts ({@code ASKING}) commands for keys the source did not hold. So, for clients
   * that follow the protocol, a key on both nodes is a leftover (a transfer that broke with {@code
   * IOERR}, an earlier aborted migration, a hand-made write) and the source's copy is the live one.
   * But whether the target's copy may be thrown away is a human's decision when it was not made by
   * this migrator: {@code redis-cli} too only replaces with {@code --cluster-replace}.
   */
  public enum BusyKeyPolicy {
    /**
     * Default: retry with {@code REPLACE} only when every busy key is byte-identical on both nodes
     * ({@code DUMP}) or may have been copied by this migrator's own broken transfer; otherwise fail
     * the slot naming the keys and leave it open.
     */
    REPLACE_IDENTICAL,
    /**
     * Always overwrite the target's copy with the source's ({@code redis-cli --cluster-replace}).
     */
    REPLACE
  }

  private final SlotMigratorLink link;
  private final List<HostAndPort> seeds;
  private final SlotMigratorKeyMover mover;
  private final MigrationListener listener;

  private SlotMigrator(Builder b, SlotMigratorLink link) {
    this.link = link;
    this.seeds = List.copyOf(b.seeds);
    this.listener = b.listener;
    this.mover =
        new SlotMigratorKeyMover(
            link,
            b.batchSize,
            b.migrateTimeout,
            b.maxAttempts,
            b.busyKeyPolicy,
            b.username,
            b.password);
  }

  /** A builder for a migrator of the cluster the config's seeds belong to. */
  public static Builder builder(SlotwiseConfig config) {
    return new Builder(Objects.requireNonNull(config, "config"));
  }

  /** A builder for a migrator of the cluster of these seeds ({@code host:port}), no password. */
  public static Builder builder(String... seeds) {
    return builder(SlotwiseConfig.cluster(seeds).build());
  }

  /**
   * Moves one slot to {@code target}. Does nothing but report when the target already owns it;
   * finishes it when it was left open towards the same target.
   *
   * @throws IllegalArgumentException naming the slot when it is outside 0..16383, or naming the
   *     target when it is not a master of this cluster
   * @throws SlotMigrationException when a step fails (the slot may stay open, see {@link
   *     #repairOpenSlots()}), or when the slot is open towards another node
   */
  public synchronized MigrationResult migrateSlot(int slot, HostAndPort target) {
    return moveSlots(List.of(checkSlot(slot, "slot")), target);
  }

  /** Moves the slots {@code fromSlot..toSlot} (inclusive) to {@code target}, in ascending order. */
  public synchronized MigrationResult migrateSlots(int fromSlot, int toSlot, HostAndPort target) {
    checkSlot(fromSlot, "fromSlot");
    checkSlot(toSlot, "toSlot");
    if (toSlot < fromSlot) {
      throw new IllegalArgumentException(
          "toSlot " + toSlot + " is below fromSlot " + fromSlot + "; the range is inclusive");
    }
    List<Integer> slots = new ArrayList<>(toSlot - fromSlot + 1);
    for (int s = fromSlot; s <= toSlot; s++) {
      slots.add(s);
    }
    return moveSlots(slots, target);
  }

  /**
   * Moves the given slots to {@code target}, in the collection's order (duplicates once), each from
   * whichever master owns it at that moment. Every slot is validated before the first is moved.
   */
  public synchronized MigrationResult moveSlots(Collection<Integer> slots, HostAndPort target) {
    if (slots == null) {
      throw new IllegalArgumentException("slots must not be null");
    }
    LinkedHashSet<Integer> unique = new LinkedHashSet<>();
    for (Integer s : slots) {
      if (s == null) {
        throw new IllegalArgumentException("slots must not contain null");
      }
      unique.add(checkSlot(s, "slot"));
    }
    requireMaster(loadTopology(), target, "target");
    long keys = 0;
    for (int slot : unique) {
      SlotMigratorTopology topology = loadTopology();
      keys += moveOne(topology, slot, requireMaster(topology, target, "target"));
    }
    return new MigrationResult(new ArrayList<>(unique), keys);
  }

  /**
   * Moves {@code slotCount} slots from {@code source} to {@code target}: the lowest-numbered slots
   * the source owns, as {@code redis-cli --cluster reshard} picks them.
   *
   * @throws IllegalArgumentException when the count is below 1 or above the slots the source owns,
   *     when source and target are the same, or when either is not a master
   */
  public synchronized MigrationResult rebalance(
      int slotCount, HostAndPort source, HostAndPort target) {
    SlotMigratorTopology topology = loadTopology();
    SlotMigratorNode from = requireMaster(topology, source, "source");
    SlotMigratorNode to = requireMaster(topology, target, "target");
    if (from.id().equals(to.id())) {
      throw new IllegalArgumentException("source and target are the same node " + source);
    }
    int owned = from.slots().cardinality();
    if (slotCount < 1 || slotCount > owned) {
      throw new IllegalArgumentException(
          "slotCount must be in 1.."
              + owned
              + " (the slots "
              + source
              + " owns), got "
              + slotCount);
    }
    List<Integer> slots = new ArrayList<>(slotCount);
    for (int s = from.slots().nextSetBit(0); slots.size() < slotCount; ) {
      slots.add(s);
      s = from.slots().nextSetBit(s + 1);
    }
    return moveSlots(slots, target);
  }

  /**
   * Finds every slot left migrating or importing on any master and finishes its migration, so that
   * no slot stays half-migrated. Returns the slots finished (empty when none was open).
   *
   * @throws SlotMigrationException naming the slot when its markers disagree or name a node that is
   *     not a usable master (the message gives the manual fix), or when finishing it fails; slots
   *     before it are finished, slots after it are not tried
   */
  public synchronized MigrationResult repairOpenSlots() {
    SlotMigratorTopology topology = loadTopology();
    Map<Integer, List<String[]>> open = topology.markers();
    long keys = 0;
    for (Map.Entry<Integer, List<String[]>> e : open.entrySet()) {
      int slot = e.getKey();
      List<String[]> pairs = e.getValue();
      SlotMigratorTopology fresh = loadTopology();
      SlotMigratorNode source = fresh.byId(pairs.get(0)[0]);
      SlotMigratorNode target = fresh.byId(pairs.get(0)[1]);
      if (pairs.size() > 1) {
        throw new SlotMigrationException(
            "open towards several nodes " + describe(pairs) + "; fix by hand with CLUSTER SETSLOT",
            slot,
            address(source),
            address(target));
      }
      if (source == null || target == null || !target.isMaster() || !target.isUsable()) {
        throw new SlotMigrationException(
            "left open between "
                + pairs.get(0)[0]
                + " and "
                + pairs.get(0)[1]
                + ", and one of them is not a usable master any more; run CLUSTER SETSLOT "
                + slot
                + " STABLE on the nodes that show the marker, then migrate again",
            slot,
            address(source),
            address(target));
      }
      log.info("finishing open slot {} from {} to {}", slot, source, target);
      keys += finish(fresh, slot, source, target);
    }
    return new MigrationResult(new ArrayList<>(open.keySet()), keys);
  }

  /**
   * The current owner of {@code slot} as the cluster sees it (the master that claims it), or null
   * when no master does.
   */
  public synchronized HostAndPort ownerOf(int slot) {
    checkSlot(slot, "slot");
    return address(loadTopology().ownerOf(slot));
  }

  private long moveOne(SlotMigratorTopology topology, int slot, SlotMigratorNode target) {
    List<String[]> pairs = topology.markers().get(slot);
    if (pairs != null) {
      SlotMigratorNode source = topology.byId(pairs.get(0)[0]);
      if (pairs.size() > 1 || !pairs.get(0)[1].equals(target.id()) || source == null) {
        throw new SlotMigrationException(
            "is already open " + describe(pairs) + "; run repairOpenSlots() first",
            slot,
            address(source),
            target.address());
      }
      return finish(topology, slot, source, target);
    }
    SlotMigratorNode owner = topology.ownerOf(slot);
    if (owner == null) {
      throw new SlotMigrationException(
          "no master owns the slot; assign it with CLUSTER ADDSLOTS", slot, null, target.address());
    }
    if (owner.id().equals(target.id())) {
      notify(
          listener,
          new MigrationProgress(slot, owner.address(), target.address(), 0, 0, true),
          owner.address(),
          target.address());
      return 0;
    }
    return finish(topology, slot, owner, target);
  }

  /** Steps 1 to 3 of the class comment; each is idempotent, so this also finishes open slots. */
  private long finish(
      SlotMigratorTopology topology, int slot, SlotMigratorNode source, SlotMigratorNode target) {
    HostAndPort from = source.address();
    HostAndPort to = target.address();
    try {
      if (!topology.claims(target, slot)) {
        setSlot(slot, from, to, to, "IMPORTING", source.id());
      }
      if (topology.claims(source, slot)) {
        setSlot(slot, from, to, from, "MIGRATING", target.id());
      } else if (mover.countKeys(slot, from, to) > 0) {
        throw new SlotMigrationException(
            "the source no longer owns the slot but still holds keys of it; fix by hand",
            slot,
            from,
            to);
      }
      long moved = mover.moveAll(slot, from, to, listener);
      setSlot(slot, from, to, to, "NODE", target.id());
      setSlot(slot, from, to, from, "NODE", target.id());
      for (SlotMigratorNode other : topology.masters()) {
        if (!other.id().equals(source.id()) && !other.id().equals(target.id())) {
          try {
            setSlot(slot, from, to, other.address(), "NODE", target.id());
          } catch (SlotwiseException e) {
            log.warn("slot {}: telling {} the new owner failed; gossip will: {}", slot, other, e);
          }
        }
      }
      notify(listener, new MigrationProgress(slot, from, to, moved, 0, true), from, to);
      return moved;
    } catch (SlotMigrationException e) {
      throw e;
    } catch (SlotwiseException e) {
      throw new SlotMigrationException(e.getMessage(), slot, from, to, e);
    }
  }

  private void setSlot(
      int slot, HostAndPort from, HostAndPort to, HostAndPort on, String state, String nodeId) {
    Reply r = link.call(on, "CLUSTER", "SETSLOT", Integer.toString(slot), state, nodeId);
    if (r instanceof Reply.Error e) {
      throw new SlotMigrationException(
          "CLUSTER SETSLOT " + slot + " " + state + " " + nodeId + " on " + on + ": " + e.message(),
          slot,
          from,
          to);
    }
  }

  /** Calls the listener; its exception aborts the migration, leaving the slot open. */
  static void notify(
      MigrationListener listener, MigrationProgress p, HostAndPort from, HostAndPort to) {
    try {
      listener.onProgress(p);
    } catch (RuntimeException e) {
      throw new SlotMigrationException(
          "aborted by the listener after "
              + p.keysMoved()
              + " keys"
              + (p.done() ? " (the slot was already moved)" : "; the slot stays open"),
          p.slot(),
          from,
          to,
          e);
    }
  }

  /** Reads {@code CLUSTER NODES} from the first seed that answers, then each master's own view. */
  SlotMigratorTopology loadTopology() {
    List<SlotMigratorNode> nodes = null;
    List<String> failures = new ArrayList<>();
    for (HostAndPort seed : seeds) {
      try {
        nodes = SlotMigratorNode.parseAll(clusterNodes(seed));
        break;
      } catch (SlotwiseException e) {
        failures.add(seed + ": " + e.getMessage());
      }
    }
    if (nodes == null) {
      throw new SlotMigrationException(
          "no seed answered CLUSTER NODES: " + failures, -1, null, null);
    }
    Map<String, SlotMigratorNode> own = new LinkedHashMap<>();
    for (SlotMigratorNode n : nodes) {
      if (n.isMaster() && n.isUsable()) {
        try {
          for (SlotMigratorNode line : SlotMigratorNode.parseAll(clusterNodes(n.address()))) {
            if (line.isMyself()) {
              own.put(n.id(), line);
            }
          }
        } catch (SlotwiseException e) {
          log.warn("master {} did not answer CLUSTER NODES: {}", n, e.getMessage());
        }
      }
    }
    return new SlotMigratorTopology(nodes, own);
  }

  private String clusterNodes(HostAndPort node) {
    Reply r = link.call(node, "CLUSTER", "NODES");
    String text = SlotMigratorLink.text(r);
    if (text == null) {
      throw new SlotwiseException("CLUSTER NODES on " + node + " answered " + r);
    }
    return text;
  }

  private static SlotMigratorNode requireMaster(
      SlotMigratorTopology topology, HostAndPort address, String name) {
    if (address == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    SlotMigratorNode n = topology.byAddress(address);
    if (n == null) {
      List<HostAndPort> known = new ArrayList<>();
      topology.nodes().forEach(x -> known.add(x.address()));
      throw new IllegalArgumentException(
          name + " " + address + " is not a node of this cluster; nodes: " + known);
    }
    if (!n.isMaster()) {
      SlotMigratorNode master = n.masterId() == null ? null : topology.byId(n.masterId());
      throw new IllegalArgumentException(
          name
              + " "
              + address
              + " is not a master (it is a replica of "
              + (master == null ? n.masterId() : master.address())
              + "); slots can only move between masters");
    }
    if (!n.isUsable()) {
      throw new IllegalArgumentException(
          name + " " + address + " is not usable (flags " + n.flags() + ")");
    }
    return n;
  }

  private static int checkSlot(int slot, String name) {
    if (slot < 0 || slot >= SlotHash.SLOT_COUNT) {
      throw new IllegalArgumentException(name + " " + slot + " is outside 0..16383");
    }
    return slot;
  }

  private static HostAndPort address(SlotMigratorNode n) {
    return n == null ? null : n.address();
  }

  private static String describe(List<String[]> pairs) {
    List<String> out = new ArrayList<>();
    for (String[] p : pairs) {
      out.add(p[0] + " -> " + p[1]);
    }
    return out.toString();
  }

  /** Closes every connection the migrator opened and the transport it owns. Idempotent. */
  @Override
  public void close() {
    link.close();
  }

  /** Options of a {@link SlotMigrator}; not thread-safe, {@link #build()} validates them. */
  public static final class Builder {
    private final SlotwiseConfig config;
    private final List<HostAndPort> seeds;
    private final String username;
    private final String password;
    private int batchSize = DEFAULT_BATCH_SIZE;
    private Duration migrateTimeout = DEFAULT_MIGRATE_TIMEOUT;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private BusyKeyPolicy busyKeyPolicy = BusyKeyPolicy.REPLACE_IDENTICAL;
    private MigrationListener listener = MigrationListener.NONE;

    private Builder(SlotwiseConfig config) {
      if (config.mode() != SlotwiseConfig.Mode.CLUSTER) {
        throw new IllegalArgumentException("config must be a CLUSTER config, got " + config.mode());
      }
      this.config = config;
      this.seeds = config.addresses();
      this.username = config.username();
      this.password = config.password();
    }

    /** Keys per {@code MIGRATE} (default {@value #DEFAULT_BATCH_SIZE}); small values show ASK. */
    public Builder batchSize(int keys) {
      if (keys < 1) {
        throw new IllegalArgumentException("batchSize must be at least 1, got " + keys);
      }
      this.batchSize = keys;
      return this;
    }

    /** The {@code MIGRATE} timeout (default 5 s), at least 1 ms. */
    public Builder migrateTimeout(Duration timeout) {
      if (timeout == null || timeout.toMillis() < 1) {
        throw new IllegalArgumentException("migrateTimeout must be at least 1 ms, got " + timeout);
      }
      this.migrateTimeout = timeout;
      return this;
    }

    /** Attempts per batch on retryable errors (default {@value #DEFAULT_MAX_ATTEMPTS}). */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, got " + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    /** What to do with keys already on the target; see {@link BusyKeyPolicy}. */
    public Builder busyKeyPolicy(BusyKeyPolicy policy) {
      this.busyKeyPolicy = Objects.requireNonNull(policy, "busyKeyPolicy");
      return this;
    }

    /** Progress callback (default none); see {@link MigrationListener} for exceptions. */
    public Builder listener(MigrationListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** The migrator; no network I/O happens before its first call. */
    public SlotMigrator build() {
      NettyTransport transport = NettyTransport.create(config);
      ConnectionSettings settings = ConnectionSettings.from(config);
      Function<HostAndPort, NodeConnection> open =
          address -> transport.open(config.addressRemapper().apply(address), settings);
      return new SlotMigrator(
          this,
          new SlotMigratorLink(open, transport, config.connectTimeout(), config.commandTimeout()));
    }
  }
}
