package io.slotwise.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseClient;
import io.slotwise.SlotwiseException;
import io.slotwise.cluster.SlotHash;
import io.slotwise.commands.RedisCommands;
import io.slotwise.commands.ScanArgs;
import io.slotwise.commands.ScanResult;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The keyless commands and their rules on the shared real cluster (3 masters + 3 replicas), checked
 * with plain per-node connections, and the same API on a standalone server.
 */
@ExtendWith(RedisExtension.class)
class KeylessCommandsIT {
  private static final int KEYS = 500;

  /** Writes {@link #KEYS} keys spread over every slot range; returns them. */
  private static Set<String> write(RedisCommands redis) {
    Map<String, String> batch = new HashMap<>();
    for (int i = 0; i < KEYS; i++) {
      batch.put("key:" + i, "v" + i);
    }
    redis.mset(batch);
    return batch.keySet();
  }

  private static long nodeDbsize(RedisServerProcess node) {
    return (Long) node.call("DBSIZE");
  }

  @Test
  void dbsizeIsTheSumOfEveryMastersDbsize(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      assertThat(redis.dbsize()).isZero();
      write(redis);
      long sum = 0;
      for (RedisServerProcess master : cluster.masters()) {
        long own = nodeDbsize(master);
        assertThat(own).as("keys on %s", master.address()).isPositive();
        sum += own;
      }
      assertThat(sum).isEqualTo(KEYS);
      assertThat(redis.dbsize()).isEqualTo(sum);
      assertThat(client.async().dbsize().join()).isEqualTo(KEYS);
    }
  }

  @Test
  void flushallEmptiesEveryMaster(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      write(redis);
      assertThat(redis.flushall()).isEqualTo("OK");
      for (RedisServerProcess master : cluster.masters()) {
        assertThat(nodeDbsize(master)).as("keys left on %s", master.address()).isZero();
      }
      write(redis);
      assertThat(redis.flushall(false)).isEqualTo("OK");
      assertThat(redis.dbsize()).isZero();
      write(redis);
      assertThat(redis.flushall(true)).isEqualTo("OK");
      Await.until(
          "FLUSHALL ASYNC to empty every master",
          Duration.ofSeconds(10),
          () -> redis.dbsize() == 0);
    }
  }

  @Test
  void keysReturnsEveryKeyOfEveryMasterOnce(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      Set<String> written = write(redis);
      redis.set("other", "x");
      List<String> keys = redis.keys("key:*");
      assertThat(keys).hasSize(KEYS);
      assertThat(new HashSet<>(keys)).isEqualTo(written);
      assertThat(redis.keys("*")).hasSize(KEYS + 1).contains("other");
      List<byte[]> binary = redis.keys("key:1*".getBytes(UTF_8));
      Set<String> decoded = new TreeSet<>();
      binary.forEach(k -> decoded.add(new String(k, UTF_8)));
      assertThat(decoded).hasSize(binary.size()).contains("key:1", "key:10", "key:199");
      assertThat(redis.keys("nothing:*")).isEmpty();
    }
  }

  @Test
  void scanVisitsEveryMasterAndReturnsEveryKeyOnce(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      Set<String> written = write(redis);
      List<String> seen = new ArrayList<>();
      Set<String> nodesInCursors = new TreeSet<>();
      String cursor = ScanResult.START;
      int pages = 0;
      do {
        ScanResult<String> page = redis.scan(cursor, ScanArgs.create().count(10));
        seen.addAll(page.keys());
        cursor = page.cursor();
        if (!page.isFinished()) {
          String[] parts = cursor.substring(0, cursor.lastIndexOf('@')).split(",");
          nodesInCursors.add(parts[parts.length - 1]);
        }
        pages++;
        assertThat(pages).as("pages").isLessThan(10_000);
      } while (!ScanResult.START.equals(cursor));
      assertThat(seen).hasSize(KEYS);
      assertThat(new HashSet<>(seen)).isEqualTo(written);
      Set<String> masters = new TreeSet<>();
      cluster.masters().forEach(m -> masters.add(m.address().toString()));
      assertThat(nodesInCursors).isEqualTo(masters);
    }
  }

  @Test
  void scanWithMatchTypeAndBinaryKeys(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      write(redis);
      for (int i = 0; i < 30; i++) {
        redis.hset("hash:" + i, "f", "v");
      }
      assertThat(scanAll(redis, ScanArgs.create().match("hash:*").count(50))).hasSize(30);
      assertThat(scanAll(redis, ScanArgs.create().type("hash"))).hasSize(30);
      assertThat(scanAll(redis, ScanArgs.create().type("string").match("key:4*")))
          .hasSize(111)
          .allMatch(k -> k.startsWith("key:4"));
      List<byte[]> binary = new ArrayList<>();
      String cursor = ScanResult.START;
      do {
        ScanResult<byte[]> page =
            redis.scanBytes(cursor, ScanArgs.create().match("hash:1*".getBytes(UTF_8)));
        binary.addAll(page.keys());
        cursor = page.cursor();
      } while (!cursor.equals(ScanResult.START));
      assertThat(binary).hasSize(11);
      assertThatThrownBy(() -> redis.scan("not-a-cursor"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cursor");
    }
  }

  private static List<String> scanAll(RedisCommands redis, ScanArgs args) {
    List<String> out = new ArrayList<>();
    String cursor = ScanResult.START;
    do {
      ScanResult<String> page = redis.scan(cursor, args);
      out.addAll(page.keys());
      cursor = page.cursor();
    } while (!cursor.equals(ScanResult.START));
    return out;
  }

  @Test
  void pingAndInfoOfAGivenNodeReachThatNode(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      assertThat(redis.ping()).isEqualTo("PONG");
      assertThat(redis.info("server")).contains("redis_version:");
      List<RedisServerProcess> nodes = new ArrayList<>(cluster.masters());
      nodes.addAll(cluster.replicas());
      for (RedisServerProcess node : nodes) {
        HostAndPort address = node.address();
        assertThat(redis.ping(address)).isEqualTo("PONG");
        assertThat(redis.info(address, "server")).contains("tcp_port:" + address.port() + "\r\n");
        assertThat(client.async().ping(address).join()).isEqualTo("PONG");
      }
      RedisServerProcess replica = cluster.replicas().get(0);
      assertThat(redis.info(replica.address(), "replication")).contains("role:slave");
    }
  }

  @Test
  void scriptLoadThenEvalshaWorksForKeysInEverySlotRange(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      String sha = redis.scriptLoad("return redis.call('INCRBY', KEYS[1], ARGV[1])");
      assertThat(sha).hasSize(40);
      Set<RedisServerProcess> owners = new HashSet<>();
      for (int i = 0; i < 200; i++) {
        String key = "counter:" + i;
        owners.add(cluster.ownerOfSlot(SlotHash.slot(key)));
        assertThat(redis.evalsha(sha, List.of(key), List.of("5"))).isEqualTo(5L);
        assertThat(redis.evalsha(sha, List.of(key), List.of("2"))).isEqualTo(7L);
      }
      assertThat(owners).hasSize(cluster.masters().size());
      assertThat(client.stats().moved()).isZero();

      // SCRIPT FLUSH reaches every master: the script is gone everywhere.
      assertThat(redis.scriptFlush()).isEqualTo("OK");
      for (RedisServerProcess master : cluster.masters()) {
        assertThat(master.call("SCRIPT", "EXISTS", sha)).isEqualTo(List.of(0L));
      }
    }
  }

  @Test
  void randomkeyFindsAKeyOnWhicheverMasterHoldsOne(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      assertThat(redis.randomkey()).isNull();
      redis.set("only", "1");
      for (int i = 0; i < 5; i++) {
        assertThat(redis.randomkey()).isEqualTo("only");
      }
    }
  }

  @Test
  void theSameApiOnAStandaloneServer(RedisServerProcess server) {
    try (SlotwiseClient client = SlotwiseClient.standalone(server.address().toString())) {
      RedisCommands redis = client.sync();
      Set<String> written = write(redis);
      assertThat(redis.dbsize()).isEqualTo(KEYS).isEqualTo(nodeDbsize(server));
      assertThat(new HashSet<>(redis.keys("*"))).isEqualTo(written);
      List<String> seen = new ArrayList<>();
      String cursor = ScanResult.START;
      do {
        ScanResult<String> page = redis.scan(cursor, ScanArgs.create().count(10));
        assertThat(page.cursor()).containsOnlyDigits();
        seen.addAll(page.keys());
        cursor = page.cursor();
      } while (!cursor.equals(ScanResult.START));
      assertThat(seen).hasSize(KEYS);
      assertThat(new HashSet<>(seen)).isEqualTo(written);
      assertThat(redis.ping()).isEqualTo("PONG");
      assertThat(redis.ping(server.address())).isEqualTo("PONG");
      assertThat(redis.info(server.address(), "server")).contains("tcp_port:" + server.port());
      assertThatThrownBy(() -> redis.ping(HostAndPort.of("127.0.0.1", 1)))
          .isInstanceOf(SlotwiseException.class)
          .hasRootCauseInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("standalone client is connected to " + server.address());
      String sha = redis.scriptLoad("return redis.call('GET', KEYS[1])");
      assertThat(redis.evalsha(sha, List.of("key:7"), List.of())).isEqualTo("v7");
      assertThat(redis.randomkey()).startsWith("key:");
      assertThat(redis.flushall()).isEqualTo("OK");
      assertThat(redis.dbsize()).isZero();
      assertThat(nodeDbsize(server)).isZero();
      assertThatThrownBy(() -> redis.scan("127.0.0.1:7000@12"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
