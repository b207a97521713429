package io.slotwise.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseConfig;
import io.slotwise.Timeouts;
import io.slotwise.internal.cluster.SlotMigratorKeyMover;
import io.slotwise.internal.cluster.SlotMigratorLink;
import io.slotwise.internal.cluster.SlotMigratorNode;
import io.slotwise.internal.cluster.SlotMigratorSteps;
import io.slotwise.internal.cluster.SlotMigratorTopology;
import io.slotwise.internal.executor.Routers;
import io.slotwise.internal.transport.ConnectionSettings;
import io.slotwise.internal.transport.NettyTransport;
import io.slotwise.internal.transport.NodeConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

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
 *       multi-key commands) while the slot is split. {@code IOERR}, {@code TRYAGAIN}, {@code
 *       LOADING}, {@code CLUSTERDOWN}, {@code MASTERDOWN}, timeouts and broken connections are
 *       retried with capped exponential backoff, at most {@link Builder#maxAttempts} times per
 *       batch (safe: keys already moved are gone from the source and {@code MIGRATE} skips them);
 *       {@code BUSYKEY} is handled as {@link BusyKeyPolicy} says; any other error fails the slot.
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
 *
 * <pre>{@code
 * try (SlotMigrator migrator = SlotMigrator.builder(SlotwiseConfig.cluster("10.0.0.1:7000")
 *         .password("secret").build())
 *     .batchSize(100)
 *     .listener(p -> log.info("slot {}: {} moved, {} left", p.slot(), p.keysMoved(), p.keysLeft()))
 *     .build()) {
 *   migrator.repairOpenSlots();                              // finish what a crash left open
 *   migrator.migrateSlots(0, 999, HostAndPort.parse("10.0.0.4:7000"));
 *   migrator.rebalance(500, HostAndPort.parse("10.0.0.2:7000"), HostAndPort.parse("10.0.0.4:7000"));
 * }
 * }</pre>
 */
public final class SlotMigrator implements AutoCloseable {

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
  private final SlotMigratorSteps steps;

  private SlotMigrator(Builder b, SlotMigratorLink link) {
    this.link = link;
    SlotMigratorKeyMover mover =
        new SlotMigratorKeyMover(
            link,
            b.batchSize,
            b.migrateTimeout,
            b.maxAttempts,
            b.busyKeyPolicy,
            b.username,
            b.password);
    this.steps = new SlotMigratorSteps(link, b.seeds, mover, b.listener);
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
    SlotMigratorSteps.requireMaster(steps.loadTopology(), target, "target");
    long keys = 0;
    for (int slot : unique) {
      SlotMigratorTopology topology = steps.loadTopology();
      keys +=
          steps.moveOne(
              topology, slot, SlotMigratorSteps.requireMaster(topology, target, "target"));
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
    SlotMigratorTopology topology = steps.loadTopology();
    SlotMigratorNode from = SlotMigratorSteps.requireMaster(topology, source, "source");
    SlotMigratorNode to = SlotMigratorSteps.requireMaster(topology, target, "target");
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
    List<Integer> finished = new ArrayList<>();
    long keys = 0;
    for (int slot : steps.loadTopology().markers().keySet()) {
      long moved = steps.repairOne(slot);
      if (moved >= 0) {
        finished.add(slot);
        keys += moved;
      }
    }
    return new MigrationResult(finished, keys);
  }

  /**
   * The current owner of {@code slot} as the cluster sees it (the master that claims it), or null
   * when no master does.
   */
  public synchronized HostAndPort ownerOf(int slot) {
    checkSlot(slot, "slot");
    return SlotMigratorSteps.address(steps.loadTopology().ownerOf(slot));
  }

  private static int checkSlot(int slot, String name) {
    if (slot < 0 || slot >= SlotHash.SLOT_COUNT) {
      throw new IllegalArgumentException(name + " " + slot + " is outside 0..16383");
    }
    return slot;
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
      this.username = config.credentials().username();
      this.password = config.credentials().password();
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
      NettyTransport transport = NettyTransport.create(config.resourceOptions());
      ConnectionSettings settings = Routers.connectionSettings(config);
      UnaryOperator<HostAndPort> remapper = config.routingOptions().addressRemapper();
      Function<HostAndPort, NodeConnection> open =
          address -> transport.open(remapper.apply(address), settings);
      Timeouts timeouts = config.timeouts();
      return new SlotMigrator(
          this,
          new SlotMigratorLink(
              open, transport, timeouts.connectTimeout(), timeouts.commandTimeout()));
    }
  }
}
