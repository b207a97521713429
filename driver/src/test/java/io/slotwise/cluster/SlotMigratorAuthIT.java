package io.slotwise.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseConfig;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerArgs;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link SlotMigrator} on a cluster that needs a password: its own connections authenticate, and
 * {@code MIGRATE} carries {@code AUTH} (default user) or {@code AUTH2} (an ACL user) so the source
 * can {@code RESTORE} on the target.
 */
@ExtendWith(RedisExtension.class)
class SlotMigratorAuthIT {
  private static final String PASSWORD = "s3cret";

  private static HostAndPort otherMaster(LocalRedisCluster cluster, HostAndPort than) {
    return cluster.masters().stream()
        .map(RedisServerProcess::address)
        .filter(a -> !a.equals(than))
        .findFirst()
        .orElseThrow();
  }

  private static void migrateAndCheck(
      LocalRedisCluster cluster, SlotwiseConfig config, int slot, String prefix) {
    RedisServerProcess source = cluster.ownerOfSlot(slot);
    HostAndPort target = otherMaster(cluster, source.address());
    String tag = SlotMigratorITSupport.tagFor(slot);
    for (int i = 0; i < 30; i++) {
      source.call("SET", "{" + tag + "}:" + prefix + i, prefix + "-" + i);
    }

    MigrationResult result;
    try (SlotMigrator migrator = SlotMigrator.builder(config).batchSize(10).build()) {
      result = migrator.migrateSlot(slot, target);
    }

    assertThat(result.keysMoved()).isEqualTo(30);
    cluster.awaitConsistentSlots(Duration.ofSeconds(20));
    assertThat(cluster.ownerOfSlot(slot).address()).isEqualTo(target);
    RedisServerProcess now = cluster.nodeFor(target);
    for (int i = 0; i < 30; i++) {
      assertThat(now.call("GET", "{" + tag + "}:" + prefix + i)).isEqualTo(prefix + "-" + i);
    }
    assertThat(source.call("CLUSTER", "COUNTKEYSINSLOT", Integer.toString(slot))).isEqualTo(0L);
  }

  @Test
  void migratesWithThePasswordOfTheDefaultUser(
      @RedisServerArgs({"--requirepass", PASSWORD, "--masterauth", PASSWORD})
          LocalRedisCluster cluster) {
    SlotwiseConfig config = SlotwiseConfig.cluster(cluster.seeds()).password(PASSWORD).build();

    migrateAndCheck(cluster, config, 700, "auth");
  }

  @Test
  void migratesAsAnAclUserWithAuth2(
      @RedisServerArgs({"--requirepass", PASSWORD, "--masterauth", PASSWORD})
          LocalRedisCluster cluster) {
    for (RedisServerProcess n : cluster.nodes()) {
      n.call("ACL", "SETUSER", "migrator", "on", ">m1grate", "~*", "&*", "+@all");
    }
    SlotwiseConfig config =
        SlotwiseConfig.cluster(cluster.seeds()).username("migrator").password("m1grate").build();

    migrateAndCheck(cluster, config, 800, "auth2");
  }
}
