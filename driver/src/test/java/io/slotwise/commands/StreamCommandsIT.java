package io.slotwise.commands;

import static io.slotwise.commands.TypedTargets.b;
import static io.slotwise.commands.TypedTargets.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.cluster.CrossSlotException;
import io.slotwise.commands.TypedTargets.Target;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every typed stream command against real Redis 7, standalone and the local cluster, RESP2 and
 * RESP3: values asserted, binary forms included, {@code BLOCK} on an exclusive connection, and a
 * cross-slot {@code XREAD} refused before sending.
 */
@ExtendWith(RedisExtension.class)
class StreamCommandsIT {
  private static TypedTargets targets;

  @BeforeAll
  static void connect(RedisServerProcess server, LocalRedisCluster cluster) {
    targets = new TypedTargets(server, cluster);
  }

  @AfterAll
  static void close() {
    targets.close();
  }

  private static Map<String, String> fields(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void addRangeDeleteTrim(Target t) {
    RedisCommands redis = targets.sync(t);
    String key = t + ":s1";
    redis.del(key);
    assertThat(redis.xadd(key, XAddArgs.create().id("1-1"), fields("b", "2", "a", "1")))
        .isEqualTo("1-1");
    assertThat(redis.xadd(key, XAddArgs.create().id("2-0"), fields("c", "3"))).isEqualTo("2-0");
    String auto = redis.xadd(key, fields("d", "4"));
    assertThat(auto).matches("\\d+-\\d+");
    assertThat(redis.xlen(key)).isEqualTo(3);

    List<StreamEntry<String>> all = redis.xrange(key, "-", "+");
    assertThat(all).extracting(StreamEntry::id).containsExactly("1-1", "2-0", auto);
    assertThat(all.get(0).fieldMap()).containsExactly(Map.entry("b", "2"), Map.entry("a", "1"));
    assertThat(redis.xrange(key, "-", "+", 2))
        .extracting(StreamEntry::id)
        .containsExactly("1-1", "2-0");
    assertThat(redis.xrevrange(key, "+", "-"))
        .extracting(StreamEntry::id)
        .containsExactly(auto, "2-0", "1-1");
    assertThat(redis.xrevrange(key, "+", "-", 1)).extracting(StreamEntry::id).containsExactly(auto);
    List<StreamEntry<byte[]>> bin = redis.xrange(b(key), "1-1", "1-1");
    assertThat(s(bin.get(0).fields().get(1).getValue())).isEqualTo("1");

    assertThat(redis.xdel(key, "2-0", "9-9")).isEqualTo(1);
    assertThat(redis.xtrim(key, XTrimArgs.maxlen(1))).isEqualTo(1);
    assertThat(redis.xrange(key, "-", "+")).extracting(StreamEntry::id).containsExactly(auto);
    assertThat(redis.xtrim(b(key), XTrimArgs.minid("9999999999999-0"))).isEqualTo(1);
    assertThat(redis.xlen(b(key))).isZero();

    // XADD with trimming (~ with LIMIT, exact MAXLEN), NOMKSTREAM on a missing key
    for (int i = 0; i < 5; i++) {
      redis.xadd(key, XAddArgs.create().trim(XTrimArgs.maxlen(3)), fields("i", "" + i));
    }
    assertThat(redis.xlen(key)).isEqualTo(3);
    redis.xadd(
        key, XAddArgs.create().trim(XTrimArgs.maxlen(1).approximate().limit(10)), fields("x", "y"));
    assertThat(redis.xlen(key)).isBetween(1L, 4L);
    String missing = t + ":nostream";
    redis.del(missing);
    assertThat(redis.xadd(missing, XAddArgs.create().nomkstream(), fields("a", "1"))).isNull();
    assertThat(redis.exists(missing)).isZero();
    byte[] binValue = {(byte) 0xff, 0, 1};
    Map<byte[], byte[]> bf = new LinkedHashMap<>();
    bf.put(b("f"), binValue);
    String binId = redis.xadd(b(key), bf);
    assertThat(redis.xrange(b(key), binId, binId).get(0).fields().get(0).getValue())
        .isEqualTo(binValue);
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void readSeveralStreamsOfOneSlotAndBlock(Target t) throws Exception {
    RedisCommands redis = targets.sync(t);
    String a = "{" + t + "}a";
    String c = "{" + t + "}c";
    redis.del(a, c);
    redis.xadd(a, XAddArgs.create().id("1-0"), fields("k", "a1"));
    redis.xadd(a, XAddArgs.create().id("2-0"), fields("k", "a2"));
    redis.xadd(c, XAddArgs.create().id("1-0"), fields("k", "c1"));

    List<StreamMessages<String, String>> read =
        redis.xread(XReadArgs.create().count(1), new String[] {a, c}, new String[] {"0", "0"});
    assertThat(read).extracting(StreamMessages::stream).containsExactly(a, c);
    assertThat(read.get(0).entries()).extracting(StreamEntry::id).containsExactly("1-0");
    assertThat(read.get(1).entries().get(0).fieldMap()).containsEntry("k", "c1");
    assertThat(redis.xread(XReadArgs.create(), a, "1-0").get(0).entries())
        .extracting(StreamEntry::id)
        .containsExactly("2-0");
    List<StreamMessages<byte[], byte[]>> bin =
        redis.xread(XReadArgs.create(), new byte[][] {b(a)}, new String[] {"0"});
    assertThat(s(bin.get(0).stream())).isEqualTo(a);
    assertThat(bin.get(0).entries()).hasSize(2);
    assertThat(redis.xread(XReadArgs.create(), a, "$")).isEmpty();

    // BLOCK: a timeout answers empty; an entry added while blocked is returned.
    assertThat(redis.xread(XReadArgs.create().block(Duration.ofMillis(50)), a, "$")).isEmpty();
    CompletableFuture<List<StreamMessages<String, String>>> blocked =
        targets.async(t).xread(XReadArgs.create().block(Duration.ofSeconds(20)), c, "$");
    io.slotwise.testkit.Await.until(
        "XREAD blocked",
        Duration.ofSeconds(20),
        () -> {
          if (blocked.isDone()) {
            return true;
          }
          redis.xadd(c, fields("k", "late"));
          return blocked.isDone();
        });
    assertThat(blocked.get(20, TimeUnit.SECONDS).get(0).entries().get(0).fieldMap())
        .containsEntry("k", "late");

    if (t.cluster()) {
      String other = t + ":other";
      assertThatThrownBy(
              () ->
                  redis.xread(XReadArgs.create(), new String[] {a, other}, new String[] {"0", "0"}))
          .isInstanceOf(CrossSlotException.class)
          .hasMessageContaining("XREAD");
    }
    assertThatThrownBy(() -> redis.xread(XReadArgs.create().noack(), a, "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOACK");
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void consumerGroups(Target t) {
    RedisCommands redis = targets.sync(t);
    String key = t + ":g";
    redis.del(key);
    assertThat(redis.xgroupCreate(key, "g1", "$", XGroupCreateArgs.create().mkstream()))
        .isEqualTo("OK");
    assertThat(redis.xgroupCreate(b(key), "g2", "0", XGroupCreateArgs.create().entriesRead(0)))
        .isEqualTo("OK");
    assertThat(redis.xgroupCreate(key, "g3", "0")).isEqualTo("OK");
    assertThat(redis.xgroupCreateconsumer(key, "g1", "alice")).isTrue();
    assertThat(redis.xgroupCreateconsumer(key, "g1", "alice")).isFalse();
    redis.xadd(key, XAddArgs.create().id("1-0"), fields("n", "1"));
    redis.xadd(key, XAddArgs.create().id("2-0"), fields("n", "2"));
    redis.xadd(key, XAddArgs.create().id("3-0"), fields("n", "3"));

    List<StreamMessages<String, String>> got =
        redis.xreadgroup("g1", "alice", XReadArgs.create().count(2), key, ">");
    assertThat(got.get(0).entries()).extracting(StreamEntry::id).containsExactly("1-0", "2-0");
    List<StreamMessages<byte[], byte[]>> bob =
        redis.xreadgroup(
            "g1", "bob", XReadArgs.create(), new byte[][] {b(key)}, new String[] {">"});
    assertThat(bob.get(0).entries()).extracting(StreamEntry::id).containsExactly("3-0");
    assertThat(
            redis.xreadgroup("g3", "carol", XReadArgs.create().noack(), key, ">").get(0).entries())
        .hasSize(3);

    PendingSummary summary = redis.xpending(key, "g1");
    assertThat(summary.count()).isEqualTo(3);
    assertThat(summary.lowestId()).isEqualTo("1-0");
    assertThat(summary.highestId()).isEqualTo("3-0");
    assertThat(summary.consumers()).containsExactly(Map.entry("alice", 2L), Map.entry("bob", 1L));
    assertThat(redis.xpending(key, "g3").count()).isZero();
    assertThat(redis.xpending(key, "g3").lowestId()).isNull();
    List<PendingMessage> pending =
        redis.xpending(b(key), "g1", XPendingArgs.range("-", "+", 10).consumer("alice"));
    assertThat(pending).extracting(PendingMessage::id).containsExactly("1-0", "2-0");
    assertThat(pending.get(0).consumer()).isEqualTo("alice");
    assertThat(pending.get(0).deliveryCount()).isEqualTo(1);
    assertThat(redis.xpending(key, "g1", XPendingArgs.range("-", "+", 10).idle(3_600_000)))
        .isEmpty();

    assertThat(redis.xack(key, "g1", "1-0", "9-0")).isEqualTo(1);
    List<StreamEntry<String>> claimed =
        redis.xclaim(key, "g1", "bob", 0, XClaimArgs.create().retryCount(5), "2-0");
    assertThat(claimed).extracting(StreamEntry::id).containsExactly("2-0");
    assertThat(claimed.get(0).fieldMap()).containsEntry("n", "2");
    PendingMessage retried = redis.xpending(key, "g1", XPendingArgs.range("2-0", "2-0", 1)).get(0);
    assertThat(retried.consumer()).isEqualTo("bob");
    assertThat(retried.deliveryCount()).isEqualTo(5);
    assertThat(
            redis.xclaimJustId(b(key), "g1", "alice", 0, XClaimArgs.create().idle(0), "2-0", "3-0"))
        .containsExactly("2-0", "3-0");
    AutoClaimResult<String> auto = redis.xautoclaim(key, "g1", "dave", 0, "0-0", 10);
    assertThat(auto.nextStartId()).isEqualTo("0-0");
    assertThat(auto.entries()).extracting(StreamEntry::id).containsExactly("2-0", "3-0");
    assertThat(auto.deletedIds()).isEmpty();
    redis.xdel(key, "3-0");
    AutoClaimResult<byte[]> auto2 = redis.xautoclaim(b(key), "g1", "erin", 0, "0-0", 10);
    assertThat(auto2.entries()).extracting(StreamEntry::id).containsExactly("2-0");
    assertThat(auto2.deletedIds()).containsExactly("3-0");

    StreamInfo<String> info = redis.xinfoStream(key);
    assertThat(info.length()).isEqualTo(2);
    assertThat(info.groups()).isEqualTo(3);
    assertThat(info.lastGeneratedId()).isEqualTo("3-0");
    assertThat(info.entriesAdded()).isEqualTo(3);
    assertThat(info.firstEntry().id()).isEqualTo("1-0");
    assertThat(info.lastEntry().fieldMap()).containsEntry("n", "2");
    assertThat(s(redis.xinfoStream(b(key)).firstEntry().fields().get(0).getValue())).isEqualTo("1");
    List<StreamGroupInfo> groups = redis.xinfoGroups(key);
    assertThat(groups).extracting(StreamGroupInfo::name).containsExactly("g1", "g2", "g3");
    assertThat(groups.get(0).pending()).isEqualTo(1);
    assertThat(groups.get(0).lastDeliveredId()).isEqualTo("3-0");
    assertThat(groups.get(1).entriesRead()).isEqualTo(0);
    List<StreamConsumerInfo> consumers = redis.xinfoConsumers(key, "g1");
    assertThat(consumers)
        .extracting(StreamConsumerInfo::name)
        .contains("alice", "bob", "dave", "erin");
    assertThat(consumers.stream().filter(c -> c.name().equals("erin")).findFirst().get().pending())
        .isEqualTo(1);

    assertThat(redis.xgroupSetid(key, "g2", "$")).isEqualTo("OK");
    assertThat(redis.xreadgroup("g2", "x", XReadArgs.create(), key, ">")).isEmpty();
    assertThat(redis.xgroupDelconsumer(key, "g1", "erin")).isEqualTo(1);
    assertThat(redis.xgroupDestroy(key, "g3")).isTrue();
    assertThat(redis.xgroupDestroy(b(key), "g3")).isFalse();
    assertThat(redis.xinfoGroups(b(key))).hasSize(2);
  }
}
