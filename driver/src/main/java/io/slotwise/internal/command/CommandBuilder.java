package io.slotwise.internal.command;

import static io.slotwise.internal.command.Args.require;
import static io.slotwise.internal.command.Args.requireAll;
import static io.slotwise.internal.command.Args.requireEntries;
import static io.slotwise.internal.command.Args.requireObject;

import io.slotwise.commands.SetArgs;
import io.slotwise.internal.protocol.Command;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the byte-level {@link Command} of every typed command, one method each: the argument
 * vector, and the key positions and read-only flag from {@link CommandTable}. The single command
 * model under both facades and both key types (a {@code String} is its UTF-8 bytes). Checks every
 * argument for {@code null}, naming it. Stateless and thread-safe.
 */
public final class CommandBuilder {
  private CommandBuilder() {}

  // Strings

  static Command get(byte[] key) {
    return cmd("GET", key(key));
  }

  static Command set(byte[] key, byte[] value, SetArgs args) {
    return setCommand(key, value, args, false);
  }

  static Command setGet(byte[] key, byte[] value, SetArgs args) {
    return setCommand(key, value, args, true);
  }

  private static Command setCommand(byte[] key, byte[] value, SetArgs args, boolean get) {
    List<byte[]> options = OptionWords.of(requireObject(args, "setArgs"));
    byte[][] a = new byte[2 + options.size() + (get ? 1 : 0)][];
    a[0] = key(key);
    a[1] = require(value, "value");
    int i = 2;
    for (byte[] option : options) {
      a[i++] = option;
    }
    if (get) {
      a[i] = word("GET");
    }
    return cmd("SET", a);
  }

  static Command getdel(byte[] key) {
    return cmd("GETDEL", key(key));
  }

  static Command append(byte[] key, byte[] value) {
    return cmd("APPEND", key(key), require(value, "value"));
  }

  static Command strlen(byte[] key) {
    return cmd("STRLEN", key(key));
  }

  static Command setrange(byte[] key, long offset, byte[] value) {
    return cmd("SETRANGE", key(key), num(offset), require(value, "value"));
  }

  static Command getrange(byte[] key, long start, long end) {
    return cmd("GETRANGE", key(key), num(start), num(end));
  }

  // Counters

  static Command incr(byte[] key) {
    return cmd("INCR", key(key));
  }

  static Command incrby(byte[] key, long amount) {
    return cmd("INCRBY", key(key), num(amount));
  }

  static Command incrbyfloat(byte[] key, double amount) {
    return cmd("INCRBYFLOAT", key(key), finite(amount, "amount"));
  }

  static Command decr(byte[] key) {
    return cmd("DECR", key(key));
  }

  static Command decrby(byte[] key, long amount) {
    return cmd("DECRBY", key(key), num(amount));
  }

  // Keys (DEL, UNLINK, EXISTS, TOUCH go through Dispatcher.countKeys)

  static Command expire(byte[] key, long seconds) {
    return cmd("EXPIRE", key(key), num(seconds));
  }

  static Command pexpire(byte[] key, long millis) {
    return cmd("PEXPIRE", key(key), num(millis));
  }

  static Command ttl(byte[] key) {
    return cmd("TTL", key(key));
  }

  static Command pttl(byte[] key) {
    return cmd("PTTL", key(key));
  }

  static Command persist(byte[] key) {
    return cmd("PERSIST", key(key));
  }

  static Command type(byte[] key) {
    return cmd("TYPE", key(key));
  }

  static Command rename(byte[] key, byte[] newKey) {
    return cmd("RENAME", key(key), require(newKey, "newKey"));
  }

  // Hashes

  static Command hset(byte[] key, byte[] field, byte[] value) {
    return cmd("HSET", key(key), require(field, "field"), require(value, "value"));
  }

