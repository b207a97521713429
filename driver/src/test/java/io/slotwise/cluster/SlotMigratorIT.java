package io.slotwise.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.testkit.Isolated;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link SlotMigrator} against a real 3+3 {@link LocalRedisCluster}. Each test works on its own
 * slots, picked from the live cluster, so the tests do not depend on each other's order.
 */
@ExtendWith(RedisExtension.class)
class SlotMigratorIT {
  private static final Duration AGREE = Duration.ofSeconds(20);
  private static final Pattern MARKER = Pattern.compile("\\[\\d+-[<>]-");

  private LocalRedisCluster cluster;
  private SlotMigratorITSupport redis;

  /** One cluster of our own for the class: the tests reshard it, so it must not be shared. */
  @BeforeEach
  void openClient(@Isolated LocalRedisCluster isolated) {
    cluster = isolated;
    redis = new SlotMigratorITSupport(cluster);
  }

  @AfterEach
  void closeClient() {
    redis.close();
  }

  private HostAndPort otherMaster(HostAndPort than) {
    return cluster.masters().stream()
        .map(RedisServerProcess::address)
        .filter(a -> !a.equals(than))
        .findFirst()
        .orElseThrow();
  }

  /** Writes {@code total} keys, half of them spread over the slots {@code fromSlot..toSlot}. */
  private Map<String, String> writeKeys(int fromSlot, int toSlot, int total, String prefix) {
    Map<String, String> written = new LinkedHashMap<>();
    int span = toSlot - fromSlot + 1;
    String[] tags = new String[span];
    for (int i = 0; i < span; i++) {
      tags[i] = SlotMigratorITSupport.tagFor(fromSlot + i);
    }
    for (int i = 0; i < total; i++) {
      // half the keys inside the range (hash tags), half spread over the whole cluster
      String key =
          i % 2 == 0 ? "{" + tags[(i / 2) % span] + "}:" + prefix + i : prefix + ":spread:" + i;
      String value = prefix + "-value-" + i;
      assertThat(redis.call("SET", key, value)).isEqualTo("OK");
      written.put(key, value);
    }
    return written;
  }

  /** Every key is on the node CLUSTER SLOTS names for its server-computed slot, with its value. */
  private void assertEveryKeyAtItsOwner(Map<String, String> written) {
    HostAndPort[] owners = redis.slotOwners();
    for (Map.Entry<String, String> e : written.entrySet()) {
      int slot = cluster.keySlot(e.getKey());
      assertThat(redis.callOn(owners[slot], "GET", e.getKey()))
          .as("key %s in slot %d at %s", e.getKey(), slot, owners[slot])
          .isEqualTo(e.getValue());
    }
  }

  private void assertNoSlotOpen() {
    assertThat(MARKER.matcher(redis.allClusterNodes()).find())
        .as("no [slot->-id] / [slot-<-id] marker in any CLUSTER NODES")
        .isFalse();
  }

  @Test
  void migratesARangeOf200SlotsWithKeysAndEveryKeyReadsBack() {
    int from = 100;
    int to = 299;
    HostAndPort a = cluster.ownerOfSlot(from).address();
    assertThat(cluster.ownerOfSlot(to).address()).isEqualTo(a);
    HostAndPort b = otherMaster(a);
    Map<String, String> written = writeKeys(from, to, 5000, "range");
    long inRange = 0;
    for (int s = from; s <= to; s++) {
      inRange += redis.countKeysInSlot(a, s);
    }
    assertThat(inRange).isGreaterThanOrEqualTo(2500);
    List<MigrationProgress> progress = new CopyOnWriteArrayList<>();

    MigrationResult result;
    try (SlotMigrator migrator =
        SlotMigrator.builder(cluster.seeds()).batchSize(10).listener(progress::add).build()) {
      result = migrator.migrateSlots(from, to, b);
    }

    assertThat(result.slots()).hasSize(200).startsWith(from).endsWith(to);
    assertThat(result.keysMoved()).isEqualTo(inRange);
    cluster.awaitConsistentSlots(AGREE);
    for (int s = from; s <= to; s++) {
      assertThat(cluster.ownerOfSlot(s).address()).as("owner of slot %d", s).isEqualTo(b);
      assertThat(redis.countKeysInSlot(a, s)).as("keys left in slot %d on %s", s, a).isZero();
    }
    assertNoSlotOpen();
    assertEveryKeyAtItsOwner(written);
    assertThat(progress.stream().filter(MigrationProgress::done).map(MigrationProgress::slot))
        .hasSize(200);
    assertThat(progress).anyMatch(p -> !p.done() && p.keysLeft() > 0 && p.keysMoved() == 10);
    assertThat(progress).allMatch(p -> p.source().equals(a) && p.target().equals(b));
  }

