package io.slotwise.internal.command;

import static io.slotwise.internal.command.Args.require;
import static io.slotwise.internal.command.Args.requireAll;
import static io.slotwise.internal.command.Args.requireEntries;
import static io.slotwise.internal.command.CommandWords.bound;
import static io.slotwise.internal.command.CommandWords.cmd;
import static io.slotwise.internal.command.CommandWords.count;
import static io.slotwise.internal.command.CommandWords.finite;
import static io.slotwise.internal.command.CommandWords.key;
import static io.slotwise.internal.command.CommandWords.num;
import static io.slotwise.internal.command.CommandWords.prepend;
import static io.slotwise.internal.command.CommandWords.word;

import io.slotwise.internal.protocol.Command;
import java.util.Map;

/**
 * Builds the byte-level {@link Command} of every typed hash, list, set and sorted set command, one
 * method each, as {@link CommandBuilder} does for the other families: the argument vector, and the
 * key positions and read-only flag from {@link CommandTable}. Checks every argument for {@code
 * null}, naming it. Stateless and thread-safe.
 */
final class CollectionCommandBuilder {
  private CollectionCommandBuilder() {}

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
}
