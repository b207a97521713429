package io.slotwise.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.SlotwiseClient;
import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.commands.RedisCommands;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Commands reach the slot's owner, checked with plain per-node connections. */
@ExtendWith(RedisExtension.class)
class ClusterRoutingIT {

  @Test
  void hundredThousandKeysLandOnTheMasterThatOwnsTheirSlot(LocalRedisCluster cluster)
      throws Exception {
    int keys = 100_000;
    int[] expectedPerSlot = new int[SlotHash.SLOT_COUNT];
    // A generous deadline: this test is about where keys land, not about latency.
    io.slotwise.SlotwiseConfig config =
        io.slotwise.SlotwiseConfig.cluster(cluster.seeds())
            .commandTimeout(java.time.Duration.ofSeconds(10))
            .build();
    try (SlotwiseClient client = SlotwiseClient.create(config)) {
      AsyncRedisCommands async = client.async();
      List<CompletableFuture<String>> window = new ArrayList<>();
      for (int i = 0; i < keys; i++) {
        String key = "routed:" + i;
        expectedPerSlot[SlotHash.slot(key)]++;
        window.add(async.set(key, "v" + i));
        if (window.size() == 2_000) {
          for (CompletableFuture<String> f : window) {
            assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("OK");
          }
          window.clear();
        }
      }
      for (CompletableFuture<String> f : window) {
        assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("OK");
      }
      assertThat(client.stats().moved()).as("MOVED on a stable cluster").isZero();
    }

    long total = 0;
    for (Map.Entry<RedisServerProcess, List<int[]>> owner : slotRanges(cluster).entrySet()) {
      RedisServerProcess master = owner.getKey();
      long owned = 0;
      for (int[] range : owner.getValue()) {
        for (int slot = range[0]; slot <= range[1]; slot++) {
          if (expectedPerSlot[slot] > 0) {
            Object n = master.call("CLUSTER", "COUNTKEYSINSLOT", String.valueOf(slot));
            assertThat(n)
                .as("keys of slot %d on %s", slot, master)
                .isEqualTo((long) expectedPerSlot[slot]);
          }
          owned += expectedPerSlot[slot];
        }
      }
      assertThat(master.call("DBSIZE")).as("DBSIZE of %s", master).isEqualTo(owned);
      total += owned;
    }
    assertThat(total).isEqualTo(keys);
  }

  @Test
  void crossSlotCommandsAreSplitAndMergedInTheCallersOrder(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < 300; i++) {
        values.put("multi:" + i, "value-" + i);
      }
      values.put("{tag}a", "ta");
      values.put("{tag}b", "tb");
      assertThat(redis.mset(values)).isEqualTo("OK");

      List<String> keys = new ArrayList<>(values.keySet());
      keys.add(5, "absent:1");
      keys.add("multi:7"); // asked twice
      List<String> got = redis.mget(keys.toArray(new String[0]));
      List<String> expected = new ArrayList<>();
      for (String k : keys) {
        expected.add(values.get(k));
      }
      assertThat(got).containsExactlyElementsOf(expected);

      // MGET semantics across slots: a key of another type reads as null, even alone in its slot.
      redis.rpush("a-list", "x");
      assertThat(redis.mget("multi:1", "a-list", "multi:2"))
          .containsExactly("value-1", null, "value-2");
      redis.del("a-list");

      assertThat(redis.exists(keys.toArray(new String[0]))).isEqualTo(values.size() + 1);
      assertThat(redis.del(values.keySet().toArray(new String[0]))).isEqualTo(values.size());
      assertThat(redis.mget("multi:1", "{tag}a")).containsExactly(null, null);
    }
  }

  @Test
  void keysOfOneCommandInDifferentSlotsAreRefusedBeforeSending(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> redis.rename("a-key", "b-key"))
          .isInstanceOf(CrossSlotException.class)
          .hasMessageContaining("RENAME");
    }
  }

  @Test
  void msetnxAcrossSlotsIsRefusedBecauseItCannotBeAtomic(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> redis.execute("MSETNX", "nx:a", "1", "nx:b", "2"))
          .isInstanceOf(CrossSlotException.class)
          .hasMessageContaining("MSETNX");
      assertThat(redis.mget("nx:a", "nx:b")).containsExactly(null, null);
      // Keys sharing a slot (hash tag) go as one atomic MSETNX.
      assertThat(redis.execute("MSETNX", "{nx}a", "1", "{nx}b", "2")).isEqualTo(1L);
      assertThat(redis.mget("{nx}a", "{nx}b")).containsExactly("1", "2");
    }
  }

  /** Slot ranges per master, from {@code CLUSTER SLOTS} of one node. */
  static Map<RedisServerProcess, List<int[]>> slotRanges(LocalRedisCluster cluster) {
    Map<RedisServerProcess, List<int[]>> ranges = new HashMap<>();
    List<?> slots = (List<?>) cluster.masters().get(0).call("CLUSTER", "SLOTS");
    for (Object o : slots) {
      List<?> entry = (List<?>) o;
      int start = ((Long) entry.get(0)).intValue();
      int end = ((Long) entry.get(1)).intValue();
      List<?> master = (List<?>) entry.get(2);
      int port = ((Long) master.get(1)).intValue();
      RedisServerProcess node =
          cluster.masters().stream().filter(m -> m.port() == port).findFirst().orElseThrow();
      ranges.computeIfAbsent(node, n -> new ArrayList<>()).add(new int[] {start, end});
    }
    return ranges;
  }
}