  @Test
  void interruptedMigrationIsFinishedByRepairOpenSlots() {
    int slot = 1000;
    HostAndPort a = cluster.ownerOfSlot(slot).address();
    HostAndPort b = otherMaster(a);
    String tag = SlotMigratorITSupport.tagFor(slot);
    Map<String, String> written = new LinkedHashMap<>();
    for (int i = 0; i < 200; i++) {
      written.put("{" + tag + "}:half:" + i, "half-" + i);
      redis.call("SET", "{" + tag + "}:half:" + i, "half-" + i);
    }
    RuntimeException stop = new IllegalStateException("stop half-way");

    try (SlotMigrator interrupted =
        SlotMigrator.builder(cluster.seeds())
            .batchSize(10)
            .listener(
                p -> {
                  if (p.keysMoved() >= 100) {
                    throw stop;
                  }
                })
            .build()) {
      assertThatThrownBy(() -> interrupted.migrateSlot(slot, b))
          .isInstanceOf(SlotMigrationException.class)
          .hasCause(stop)
          .hasMessageContaining("slot " + slot)
          .hasMessageContaining("stays open")
          .satisfies(
              e -> {
                SlotMigrationException sme = (SlotMigrationException) e;
                assertThat(sme.slot()).isEqualTo(slot);
                assertThat(sme.source()).isEqualTo(a);
                assertThat(sme.target()).isEqualTo(b);
              });
    }

    String idA = redis.nodeId(a);
    String idB = redis.nodeId(b);
    assertThat((String) redis.callOn(a, "CLUSTER", "NODES"))
        .contains("[" + slot + "->-" + idB + "]");
    assertThat((String) redis.callOn(b, "CLUSTER", "NODES"))
        .contains("[" + slot + "-<-" + idA + "]");
    assertThat(redis.countKeysInSlot(a, slot)).isEqualTo(100);
    // a client that follows ASK still reads every key while the slot is split
    for (Map.Entry<String, String> e : written.entrySet()) {
      assertThat(redis.call("GET", e.getKey())).isEqualTo(e.getValue());
    }

    MigrationResult repaired;
    try (SlotMigrator migrator = SlotMigrator.builder(cluster.seeds()).batchSize(10).build()) {
      repaired = migrator.repairOpenSlots();
      assertThat(migrator.repairOpenSlots().slots()).isEmpty();
    }

    assertThat(repaired.slots()).containsExactly(slot);
    assertThat(repaired.keysMoved()).isEqualTo(100);
    cluster.awaitConsistentSlots(AGREE);
    assertThat(cluster.ownerOfSlot(slot).address()).isEqualTo(b);
    assertThat(redis.countKeysInSlot(a, slot)).isZero();
    assertThat(redis.countKeysInSlot(b, slot)).isEqualTo(200);
    assertNoSlotOpen();
    assertEveryKeyAtItsOwner(written);
  }

  @Test
  void slotLeftOnlyImportingIsFinished() {
    int slot = 1200;
    HostAndPort a = cluster.ownerOfSlot(slot).address();
    HostAndPort b = otherMaster(a);
    String key = "{" + SlotMigratorITSupport.tagFor(slot) + "}:only-importing";
    redis.call("SET", key, "v");
    // interrupted right after step 1: the target imports, the source does not migrate yet
    redis.callOn(b, "CLUSTER", "SETSLOT", Integer.toString(slot), "IMPORTING", redis.nodeId(a));

    MigrationResult repaired;
    try (SlotMigrator migrator = SlotMigrator.builder(cluster.seeds()).build()) {
      repaired = migrator.repairOpenSlots();
    }

    assertThat(repaired.slots()).containsExactly(slot);
    assertThat(repaired.keysMoved()).isEqualTo(1);
    cluster.awaitConsistentSlots(AGREE);
    assertThat(cluster.ownerOfSlot(slot).address()).isEqualTo(b);
    assertThat(redis.callOn(b, "GET", key)).isEqualTo("v");
    assertNoSlotOpen();
  }