  static Command hset(byte[] key, Map<byte[], byte[]> fieldValues) {
    key(key);
    requireEntries(fieldValues, "fieldValues");
    byte[][] a = new byte[1 + 2 * fieldValues.size()][];
    a[0] = key;
    int i = 1;
    for (Map.Entry<byte[], byte[]> e : fieldValues.entrySet()) {
      a[i++] = e.getKey();
      a[i++] = e.getValue();
    }
    return cmd("HSET", a);
  }

  static Command hsetnx(byte[] key, byte[] field, byte[] value) {
    return cmd("HSETNX", key(key), require(field, "field"), require(value, "value"));
  }

  static Command hget(byte[] key, byte[] field) {
    return cmd("HGET", key(key), require(field, "field"));
  }

  static Command hmget(byte[] key, byte[]... fields) {
    return cmd("HMGET", prepend(key(key), requireAll(fields, "fields")));
  }

  static Command hgetall(byte[] key) {
    return cmd("HGETALL", key(key));
  }

  static Command hdel(byte[] key, byte[]... fields) {
    return cmd("HDEL", prepend(key(key), requireAll(fields, "fields")));
  }

  static Command hexists(byte[] key, byte[] field) {
    return cmd("HEXISTS", key(key), require(field, "field"));
  }

  static Command hlen(byte[] key) {
    return cmd("HLEN", key(key));
  }

  static Command hkeys(byte[] key) {
    return cmd("HKEYS", key(key));
  }

  static Command hvals(byte[] key) {
    return cmd("HVALS", key(key));
  }

  static Command hincrby(byte[] key, byte[] field, long amount) {
    return cmd("HINCRBY", key(key), require(field, "field"), num(amount));
  }

  static Command hincrbyfloat(byte[] key, byte[] field, double amount) {
    return cmd("HINCRBYFLOAT", key(key), require(field, "field"), finite(amount, "amount"));
  }

  // Lists

  static Command lpush(byte[] key, byte[]... values) {
    return cmd("LPUSH", prepend(key(key), requireAll(values, "values")));
  }

  static Command rpush(byte[] key, byte[]... values) {
    return cmd("RPUSH", prepend(key(key), requireAll(values, "values")));
  }

  static Command lpop(byte[] key) {
    return cmd("LPOP", key(key));
  }

  static Command lpop(byte[] key, int count) {
    return cmd("LPOP", key(key), count(count));
  }

  static Command rpop(byte[] key) {
    return cmd("RPOP", key(key));
  }

  static Command rpop(byte[] key, int count) {
    return cmd("RPOP", key(key), count(count));
  }

  static Command llen(byte[] key) {
    return cmd("LLEN", key(key));
  }

  static Command lrange(byte[] key, long start, long stop) {
    return cmd("LRANGE", key(key), num(start), num(stop));
  }

  static Command lindex(byte[] key, long index) {
    return cmd("LINDEX", key(key), num(index));
  }

  static Command lset(byte[] key, long index, byte[] value) {
    return cmd("LSET", key(key), num(index), require(value, "value"));
  }

  static Command lrem(byte[] key, long count, byte[] value) {
    return cmd("LREM", key(key), num(count), require(value, "value"));
  }

  static Command ltrim(byte[] key, long start, long stop) {
    return cmd("LTRIM", key(key), num(start), num(stop));
  }

  static Command linsert(byte[] key, boolean before, byte[] pivot, byte[] value) {
    byte[] where = word(before ? "BEFORE" : "AFTER");
    return cmd("LINSERT", key(key), where, require(pivot, "pivot"), require(value, "value"));
  }

  // Sets

  static Command sadd(byte[] key, byte[]... members) {
    return cmd("SADD", prepend(key(key), requireAll(members, "members")));
  }

  static Command srem(byte[] key, byte[]... members) {
    return cmd("SREM", prepend(key(key), requireAll(members, "members")));
  }

  static Command smembers(byte[] key) {
    return cmd("SMEMBERS", key(key));
  }

