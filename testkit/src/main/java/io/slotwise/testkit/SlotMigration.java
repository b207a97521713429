package io.slotwise.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A live migration of one hash slot between two masters of a {@link LocalRedisCluster}, done with
 * the same commands as {@code redis-cli --cluster reshard}: {@code SETSLOT IMPORTING} on the
 * target, {@code SETSLOT MIGRATING} on the source, {@code MIGRATE} of the keys, then {@code SETSLOT
 * NODE} everywhere.
 *
 * <p>Between {@link LocalRedisCluster#beginSlotMigration} and {@link #finish()} the slot is half
 * moved: keys already migrated answer {@code ASK} on the source, which is what redirect tests need.
 * Not thread-safe; one test drives one migration.
 */
public final class SlotMigration {
  private static final int MIGRATE_TIMEOUT_MS = 5000;
  private static final int BATCH = 100;

  private final LocalRedisCluster cluster;
  private final int slot;
  private final RedisServerProcess source;
  private final RedisServerProcess target;
  private final String sourceId;
  private final String targetId;
  private boolean finished;

  private SlotMigration(
      LocalRedisCluster cluster, int slot, RedisServerProcess source, RedisServerProcess target) {
    this.cluster = cluster;
    this.slot = slot;
    this.source = source;
    this.target = target;
    this.sourceId = cluster.nodeId(source);
    this.targetId = cluster.nodeId(target);
  }

  static SlotMigration begin(LocalRedisCluster cluster, int slot, RedisServerProcess target) {
    RedisServerProcess source = cluster.ownerOfSlot(slot);
    if (source.equals(target)) {
      throw new IllegalArgumentException("slot " + slot + " is already owned by " + target);
    }
    SlotMigration m = new SlotMigration(cluster, slot, source, target);
    target.call("CLUSTER", "SETSLOT", Integer.toString(slot), "IMPORTING", m.sourceId);
    source.call("CLUSTER", "SETSLOT", Integer.toString(slot), "MIGRATING", m.targetId);
    return m;
  }

  /** The slot being moved. */
  public int slot() {
    return slot;
  }

  /** The master that owned the slot. */
  public RedisServerProcess source() {
    return source;
  }

  /** The master receiving the slot. */
  public RedisServerProcess target() {
    return target;
  }

  /** Moves up to {@code max} keys of the slot to the target; returns how many moved. */
  public int migrateKeys(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be >= 1, got " + max);
    }
    int moved = 0;
    while (moved < max) {
      int batch = Math.min(BATCH, max - moved);
      List<?> keys =
          (List<?>)
              source.call(
                  "CLUSTER", "GETKEYSINSLOT", Integer.toString(slot), Integer.toString(batch));
      if (keys.isEmpty()) {
        break;
      }
      List<String> cmd = new ArrayList<>();
      cmd.addAll(
          List.of(
              "MIGRATE",
              target.address().host(),
              Integer.toString(target.port()),
              "",
              "0",
              Integer.toString(MIGRATE_TIMEOUT_MS)));
      if (target.password() != null) {
        cmd.addAll(List.of("AUTH", target.password()));
      }
      cmd.add("KEYS");
      keys.forEach(k -> cmd.add((String) k));
      source.call(cmd.toArray(new String[0]));
      moved += keys.size();
    }
    return moved;
  }

  /**
   * Moves the remaining keys, assigns the slot to the target on every master, and waits until every
   * live node agrees on the new owner.
   */
  public void finish() {
    if (finished) {
      return;
    }
    while (migrateKeys(Integer.MAX_VALUE) > 0) {
      // Keys written during the migration are picked up by the next pass.
    }
    String s = Integer.toString(slot);
    target.call("CLUSTER", "SETSLOT", s, "NODE", targetId);
    source.call("CLUSTER", "SETSLOT", s, "NODE", targetId);
    for (RedisServerProcess m : cluster.masters()) {
      if (!m.equals(source) && !m.equals(target)) {
        m.call("CLUSTER", "SETSLOT", s, "NODE", targetId);
      }
    }
    finished = true;
    cluster.awaitConsistentSlots(Duration.ofSeconds(30));
  }

  /** Cancels a migration before any key moved: the slot stays with the source. */
  public void abort() {
    String s = Integer.toString(slot);
    target.call("CLUSTER", "SETSLOT", s, "STABLE");
    source.call("CLUSTER", "SETSLOT", s, "STABLE");
    finished = true;
  }

  @Override
  public String toString() {
    return "SlotMigration[slot " + slot + ": " + source + " -> " + target + "]";
  }
}
