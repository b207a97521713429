package io.slotwise.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RedisExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisExtensionIT {
  private static RedisServerProcess sharedFromBeforeAll;
  private static RedisServerProcess isolatedFromBeforeAll;
  private static LocalRedisCluster sharedClusterFromBeforeAll;

  private final RedisServerProcess fromConstructor;

  RedisExtensionIT(RedisServerProcess server) {
    this.fromConstructor = server;
  }

  @BeforeAll
  static void capture(
      RedisServerProcess shared, @Isolated RedisServerProcess isolated, LocalRedisCluster cluster) {
    sharedFromBeforeAll = shared;
    isolatedFromBeforeAll = isolated;
    sharedClusterFromBeforeAll = cluster;
  }

  @Test
  @Order(1)
  void sharedInstancesAreTheSameEverywhere(RedisServerProcess server, LocalRedisCluster cluster) {
    assertThat(server).isSameAs(sharedFromBeforeAll).isNotSameAs(isolatedFromBeforeAll);
    assertThat(fromConstructor).isSameAs(server);
    assertThat(cluster).isSameAs(sharedClusterFromBeforeAll);
    server.call("SET", "left-behind", "1");
    cluster.ownerOfSlot(cluster.keySlot("left-behind")).call("SET", "left-behind", "1");
  }

  @Test
  @Order(2)
  void sharedInstancesAreFlushedBeforeEachTest(
      RedisServerProcess server, LocalRedisCluster cluster) {
    assertThat(server.call("EXISTS", "left-behind")).isEqualTo(0L);
    assertThat(cluster.ownerOfSlot(cluster.keySlot("left-behind")).call("EXISTS", "left-behind"))
        .isEqualTo(0L);
  }

  @Test
  @Order(3)
  void isolatedInstancesAreOwnedByTheClass(
      @Isolated RedisServerProcess isolated, @Isolated("other") RedisServerProcess other) {
    assertThat(isolated).isSameAs(isolatedFromBeforeAll);
    assertThat(other).isNotSameAs(isolated);
    assertThat(other.port()).isNotEqualTo(isolated.port());
  }

  @Test
  @Order(4)
  void serverArgsArePassedToTheServer(
      @RedisServerArgs({"--requirepass", "s3cret"}) RedisServerProcess server) {
    assertThat(server).isNotSameAs(sharedFromBeforeAll);
    assertThat(server.call("CONFIG", "GET", "requirepass"))
        .isEqualTo(java.util.List.of("requirepass", "s3cret"));
    try (RespTestClient anonymous = RespTestClient.connect(server.address())) {
      assertThatThrownBy(() -> anonymous.call("PING"))
          .isInstanceOf(RespTestClient.ServerError.class);
    }
  }

  @Test
  @Order(5)
  void clusterShapeGivesAnIsolatedCluster(
      @ClusterShape(masters = 3, replicasPerMaster = 0, nodeTimeoutMs = 1000)
          LocalRedisCluster small) {
    assertThat(small).isNotSameAs(sharedClusterFromBeforeAll);
    assertThat(small.nodes()).hasSize(3);
    assertThat(small.masters()).hasSize(3);
    assertThat(small.replicas()).isEmpty();
    assertThat(small.nodes().get(0).call("CONFIG", "GET", "cluster-node-timeout"))
        .isEqualTo(java.util.List.of("cluster-node-timeout", "1000"));
  }
}
