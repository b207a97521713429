package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.testkit.Isolated;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code waitReplicas} waits on the connection that carried the writes: with the replica of the
 * key's master frozen, a write is not acknowledged by any replica and {@code waitReplicas} says so
 * (0); once the replica runs again it says 1. {@code execute("WAIT", ...)} used to run on a
 * borrowed connection of some master that carried no write and answered 1 at once — claiming a
 * replication that had not happened; it is now refused with a message naming {@code waitReplicas}.
 */
@ExtendWith(RedisExtension.class)
class WaitReplicasIT {

  @Test
  void waitReplicasCountsOnlyReplicasThatHoldTheWrites(
      @Isolated("wait") LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      String key = "waited-key";
      RedisServerProcess replica = replicaOf(cluster, key);
      client.sync().set(key, "v1");
      assertThat(client.sync().waitReplicas(key, 1, Duration.ofSeconds(5))).isEqualTo(1);
      // A write on the shared connection too (async calls always go there), acknowledged: a WAIT
      // on that connection alone would now answer 1 at once, whatever a sync call wrote since.
      client.async().set(key, "v1").join();
      assertThat(client.async().waitReplicas(key, 1, Duration.ofSeconds(5)).join()).isEqualTo(1);

      replica.pause();
      try {
        client.sync().set(key, "v2");
        long start = System.nanoTime();
        long acked = client.sync().waitReplicas(key, 1, Duration.ofMillis(300));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(acked).as("replicas holding v2 while the only replica is frozen").isZero();
        assertThat(tookMs).as("WAIT waited its timeout").isGreaterThanOrEqualTo(250);
        // The sync writes went on a caller-thread link (the shared connection was idle): an async
        // waitReplicas must cover that link too.
        assertThat(client.async().waitReplicas(key, 1, Duration.ofMillis(300)).join())
            .as("async waitReplicas after sync writes, replica frozen")
            .isZero();
        assertThatThrownBy(() -> client.sync().execute("WAIT", "1", "300"))
            .as("WAIT on a connection that carried no write")
            .isInstanceOf(SlotwiseException.class)
            .hasRootCauseInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("waitReplicas");
      } finally {
        replica.resume();
      }
      assertThat(client.sync().waitReplicas(key, 1, Duration.ofSeconds(10))).isEqualTo(1);
      assertThat(client.async().waitReplicas(key, 1, Duration.ofSeconds(10)).join()).isEqualTo(1);
    }
  }

  @Test
  void argumentsAreChecked(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      assertThatThrownBy(() -> client.sync().waitReplicas("k", 1, Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("timeout");
      assertThatThrownBy(() -> client.sync().waitReplicas("k", -1, Duration.ofMillis(10)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("replicas");
      assertThatThrownBy(() -> client.sync().waitReplicas((String) null, 1, Duration.ofMillis(10)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("key");
    }
  }

  private static RedisServerProcess replicaOf(LocalRedisCluster cluster, String key) {
    RedisServerProcess master = cluster.ownerOfSlot(cluster.keySlot(key));
    return cluster.replicasOf(master).get(0);
  }
}
