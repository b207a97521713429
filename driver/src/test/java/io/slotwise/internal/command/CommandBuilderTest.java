package io.slotwise.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.commands.SetArgs;
import io.slotwise.internal.protocol.Command;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandBuilderTest {

  private static byte[] b(String s) {
    return s.getBytes(UTF_8);
  }

  private static List<String> words(Command c) {
    List<String> out = new ArrayList<>();
    for (byte[] a : c.args()) {
      out.add(new String(a, UTF_8));
    }
    return out;
  }

  private static void check(Command c, boolean readOnly, int[] keys, String... args) {
    assertThat(words(c)).containsExactly(args);
    assertThat(c.keyIndexes()).containsExactly(keys);
    assertThat(c.isReadOnly()).as("readOnly of " + c.name()).isEqualTo(readOnly);
  }

  private static final int[] K1 = {1};

  @Test
  void stringCommands() {
    check(CommandBuilder.get(b("k")), true, K1, "GET", "k");
    check(CommandBuilder.set(b("k"), b("v"), SetArgs.create()), false, K1, "SET", "k", "v");
    check(CommandBuilder.getdel(b("k")), false, K1, "GETDEL", "k");
    check(CommandBuilder.append(b("k"), b("v")), false, K1, "APPEND", "k", "v");
    check(CommandBuilder.strlen(b("k")), true, K1, "STRLEN", "k");
    check(CommandBuilder.setrange(b("k"), 3, b("v")), false, K1, "SETRANGE", "k", "3", "v");
    check(CommandBuilder.getrange(b("k"), 0, -1), true, K1, "GETRANGE", "k", "0", "-1");
    assertThat(CommandBuilder.get(b("k")).name()).isEqualTo("GET");
  }

  @Test
  void setWithOptionsAndGet() {
    check(
        CommandBuilder.set(b("k"), b("v"), SetArgs.create().px(30_000).nx()),
        false,
        K1,
        "SET",
        "k",
        "v",
        "PX",
        "30000",
        "NX");
    check(
        CommandBuilder.setGet(b("k"), b("v"), SetArgs.create().keepTtl().xx()),
        false,
        K1,
        "SET",
        "k",
        "v",
        "KEEPTTL",
        "XX",
        "GET");
    check(
        CommandBuilder.set(b("k"), b("v"), SetArgs.create().ex(Duration.ofSeconds(10))),
        false,
        K1,
        "SET",
        "k",
        "v",
        "EX",
        "10");
    check(
        CommandBuilder.set(b("k"), b("v"), SetArgs.create().ex(Duration.ofMillis(1500))),
        false,
        K1,
        "SET",
        "k",
        "v",
        "PX",
        "1500");
    assertThat(words(CommandBuilder.set(b("k"), b("v"), SetArgs.create().exAt(1700000000))))
        .endsWith("EXAT", "1700000000");
    assertThat(words(CommandBuilder.set(b("k"), b("v"), SetArgs.create().pxAt(1700000000000L))))
        .endsWith("PXAT", "1700000000000");
  }

  @Test
  void setArgsRefusesConflictsNamingBothOptions() {
    assertThatThrownBy(() -> SetArgs.create().ex(1).px(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EX")
        .hasMessageContaining("PX");
    assertThatThrownBy(() -> SetArgs.create().keepTtl().exAt(5))
        .hasMessageContaining("KEEPTTL")
        .hasMessageContaining("EXAT");
    assertThatThrownBy(() -> SetArgs.create().nx().xx())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NX")
        .hasMessageContaining("XX");
    assertThatThrownBy(() -> SetArgs.create().ex(0)).hasMessage("EX must be positive, got 0");
    assertThatThrownBy(() -> SetArgs.create().px(-1)).hasMessage("PX must be positive, got -1");
    assertThatThrownBy(() -> SetArgs.create().ex(null)).hasMessage("ttl must not be null");
    assertThatThrownBy(() -> SetArgs.create().ex(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SetArgs.create().nx().ex(5)).isEqualTo(SetArgs.create().ex(5).nx());
    assertThat(SetArgs.create().ex(5).nx()).hasToString("SetArgs[EX 5 NX]");
  }

  @Test
  void counters() {
    check(CommandBuilder.incr(b("n")), false, K1, "INCR", "n");
    check(CommandBuilder.incrby(b("n"), -7), false, K1, "INCRBY", "n", "-7");
    check(CommandBuilder.incrbyfloat(b("n"), 2.5), false, K1, "INCRBYFLOAT", "n", "2.5");
    check(CommandBuilder.incrbyfloat(b("n"), 3.0), false, K1, "INCRBYFLOAT", "n", "3");
    check(CommandBuilder.decr(b("n")), false, K1, "DECR", "n");
    check(CommandBuilder.decrby(b("n"), 4), false, K1, "DECRBY", "n", "4");
    assertThatThrownBy(() -> CommandBuilder.incrbyfloat(b("n"), Double.NaN))
        .hasMessage("amount must be a finite number, got NaN");
  }

  @Test
  void keys() {
    check(CommandBuilder.expire(b("k"), 10), false, K1, "EXPIRE", "k", "10");
    check(CommandBuilder.pexpire(b("k"), 10), false, K1, "PEXPIRE", "k", "10");
    check(CommandBuilder.ttl(b("k")), true, K1, "TTL", "k");
    check(CommandBuilder.pttl(b("k")), true, K1, "PTTL", "k");
    check(CommandBuilder.persist(b("k")), false, K1, "PERSIST", "k");
    check(CommandBuilder.type(b("k")), true, K1, "TYPE", "k");
    check(CommandBuilder.rename(b("a"), b("b")), false, new int[] {1, 2}, "RENAME", "a", "b");
  }

  @Test
  void hashes() {
    check(CollectionCommandBuilder.hset(b("h"), b("f"), b("v")), false, K1, "HSET", "h", "f", "v");
    Map<byte[], byte[]> fv = new LinkedHashMap<>();
    fv.put(b("f1"), b("v1"));
    fv.put(b("f2"), b("v2"));
    check(
        CollectionCommandBuilder.hset(b("h"), fv), false, K1, "HSET", "h", "f1", "v1", "f2", "v2");
    check(
        CollectionCommandBuilder.hsetnx(b("h"), b("f"), b("v")),
        false,
        K1,
        "HSETNX",
        "h",
        "f",
        "v");
    check(CollectionCommandBuilder.hget(b("h"), b("f")), true, K1, "HGET", "h", "f");
    check(CollectionCommandBuilder.hmget(b("h"), b("a"), b("b")), true, K1, "HMGET", "h", "a", "b");
    check(CollectionCommandBuilder.hgetall(b("h")), true, K1, "HGETALL", "h");
    check(CollectionCommandBuilder.hdel(b("h"), b("a")), false, K1, "HDEL", "h", "a");
    check(CollectionCommandBuilder.hexists(b("h"), b("f")), true, K1, "HEXISTS", "h", "f");
    check(CollectionCommandBuilder.hlen(b("h")), true, K1, "HLEN", "h");
    check(CollectionCommandBuilder.hkeys(b("h")), true, K1, "HKEYS", "h");
    check(CollectionCommandBuilder.hvals(b("h")), true, K1, "HVALS", "h");
    check(CollectionCommandBuilder.hincrby(b("h"), b("f"), 2), false, K1, "HINCRBY", "h", "f", "2");
    check(
        CollectionCommandBuilder.hincrbyfloat(b("h"), b("f"), 0.25),
        false,
        K1,
        "HINCRBYFLOAT",
        "h",
        "f",
        "0.25");
  }

  @Test
  void lists() {
    check(
        CollectionCommandBuilder.lpush(b("l"), b("a"), b("b")), false, K1, "LPUSH", "l", "a", "b");
    check(CollectionCommandBuilder.rpush(b("l"), b("a")), false, K1, "RPUSH", "l", "a");
    check(CollectionCommandBuilder.lpop(b("l")), false, K1, "LPOP", "l");
    check(CollectionCommandBuilder.lpop(b("l"), 3), false, K1, "LPOP", "l", "3");
    check(CollectionCommandBuilder.rpop(b("l")), false, K1, "RPOP", "l");
    check(CollectionCommandBuilder.rpop(b("l"), 2), false, K1, "RPOP", "l", "2");
    check(CollectionCommandBuilder.llen(b("l")), true, K1, "LLEN", "l");
    check(CollectionCommandBuilder.lrange(b("l"), 0, -1), true, K1, "LRANGE", "l", "0", "-1");
    check(CollectionCommandBuilder.lindex(b("l"), -1), true, K1, "LINDEX", "l", "-1");
    check(CollectionCommandBuilder.lset(b("l"), 1, b("x")), false, K1, "LSET", "l", "1", "x");
    check(CollectionCommandBuilder.lrem(b("l"), -2, b("x")), false, K1, "LREM", "l", "-2", "x");
    check(CollectionCommandBuilder.ltrim(b("l"), 1, 5), false, K1, "LTRIM", "l", "1", "5");
    check(
        CollectionCommandBuilder.linsert(b("l"), true, b("p"), b("v")),
        false,
        K1,
        "LINSERT",
        "l",
        "BEFORE",
        "p",
        "v");
    assertThat(words(CollectionCommandBuilder.linsert(b("l"), false, b("p"), b("v"))))
        .contains("AFTER");
    assertThatThrownBy(() -> CollectionCommandBuilder.lpop(b("l"), 0))
        .hasMessage("count must be >= 1, got 0");
  }

  @Test
  void sets() {
    check(CollectionCommandBuilder.sadd(b("s"), b("a"), b("b")), false, K1, "SADD", "s", "a", "b");
    check(CollectionCommandBuilder.srem(b("s"), b("a")), false, K1, "SREM", "s", "a");
    check(CollectionCommandBuilder.smembers(b("s")), true, K1, "SMEMBERS", "s");
    check(CollectionCommandBuilder.sismember(b("s"), b("a")), true, K1, "SISMEMBER", "s", "a");
    check(CollectionCommandBuilder.scard(b("s")), true, K1, "SCARD", "s");
    check(CollectionCommandBuilder.spop(b("s")), false, K1, "SPOP", "s");
    check(CollectionCommandBuilder.srandmember(b("s")), true, K1, "SRANDMEMBER", "s");
    int[] k123 = {1, 2, 3};
    check(
        CollectionCommandBuilder.sinter(b("a"), b("b"), b("c")),
        true,
        k123,
        "SINTER",
        "a",
        "b",
        "c");
    check(
        CollectionCommandBuilder.sunion(b("a"), b("b"), b("c")),
        true,
        k123,
        "SUNION",
        "a",
        "b",
        "c");
    check(
        CollectionCommandBuilder.sdiff(b("a"), b("b"), b("c")), true, k123, "SDIFF", "a", "b", "c");
  }

  @Test
  void sortedSets() {
    check(CollectionCommandBuilder.zadd(b("z"), 1.5, b("m")), false, K1, "ZADD", "z", "1.5", "m");
    Map<byte[], Double> ms = new LinkedHashMap<>();
    ms.put(b("a"), 1.0);
    ms.put(b("b"), -2.25);
    check(
        CollectionCommandBuilder.zadd(b("z"), ms), false, K1, "ZADD", "z", "1", "a", "-2.25", "b");
    check(CollectionCommandBuilder.zrem(b("z"), b("a")), false, K1, "ZREM", "z", "a");
    check(CollectionCommandBuilder.zscore(b("z"), b("a")), true, K1, "ZSCORE", "z", "a");
    check(CollectionCommandBuilder.zincrby(b("z"), 2, b("a")), false, K1, "ZINCRBY", "z", "2", "a");
    check(CollectionCommandBuilder.zcard(b("z")), true, K1, "ZCARD", "z");
    check(
        CollectionCommandBuilder.zcount(b("z"), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
        true,
        K1,
        "ZCOUNT",
        "z",
        "-inf",
        "+inf");
    check(CollectionCommandBuilder.zrank(b("z"), b("a")), true, K1, "ZRANK", "z", "a");
    check(CollectionCommandBuilder.zrevrank(b("z"), b("a")), true, K1, "ZREVRANK", "z", "a");
    check(CollectionCommandBuilder.zrange(b("z"), 0, -1), true, K1, "ZRANGE", "z", "0", "-1");
    check(CollectionCommandBuilder.zrevrange(b("z"), 0, 1), true, K1, "ZREVRANGE", "z", "0", "1");
    check(
        CollectionCommandBuilder.zrangeWithScores(b("z"), 0, -1),
        true,
        K1,
        "ZRANGE",
        "z",
        "0",
        "-1",
        "WITHSCORES");
    check(
        CollectionCommandBuilder.zrangebyscore(b("z"), 1e20, 2.5e-7),
        true,
        K1,
        "ZRANGEBYSCORE",
        "z",
        "1.0E20",
        "2.5E-7");
    assertThatThrownBy(
            () -> CollectionCommandBuilder.zadd(b("z"), Double.POSITIVE_INFINITY, b("m")))
        .hasMessage("score must be a finite number, got Infinity");
    assertThatThrownBy(() -> CollectionCommandBuilder.zcount(b("z"), Double.NaN, 1))
        .hasMessage("min must not be NaN");
  }

  @Test
  void scriptingAndServer() {
    byte[][] keys = {b("k1"), b("k2")};
    byte[][] args = {b("a1")};
    check(
        CommandBuilder.eval(b("return 1"), keys, args),
        false,
        new int[] {3, 4},
        "EVAL",
        "return 1",
        "2",
        "k1",
        "k2",
        "a1");
    check(
        CommandBuilder.evalsha(b("abc"), new byte[0][], args),
        false,
        new int[0],
        "EVALSHA",
        "abc",
        "0",
        "a1");
    Command load = CommandBuilder.scriptLoad(b("return 1"));
    check(load, false, new int[0], "SCRIPT", "LOAD", "return 1");
    assertThat(load.name()).isEqualTo("SCRIPT LOAD");
    check(CommandBuilder.ping(), true, new int[0], "PING");
    check(CommandBuilder.echo(b("hi")), true, new int[0], "ECHO", "hi");
    check(CommandBuilder.info(), true, new int[0], "INFO");
    check(CommandBuilder.info(b("server")), true, new int[0], "INFO", "server");
  }

  @Test
  void genericCommandsTakeKeysAndFlagsFromTheTable() {
    Command c = CommandBuilder.generic(new byte[][] {b("hget"), b("h"), b("f")});
    check(c, true, K1, "hget", "h", "f");
    assertThat(c.name()).isEqualTo("HGET");
    Command unknown = CommandBuilder.generic(new byte[][] {b("MODULE.CMD"), b("x")});
    check(unknown, false, new int[0], "MODULE.CMD", "x");
    Command mset = CommandBuilder.generic(new byte[][] {b("MSET"), b("a"), b("1"), b("b"), b("2")});
    assertThat(mset.keyIndexes()).containsExactly(1, 3);
  }

  @Test
  void binaryArgumentsAreSentUnchanged() {
    byte[] key = {(byte) 0xff, 0, (byte) 0xfe};
    byte[] value = {(byte) 0x80, (byte) 0xc3};
    Command c = CommandBuilder.set(key, value, SetArgs.create());
    assertThat(c.args()[1]).isSameAs(key);
    assertThat(c.args()[2]).isSameAs(value);
    assertThat(c.firstKey()).isSameAs(key);
  }

  @Test
  void nullAndEmptyArgumentsAreNamed() {
    assertThatThrownBy(() -> CommandBuilder.get(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key must not be null");
    assertThatThrownBy(() -> CommandBuilder.set(b("k"), null, SetArgs.create()))
        .hasMessage("value must not be null");
    assertThatThrownBy(() -> CommandBuilder.set(b("k"), b("v"), null))
        .hasMessage("setArgs must not be null");
    assertThatThrownBy(() -> CollectionCommandBuilder.hget(b("h"), null))
        .hasMessage("field must not be null");
    assertThatThrownBy(() -> CollectionCommandBuilder.sinter())
        .hasMessage("keys must not be empty");
    assertThatThrownBy(() -> CollectionCommandBuilder.sadd(b("s"), b("a"), null))
        .hasMessage("members[1] must not be null");
    assertThatThrownBy(() -> CollectionCommandBuilder.lpush(b("l")))
        .hasMessage("values must not be empty");
    assertThatThrownBy(() -> CollectionCommandBuilder.hset(b("h"), Map.of()))
        .hasMessage("fieldValues must not be empty");
    assertThatThrownBy(() -> CommandBuilder.eval(b("s"), null, new byte[0][]))
        .hasMessage("keys must not be null");
    assertThatThrownBy(() -> CommandBuilder.rename(b("a"), null))
        .hasMessage("newKey must not be null");
    assertThatThrownBy(() -> CommandBuilder.generic(new byte[0][]))
        .hasMessage("args must not be empty");
  }
}
