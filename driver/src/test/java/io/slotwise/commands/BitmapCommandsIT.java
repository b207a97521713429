package io.slotwise.commands;

import static io.slotwise.commands.TypedTargets.b;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.cluster.CrossSlotException;
import io.slotwise.commands.TypedTargets.Target;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every typed bitmap command against real Redis 7, standalone and the local cluster, RESP2 and
 * RESP3; {@code BITOP} over several slots refused before sending.
 */
@ExtendWith(RedisExtension.class)
class BitmapCommandsIT {
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
  void bitsCountsPositionsOperations(Target t) {
    RedisCommands redis = targets.sync(t);
    String k = "{" + t + "}bits";
    String k2 = "{" + t + "}bits2";
    String d = "{" + t + "}dest";
    redis.del(k, k2, d);
    assertThat(redis.setbit(k, 7, true)).isFalse();
    assertThat(redis.setbit(k, 7, true)).isTrue();
    assertThat(redis.setbit(b(k), 9, true)).isFalse();
    assertThat(redis.getbit(k, 7)).isTrue();
    assertThat(redis.getbit(b(k), 8)).isFalse();
    assertThat(redis.getbit(k, 10_000)).isFalse();
    // k = 00000001 01000000
    assertThat(redis.bitcount(k)).isEqualTo(2);
    assertThat(redis.bitcount(b(k), 1, 1)).isEqualTo(1);
    assertThat(redis.bitcount(k, 0, 7, BitUnit.BIT)).isEqualTo(1);
    assertThat(redis.bitcount(k, 8, 15, BitUnit.BIT)).isEqualTo(1);
    assertThat(redis.bitpos(k, true)).isEqualTo(7);
    assertThat(redis.bitpos(b(k), true, 1)).isEqualTo(9);
    assertThat(redis.bitpos(k, false, 7, 7, BitUnit.BIT)).isEqualTo(-1);
    assertThat(redis.bitpos(k, true, 8, 15, BitUnit.BIT)).isEqualTo(9);

    redis.set(b(k2), new byte[] {(byte) 0xff});
    assertThat(redis.bitop(BitOperation.AND, d, k, k2)).isEqualTo(2);
    assertThat(redis.bitcount(d)).isEqualTo(1);
    assertThat(redis.bitop(BitOperation.OR, b(d), b(k), b(k2))).isEqualTo(2);
    assertThat(redis.bitcount(d)).isEqualTo(9);
    assertThat(redis.bitop(BitOperation.XOR, d, k, k2)).isEqualTo(2);
    assertThat(redis.bitop(BitOperation.NOT, d, k2)).isEqualTo(1);
    assertThat(redis.get(b(d))).isEqualTo(new byte[] {0});
    assertThatThrownBy(() -> redis.bitop(BitOperation.NOT, d, k, k2))
        .isInstanceOf(IllegalArgumentException.class);
    if (t.cluster()) {
      assertThatThrownBy(() -> redis.bitop(BitOperation.AND, t + ":dest-elsewhere", k, k2))
          .isInstanceOf(CrossSlotException.class)
          .hasMessageContaining("BITOP");
    }
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void bitfield(Target t) {
    RedisCommands redis = targets.sync(t);
    String k = t + ":bf";
    redis.del(k);
    assertThat(
            redis.bitfield(
                k,
                BitFieldArgs.create()
                    .set("u8", 0, 200)
                    .incrby("u8", 0, 100)
                    .overflow(BitFieldArgs.Overflow.SAT)
                    .incrby("u8", 0, 300)
                    .overflow(BitFieldArgs.Overflow.FAIL)
                    .incrby("i8", 8, 200)
                    .get("u8", 0)))
        .containsExactly(0L, 44L, 255L, null, 255L);
    assertThat(redis.bitfieldRo(k, BitFieldArgs.create().get("u4", 0).get("u4", 4)))
        .containsExactly(15L, 15L);
    assertThat(redis.bitfieldRo(b(k), BitFieldArgs.create().get("i8", 0)))
        .isEqualTo(Arrays.asList(-1L));
    assertThat(redis.bitfield(b(k), BitFieldArgs.create().set("u8", 0, 1))).containsExactly(255L);
    assertThatThrownBy(() -> redis.bitfieldRo(k, BitFieldArgs.create().incrby("u8", 0, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BITFIELD_RO");
  }
}
