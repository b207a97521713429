package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.cluster.SlotHash;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.Isolated;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import io.slotwise.testkit.RespTestClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Where reads land under each {@link ReadFrom} policy, counted by the servers themselves ({@code
 * INFO commandstats} after {@code CONFIG RESETSTAT}); a {@code MOVED} from a replica after a slot
 * moved; reads falling back to the master when its replica dies. One cluster of the class's own (3
 * masters, 1 replica each): the policies first, then the resharding, then the kill.
 */
@ExtendWith(RedisExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadFromIT {
  private static final int READS = 300;
  private static final Duration SETTLE = Duration.ofSeconds(15);

  private final LocalRedisCluster cluster;

  ReadFromIT(@Isolated LocalRedisCluster cluster) {
    this.cluster = cluster;
  }

  private SlotwiseClient client(ReadFrom policy) {
    awaitReplicasOnline();
    return SlotwiseClient.create(SlotwiseConfig.cluster(cluster.seeds()).readFrom(policy).build());
  }

  @Test
  @Order(1)
  void eachPolicyReadsWhereItSays() {
    assertThat(SlotwiseConfig.cluster("127.0.0.1:1").build().readFrom()).isEqualTo(ReadFrom.MASTER);
    expect(ReadFrom.MASTER, d -> d.replicas == 0 && d.masters == READS);
    expect(ReadFrom.MASTER_PREFERRED, d -> d.replicas == 0 && d.masters == READS);
    expect(ReadFrom.REPLICA, d -> d.masters == 0 && d.replicas == READS);
    expect(ReadFrom.REPLICA_PREFERRED, d -> d.masters == 0 && d.replicas == READS);
    expect(ReadFrom.ANY, d -> d.masters > READS / 5 && d.replicas > READS / 5);
    expect(ReadFrom.LOWEST_LATENCY, d -> d.masters + d.replicas == READS);
  }

  @Test
  @Order(2)
  void writesGoToMastersWhateverThePolicy() {
    try (SlotwiseClient client = client(ReadFrom.REPLICA)) {
      resetStats();
      for (int i = 0; i < 100; i++) {
        client.sync().set("w:" + i, "v");
      }
      long masterSets = 0;
      for (RedisServerProcess m : cluster.masters()) {
        masterSets += calls(m, "set");
      }
      assertThat(masterSets).isEqualTo(100);
    }
  }

  @Test
  @Order(3)
  void movedFromAReplicaIsFollowedOnceWithoutLooping() throws Exception {
    try (SlotwiseClient client = client(ReadFrom.REPLICA)) {
      String key = "moving-key";
      int slot = SlotHash.slot(key);
      RedisServerProcess source = cluster.ownerOfSlot(slot);
      RedisServerProcess replica = cluster.replicasOf(source).get(0);
      RedisServerProcess target =
          cluster.masters().stream().filter(m -> m != source).findFirst().orElseThrow();
      client.sync().set(key, "value");
      try (RespTestClient r = replica.client()) {
        r.call("READONLY");
        Await.until("the replica has the key", SETTLE, () -> "value".equals(r.call("GET", key)));
      }
      assertThat(client.sync().get(key)).isEqualTo("value"); // served by the replica
      cluster.moveSlot(slot, target);

      long movedBefore = client.stats().moved();
      String value = client.sync().get(key); // the replica answers MOVED to the new owner
      long movedOnce = client.stats().moved() - movedBefore;
      for (int i = 0; i < 20; i++) {
        client.sync().get(key);
      }
      long movedAfter = client.stats().moved() - movedBefore;
      System.out.printf(
          "MOVED from replica %s: slot %d now on %s; first read got %s after %d redirect(s);"
              + " %d redirect(s) over 21 reads%n",
          replica.address(), slot, target.address(), value, movedOnce, movedAfter);
      assertThat(value).isEqualTo("value");
      assertThat(movedOnce).isEqualTo(1);
      assertThat(movedAfter).as("the slot map was patched: no further redirects").isEqualTo(1);
    }
  }

  @Test
  @Order(4)
  void readsFallBackToTheMasterWhenItsReplicaDies() {
    RedisServerProcess master = cluster.masters().get(0);
    RedisServerProcess replica = cluster.replicasOf(master).get(0);
    BitSet slots = FailoverIT.slotsOf(cluster, master);
    List<String> keys = new ArrayList<>();
    for (int i = 0; keys.size() < 100; i++) {
      if (slots.get(SlotHash.slot("fb:" + i))) {
        keys.add("fb:" + i);
      }
    }
    try (SlotwiseClient client = client(ReadFrom.REPLICA_PREFERRED)) {
      Await.until(
          "reads of " + master.address() + "'s slots served by its replica",
          SETTLE,
          () -> {
            resetStats();
            keys.forEach(k -> client.sync().get(k));
            return calls(replica, "get") == keys.size();
          });
      replica.kill();
      long start = System.nanoTime();
      int errors = 0;
      resetStats();
      for (String k : keys) {
        try {
          client.sync().get(k);
        } catch (SlotwiseException e) {
          errors++;
        }
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      long onMaster = calls(master, "get");
      System.out.printf(
          "replica %s killed: %d reads of its master's slots right after, %d errors, %d served by"
              + " the master, in %d ms%n",
          replica.address(), keys.size(), errors, onMaster, millis);
      assertThat(errors).isZero();
      assertThat(onMaster).isEqualTo(keys.size());
    }
  }

  /**
   * Waits until {@code CLUSTER SHARDS} of <em>every</em> live node reports every node {@code
   * online}: right after forming (or rejoining) a replica shows as {@code loading} until its first
   * offset is gossiped, the client leaves such replicas out of its slot map until a later refresh,
   * and the client may load its map from any node — whose view can lag another's.
   */
  private void awaitReplicasOnline() {
    List<RedisServerProcess> alive =
        cluster.nodes().stream().filter(RedisServerProcess::isAlive).toList();
    Await.until(
        "every node online in CLUSTER SHARDS of every node",
        SETTLE,
        () ->
            alive.stream().allMatch(n -> countOnline(n.call("CLUSTER", "SHARDS")) == alive.size()));
  }

  private static long countOnline(Object reply) {
    if (reply instanceof List<?> list) {
      long n = 0;
      for (int i = 0; i < list.size(); i++) {
        if ("health".equals(list.get(i))
            && i + 1 < list.size()
            && "online".equals(list.get(i + 1))) {
          n++;
        }
        n += countOnline(list.get(i));
      }
      return n;
    }
    return 0;
  }

  /** Waits until {@code READS} reads under {@code policy} land as {@code expected} says. */
  private void expect(ReadFrom policy, Predicate<Distribution> expected) {
    try (SlotwiseClient client = client(policy)) {
      Distribution d =
          Await.matching(
              policy + " reads landing as expected", SETTLE, () -> distribution(client), expected);
      System.out.printf(
          "ReadFrom.%s: %d reads -> masters %d, replicas %d; per node %s%n",
          policy, READS, d.masters, d.replicas, d.perNode);
    }
  }

  private record Distribution(long masters, long replicas, Map<String, Long> perNode) {}

  private Distribution distribution(SlotwiseClient client) {
    resetStats();
    for (int i = 0; i < READS; i++) {
      client.sync().get("key:" + i);
    }
    List<RedisServerProcess> masters = cluster.masters();
    long m = 0;
    long r = 0;
    Map<String, Long> perNode = new LinkedHashMap<>();
    for (RedisServerProcess node : cluster.nodes()) {
      if (!node.isAlive()) {
        continue;
      }
      long n = calls(node, "get");
      perNode.put((masters.contains(node) ? "M " : "R ") + node.address().port(), n);
      if (masters.contains(node)) {
        m += n;
      } else {
        r += n;
      }
    }
    return new Distribution(m, r, perNode);
  }

  private void resetStats() {
    for (RedisServerProcess node : cluster.nodes()) {
      if (node.isAlive()) {
        node.call("CONFIG", "RESETSTAT");
      }
    }
  }

  /** {@code calls} of {@code cmdstat_<command>} in the node's {@code INFO commandstats}. */
  private static long calls(RedisServerProcess node, String command) {
    String info = (String) node.call("INFO", "commandstats");
    String prefix = "cmdstat_" + command + ":calls=";
    for (String line : info.split("\r?\n")) {
      if (line.startsWith(prefix)) {
        return Long.parseLong(line.substring(prefix.length(), line.indexOf(',')));
      }
    }
    return 0;
  }
}
