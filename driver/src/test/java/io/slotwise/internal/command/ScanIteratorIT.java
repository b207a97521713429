package io.slotwise.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseClient;
import io.slotwise.commands.RedisCommands;
import io.slotwise.commands.ScanArgs;
import io.slotwise.testkit.Isolated;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The lazy cluster-wide scan: every key of every master, also with a failover in the middle. */
@ExtendWith(RedisExtension.class)
class ScanIteratorIT {
  private static final int KEYS = 3000;

  private static Set<String> write(RedisCommands redis) {
    Map<String, String> batch = new HashMap<>();
    for (int i = 0; i < KEYS; i++) {
      batch.put("scan:" + i, "v");
    }
    redis.mset(batch);
    return batch.keySet();
  }

  @Test
  void iteratesEveryKeyOfEveryMasterLazily(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      Set<String> written = write(redis);
      redis.set("other", "x");
      Set<String> seen = new HashSet<>();
      for (String key : redis.scanIterable(ScanArgs.create().match("scan:*").count(200))) {
        seen.add(key);
      }
      assertThat(seen).isEqualTo(written);
      assertThat(redis.scanStream(ScanArgs.create().match("scan:1*")).collect(Collectors.toSet()))
          .isEqualTo(
              written.stream().filter(k -> k.startsWith("scan:1")).collect(Collectors.toSet()));
      assertThat(redis.scanBytesStream(ScanArgs.create()).count()).isGreaterThanOrEqualTo(KEYS + 1);
      // Lazy: taking 10 keys reads one page, not the whole keyspace.
      assertThat(redis.scanStream(ScanArgs.create().count(20)).limit(10).count()).isEqualTo(10);
    }
  }

  @Test
  void noKeyIsMissedWhenTheScannedMasterFailsOverMidway(@Isolated LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      Set<String> written = write(redis);
      Iterator<String> it = redis.scanIterable(ScanArgs.create().count(50)).iterator();
      List<String> returned = new ArrayList<>();
      // Read until the scan is inside a master's part (not its first page), then fail it over.
      while (returned.size() < KEYS / 2 || !((ScanIterator<String>) it).cursor().contains("@")) {
        returned.add(it.next());
      }
      String cursor = ((ScanIterator<String>) it).cursor();
      String current = cursor.substring(cursor.lastIndexOf(',') + 1, cursor.indexOf('@'));
      RedisServerProcess master = cluster.nodeFor(HostAndPort.parse(current));
      RedisServerProcess replica = cluster.replicasOf(master).get(0);
      long t0 = System.nanoTime();
      cluster.failover(replica, Duration.ofSeconds(30));
      long failoverMs = (System.nanoTime() - t0) / 1_000_000;
      int before = returned.size();
      it.forEachRemaining(returned::add);
      Set<String> distinct = new HashSet<>(returned);
      System.out.printf(
          "[ScanIteratorIT] failover of %s (scanned at cursor %s) took %d ms; keys written %d,"
              + " returned %d (%d before the failover), distinct %d, missed %d%n",
          current,
          cursor,
          failoverMs,
          written.size(),
          returned.size(),
          before,
          distinct.size(),
          written.stream().filter(k -> !distinct.contains(k)).count());
      assertThat(distinct).containsAll(written);
    }
  }
}