  @Test
  void rebalanceMovesTheSourcesLowestSlots() {
    HostAndPort c = cluster.ownerOfSlot(16383).address();
    HostAndPort target = otherMaster(c);
    HostAndPort[] before = redis.slotOwners();
    List<Integer> expected = new ArrayList<>();
    for (int s = 0; s < before.length && expected.size() < 5; s++) {
      if (c.equals(before[s])) {
        expected.add(s);
      }
    }
    Map<String, String> written = new LinkedHashMap<>();
    for (int s : expected) {
      String key = "{" + SlotMigratorITSupport.tagFor(s) + "}:rebalance";
      redis.call("SET", key, "r" + s);
      written.put(key, "r" + s);
    }

    MigrationResult result;
    try (SlotMigrator migrator = SlotMigrator.builder(cluster.seeds()).build()) {
      result = migrator.rebalance(5, c, target);
      assertThat(migrator.ownerOf(expected.get(0))).isEqualTo(target);
    }

    assertThat(result.slots()).containsExactlyElementsOf(expected);
    assertThat(result.keysMoved()).isEqualTo(5);
    cluster.awaitConsistentSlots(AGREE);
    HostAndPort[] after = redis.slotOwners();
    for (int s = 0; s < after.length; s++) {
      HostAndPort want = expected.contains(s) ? target : before[s];
      assertThat(after[s]).as("owner of slot %d", s).isEqualTo(want);
    }
    assertEveryKeyAtItsOwner(written);
  }

  @Test
  void conflictingKeyOnTheTargetStopsTheSlotUntilReplaceIsChosen() {
    int slot = 2000;
    HostAndPort a = cluster.ownerOfSlot(slot).address();
    HostAndPort b = otherMaster(a);
    String tag = SlotMigratorITSupport.tagFor(slot);
    String same = "{" + tag + "}:same";
    String differs = "{" + tag + "}:differs";
    redis.call("SET", same, "same-value");
    redis.call("SET", differs, "source-value");
    // leftovers on the target, as an earlier aborted migration could leave them
    redis.callOn(b, "CLUSTER", "SETSLOT", Integer.toString(slot), "IMPORTING", redis.nodeId(a));
    redis.callOn(b, "ASKING");
    redis.callOn(b, "SET", same, "same-value");
    redis.callOn(b, "ASKING");
    redis.callOn(b, "SET", differs, "stale-target-value");

    try (SlotMigrator migrator = SlotMigrator.builder(cluster.seeds()).build()) {
      assertThatThrownBy(() -> migrator.migrateSlot(slot, b))
          .isInstanceOf(SlotMigrationException.class)
          .hasMessageContaining("slot " + slot)
          .hasMessageContaining(differs)
          .hasMessageNotContaining(same)
          .hasMessageContaining("BusyKeyPolicy.REPLACE");
    }
    assertThat(redis.callOn(a, "GET", differs)).isEqualTo("source-value");

    try (SlotMigrator replacing =
        SlotMigrator.builder(cluster.seeds())
            .busyKeyPolicy(SlotMigrator.BusyKeyPolicy.REPLACE)
            .build()) {
      assertThat(replacing.repairOpenSlots().slots()).containsExactly(slot);
    }

    cluster.awaitConsistentSlots(AGREE);
    assertThat(cluster.ownerOfSlot(slot).address()).isEqualTo(b);
    assertThat(redis.callOn(b, "GET", differs)).isEqualTo("source-value");
    assertThat(redis.callOn(b, "GET", same)).isEqualTo("same-value");
    assertNoSlotOpen();
  }

  @Test
  void identicalCopyOnTheTargetIsReplacedByDefault() {
    int slot = 2100;
    HostAndPort a = cluster.ownerOfSlot(slot).address();
    HostAndPort b = otherMaster(a);
    String key = "{" + SlotMigratorITSupport.tagFor(slot) + "}:identical";
    redis.call("SET", key, "v");
    redis.callOn(b, "CLUSTER", "SETSLOT", Integer.toString(slot), "IMPORTING", redis.nodeId(a));
    redis.callOn(b, "ASKING");
    redis.callOn(b, "SET", key, "v");

    try (SlotMigrator migrator = SlotMigrator.builder(cluster.seeds()).build()) {
      assertThat(migrator.migrateSlot(slot, b).keysMoved()).isEqualTo(1);
    }

    cluster.awaitConsistentSlots(AGREE);
    assertThat(redis.callOn(b, "GET", key)).isEqualTo("v");
    assertThat(redis.countKeysInSlot(a, slot)).isZero();
  }

