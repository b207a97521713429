package io.slotwise.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.internal.protocol.Command;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The idempotency decision for every command of {@link CommandTable}, written out: safe to resend
 * after a lost reply only if a second run gives the same reply and leaves the same data. A command
 * added to the table without a line here fails {@link #everyCommandInTheTableHasADecisionHere}:
 * decide, and add it below.
 */
class CommandTableIdempotencyTest {
  private static final String READ = "read";
  private static final String SAFE = "safe write";
  private static final String UNSAFE = "unsafe write";

  private static final Map<String, String> DECISIONS = new HashMap<>();

  private static void decide(String kind, String... names) {
    for (String n : names) {
      assertThat(DECISIONS.put(n, kind)).as("%s listed twice", n).isNull();
    }
  }

  static {
    decide(READ, "GET", "STRLEN", "GETRANGE", "SUBSTR", "GETBIT", "BITCOUNT", "BITPOS", "TTL");
    decide(READ, "PTTL", "EXPIRETIME", "PEXPIRETIME", "TYPE", "DUMP", "HGET", "HMGET", "HGETALL");
    decide(READ, "HEXISTS", "HLEN", "HKEYS", "HVALS", "HSTRLEN", "HRANDFIELD", "HSCAN", "LLEN");
    decide(READ, "LRANGE", "LINDEX", "LPOS", "SMEMBERS", "SISMEMBER", "SMISMEMBER", "SCARD");
    decide(READ, "SRANDMEMBER", "SSCAN", "ZSCORE", "ZMSCORE", "ZCARD", "ZCOUNT", "ZLEXCOUNT");
    decide(READ, "ZRANK", "ZREVRANK", "ZRANGE", "ZREVRANGE", "ZRANGEBYSCORE", "ZREVRANGEBYSCORE");
    decide(READ, "ZRANGEBYLEX", "ZREVRANGEBYLEX", "ZRANDMEMBER", "ZSCAN", "XLEN", "XRANGE");
    decide(READ, "XREVRANGE", "MGET", "EXISTS", "SINTER", "SUNION", "SDIFF", "PFCOUNT");
    decide(READ, "OBJECT ENCODING", "OBJECT FREQ", "OBJECT IDLETIME", "OBJECT REFCOUNT");
    decide(READ, "MEMORY USAGE", "EVAL_RO", "EVALSHA_RO", "FCALL_RO", "PING", "ECHO", "INFO");
    decide(READ, "DBSIZE", "TIME", "SCAN", "RANDOMKEY", "KEYS", "ROLE", "LASTSAVE");
    decide(READ, "SCRIPT EXISTS", "CONFIG GET", "CLIENT LIST", "CLIENT GETNAME", "CLIENT ID");
    decide(READ, "CLUSTER INFO", "CLUSTER NODES", "CLUSTER SLOTS", "CLUSTER SHARDS");
    decide(READ, "CLUSTER MYID", "CLUSTER KEYSLOT", "COMMAND INFO", "COMMAND COUNT");
    decide(READ, "COMMAND DOCS", "COMMAND GETKEYS", "READONLY", "READWRITE");

    // Same reply, same data (the plain form, for those with options).
    decide(SAFE, "SET", "SETEX", "PSETEX", "SETRANGE", "GETEX", "EXPIRE", "PEXPIRE", "HMSET");
    decide(SAFE, "LSET", "TOUCH", "PFMERGE", "MSET", "FLUSHALL", "FLUSHDB", "SCRIPT LOAD");
    decide(SAFE, "SCRIPT FLUSH", "SELECT", "CLIENT SETNAME", "CONFIG SET");

    // A count or an old value that changes on the second run, or a refusal.
    decide(UNSAFE, "SETNX", "SETBIT", "EXPIREAT", "PEXPIREAT", "PERSIST", "PFADD", "HSET");
    decide(UNSAFE, "HSETNX", "HDEL", "SADD", "SREM", "ZADD", "ZREM", "RESTORE", "DEL", "UNLINK");
    decide(UNSAFE, "ZREMRANGEBYSCORE", "ZREMRANGEBYLEX", "ZREMRANGEBYRANK", "SINTERSTORE");
    decide(UNSAFE, "SUNIONSTORE", "SDIFFSTORE", "MSETNX", "COPY", "RENAME", "RENAMENX");
    // Changes data again on the second run.
    decide(UNSAFE, "INCR", "INCRBY", "INCRBYFLOAT", "DECR", "DECRBY", "APPEND", "GETDEL");
    decide(UNSAFE, "GETSET", "LPUSH", "RPUSH", "LPUSHX", "RPUSHX", "LPOP", "RPOP", "LINSERT");
    decide(UNSAFE, "LREM", "LTRIM", "SPOP", "ZINCRBY", "ZPOPMIN", "ZPOPMAX", "HINCRBY");
    decide(UNSAFE, "HINCRBYFLOAT", "XADD", "RPOPLPUSH", "LMOVE", "SMOVE", "BLPOP", "BRPOP");
    decide(UNSAFE, "BZPOPMIN", "BZPOPMAX", "BLMOVE", "BRPOPLPUSH", "PUBLISH", "SPUBLISH");
    decide(UNSAFE, "EVAL", "EVALSHA", "FCALL");

    // Issue 14: streams, geo, HyperLogLog, bitmaps, the family gaps, functions and server.
    decide(READ, "BITFIELD_RO", "GEODIST", "GEOHASH", "GEOPOS", "GEOSEARCH", "LCS", "SORT_RO");
    decide(READ, "SINTERCARD", "ZDIFF", "ZINTER", "ZINTERCARD", "ZUNION", "XPENDING", "XREAD");
    decide(READ, "XINFO CONSUMERS", "XINFO GROUPS", "XINFO STREAM", "CLIENT INFO");
    decide(READ, "FUNCTION DUMP", "FUNCTION LIST", "FUNCTION STATS", "SLOWLOG GET", "SLOWLOG LEN");
    decide(SAFE, "XGROUP SETID", "FUNCTION FLUSH", "SLOWLOG RESET");
    decide(UNSAFE, "BITFIELD", "BITOP", "GEOADD", "GEOSEARCHSTORE", "LMPOP", "ZMPOP", "SORT");
    decide(UNSAFE, "XACK", "XAUTOCLAIM", "XCLAIM", "XDEL", "XTRIM", "XREADGROUP");
    decide(UNSAFE, "XGROUP CREATE", "XGROUP CREATECONSUMER", "XGROUP DELCONSUMER");
    decide(UNSAFE, "XGROUP DESTROY", "ZDIFFSTORE", "ZINTERSTORE", "ZUNIONSTORE", "ZRANGESTORE");
    decide(UNSAFE, "CLIENT KILL", "FUNCTION DELETE", "FUNCTION LOAD", "FUNCTION RESTORE");
    decide(UNSAFE, "WAIT"); // issue 13: never resent (another connection covers none of the writes)
  }

  /** Option variants: the full command line, and whether it may be resent. */
  private static final Map<String, Boolean> VARIANTS =
      Map.ofEntries(
          Map.entry("SET k v", true),
          Map.entry("SET k v EX 10", true),
          Map.entry("SET k v px 10 KEEPTTL", true),
          Map.entry("SET k NX", true), // the value "NX": no option
          Map.entry("SET k v NX", false),
          Map.entry("SET k v nx PX 30000", false),
          Map.entry("SET k v XX", false),
          Map.entry("SET k v GET", false),
          Map.entry("EXPIRE k 10", true),
          Map.entry("EXPIRE k 10 NX", false),
          Map.entry("EXPIRE k 10 XX", false),
          Map.entry("EXPIRE k 10 GT", false),
          Map.entry("EXPIRE k 10 LT", false),
          Map.entry("EXPIRE k 0", false),
          Map.entry("EXPIRE k -1", false),
          Map.entry("PEXPIRE k 100", true),
          Map.entry("PEXPIRE k 100 nx", false),
          Map.entry("GETEX k", true),
          Map.entry("GETEX k EX 10", true),
          Map.entry("GETEX k PERSIST", true),
          Map.entry("GETEX k EXAT 1", false),
          Map.entry("GETEX k PXAT 1", false),
          Map.entry("ZADD k 1 m", false),
          Map.entry("ZADD k XX 1 m", true),
          Map.entry("ZADD k XX GT 1 m", true),
          Map.entry("ZADD k XX CH 1 m", false),
          Map.entry("ZADD k XX INCR 1 m", false),
          Map.entry("ZADD k NX 1 m", false),
          Map.entry("ZADD k GT 1 m", false),
          Map.entry("ZADD k CH 1 m", false),
          Map.entry("ZADD k INCR 1 m", false),
          Map.entry("ZADD k 1 XX", false), // member "XX" after the score
          Map.entry("RESTORE k 0 payload", false),
          Map.entry("RESTORE k 0 payload REPLACE", true),
          Map.entry("RESTORE k 0 payload ABSTTL replace", true),
          Map.entry("RESTORE k 0 REPLACE", false), // the payload "REPLACE", no option
          Map.entry("SETNX k v", false),
          Map.entry("SETBIT k 7 1", false),
          Map.entry("PFADD k a", false),
          Map.entry("HSETNX k f v", false),
          Map.entry("DEL k", false),
          Map.entry("MSET a 1 b 2", true),
          Map.entry("GET k", true));

  private static Command command(String line) {
    String[] words = line.split(" ");
    byte[][] args = new byte[words.length][];
    for (int i = 0; i < words.length; i++) {
      args[i] = words[i].getBytes(UTF_8);
    }
    return CommandTable.command(args);
  }

  @Test
  void everyCommandInTheTableHasADecisionHere() {
    Set<String> undecided = new TreeSet<>(CommandTable.names());
    undecided.removeAll(DECISIONS.keySet());
    assertThat(undecided)
        .as("commands in CommandTable without an idempotency decision in this test")
        .isEmpty();
    Set<String> gone = new TreeSet<>(DECISIONS.keySet());
    gone.removeAll(CommandTable.names());
    assertThat(gone).as("decided here but not in CommandTable").isEmpty();
  }

  @Test
  void theTableAgreesWithEveryDecision() {
    CommandTable table = CommandTable.builtIn();
    DECISIONS.forEach(
        (name, kind) -> {
          assertThat(CommandTable.isReadOnly(name))
              .as("%s read-only", name)
              .isEqualTo(kind == READ);
          assertThat(table.isIdempotent(name)).as("%s idempotent", name).isEqualTo(kind != UNSAFE);
        });
  }

  @Test
  void optionsDecideForTheCommandsWithRules() {
    CommandTable table = CommandTable.builtIn();
    VARIANTS.forEach(
        (line, safe) -> assertThat(table.isIdempotent(command(line))).as(line).isEqualTo(safe));
    for (String name : OptionIdempotency.names()) {
      assertThat(DECISIONS).as("%s has a rule and a plain-form decision", name).containsKey(name);
      assertThat(VARIANTS.keySet().stream().filter(l -> l.startsWith(name + " ")).count())
          .as("option variants tested for %s", name)
          .isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void theRuleOfThePlainFormAgreesWithTheFlagOfTheName() {
    CommandTable table = CommandTable.builtIn();
    for (String line :
        List.of(
            "SET k v", "EXPIRE k 10", "PEXPIRE k 10", "GETEX k", "ZADD k 1 m", "RESTORE k 0 p")) {
      String name = line.substring(0, line.indexOf(' '));
      assertThat(table.isIdempotent(command(line))).as(line).isEqualTo(table.isIdempotent(name));
    }
  }

  @Test
  void overridesByNameWinOverOptionRules() {
    CommandTable t = CommandTable.withOverrides(Map.of("set", true, "EXPIRE", false));
    assertThat(t.isIdempotent(command("SET k v NX"))).isTrue();
    assertThat(t.isIdempotent(command("EXPIRE k 10"))).isFalse();
    assertThat(t.isIdempotent(command("ZADD k XX 1 m"))).isTrue();
  }
}
