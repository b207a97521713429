package io.slotwise.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.HostAndPort;
import io.slotwise.cluster.ClusterNode;
import io.slotwise.cluster.ClusterNode.Health;
import io.slotwise.cluster.ClusterNode.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

public class ClusterNodesTest {

  private static ClusterNode node(String address, Role role, long offset, ClusterNode... replicas) {
    return new ClusterNode(
        "id-" + address,
        HostAndPort.parse(address),
        role,
        Health.ONLINE,
        offset,
        List.of(replicas));
  }

  @Test
  void healthWordsOfClusterShards() {
    assertThat(ClusterNodes.health("online")).isEqualTo(Health.ONLINE);
    assertThat(ClusterNodes.health("loading")).isEqualTo(Health.LOADING);
    assertThat(ClusterNodes.health("fail")).isEqualTo(Health.FAILED);
    assertThat(ClusterNodes.health("failed")).isEqualTo(Health.FAILED);
    assertThat(ClusterNodes.health("something-new")).isEqualTo(Health.FAILED);
    assertThat(ClusterNodes.health(null)).isEqualTo(Health.ONLINE);
  }

  @Test
  void sameAsIgnoresOffsetsAndReplicaOrder() {
    ClusterNode r1 = node("127.0.0.1:7003", Role.REPLICA, 10);
    ClusterNode r2 = node("127.0.0.1:7004", Role.REPLICA, 10);
    ClusterNode m = node("127.0.0.1:7000", Role.MASTER, 10, r1, r2);
    ClusterNode later =
        node(
            "127.0.0.1:7000",
            Role.MASTER,
            99,
            node("127.0.0.1:7004", Role.REPLICA, 98),
            node("127.0.0.1:7003", Role.REPLICA, 97));
    assertThat(ClusterNodes.sameAs(m, later)).isTrue();
    assertThat(ClusterNodes.sameAs(m, node("127.0.0.1:7000", Role.MASTER, 10, r1))).isFalse();
    ClusterNode failed =
        new ClusterNode(m.id(), m.address(), Role.MASTER, Health.FAILED, 10, List.of(r1, r2));
    assertThat(ClusterNodes.sameAs(m, failed)).isFalse();
  }
}
