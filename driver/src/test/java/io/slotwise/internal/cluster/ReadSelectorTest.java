package io.slotwise.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.HostAndPort;
import io.slotwise.ReadFrom;
import io.slotwise.cluster.ClusterNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadSelectorTest {
  private static final HostAndPort M = HostAndPort.of("127.0.0.1", 7000);
  private static final HostAndPort R1 = HostAndPort.of("127.0.0.1", 7001);
  private static final HostAndPort R2 = HostAndPort.of("127.0.0.1", 7002);

  private final Set<HostAndPort> healthy = new HashSet<>(Set.of(M, R1, R2));
  private final Map<HostAndPort, Long> latency = new HashMap<>();

  private static ClusterNode master(HostAndPort... replicas) {
    List<ClusterNode> rs =
        java.util.Arrays.stream(replicas)
            .map(
                a ->
                    new ClusterNode(
                        null, a, ClusterNode.Role.REPLICA, ClusterNode.Health.ONLINE, -1, null))
            .toList();
    return new ClusterNode(null, M, ClusterNode.Role.MASTER, ClusterNode.Health.ONLINE, -1, rs);
  }

  private ReadSelector selector(ReadFrom policy) {
    return new ReadSelector(
        policy, healthy::contains, a -> latency.getOrDefault(a, Long.MAX_VALUE));
  }

  private Set<HostAndPort> picks(ReadFrom policy, ClusterNode master) {
    ReadSelector s = selector(policy);
    Set<HostAndPort> seen = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      seen.add(s.pick(master));
    }
    return seen;
  }

  @Test
  void masterAlwaysReadsTheMaster() {
    healthy.remove(M);
    assertThat(picks(ReadFrom.MASTER, master(R1, R2))).containsExactly(M);
  }

  @Test
  void masterPreferredLeavesTheMasterOnlyWhenItIsUnhealthy() {
    assertThat(picks(ReadFrom.MASTER_PREFERRED, master(R1, R2))).containsExactly(M);
    healthy.remove(M);
    assertThat(picks(ReadFrom.MASTER_PREFERRED, master(R1, R2))).containsExactlyInAnyOrder(R1, R2);
    healthy.clear();
    assertThat(picks(ReadFrom.MASTER_PREFERRED, master(R1, R2))).containsExactly(M);
  }

  @Test
  void replicaPreferredSpreadsOverHealthyReplicasAndFallsBackToTheMaster() {
    assertThat(picks(ReadFrom.REPLICA_PREFERRED, master(R1, R2))).containsExactlyInAnyOrder(R1, R2);
    healthy.remove(R1);
    assertThat(picks(ReadFrom.REPLICA_PREFERRED, master(R1, R2))).containsExactly(R2);
    healthy.remove(R2);
    assertThat(picks(ReadFrom.REPLICA_PREFERRED, master(R1, R2))).containsExactly(M);
    assertThat(picks(ReadFrom.REPLICA_PREFERRED, master())).containsExactly(M);
  }

  @Test
  void replicaWaitsForListedReplicasAndUsesTheMasterOnlyWhenNoneIsListed() {
    healthy.remove(R1);
    assertThat(picks(ReadFrom.REPLICA, master(R1, R2))).containsExactly(R2);
    healthy.remove(R2);
    assertThat(picks(ReadFrom.REPLICA, master(R1, R2))).containsExactlyInAnyOrder(R1, R2);
    assertThat(picks(ReadFrom.REPLICA, master())).containsExactly(M);
  }

  @Test
  void anySpreadsOverEveryHealthyNode() {
    assertThat(picks(ReadFrom.ANY, master(R1, R2))).containsExactlyInAnyOrder(M, R1, R2);
    healthy.remove(M);
    assertThat(picks(ReadFrom.ANY, master(R1, R2))).containsExactlyInAnyOrder(R1, R2);
    healthy.clear();
    assertThat(picks(ReadFrom.ANY, master(R1, R2))).containsExactly(M);
  }

  @Test
  void lowestLatencyTakesTheFastestHealthyMeasuredNode() {
    assertThat(picks(ReadFrom.LOWEST_LATENCY, master(R1, R2))).containsExactly(M);
    latency.put(M, 900_000L);
    latency.put(R1, 300_000L);
    latency.put(R2, 500_000L);
    assertThat(picks(ReadFrom.LOWEST_LATENCY, master(R1, R2))).containsExactly(R1);
    healthy.remove(R1);
    assertThat(picks(ReadFrom.LOWEST_LATENCY, master(R1, R2))).containsExactly(R2);
    healthy.remove(R2);
    healthy.remove(M);
    assertThat(picks(ReadFrom.LOWEST_LATENCY, master(R1, R2))).containsExactly(M);
  }
}
