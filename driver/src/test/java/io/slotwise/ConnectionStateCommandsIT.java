package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.cluster.SlotHash;
import io.slotwise.commands.RedisCommands;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13's finding, run again as a new user would: each command that changes the state of a
 * connection, sent through {@code execute(...)} on a fresh client, must leave later {@code GET}s on
 * every node correct within a second. Before the fix 8 of these 12 broke the shared connection
 * (timeouts for good, {@code QUEUED} as a value, another database).
 */
@ExtendWith(RedisExtension.class)
class ConnectionStateCommandsIT {
  private static final Duration WITHIN = Duration.ofSeconds(1);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SUBSCRIBE ch",
        "PSUBSCRIBE ch*",
        "SSUBSCRIBE ch",
        "CLIENT REPLY OFF",
        "CLIENT REPLY SKIP",
        "MULTI",
        "SELECT 3",
        "MONITOR",
        "WATCH k1",
        "HELLO 2",
        "RESET",
        "QUIT"
      })
  void standaloneGetsStayCorrect(String command, RedisServerProcess server) {
    SlotwiseConfig config =
        SlotwiseConfig.standalone(server.address().toString()).commandTimeout(WITHIN).build();
    try (SlotwiseClient client = SlotwiseClient.create(config)) {
      RedisCommands redis = client.sync();
      Map<String, String> data = Map.of("k1", "v1", "k2", "v2");
      data.forEach(redis::set);
      assertRefused(client, command);
      assertReadsBack(redis, data);
    }
  }

  @Test
  void codisModeRefusesThemTheSameWay(RedisServerProcess proxy) {
    try (SlotwiseClient client =
        SlotwiseClient.create(SlotwiseConfig.codisStatic(proxy.address().toString()).build())) {
      assertThatThrownBy(() -> client.sync().execute("SELECT", "3"))
          .isInstanceOf(RedisCommandNotAllowedException.class)
          .hasMessageContaining("database");
      assertThatThrownBy(() -> client.sync().execute("subscribe", "ch"))
          .isInstanceOf(RedisCommandNotAllowedException.class)
          .hasMessageContaining("client.subscription");
      client.sync().set("k1", "v1");
      assertThat(client.sync().get("k1")).isEqualTo("v1");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SUBSCRIBE ch",
        "PSUBSCRIBE ch*",
        "SSUBSCRIBE ch",
        "CLIENT REPLY OFF",
        "CLIENT REPLY SKIP",
        "MULTI",
        "MONITOR",
        "WATCH k1",
        "HELLO 2",
        "RESET",
        "QUIT",
        "READWRITE"
      })
  void clusterGetsStayCorrectOnEveryMaster(String command, LocalRedisCluster cluster) {
    SlotwiseConfig config = SlotwiseConfig.cluster(cluster.seeds()).commandTimeout(WITHIN).build();
    try (SlotwiseClient client = SlotwiseClient.create(config)) {
      RedisCommands redis = client.sync();
      Map<String, String> data = keyOnEveryMaster(cluster);
      data.forEach(redis::set);
      assertRefused(client, command);
      assertReadsBack(redis, data);
    }
  }

  /** Refused at once, sync and async, naming the command; nothing reached the connection. */
  private static void assertRefused(SlotwiseClient client, String command) {
    String[] words = command.split(" ");
    String name = words[0].equals("CLIENT") ? "CLIENT " + words[1] : words[0];
    assertThatThrownBy(() -> client.sync().execute(words))
        .isInstanceOf(RedisCommandNotAllowedException.class)
        .hasMessageStartingWith(name + " is not allowed here");
    assertThatThrownBy(() -> client.async().execute(words))
        .isInstanceOf(RedisCommandNotAllowedException.class);
    try (Pipeline p = client.pipeline()) {
      assertThatThrownBy(() -> p.execute(words))
          .isInstanceOf(RedisCommandNotAllowedException.class);
    }
    assertThatThrownBy(() -> client.transaction("k1", tx -> tx.execute(words)))
        .isInstanceOf(RedisCommandNotAllowedException.class);
  }

  private static void assertReadsBack(RedisCommands redis, Map<String, String> data) {
    for (Map.Entry<String, String> e : data.entrySet()) {
      long start = System.nanoTime();
      assertThat(redis.get(e.getKey())).as("GET %s", e.getKey()).isEqualTo(e.getValue());
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
          .as("GET %s took (ms)", e.getKey())
          .isLessThan(WITHIN.toMillis());
    }
  }

  /** One key per master, so that whichever node got the command, a later GET goes there. */
  private static Map<String, String> keyOnEveryMaster(LocalRedisCluster cluster) {
    Map<String, String> data = new LinkedHashMap<>();
    List<RedisServerProcess> left = new ArrayList<>(cluster.masters());
    for (int i = 0; !left.isEmpty(); i++) {
      String key = "k" + i;
      if (left.remove(cluster.ownerOfSlot(SlotHash.slot(key)))) {
        data.put(key, "v" + i);
      }
    }
    return data;
  }
}