  @Test
  void clientsKeepReadingAndWritingWhileSlotsMove() throws InterruptedException {
    int from = 4000;
    int to = 4019;
    HostAndPort a = cluster.ownerOfSlot(from).address();
    HostAndPort b = otherMaster(a);
    String[] counters = new String[2 * (to - from + 1)];
    for (int s = from; s <= to; s++) {
      String tag = SlotMigratorITSupport.tagFor(s);
      counters[2 * (s - from)] = "{" + tag + "}:counter:0";
      counters[2 * (s - from) + 1] = "{" + tag + "}:counter:1";
      for (int i = 0; i < 30; i++) {
        redis.call("SET", "{" + tag + "}:filler:" + i, "f" + i);
      }
    }
    long[] expected = new long[counters.length];
    AtomicBoolean stop = new AtomicBoolean();
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    Thread writer =
        new Thread(
            () -> {
              try (SlotMigratorITSupport w = new SlotMigratorITSupport(cluster)) {
                for (int i = 0; !stop.get(); i++) {
                  int c = i % counters.length;
                  assertThat(w.call("INCR", counters[c])).isEqualTo(expected[c] + 1);
                  expected[c]++;
                }
              } catch (Throwable t) {
                errors.add(t);
              }
            },
            "slot-migrator-it-writer");
    writer.start();
    MigrationListener createKeyWhileSplit =
        p -> {
          if (!p.done() && p.keysMoved() == 5) {
            // a new key while the slot is split: the source answers ASK, the target creates it
            String key = "{" + SlotMigratorITSupport.tagFor(p.slot()) + "}:created-while-split";
            assertThat(redis.call("INCR", key)).isEqualTo(1L);
          }
        };

    try (SlotMigrator migrator =
        SlotMigrator.builder(cluster.seeds()).batchSize(5).listener(createKeyWhileSplit).build()) {
      migrator.migrateSlots(from, to, b);
    } finally {
      stop.set(true);
      writer.join(Duration.ofSeconds(30).toMillis());
    }

    assertThat(writer.isAlive()).isFalse();
    assertThat(errors).isEmpty();
    assertThat(redis.asks()).isGreaterThanOrEqualTo(to - from + 1);
    cluster.awaitConsistentSlots(AGREE);
    long total = 0;
    for (int c = 0; c < counters.length; c++) {
      Object value = redis.callOn(b, "GET", counters[c]);
      assertThat(value == null ? 0L : Long.parseLong((String) value))
          .as("counter %s", counters[c])
          .isEqualTo(expected[c]);
      total += expected[c];
    }
    assertThat(total).isPositive();
    for (int s = from; s <= to; s++) {
      String key = "{" + SlotMigratorITSupport.tagFor(s) + "}:created-while-split";
      assertThat(redis.callOn(b, "GET", key)).isEqualTo("1");
      assertThat(redis.countKeysInSlot(a, s)).isZero();
    }
    assertNoSlotOpen();
  }

