package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.cluster.SlotHash;
import io.slotwise.commands.RedisCommands;
import io.slotwise.testkit.Isolated;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import io.slotwise.testkit.SlotMigration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pipelines against real servers: a 3+3 cluster (shared, and an isolated one to reshard), and a
 * standalone server.
 */
@ExtendWith(RedisExtension.class)
class PipelineIT {
  private static final int COMMANDS = 10_000;

  @Test
  void tenThousandCommandsAcrossAllSlotsComeBackInOrder(LocalRedisCluster cluster) {
    // A generous timeout: this test is about order and values, on a shared, loaded machine.
    SlotwiseConfig config =
        SlotwiseConfig.cluster(cluster.seeds()).commandTimeout(Duration.ofSeconds(15)).build();
    try (SlotwiseClient client = SlotwiseClient.create(config)) {
      BitSet slots = new BitSet(LocalRedisCluster.SLOTS);
      try (Pipeline p = client.pipeline()) {
        for (int i = 0; i < COMMANDS; i++) {
          p.set("key:" + i, "value:" + i);
          slots.set(SlotHash.slot("key:" + i));
        }
        List<Object> written = p.syncAll();
        assertThat(written).hasSize(COMMANDS).containsOnly("OK");

        for (int i = COMMANDS - 1; i >= 0; i--) {
          p.get("key:" + i);
        }
        List<Object> read = p.syncAll();
        assertThat(read).hasSize(COMMANDS);
        for (int i = 0; i < COMMANDS; i++) {
          assertThat(read.get(i)).isEqualTo("value:" + (COMMANDS - 1 - i));
        }
      }
      // 10k keys spread over about 7.6k slots (1 - e^(-10000/16384) of them), on every master.
      assertThat(slots.cardinality()).isGreaterThan(7000);
      assertThat(client.sync().get("key:4242")).isEqualTo("value:4242");
      assertThat(client.stats().failed()).isZero();
    }
  }

  @Test
  void mixedCommandsAndErrorsFailOnlyTheirOwnElement(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      redis.set("text", "hello");
      redis.rpush("list", "x");
      try (Pipeline p = client.pipeline()) {
        p.get("text");
        p.incr("list"); // WRONGTYPE
        p.incr("counter");
        p.incr("text"); // not an integer
        p.mget("text", "counter", "absent");
        p.del("counter", "absent", "text");
        CompletableFuture<Long> length = p.llen("list");
        p.get("list"); // WRONGTYPE
        assertThat(length).isNotDone();

        List<Object> results = p.syncAll();

        assertThat(results).hasSize(8);
        assertThat(results.get(0)).isEqualTo("hello");
        assertThat(results.get(1))
            .isInstanceOf(RedisServerException.class)
            .asString()
            .contains("WRONGTYPE");
        assertThat(results.get(2)).isEqualTo(1L);
        assertThat(results.get(3))
            .isInstanceOf(RedisServerException.class)
            .asString()
            .contains("not an integer");
        assertThat(results.get(4)).isEqualTo(java.util.Arrays.asList("hello", "1", null));
        assertThat(results.get(5)).isEqualTo(2L);
        assertThat(results.get(6)).isEqualTo(1L);
        assertThat(length.join()).isEqualTo(1L);
        assertThat(results.get(7)).isInstanceOf(RedisServerException.class);
      }
      assertThat(redis.get("text")).isNull();
    }
  }

  @Test
  void aSlotMigratedDuringPipelinesIsFollowedByAskThenMoved(@Isolated LocalRedisCluster cluster) {
    String tag = "{moving}";
    int slot = SlotHash.slot(tag);
    int keys = 200;
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      try (Pipeline p = client.pipeline()) {
        for (int i = 0; i < keys; i++) {
          p.set(tag + i, "v" + i);
          p.set("other:" + i, "o" + i);
        }
        assertThat(p.syncAll()).containsOnly("OK");

        RedisServerProcess source = cluster.ownerOfSlot(slot);
        RedisServerProcess target =
            cluster.masters().stream().filter(m -> !m.equals(source)).findFirst().orElseThrow();
        SlotMigration migration = cluster.beginSlotMigration(slot, target);
        assertThat(migration.migrateKeys(keys / 2)).isEqualTo(keys / 2);

        // Half the slot's keys now answer ASK on the source; new keys too.
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < keys; i++) {
          p.get(tag + i);
          expected.add("v" + i);
          p.get("other:" + i);
          expected.add("o" + i);
        }
        p.set(tag + "new", "fresh");
        expected.add("OK");
        assertThat(p.syncAll()).containsExactlyElementsOf(expected);
        assertThat(client.stats().asked()).isPositive();
        assertThat(client.stats().moved()).isZero();

        migration.finish();

        // Now the whole slot answers MOVED on the source: the map is patched and only the
        // redirected commands are resent.
        Collections.reverse(expected);
        p.get(tag + "new");
        for (int i = keys - 1; i >= 0; i--) {
          p.get("other:" + i);
          p.get(tag + i);
        }
        expected.set(0, "fresh");
        assertThat(p.syncAll()).containsExactlyElementsOf(expected);
        assertThat(client.stats().moved()).isPositive();
        assertThat(client.stats().failed()).isZero();
      }
    }
  }

  @Test
  void pipelinesWorkOnAStandaloneServer(RedisServerProcess server) {
    try (SlotwiseClient client = SlotwiseClient.standalone(server.address().toString());
        Pipeline p = client.pipeline()) {
      for (int i = 0; i < 1000; i++) {
        p.set("s" + i, "v" + i);
      }
      CompletableFuture<List<String>> values = p.mget("s1", "s999", "absent");
      CompletableFuture<Long> counter = p.incrby("n", 5);
      p.hset("h", "f", "1");
      p.get("h"); // WRONGTYPE
      List<Object> results = p.syncAll();

      assertThat(results).hasSize(1004);
      assertThat(results.subList(0, 1000)).containsOnly("OK");
      assertThat(values.join()).containsExactly("v1", "v999", null);
      assertThat(counter.join()).isEqualTo(5L);
      assertThat(results.get(1002)).isEqualTo(1L);
      assertThat(results.get(1003)).isInstanceOf(RedisServerException.class);
    }
  }
}
