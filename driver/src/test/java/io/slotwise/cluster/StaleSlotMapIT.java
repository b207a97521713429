package io.slotwise.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseClient;
import io.slotwise.commands.RedisCommands;
import io.slotwise.testkit.Isolated;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Slots moved by another process behind the client's back: the client heals with about one {@code
 * MOVED} per moved range (the first one patches the slot and triggers a full refresh), not one per
 * command forever.
 */
@ExtendWith(RedisExtension.class)
class StaleSlotMapIT {
  private static final int KEYS = 4_000;

  @Test
  void aStaleMapHealsAfterAboutOneMovedPerMovedRange(@Isolated LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      for (int i = 0; i < KEYS; i++) {
        redis.set("stale:" + i, "v" + i);
      }
      assertThat(client.stats().moved()).isZero();

      // Another process moves two ranges (1000 + 1000 slots) between masters.
      HostAndPort a = cluster.masters().get(0).address();
      HostAndPort b = cluster.masters().get(1).address();
      HostAndPort c = cluster.masters().get(2).address();
      try (SlotMigrator migrator = SlotMigrator.builder(cluster.seeds()).build()) {
        migrator.rebalance(1000, a, b);
        migrator.rebalance(1000, b, c);
      }
      cluster.awaitConsistentSlots(java.time.Duration.ofSeconds(30));

      for (int i = 0; i < KEYS; i++) {
        assertThat(redis.get("stale:" + i)).isEqualTo("v" + i);
      }
      long movedFirstPass = client.stats().moved();
      for (int i = 0; i < KEYS; i++) {
        assertThat(redis.get("stale:" + i)).isEqualTo("v" + i);
      }
      long movedSecondPass = client.stats().moved() - movedFirstPass;
      System.out.printf(
          "stale map: %d MOVED over %d reads after 2 moved ranges; %d on the second pass%n",
          movedFirstPass, KEYS, movedSecondPass);

      assertThat(movedFirstPass).as("MOVED while healing").isBetween(1L, 20L);
      assertThat(movedSecondPass).as("MOVED once healed").isZero();
    }
  }
}