  @Test
  void transferBrokenByAFrozenTargetIsRetriedWithoutLosingKeys() throws InterruptedException {
    int slot = 5000;
    HostAndPort a = cluster.ownerOfSlot(slot).address();
    HostAndPort b = otherMaster(a);
    RedisServerProcess target = cluster.nodeFor(b);
    String tag = SlotMigratorITSupport.tagFor(slot);
    Map<String, String> written = new LinkedHashMap<>();
    for (int i = 0; i < 50; i++) {
      written.put("{" + tag + "}:frozen:" + i, "frozen-" + i);
      redis.call("SET", "{" + tag + "}:frozen:" + i, "frozen-" + i);
    }
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    // after the first batch the target freezes for less than the node timeout: MIGRATE answers
    // IOERR (the target may still apply the RESTOREs it had read), the migrator backs off and
    // retries, replacing only copies its own broken transfer may have left
    MigrationListener freezeTargetOnce =
        p -> {
          if (!p.done() && p.keysMoved() == 10) {
            target.pause();
            timer.schedule(target::resume, 800, TimeUnit.MILLISECONDS);
          }
        };

    MigrationResult result;
    try (SlotMigrator migrator =
        SlotMigrator.builder(cluster.seeds())
            .batchSize(10)
            .migrateTimeout(Duration.ofMillis(200))
            .maxAttempts(20)
            .listener(freezeTargetOnce)
            .build()) {
      result = migrator.migrateSlot(slot, b);
    } finally {
      timer.shutdown();
      assertThat(timer.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      if (target.isPaused()) {
        target.resume();
      }
    }

    assertThat(result.slots()).containsExactly(slot);
    cluster.awaitConsistentSlots(AGREE);
    assertThat(cluster.ownerOfSlot(slot).address()).isEqualTo(b);
    assertThat(redis.countKeysInSlot(a, slot)).isZero();
    assertThat(redis.countKeysInSlot(b, slot)).isEqualTo(50);
    assertEveryKeyAtItsOwner(written);
    assertNoSlotOpen();
  }

  @Test
  void slotOpenTowardsAnotherNodeIsRefusedUntilRepaired() {
    int slot = 6000;
    HostAndPort a = cluster.ownerOfSlot(slot).address();
    HostAndPort b = otherMaster(a);
    HostAndPort c =
        cluster.masters().stream()
            .map(RedisServerProcess::address)
            .filter(x -> !x.equals(a) && !x.equals(b))
            .findFirst()
            .orElseThrow();
    redis.callOn(b, "CLUSTER", "SETSLOT", Integer.toString(slot), "IMPORTING", redis.nodeId(a));

    try (SlotMigrator migrator = SlotMigrator.builder(cluster.seeds()).build()) {
      assertThatThrownBy(() -> migrator.migrateSlot(slot, c))
          .isInstanceOf(SlotMigrationException.class)
          .hasMessageContaining("slot " + slot)
          .hasMessageContaining("already open")
          .hasMessageContaining("repairOpenSlots()");
      assertThat(cluster.ownerOfSlot(slot).address()).isEqualTo(a);

      assertThat(migrator.repairOpenSlots().slots()).containsExactly(slot);
      cluster.awaitConsistentSlots(AGREE);
      assertThat(cluster.ownerOfSlot(slot).address()).isEqualTo(b);
      assertThat(migrator.migrateSlot(slot, c).slots()).containsExactly(slot);
    }

    cluster.awaitConsistentSlots(AGREE);
    assertThat(cluster.ownerOfSlot(slot).address()).isEqualTo(c);
    assertNoSlotOpen();
  }

  @Test
  void migratingToTheCurrentOwnerDoesNothing() {
    int slot = 3000;
    HostAndPort a = cluster.ownerOfSlot(slot).address();
    List<MigrationProgress> progress = new ArrayList<>();

    try (SlotMigrator migrator =
        SlotMigrator.builder(cluster.seeds()).listener(progress::add).build()) {
      assertThat(migrator.migrateSlot(slot, a)).isEqualTo(new MigrationResult(List.of(slot), 0));
    }

    assertThat(progress).containsExactly(new MigrationProgress(slot, a, a, 0, 0, true));
    assertThat(cluster.ownerOfSlot(slot).address()).isEqualTo(a);
  }

  @Test
  void rejectsBadArgumentsNamingThem() {
    HostAndPort master = cluster.masters().get(0).address();
    HostAndPort replica = cluster.replicasOf(cluster.masters().get(0)).get(0).address();
    try (SlotMigrator migrator = SlotMigrator.builder(cluster.seeds()).build()) {
      assertThatThrownBy(() -> migrator.migrateSlot(-1, master))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("slot -1");
      assertThatThrownBy(() -> migrator.migrateSlot(16384, master))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("slot 16384");
      assertThatThrownBy(() -> migrator.migrateSlots(10, 5, master))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("toSlot 5");
      assertThatThrownBy(() -> migrator.moveSlots(List.of(1, 20000), master))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("20000");
      assertThatThrownBy(() -> migrator.migrateSlot(1, replica))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("target " + replica)
          .hasMessageContaining("not a master");
      assertThatThrownBy(() -> migrator.migrateSlot(1, HostAndPort.of("127.0.0.1", 1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("127.0.0.1:1 is not a node");
      assertThatThrownBy(() -> migrator.migrateSlot(1, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("target");
      assertThatThrownBy(() -> migrator.rebalance(0, master, otherMaster(master)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("slotCount");
      assertThatThrownBy(() -> migrator.rebalance(1, master, master))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("same node");
    }
    assertThatThrownBy(() -> SlotMigrator.builder(cluster.seeds()).batchSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batchSize");
    assertNoSlotOpen();
  }
}
