package io.slotwise;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.commands.RedisCommands;
import io.slotwise.commands.ScoredValue;
import io.slotwise.commands.SetArgs;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every command family of the typed API against a real {@code redis-server}, once over RESP2 and
 * once over RESP3 (the reply shapes differ: maps, sets, doubles).
 */
@ExtendWith(RedisExtension.class)
class StandaloneCommandsIT {
  private static final Map<SlotwiseConfig.Protocol, SlotwiseClient> CLIENTS =
      new EnumMap<>(SlotwiseConfig.Protocol.class);

  @BeforeAll
  static void connect(RedisServerProcess server) {
    for (SlotwiseConfig.Protocol p :
        List.of(SlotwiseConfig.Protocol.RESP2, SlotwiseConfig.Protocol.RESP3)) {
      SlotwiseConfig config =
          SlotwiseConfig.standalone(server.address().toString()).protocol(p).build();
      CLIENTS.put(p, SlotwiseClient.create(config));
    }
  }

  @AfterAll
  static void close() {
    CLIENTS.values().forEach(SlotwiseClient::close);
    CLIENTS.clear();
  }

  private static RedisCommands redis(SlotwiseConfig.Protocol p) {
    return CLIENTS.get(p).sync();
  }

  private static byte[] b(String s) {
    return s.getBytes(UTF_8);
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void strings(SlotwiseConfig.Protocol p) {
    RedisCommands redis = redis(p);
    assertThat(redis.get("s")).isNull();
    assertThat(redis.set("s", "héllo")).isEqualTo("OK");
    assertThat(redis.get("s")).isEqualTo("héllo");
    assertThat(redis.get(b("s"))).isEqualTo(b("héllo"));
    assertThat(redis.set("s", "x", SetArgs.create().nx())).isNull();
    assertThat(redis.set("s", "x", SetArgs.create().xx().ex(100))).isEqualTo("OK");
    assertThat(redis.ttl("s")).isBetween(1L, 100L);
    assertThat(redis.setGet("s", "y")).isEqualTo("x");
    assertThat(redis.setGet("fresh", "1", SetArgs.create().px(50_000))).isNull();
    assertThat(redis.pttl("fresh")).isBetween(1L, 50_000L);
    assertThat(redis.append("s", "z")).isEqualTo(2L);
    assertThat(redis.strlen("s")).isEqualTo(2L);
    assertThat(redis.setrange("s", 1, "ZZ")).isEqualTo(3L);
    assertThat(redis.getrange("s", 0, -1)).isEqualTo("yZZ");
    assertThat(redis.getdel("s")).isEqualTo("yZZ");
    assertThat(redis.exists("s")).isZero();

    byte[] binary = {(byte) 0xff, 0, (byte) 0x80};
    assertThat(redis.set(b("bin"), binary)).isEqualTo("OK");
    assertThat(redis.get(b("bin"))).isEqualTo(binary);

    Map<String, String> kv = new LinkedHashMap<>();
    kv.put("m1", "1");
    kv.put("m2", "2");
    assertThat(redis.mset(kv)).isEqualTo("OK");
    assertThat(redis.mget("m2", "missing", "m1")).containsExactly("2", null, "1");
    assertThat(redis.mget(b("m1"), b("missing"))).containsExactly(b("1"), null);
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void counters(SlotwiseConfig.Protocol p) {
    RedisCommands redis = redis(p);
    assertThat(redis.incr("n")).isEqualTo(1L);
    assertThat(redis.incrby("n", 10)).isEqualTo(11L);
    assertThat(redis.decr("n")).isEqualTo(10L);
    assertThat(redis.decrby(b("n"), 4)).isEqualTo(6L);
    assertThat(redis.incrbyfloat("n", 0.5)).isEqualTo(6.5);
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void keys(SlotwiseConfig.Protocol p) {
    RedisCommands redis = redis(p);
    redis.set("a", "1");
    redis.set("b", "2");
    assertThat(redis.exists("a", "b", "c")).isEqualTo(2L);
    assertThat(redis.touch("a", "c")).isEqualTo(1L);
    assertThat(redis.expire("a", 100)).isTrue();
    assertThat(redis.expire("none", 100)).isFalse();
    assertThat(redis.persist("a")).isTrue();
    assertThat(redis.ttl("a")).isEqualTo(-1L);
    assertThat(redis.pexpire(b("a"), 100_000)).isTrue();
    assertThat(redis.pttl("none")).isEqualTo(-2L);
    assertThat(redis.type("a")).isEqualTo("string");
    assertThat(redis.type("none")).isEqualTo("none");
    assertThat(redis.rename("a", "a2")).isEqualTo("OK");
    assertThat(redis.del("a2", "b", "none")).isEqualTo(2L);
    redis.set("c", "3");
    assertThat(redis.unlink(b("c"))).isEqualTo(1L);
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void hashes(SlotwiseConfig.Protocol p) {
    RedisCommands redis = redis(p);
    assertThat(redis.hset("h", "f1", "v1")).isEqualTo(1L);
    Map<String, String> more = new LinkedHashMap<>();
    more.put("f2", "v2");
    more.put("f3", "v3");
    assertThat(redis.hset("h", more)).isEqualTo(2L);
    assertThat(redis.hsetnx("h", "f1", "other")).isFalse();
    assertThat(redis.hget("h", "f1")).isEqualTo("v1");
    assertThat(redis.hmget("h", "f3", "nope")).containsExactly("v3", null);
    assertThat(redis.hgetall("h"))
        .containsExactly(Map.entry("f1", "v1"), Map.entry("f2", "v2"), Map.entry("f3", "v3"));
    List<Map.Entry<byte[], byte[]>> entries = redis.hgetall(b("h"));
    assertThat(entries).hasSize(3);
    assertThat(entries.get(0).getKey()).isEqualTo(b("f1"));
    assertThat(entries.get(0).getValue()).isEqualTo(b("v1"));
    assertThat(redis.hgetall("nope")).isEmpty();
    assertThat(redis.hexists("h", "f2")).isTrue();
    assertThat(redis.hlen("h")).isEqualTo(3L);
    assertThat(redis.hkeys("h")).containsExactly("f1", "f2", "f3");
    assertThat(redis.hvals("h")).containsExactly("v1", "v2", "v3");
    assertThat(redis.hdel("h", "f2", "nope")).isEqualTo(1L);
    assertThat(redis.hincrby("h", "n", 5)).isEqualTo(5L);
    assertThat(redis.hincrbyfloat("h", "n", 1.25)).isEqualTo(6.25);
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void lists(SlotwiseConfig.Protocol p) {
    RedisCommands redis = redis(p);
    assertThat(redis.rpush("l", "a", "b", "c")).isEqualTo(3L);
    assertThat(redis.lpush("l", "z")).isEqualTo(4L);
    assertThat(redis.lrange("l", 0, -1)).containsExactly("z", "a", "b", "c");
    assertThat(redis.llen("l")).isEqualTo(4L);
    assertThat(redis.lindex("l", -1)).isEqualTo("c");
    assertThat(redis.lindex("l", 99)).isNull();
    assertThat(redis.lset("l", 0, "y")).isEqualTo("OK");
    assertThat(redis.linsert("l", true, "a", "x")).isEqualTo(5L);
    assertThat(redis.lrem("l", 0, "x")).isEqualTo(1L);
    assertThat(redis.ltrim("l", 0, 2)).isEqualTo("OK");
    assertThat(redis.lpop("l")).isEqualTo("y");
    assertThat(redis.rpop("l")).isEqualTo("b");
    redis.rpush(b("l"), b("1"), b("2"), b("3"));
    assertThat(redis.lpop("l", 2)).containsExactly("a", "1");
    assertThat(redis.rpop("l", 5)).containsExactly("3", "2");
    assertThat(redis.lpop("l")).isNull();
    assertThat(redis.lpop("l", 3)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void sets(SlotwiseConfig.Protocol p) {
    RedisCommands redis = redis(p);
    assertThat(redis.sadd("{s}1", "a", "b", "c")).isEqualTo(3L);
    assertThat(redis.sadd("{s}1", "a")).isZero();
    assertThat(redis.sadd("{s}2", "b", "c", "d")).isEqualTo(3L);
    assertThat(redis.smembers("{s}1")).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(redis.smembers(b("{s}1"))).hasSize(3);
    assertThat(redis.sismember("{s}1", "a")).isTrue();
    assertThat(redis.sismember("{s}1", "z")).isFalse();
    assertThat(redis.scard("{s}1")).isEqualTo(3L);
    assertThat(redis.sinter("{s}1", "{s}2")).containsExactlyInAnyOrder("b", "c");
    assertThat(redis.sunion("{s}1", "{s}2")).containsExactlyInAnyOrder("a", "b", "c", "d");
    assertThat(redis.sdiff("{s}1", "{s}2")).containsExactly("a");
    assertThat(redis.srem("{s}1", "a", "z")).isEqualTo(1L);
    assertThat(redis.srandmember("{s}1")).isIn("b", "c");
    assertThat(redis.spop("{s}1")).isIn("b", "c");
    assertThat(redis.spop("nope")).isNull();
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void sortedSets(SlotwiseConfig.Protocol p) {
    RedisCommands redis = redis(p);
    assertThat(redis.zadd("z", 1, "a")).isEqualTo(1L);
    Map<String, Double> more = new LinkedHashMap<>();
    more.put("b", 2.5);
    more.put("c", 10.0);
    assertThat(redis.zadd("z", more)).isEqualTo(2L);
    assertThat(redis.zscore("z", "b")).isEqualTo(2.5);
    assertThat(redis.zscore("z", "nope")).isNull();
    assertThat(redis.zincrby("z", 1.5, "a")).isEqualTo(2.5);
    assertThat(redis.zcard("z")).isEqualTo(3L);
    assertThat(redis.zcount("z", 2.5, Double.POSITIVE_INFINITY)).isEqualTo(3L);
    assertThat(redis.zcount("z", Double.NEGATIVE_INFINITY, 3)).isEqualTo(2L);
    assertThat(redis.zrank("z", "c")).isEqualTo(2L);
    assertThat(redis.zrevrank("z", "c")).isZero();
    assertThat(redis.zrank("z", "nope")).isNull();
    assertThat(redis.zrange("z", 0, -1)).containsExactly("a", "b", "c");
    assertThat(redis.zrevrange("z", 0, 0)).containsExactly("c");
    assertThat(redis.zrangeWithScores("z", 0, -1))
        .containsExactly(
            new ScoredValue<>("a", 2.5), new ScoredValue<>("b", 2.5), new ScoredValue<>("c", 10.0));
    assertThat(redis.zrangebyscore("z", 3, Double.POSITIVE_INFINITY)).containsExactly("c");
    assertThat(redis.zrem("z", "a", "nope")).isEqualTo(1L);
    redis.zadd("inf", Double.MAX_VALUE, "big");
    redis.execute("ZADD", "inf", "+inf", "top");
    List<ScoredValue<byte[]>> scored = redis.zrangeWithScores(b("inf"), 0, -1);
    assertThat(scored.get(1).score()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(scored.get(1).value()).isEqualTo(b("top"));
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void scripting(SlotwiseConfig.Protocol p) {
    RedisCommands redis = redis(p);
    Object r = redis.eval("return {KEYS[1], ARGV[1], 7}", List.of("k"), List.of("v"));
    assertThat(r).isEqualTo(List.of("k", "v", 7L));
    String script = "return redis.call('INCRBY', KEYS[1], ARGV[1])";
    String sha = redis.scriptLoad(script);
    assertThat(sha).hasSize(40);
    assertThat(redis.evalsha(sha, List.of("cnt"), List.of("3"))).isEqualTo(3L);
    assertThat(redis.evalsha(b(sha), List.of(b("cnt")), List.of(b("3")))).isEqualTo(6L);
    assertThat(redis.eval(b("return 'raw'"), List.of(), List.of())).isEqualTo(b("raw"));
    assertThatThrownBy(() -> redis.evalsha("0".repeat(40), List.of(), List.of()))
        .isInstanceOf(RedisServerException.class)
        .satisfies(e -> assertThat(((RedisServerException) e).errorCode()).isEqualTo("NOSCRIPT"));
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void serverAndGeneric(SlotwiseConfig.Protocol p) {
    RedisCommands redis = redis(p);
    assertThat(redis.ping()).isEqualTo("PONG");
    assertThat(redis.echo("hi")).isEqualTo("hi");
    assertThat(redis.echo(b("hi"))).isEqualTo(b("hi"));
    assertThat(redis.info()).contains("redis_version:");
    assertThat(redis.info("server")).contains("redis_version:").doesNotContain("# Memory");
    assertThat(redis.execute("SET", "g", "1")).isEqualTo("OK");
    assertThat(redis.execute("GET", "g")).isEqualTo("1");
    assertThat(redis.execute(b("GET"), b("g"))).isEqualTo(b("1"));
    assertThat(redis.execute("INCR", "g")).isEqualTo(2L);
    assertThat(redis.execute("GET", "nope")).isNull();
    redis.hset("gh", "f", "v");
    Object all = redis.execute("HGETALL", "gh");
    if (p == SlotwiseConfig.Protocol.RESP3) {
      assertThat(all).isEqualTo(Map.of("f", "v"));
    } else {
      assertThat(all).isEqualTo(List.of("f", "v"));
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void wrongTypeCarriesTheServersText(SlotwiseConfig.Protocol p) {
    RedisCommands redis = redis(p);
    redis.rpush("list", "a");
    assertThatThrownBy(() -> redis.incr("list"))
        .isInstanceOfSatisfying(
            RedisServerException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo("WRONGTYPE");
              assertThat(e.serverMessage()).startsWith("WRONGTYPE Operation against a key");
              assertThat(e.command()).isEqualTo("INCR");
            });
    assertThatThrownBy(() -> redis.hget("list", "f")).isInstanceOf(RedisServerException.class);
  }

  @Test
  void nullKeysAreRefusedNamingTheParameter() {
    RedisCommands redis = redis(SlotwiseConfig.Protocol.RESP2);
    assertThatThrownBy(() -> redis.get((String) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key must not be null");
    assertThatThrownBy(() -> redis.hset("h", null, "v")).hasMessage("field must not be null");
    assertThatThrownBy(() -> redis.del(new String[0])).hasMessage("keys must not be empty");
  }

  @Test
  void asyncFacade() throws Exception {
    AsyncRedisCommands async = CLIENTS.get(SlotwiseConfig.Protocol.RESP3).async();
    CompletableFuture<String> set = async.set("async", "1");
    CompletableFuture<Long> incr = async.incr("async");
    assertThat(set.get(5, TimeUnit.SECONDS)).isEqualTo("OK");
    assertThat(incr.get(5, TimeUnit.SECONDS)).isEqualTo(2L);
    async.rpush("alist", "x").get(5, TimeUnit.SECONDS);
    CompletableFuture<Long> wrong = async.incr("alist");
    assertThatThrownBy(() -> wrong.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(RedisServerException.class);
  }
}
