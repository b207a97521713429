package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.commands.KeyValue;
import io.slotwise.testkit.Isolated;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exclusive connections while slots move (own cluster: it reshards): a transaction whose slot moves
 * after {@code WATCH} is retried whole on the new owner; a blocking pop redirected by {@code MOVED}
 * borrows on the new owner.
 */
@ExtendWith(RedisExtension.class)
class ExclusiveRedirectIT {

  private static RedisServerProcess anotherMaster(LocalRedisCluster cluster, int slot) {
    RedisServerProcess owner = cluster.ownerOfSlot(slot);
    return cluster.masters().stream().filter(m -> m != owner).findFirst().orElseThrow();
  }

  @Test
  void aSlotMovedDuringTheTransactionRetriesItWholeOnTheNewOwner(
      @Isolated LocalRedisCluster cluster) {
    String key = "{moving}:counter";
    int slot = cluster.keySlot(key);
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      client.sync().set(key, "1");
      RedisServerProcess target = anotherMaster(cluster, slot);
      AtomicInteger runs = new AtomicInteger();
      TransactionResult result =
          client.transaction(
              key,
              tx -> {
                if (runs.incrementAndGet() == 1) {
                  cluster.moveSlot(slot, target); // after WATCH, before MULTI/EXEC
                }
                tx.incr(key);
                tx.get(key);
              });
      System.out.printf(
          "[ExclusiveRedirectIT] transaction: %d attempts, body ran %d times, result %s%n",
          result.attempts(), runs.get(), result.values());
      assertThat(result.attempts()).isEqualTo(2);
      assertThat(runs.get()).isEqualTo(2);
      assertThat(result.values()).containsExactly(2L, "2");
      assertThat(cluster.ownerOfSlot(slot)).isSameAs(target);
      assertThat(client.sync().get(key)).isEqualTo("2"); // applied exactly once
    }
  }

  @Test
  void aBlockingPopFollowsMovedToTheNewOwner(@Isolated LocalRedisCluster cluster) {
    String key = "{popped}:queue";
    int slot = cluster.keySlot(key);
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      client.sync().rpush(key, "v1", "v2");
      cluster.moveSlot(slot, anotherMaster(cluster, slot)); // the client's map is now stale
      assertThat(client.sync().blpop(Duration.ofSeconds(2), key))
          .isEqualTo(new KeyValue<>(key, "v1"));
      assertThat(client.sync().lrange(key, 0, -1)).containsExactly("v2");
    }
  }
}
