package io.slotwise.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.RedisConnectionException;
import io.slotwise.SlotwiseClient;
import io.slotwise.SlotwiseConfig;
import io.slotwise.commands.KeyValue;
import io.slotwise.commands.ListDirection;
import io.slotwise.commands.RedisCommands;
import io.slotwise.commands.ScoredValue;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Blocking commands on exclusive connections, on real servers: they never hold up the shared
 * connection, return what is pushed later, time out with {@code null}, and a full pool fails
 * clearly.
 */
@ExtendWith(RedisExtension.class)
class BlockingCommandsIT {
  private static final int POPPERS = 20;

  @Test
  void twentyBlockedPopsDoNotDelayGetsOnTheSharedConnection(LocalRedisCluster cluster)
      throws Exception {
    SlotwiseConfig config =
        SlotwiseConfig.cluster(cluster.seeds())
            .exclusivePool(POPPERS, Duration.ofSeconds(2))
            .build();
    ExecutorService threads = Executors.newFixedThreadPool(POPPERS);
    try (SlotwiseClient client = SlotwiseClient.create(config)) {
      RedisCommands redis = client.sync();
      redis.set("probe", "p");
      List<Future<KeyValue<String, String>>> pops = new ArrayList<>();
      for (int i = 0; i < POPPERS; i++) {
        String key = "queue:" + i;
        pops.add(threads.submit(() -> redis.blpop(Duration.ofSeconds(10), key)));
      }
      // Wait until the 20 pops are blocked on the servers (each master reports its blocked ones).
      io.slotwise.testkit.Await.until(
          POPPERS + " clients blocked",
          Duration.ofSeconds(10),
          () -> blockedClients(cluster) == POPPERS);
      int gets = 500;
      long[] took = new long[gets];
      for (int i = 0; i < gets; i++) {
        long t0 = System.nanoTime();
        assertThat(redis.get("probe")).isEqualTo("p");
        took[i] = System.nanoTime() - t0;
      }
      Arrays.sort(took);
      long median = took[gets / 2];
      long p99 = took[gets * 99 / 100];
      long worst = took[gets - 1];
      System.out.printf(
          "[BlockingCommandsIT] %d GETs while %d BLPOPs were blocked: median %.3f ms, p99 %.3f ms,"
              + " worst %.3f ms%n",
          gets, POPPERS, median / 1e6, p99 / 1e6, worst / 1e6);
      // Blocked pops wait 10 s: a GET behind one of them would take seconds. The bounds leave
      // room for a loaded 2-core CI machine (GC, scheduling), not for a blocked connection.
      assertThat(Duration.ofNanos(median)).isLessThan(Duration.ofMillis(20));
      assertThat(Duration.ofNanos(worst)).isLessThan(Duration.ofSeconds(1));
      for (int i = 0; i < POPPERS; i++) {
        assertThat(pops.get(i).isDone()).as("pop %d still blocked", i).isFalse();
      }
      for (int i = 0; i < POPPERS; i++) {
        redis.rpush("queue:" + i, "value-" + i);
      }
      for (int i = 0; i < POPPERS; i++) {
        assertThat(pops.get(i).get(10, TimeUnit.SECONDS))
            .isEqualTo(new KeyValue<>("queue:" + i, "value-" + i));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static long blockedClients(LocalRedisCluster cluster) {
    long blocked = 0;
    for (RedisServerProcess master : cluster.masters()) {
      String info = (String) master.call("INFO", "clients");
      for (String line : info.split("\r\n")) {
        if (line.startsWith("blocked_clients:")) {
          blocked += Long.parseLong(line.substring("blocked_clients:".length()).trim());
        }
      }
    }
    return blocked;
  }

  @Test
  void timeoutsReturnNullAfterTheBlockingTime(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      long t0 = System.nanoTime();
      assertThat(redis.blpop(Duration.ofMillis(300), "empty")).isNull();
      long tookMs = (System.nanoTime() - t0) / 1_000_000;
      assertThat(tookMs).isBetween(250L, 3_000L);
      assertThat(redis.brpop(0.1, "empty")).isNull();
      assertThat(redis.bzpopmin(0.1, "zempty")).isNull();
      assertThat(redis.bzpopmax(Duration.ofMillis(100), "zempty".getBytes(UTF_8))).isNull();
      assertThat(redis.blmove("{l}a", "{l}b", ListDirection.LEFT, ListDirection.RIGHT, 0.1))
          .isNull();
    }
  }

  @Test
  void everyBlockingCommandReturnsItsValue(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      redis.rpush("{q}1", "a", "b", "c");
      assertThat(redis.blpop(1, "{q}0", "{q}1")).isEqualTo(new KeyValue<>("{q}1", "a"));
      assertThat(redis.brpop(Duration.ofSeconds(1), "{q}1")).isEqualTo(new KeyValue<>("{q}1", "c"));
      KeyValue<byte[], byte[]> raw = redis.blpop(1, "{q}1".getBytes(UTF_8));
      assertThat(new String(raw.key(), UTF_8)).isEqualTo("{q}1");
      assertThat(new String(raw.value(), UTF_8)).isEqualTo("b");
      redis.rpush("{m}src", "x", "y");
      assertThat(redis.blmove("{m}src", "{m}dst", ListDirection.RIGHT, ListDirection.LEFT, 1))
          .isEqualTo("y");
      assertThat(redis.lrange("{m}dst", 0, -1)).containsExactly("y");
      redis.zadd("z", Map.of("low", 1.0, "high", 9.5));
      assertThat(redis.bzpopmin(1, "z"))
          .isEqualTo(new KeyValue<>("z", new ScoredValue<>("low", 1.0)));
      assertThat(redis.bzpopmax(Duration.ofSeconds(1), "z"))
          .isEqualTo(new KeyValue<>("z", new ScoredValue<>("high", 9.5)));
      // Through execute(...): recognised as blocking and sent on an exclusive connection.
      redis.rpush("generic", "g");
      assertThat(redis.execute("BLPOP", "generic", "1")).isEqualTo(List.of("generic", "g"));
      redis.execute("XADD", "stream", "*", "f", "v");
      Object read = redis.execute("XREAD", "BLOCK", "500", "STREAMS", "stream", "0");
      assertThat(read).isNotNull();
      assertThat(redis.execute("XREAD", "BLOCK", "100", "STREAMS", "stream", "$")).isNull();
    }
  }

  @Test
  void aPopBlockedLongerThanTheCommandTimeoutStillReturnsTheValue(RedisServerProcess server)
      throws Exception {
    SlotwiseConfig config =
        SlotwiseConfig.standalone(server.address().toString())
            .commandTimeout(Duration.ofMillis(300))
            .build();
    try (SlotwiseClient client = SlotwiseClient.create(config)) {
      CompletableFuture<KeyValue<String, String>> pop =
          client.async().blpop(Duration.ofSeconds(5), "late");
      Thread.sleep(1_000); // the value arrives well after the command timeout: intended delay
      client.sync().rpush("late", "finally");
      assertThat(pop.get(5, TimeUnit.SECONDS)).isEqualTo(new KeyValue<>("late", "finally"));
    }
  }

  @Test
  void aFullPoolFailsWithAClearException(RedisServerProcess server) throws Exception {
    SlotwiseConfig config =
        SlotwiseConfig.standalone(server.address().toString())
            .exclusivePool(1, Duration.ofMillis(300))
            .build();
    try (SlotwiseClient client = SlotwiseClient.create(config)) {
      CompletableFuture<KeyValue<String, String>> holder =
          client.async().blpop(Duration.ofSeconds(3), "held");
      io.slotwise.testkit.Await.until(
          "the first pop to block",
          Duration.ofSeconds(5),
          () -> ((String) server.call("INFO", "clients")).contains("blocked_clients:1"));
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> client.sync().blpop(Duration.ofSeconds(1), "other"))
          .isInstanceOf(RedisConnectionException.class)
          .hasMessageContaining("no exclusive connection to " + server.address())
          .hasMessageContaining("300 ms");
      long waitedMs = (System.nanoTime() - t0) / 1_000_000;
      System.out.printf("[BlockingCommandsIT] pool exhausted: failed after %d ms%n", waitedMs);
      assertThat(client.sync().get("held")).isNull(); // the shared connection still serves
      client.sync().rpush("held", "v");
      assertThat(holder.get(5, TimeUnit.SECONDS)).isEqualTo(new KeyValue<>("held", "v"));
      assertThat(client.sync().blpop(1, Arrays.asList("other").get(0))).isNull();
    }
  }
}
