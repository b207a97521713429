package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.cluster.SlotHash;
import io.slotwise.commands.RedisCommands;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Commands the driver's table does not know, sent through {@code execute(...)}, go straight to the
 * master owning their slot: key positions from {@code COMMAND INFO} (once per name) or, for {@code
 * movablekeys} commands, {@code COMMAND GETKEYS}. Proven by zero {@code MOVED} in the client's own
 * counters and by plain per-node connections.
 */
@ExtendWith(RedisExtension.class)
class GenericRoutingIT {
  private static final int KEYS = 200;

  private static long commandStat(LocalRedisCluster cluster, String name) {
    long calls = 0;
    for (RedisServerProcess node : cluster.masters()) {
      String stats = (String) node.call("INFO", "commandstats");
      String prefix = "cmdstat_" + name + ":calls=";
      int at = stats.indexOf(prefix);
      if (at >= 0) {
        int from = at + prefix.length();
        calls += Long.parseLong(stats.substring(from, stats.indexOf(',', from)));
      }
    }
    return calls;
  }

  private static void resetStats(LocalRedisCluster cluster) {
    for (RedisServerProcess node : cluster.masters()) {
      node.call("CONFIG", "RESETSTAT");
    }
  }

  @Test
  void unknownCommandsAreRoutedByTheServersKeySpecsWithoutMoved(LocalRedisCluster cluster) {
    resetStats(cluster);
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      Set<RedisServerProcess> owners = new HashSet<>();
      for (int i = 0; i < KEYS; i++) {
        String key = "geo:" + i;
        RedisServerProcess owner = cluster.ownerOfSlot(SlotHash.slot(key));
        owners.add(owner);
        assertThat(redis.execute("GEOADD", key, "13.361389", "38.115556", "Palermo")).isEqualTo(1L);
        assertThat(redis.execute("GEORADIUS", key, "13.36", "38.11", "10", "km"))
            .isEqualTo(List.of("Palermo"));
        assertThat(redis.execute("GEORADIUSBYMEMBER_RO", key, "Palermo", "1", "km"))
            .isEqualTo(List.of("Palermo"));
        assertThat(owner.call("EXISTS", key)).as("%s on its owner", key).isEqualTo(1L);

        String stream = "stream:" + i;
        redis.execute("DEL", stream);
        redis.execute("XADD", stream, "1-1", "f", "v");
        assertThat(redis.execute("XSETID", stream, "5-0")).isEqualTo("OK");
        assertThat(redis.xinfoStream(stream).lastGeneratedId()).isEqualTo("5-0");
        assertThat(redis.execute("HSTRLEN", "nohash:" + i, "f")).isEqualTo(0L);
        assertThat(redis.execute("OBJECT", "ENCODING", key))
            .isEqualTo(owner.call("OBJECT", "ENCODING", key));
      }
      assertThat(owners).hasSize(cluster.masters().size());
      assertThat(client.stats().moved()).isZero();
      // GEORADIUS, GEORADIUSBYMEMBER_RO and XSETID (not in the built-in table): once each.
      assertThat(commandStat(cluster, "command|info")).isEqualTo(3);
    }
  }

  @Test
  void multiKeyAndMovableKeyCommandsWithHashTagsGoToTheirSlot(LocalRedisCluster cluster) {
    resetStats(cluster);
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      int movableCalls = 0;
      for (int i = 0; i < KEYS; i++) {
        String tag = "{t" + i + "}";
        redis.execute("RPUSH", tag + "a", "1", "2");
        assertThat(redis.execute("LMPOP", "2", tag + "b", tag + "a", "LEFT"))
            .isEqualTo(List.of(tag + "a", List.of("1")));
        redis.execute("ZADD", tag + "z1", "1", "m");
        redis.execute("ZADD", tag + "z2", "2", "m");
        assertThat(redis.execute("ZUNIONSTORE", tag + "dst", "2", tag + "z1", tag + "z2"))
            .isEqualTo(1L);
        redis.execute("SADD", tag + "set1", "m", "n");
        redis.execute("SADD", tag + "set2", "m");
        assertThat(redis.execute("SINTERCARD", "2", tag + "set1", tag + "set2")).isEqualTo(1L);
        redis.execute("SET", tag + "s1", "abc");
        redis.execute("SET", tag + "s2", "abd");
        assertThat(redis.execute("BITOP", "AND", tag + "dest", tag + "s1", tag + "s2"))
            .isEqualTo(3L);
        // LMPOP, ZUNIONSTORE and SINTERCARD are in the command table now (issue 14); GEORADIUS
        // ... STORE is a movable-keys command it does not know.
        redis.execute("ZADD", tag + "geo", "3479099956230698", "Palermo"); // GEOADD's encoding
        assertThat(
                redis.execute(
                    "GEORADIUS", tag + "geo", "15", "37", "200", "km", "STORE", tag + "near"))
            .isEqualTo(1L);
        movableCalls += 1;
        RedisServerProcess owner = cluster.ownerOfSlot(SlotHash.slot(tag));
        assertThat(owner.call("EXISTS", tag + "dst", tag + "dest")).isEqualTo(2L);
      }
      assertThat(client.stats().moved()).isZero();
      assertThat(commandStat(cluster, "command|getkeys")).isEqualTo(movableCalls);
      // GEORADIUS ... STORE only (LMPOP, ZUNIONSTORE, SINTERCARD and BITOP are in the table)
      assertThat(commandStat(cluster, "command|info")).isEqualTo(1);
    }
  }

  @Test
  void keylessUnknownAndBrokenCommandsGetTheServersOwnAnswer(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      assertThatThrownBy(() -> redis.execute("NOSUCHCOMMAND", "x"))
          .isInstanceOf(RedisServerException.class)
          .hasMessageContaining("unknown command");
      // A command the table knows (issue 14 added LMPOP) is checked before sending, as EVAL is.
      assertThatThrownBy(() -> redis.execute("LMPOP", "5", "{x}a", "LEFT"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("numkeys of LMPOP");
      assertThat(redis.execute("LASTSAVE")).isInstanceOf(Long.class);
      assertThat(redis.execute("MEMORY", "DOCTOR")).isInstanceOf(String.class);
      assertThatThrownBy(() -> redis.execute("GEOADD", "a", "1", "2", "x", "b"))
          .isInstanceOf(RedisServerException.class);
      assertThat(client.async().execute("GEOADD", "g", "1", "2", "m").join()).isEqualTo(1L);
      assertThat(
              redis.execute("GEODIST".getBytes(), "g".getBytes(), "m".getBytes(), "m".getBytes()))
          .isEqualTo("0.0000".getBytes());
      assertThat(client.stats().moved()).isZero();
    }
  }
}
