package io.slotwise.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.HostAndPort;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalRedisClusterIT {
  private static LocalRedisCluster cluster;

  @BeforeAll
  static void startCluster() {
    long t0 = System.nanoTime();
    cluster = LocalRedisCluster.start();
    System.err.printf(
        "[slotwise-testkit] 3+3 cluster formed in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void everyNodeReportsClusterStateOkAndAllSlotsCovered() {
    for (RedisServerProcess n : cluster.nodes()) {
      String info = (String) n.call("CLUSTER", "INFO");
      assertThat(info).contains("cluster_state:ok").contains("cluster_slots_assigned:16384");
      assertThat(info).contains("cluster_known_nodes:6").contains("cluster_size:3");
    }
  }

  @Test
  void threeMastersEachWithOneReplica() {
    List<RedisServerProcess> masters = cluster.masters();
    List<RedisServerProcess> replicas = cluster.replicas();
    assertThat(masters).hasSize(3);
    assertThat(replicas).hasSize(3);
    Set<RedisServerProcess> all = new HashSet<>(masters);
    all.addAll(replicas);
    assertThat(all).containsExactlyInAnyOrderElementsOf(cluster.nodes());
    for (RedisServerProcess m : masters) {
      assertThat(cluster.replicasOf(m)).hasSize(1);
      String info = (String) m.call("INFO", "replication");
      assertThat(info).contains("role:master").contains("connected_slaves:1");
    }
  }

  @Test
  void ownerOfSlotAgreesWithKeySlotAndClusterNodes() {
    for (String key : List.of("a", "b", "foo", "{user1000}.following", "slotwise")) {
      int slot = ((Long) cluster.nodes().get(0).call("CLUSTER", "KEYSLOT", key)).intValue();
      assertThat(cluster.keySlot(key)).isEqualTo(slot);
      RedisServerProcess owner = cluster.ownerOfSlot(slot);
      ClusterNodeLine line =
          ClusterNodeLine.parseAll((String) owner.call("CLUSTER", "NODES")).stream()
              .filter(ClusterNodeLine::isMyself)
              .findFirst()
              .orElseThrow();
      assertThat(line.isMaster()).isTrue();
      assertThat(line.slotRanges()).anyMatch(r -> r[0] <= slot && slot <= r[1]);
      assertThat(owner.call("SET", key, "v")).isEqualTo("OK");
      assertThat(owner.call("GET", key)).isEqualTo("v");
    }
    assertThat(cluster.ownerOfSlot(0)).isEqualTo(cluster.nodes().get(0));
    assertThat(cluster.ownerOfSlot(16383)).isEqualTo(cluster.nodes().get(2));
  }

  @Test
  void seedsNameEveryNodeAndFlushAllEmptiesMasters() {
    assertThat(cluster.seeds()).hasSize(6).allMatch(s -> s.startsWith("127.0.0.1:"));
    RedisServerProcess node = cluster.nodeFor(HostAndPort.parse(cluster.seeds()[3]));
    assertThat(node).isSameAs(cluster.nodes().get(3));
    RedisServerProcess owner = cluster.ownerOfSlot(cluster.keySlot("x"));
    owner.call("SET", "x", "1");
    cluster.flushAll();
    assertThat(owner.call("DBSIZE")).isEqualTo(0L);
    cluster.awaitClusterOk(Duration.ofSeconds(5));
    cluster.awaitConsistentSlots(Duration.ofSeconds(5));
  }
}
