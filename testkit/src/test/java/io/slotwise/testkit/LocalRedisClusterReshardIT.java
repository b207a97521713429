package io.slotwise.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RedisExtension.class)
class LocalRedisClusterReshardIT {

  @Test
  void slotMigrationAnswersAskThenMovesTheSlot(@Isolated LocalRedisCluster cluster) {
    int slot = cluster.keySlot("{tag}a");
    RedisServerProcess source = cluster.ownerOfSlot(slot);
    RedisServerProcess target =
        cluster.masters().stream().filter(m -> !m.equals(source)).findFirst().orElseThrow();
    for (String k : new String[] {"{tag}a", "{tag}b", "{tag}c"}) {
      source.call("SET", k, k.substring(5));
    }
    SlotMigration migration = cluster.beginSlotMigration(slot, target);
    assertThat(migration.migrateKeys(1)).isEqualTo(1);
    assertThat(source.call("DBSIZE")).isEqualTo(2L);
    String movedKey = (String) ((java.util.List<?>) target.call("KEYS", "*")).get(0);
    assertThatThrownBy(() -> source.call("GET", movedKey))
        .isInstanceOf(RespTestClient.ServerError.class)
        .hasMessage("ASK " + slot + " " + target.address());

    migration.finish();
    assertThat(cluster.ownerOfSlot(slot)).isEqualTo(target);
    assertThat(target.call("DBSIZE")).isEqualTo(3L);
    assertThatThrownBy(() -> source.call("GET", "{tag}a"))
        .isInstanceOf(RespTestClient.ServerError.class)
        .hasMessage("MOVED " + slot + " " + target.address());
    cluster.moveSlot(slot, source);
    assertThat(cluster.ownerOfSlot(slot)).isEqualTo(source);
    assertThat(source.call("GET", "{tag}b")).isEqualTo("b");
  }

  @Test
  void killedMasterIsReplacedByItsReplica(
      @Isolated("failover") @ClusterShape(nodeTimeoutMs = 1000) LocalRedisCluster cluster) {
    RedisServerProcess master = cluster.ownerOfSlot(0);
    RedisServerProcess replica = cluster.replicasOf(master).get(0);
    master.kill();
    cluster.awaitMaster(replica, Duration.ofSeconds(30));
    assertThat(cluster.ownerOfSlot(0)).isEqualTo(replica);
    assertThat(cluster.masters()).hasSize(3).doesNotContain(master);

    master.restart();
    Await.until(
        "old master rejoins as a replica",
        Duration.ofSeconds(30),
        () -> cluster.replicasOf(replica).contains(master));
    cluster.failover(master, Duration.ofSeconds(30));
    assertThat(cluster.ownerOfSlot(0)).isEqualTo(master);
  }
}
