package io.slotwise.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseClient;
import io.slotwise.SlotwiseConfig;
import io.slotwise.commands.RedisCommands;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.Isolated;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every node down: a clear exception once the failover budget (longer than the command timeout: a
 * command never sent waits for a failover that long) has run out; nodes back: the same client
 * works.
 */
@ExtendWith(RedisExtension.class)
class AllNodesDownIT {

  @Test
  void failsClearlyWithinTheDeadlineAndRecoversWithoutANewClient(
      @Isolated LocalRedisCluster cluster) {
    Duration timeout = Duration.ofMillis(1500);
    Duration budget = Duration.ofMillis(3000);
    SlotwiseConfig config =
        SlotwiseConfig.cluster(cluster.seeds())
            .commandTimeout(timeout)
            .failoverBudget(budget)
            .build();
    try (SlotwiseClient client = SlotwiseClient.create(config)) {
      RedisCommands redis = client.sync();
      redis.set("before", "1");

      for (RedisServerProcess node : cluster.nodes()) {
        node.kill();
      }
      long start = System.nanoTime();
      assertThatThrownBy(() -> redis.get("before"))
          .isInstanceOf(RedisTimeoutException.class)
          .hasMessageContaining("GET did not complete within 3000 ms")
          .hasMessageContaining("slot " + SlotHash.slot("before"))
          .hasMessageContaining("last error");
      long elapsedMs = (System.nanoTime() - start) / 1_000_000;
      System.out.println("all nodes down: GET failed after " + elapsedMs + " ms");
      // Not before the budget: the command was never sent; then the budget plus scheduling slack.
      assertThat(elapsedMs).isGreaterThanOrEqualTo(budget.toMillis() - 50);
      assertThat(elapsedMs).isLessThan(budget.toMillis() + 3000);

      for (RedisServerProcess node : cluster.nodes()) {
        node.restart();
      }
      cluster.awaitClusterOk(Duration.ofSeconds(60));
      long back = System.nanoTime();
      Await.until(
          "the client serves again after the restart",
          Duration.ofSeconds(30),
          () -> {
            try {
              redis.set("after", "2");
              return "2".equals(redis.get("after"));
            } catch (RuntimeException e) {
              return false;
            }
          });
      System.out.println(
          "all nodes back: first success "
              + (System.nanoTime() - back) / 1_000_000
              + " ms after cluster ok");
    }
  }
}