  static Command sismember(byte[] key, byte[] member) {
    return cmd("SISMEMBER", key(key), require(member, "member"));
  }

  static Command scard(byte[] key) {
    return cmd("SCARD", key(key));
  }

  static Command spop(byte[] key) {
    return cmd("SPOP", key(key));
  }

  static Command srandmember(byte[] key) {
    return cmd("SRANDMEMBER", key(key));
  }

  static Command sinter(byte[]... keys) {
    return cmd("SINTER", requireAll(keys, "keys"));
  }

  static Command sunion(byte[]... keys) {
    return cmd("SUNION", requireAll(keys, "keys"));
  }

  static Command sdiff(byte[]... keys) {
    return cmd("SDIFF", requireAll(keys, "keys"));
  }

  // Sorted sets

  static Command zadd(byte[] key, double score, byte[] member) {
    return cmd("ZADD", key(key), finite(score, "score"), require(member, "member"));
  }

  static Command zadd(byte[] key, Map<byte[], Double> memberScores) {
    key(key);
    requireEntries(memberScores, "memberScores");
    byte[][] a = new byte[1 + 2 * memberScores.size()][];
    a[0] = key;
    int i = 1;
    for (Map.Entry<byte[], Double> e : memberScores.entrySet()) {
      a[i++] = finite(e.getValue(), "score");
      a[i++] = e.getKey();
    }
    return cmd("ZADD", a);
  }

  static Command zrem(byte[] key, byte[]... members) {
    return cmd("ZREM", prepend(key(key), requireAll(members, "members")));
  }

  static Command zscore(byte[] key, byte[] member) {
    return cmd("ZSCORE", key(key), require(member, "member"));
  }

  static Command zincrby(byte[] key, double amount, byte[] member) {
    return cmd("ZINCRBY", key(key), finite(amount, "amount"), require(member, "member"));
  }

  static Command zcard(byte[] key) {
    return cmd("ZCARD", key(key));
  }

  static Command zcount(byte[] key, double min, double max) {
    return cmd("ZCOUNT", key(key), bound(min, "min"), bound(max, "max"));
  }

  static Command zrank(byte[] key, byte[] member) {
    return cmd("ZRANK", key(key), require(member, "member"));
  }

  static Command zrevrank(byte[] key, byte[] member) {
    return cmd("ZREVRANK", key(key), require(member, "member"));
  }

  static Command zrange(byte[] key, long start, long stop) {
    return cmd("ZRANGE", key(key), num(start), num(stop));
  }

  static Command zrevrange(byte[] key, long start, long stop) {
    return cmd("ZREVRANGE", key(key), num(start), num(stop));
  }

  static Command zrangeWithScores(byte[] key, long start, long stop) {
    return cmd("ZRANGE", key(key), num(start), num(stop), word("WITHSCORES"));
  }

  static Command zrangebyscore(byte[] key, double min, double max) {
    return cmd("ZRANGEBYSCORE", key(key), bound(min, "min"), bound(max, "max"));
  }

  // Scripting

  static Command eval(byte[] script, byte[][] keys, byte[][] args) {
    return script("EVAL", require(script, "script"), keys, args);
  }

  static Command evalsha(byte[] sha, byte[][] keys, byte[][] args) {
    return script("EVALSHA", require(sha, "sha"), keys, args);
  }

  private static Command script(String name, byte[] body, byte[][] keys, byte[][] args) {
    requireObject(keys, "keys");
    requireObject(args, "args");
    byte[][] a = new byte[2 + keys.length + args.length][];
    a[0] = body;
    a[1] = num(keys.length);
    System.arraycopy(keys, 0, a, 2, keys.length);
    System.arraycopy(args, 0, a, 2 + keys.length, args.length);
    return cmd(name, a);
  }

  static Command scriptLoad(byte[] script) {
    return cmd("SCRIPT LOAD", require(script, "script"));
  }

