package io.slotwise.commands;

import static io.slotwise.commands.TypedTargets.b;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.cluster.CrossSlotException;
import io.slotwise.commands.TypedTargets.Target;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code PFADD}, {@code PFCOUNT}, {@code PFMERGE} against real Redis 7, standalone and the local
 * cluster, RESP2 and RESP3; keys of several slots refused before sending.
 */
@ExtendWith(RedisExtension.class)
class HyperLogLogCommandsIT {
  private static TypedTargets targets;

  @BeforeAll
  static void connect(RedisServerProcess server, LocalRedisCluster cluster) {
    targets = new TypedTargets(server, cluster);
  }

  @AfterAll
  static void close() {
    targets.close();
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void addCountMerge(Target t) throws Exception {
    RedisCommands redis = targets.sync(t);
    String a = "{" + t + "}h1";
    String c = "{" + t + "}h2";
    String u = "{" + t + "}union";
    redis.del(a, c, u);
    assertThat(redis.pfadd(a, "x", "y", "z")).isTrue();
    assertThat(redis.pfadd(a, "x")).isFalse();
    assertThat(redis.pfadd(b(c), b("z"), b("w"))).isTrue();
    assertThat(redis.pfcount(a)).isEqualTo(3);
    assertThat(redis.pfcount(a, c)).isEqualTo(4);
    assertThat(redis.pfcount(b(c))).isEqualTo(2);
    assertThat(redis.pfmerge(u, a, c)).isEqualTo("OK");
    assertThat(redis.pfcount(u)).isEqualTo(4);
    assertThat(redis.pfmerge(b(u), b(a))).isEqualTo("OK");
    assertThat(targets.async(t).pfcount(u).get()).isEqualTo(4);
    if (t.cluster()) {
      String other = t + ":hll-elsewhere";
      assertThatThrownBy(() -> redis.pfcount(a, other))
          .isInstanceOf(CrossSlotException.class)
          .hasMessageContaining("PFCOUNT");
      assertThatThrownBy(() -> redis.pfmerge(other, a))
          .isInstanceOf(CrossSlotException.class)
          .hasMessageContaining("PFMERGE");
    }
  }
}