  // Server

  static Command ping() {
    return cmd("PING");
  }

  static Command echo(byte[] message) {
    return cmd("ECHO", require(message, "message"));
  }

  static Command info() {
    return cmd("INFO");
  }

  static Command info(byte[] section) {
    return cmd("INFO", require(section, "section"));
  }

  /** Any command from its full argument vector; keys and flags from {@link CommandTable}. */
  static Command generic(byte[][] args) {
    return CommandTable.command(requireAll(args, "args"));
  }

  // Helpers

  /**
   * The encoded words of each command name, built once: commands share them (no command ever
   * changes its arguments), so a command costs no name encoding.
   */
  private static final ConcurrentHashMap<String, byte[][]> NAME_WORDS = new ConcurrentHashMap<>();

  // Fixed-arity forms of cmd(name, rest...): the commonest commands skip the varargs array.

  private static Command cmd(String name, byte[] a) {
    byte[][] words = words(name);
    if (words.length != 1) {
      return cmd(name, new byte[][] {a});
    }
    return of(name, new byte[][] {words[0], a});
  }

  private static Command cmd(String name, byte[] a, byte[] b) {
    byte[][] words = words(name);
    if (words.length != 1) {
      return cmd(name, new byte[][] {a, b});
    }
    return of(name, new byte[][] {words[0], a, b});
  }

  private static Command cmd(String name, byte[] a, byte[] b, byte[] c) {
    byte[][] words = words(name);
    if (words.length != 1) {
      return cmd(name, new byte[][] {a, b, c});
    }
    return of(name, new byte[][] {words[0], a, b, c});
  }

  /** {@code name} (one or two words, e.g. {@code SCRIPT LOAD}) followed by {@code rest}. */
  private static Command cmd(String name, byte[]... rest) {
    byte[][] words = words(name);
    byte[][] all = new byte[words.length + rest.length][];
    System.arraycopy(words, 0, all, 0, words.length);
    System.arraycopy(rest, 0, all, words.length, rest.length);
    return of(name, all);
  }

  private static Command of(String name, byte[][] all) {
    return Command.of(name, all, CommandTable.keyIndexes(name, all), CommandTable.isReadOnly(name));
  }

  private static byte[][] words(String name) {
    byte[][] words = NAME_WORDS.get(name);
    return words != null ? words : NAME_WORDS.computeIfAbsent(name, CommandBuilder::nameWords);
  }

  private static byte[][] nameWords(String name) {
    int space = name.indexOf(' ');
    return space < 0
        ? new byte[][] {word(name)}
        : new byte[][] {word(name.substring(0, space)), word(name.substring(space + 1))};
  }

  private static byte[] key(byte[] key) {
    return require(key, "key");
  }

  private static byte[][] prepend(byte[] first, byte[][] rest) {
    byte[][] a = new byte[rest.length + 1][];
    a[0] = first;
    System.arraycopy(rest, 0, a, 1, rest.length);
    return a;
  }

  private static byte[] word(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] num(long n) {
    return word(Long.toString(n));
  }

  private static byte[] count(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, got " + count);
    }
    return num(count);
  }

  /** A finite double as Redis parses it: integral values without a fraction, others exactly. */
  static byte[] finite(Double value, String name) {
    requireObject(value, name);
    if (value.isNaN() || value.isInfinite()) {
      throw new IllegalArgumentException(name + " must be a finite number, got " + value);
    }
    return decimal(value);
  }

  /** A range bound: finite, or {@code ±Infinity} sent as {@code +inf} / {@code -inf}. */
  static byte[] bound(double value, String name) {
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException(name + " must not be NaN");
    }
    if (Double.isInfinite(value)) {
      return word(value > 0 ? "+inf" : "-inf");
    }
    return decimal(value);
  }

  private static byte[] decimal(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return num((long) v);
    }
    return word(Double.toString(v));
  }
}
