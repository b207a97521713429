package io.slotwise;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Redis commands, blocking: each call sends one command (or, for multi-key commands in cluster
 * mode, one per slot) and waits for its reply up to the command timeout. Thread-safe; obtained from
 * {@link SlotwiseClient#sync()} and closed with the client, never on its own.
 *
 * <p>Every command has a {@code String} overload (keys, values and replies in UTF-8) and a {@code
 * byte[]} overload (binary-safe). Replies that may be absent are {@code null} then; collection
 * replies are never {@code null}. A {@code null} argument, or an empty key/value list, throws
 * {@link IllegalArgumentException} naming the parameter. Failures throw a {@link SlotwiseException}
 * subclass: {@link RedisServerException} for an error reply (e.g. {@code WRONGTYPE}), {@link
 * RedisTimeoutException}, {@link RedisConnectionException}, and so on.
 *
 * <p>Binary collection replies: a hash is a {@code List<Map.Entry<byte[], byte[]>>} and a set a
 * {@code List<byte[]>}, in the server's order, because {@code byte[]} compares by identity and
 * would make a {@code Map} or {@code Set} keyed by it useless for look-ups.
 */
public interface RedisCommands {

  // Strings

  /** {@code GET}: the value, or {@code null} when the key does not exist. */
  String get(String key);

  byte[] get(byte[] key);

  /** {@code SET}: always {@code "OK"}. */
  String set(String key, String value);

  String set(byte[] key, byte[] value);

  /**
   * {@code SET} with options: {@code "OK"}, or {@code null} when {@code NX}/{@code XX} prevented
   * it.
   */
  String set(String key, String value, SetArgs setArgs);

  String set(byte[] key, byte[] value, SetArgs setArgs);

  /** {@code SET ... GET}: the previous value, or {@code null} when there was none. */
  String setGet(String key, String value);

  byte[] setGet(byte[] key, byte[] value);

  /** {@code SET ... GET} with options: the previous value or {@code null}. */
  String setGet(String key, String value, SetArgs setArgs);

  byte[] setGet(byte[] key, byte[] value, SetArgs setArgs);

  /** {@code GETDEL}: the value that was deleted, or {@code null}. */
  String getdel(String key);

  byte[] getdel(byte[] key);

  /** {@code APPEND}: the length of the value afterwards. */
  long append(String key, String value);

  long append(byte[] key, byte[] value);

  /** {@code STRLEN}: the value's length in bytes, 0 when absent. */
  long strlen(String key);

  long strlen(byte[] key);

  /** {@code SETRANGE}: the length of the value afterwards. */
  long setrange(String key, long offset, String value);

  long setrange(byte[] key, long offset, byte[] value);

  /**
   * {@code GETRANGE}: the substring between two byte offsets, inclusive (negative from the end).
   */
  String getrange(String key, long start, long end);

  byte[] getrange(byte[] key, long start, long end);

  /** {@code MGET}: values in the order of {@code keys}, {@code null} for absent keys. */
  List<String> mget(String... keys);

  List<byte[]> mget(byte[]... keys);

  /** {@code MSET}: {@code "OK"}; in cluster mode split by slot, then not atomic across slots. */
  String mset(Map<String, String> keyValues);

  /** {@code MSET}; iterates the map, whose {@code byte[]} keys need not be look-up friendly. */
  String msetBytes(Map<byte[], byte[]> keyValues);

  // Counters

  /** {@code INCR}: the value afterwards. */
  long incr(String key);

  long incr(byte[] key);

  /** {@code INCRBY}: the value afterwards. */
  long incrby(String key, long amount);

  long incrby(byte[] key, long amount);

  /** {@code INCRBYFLOAT}: the value afterwards; {@code amount} must be finite. */
  double incrbyfloat(String key, double amount);

  double incrbyfloat(byte[] key, double amount);

  /** {@code DECR}: the value afterwards. */
  long decr(String key);

  long decr(byte[] key);

  /** {@code DECRBY}: the value afterwards. */
  long decrby(String key, long amount);

  long decrby(byte[] key, long amount);

  // Keys

  /** {@code DEL}: how many of the keys existed; split by slot in cluster mode. */
  long del(String... keys);

  long del(byte[]... keys);

  /** {@code UNLINK}: like {@link #del(String...)}, freeing memory in the background. */
  long unlink(String... keys);

  long unlink(byte[]... keys);

  /** {@code EXISTS}: how many of the keys exist (a key named twice counts twice). */
  long exists(String... keys);

  long exists(byte[]... keys);

  /** {@code TOUCH}: how many of the keys exist; updates their access time. */
  long touch(String... keys);

  long touch(byte[]... keys);

  /** {@code EXPIRE}: {@code true} when the timeout was set, {@code false} if the key is absent. */
  boolean expire(String key, long seconds);

  boolean expire(byte[] key, long seconds);

  /** {@code PEXPIRE}: like {@link #expire(String, long)} in milliseconds. */
  boolean pexpire(String key, long millis);

  boolean pexpire(byte[] key, long millis);

  /** {@code TTL}: seconds to live, -1 without expiry, -2 when the key is absent. */
  long ttl(String key);

  long ttl(byte[] key);

  /** {@code PTTL}: milliseconds to live, -1 without expiry, -2 when the key is absent. */
  long pttl(String key);

  long pttl(byte[] key);

  /** {@code PERSIST}: {@code true} when a timeout was removed. */
  boolean persist(String key);

  boolean persist(byte[] key);

  /** {@code TYPE}: {@code string}, {@code list}, {@code set}, {@code zset}, {@code hash}, ... */
  String type(String key);

  String type(byte[] key);

  /** {@code RENAME}: {@code "OK"}; both keys must be in one slot in cluster mode. */
  String rename(String key, String newKey);

  String rename(byte[] key, byte[] newKey);

  // Hashes

  /** {@code HSET}: 1 when the field is new, 0 when it was updated. */
  long hset(String key, String field, String value);

  long hset(byte[] key, byte[] field, byte[] value);

  /** {@code HSET} of several fields: how many were new. */
  long hset(String key, Map<String, String> fieldValues);

  /** {@code HSET} of several fields; iterates the map. */
  long hset(byte[] key, Map<byte[], byte[]> fieldValues);

  /** {@code HSETNX}: {@code true} when the field was set. */
  boolean hsetnx(String key, String field, String value);

  boolean hsetnx(byte[] key, byte[] field, byte[] value);

  /** {@code HGET}: the value, or {@code null}. */
  String hget(String key, String field);

  byte[] hget(byte[] key, byte[] field);

  /** {@code HMGET}: values in the order of {@code fields}, {@code null} for absent ones. */
  List<String> hmget(String key, String... fields);

  List<byte[]> hmget(byte[] key, byte[]... fields);

  /** {@code HGETALL}: fields and values in the server's order; empty when the key is absent. */
  Map<String, String> hgetall(String key);

  /** {@code HGETALL} as binary entries, in the server's order (see the interface note). */
  List<Map.Entry<byte[], byte[]>> hgetall(byte[] key);

  /** {@code HDEL}: how many fields were removed. */
  long hdel(String key, String... fields);

  long hdel(byte[] key, byte[]... fields);

  /** {@code HEXISTS}. */
  boolean hexists(String key, String field);

  boolean hexists(byte[] key, byte[] field);

  /** {@code HLEN}: the number of fields. */
  long hlen(String key);

  long hlen(byte[] key);

  /** {@code HKEYS}. */
  List<String> hkeys(String key);

  List<byte[]> hkeys(byte[] key);

  /** {@code HVALS}. */
  List<String> hvals(String key);

  List<byte[]> hvals(byte[] key);

  /** {@code HINCRBY}: the field's value afterwards. */
  long hincrby(String key, String field, long amount);

  long hincrby(byte[] key, byte[] field, long amount);

  /** {@code HINCRBYFLOAT}: the field's value afterwards. */
  double hincrbyfloat(String key, String field, double amount);

  double hincrbyfloat(byte[] key, byte[] field, double amount);

  // Lists

  /** {@code LPUSH}: the list's length afterwards. */
  long lpush(String key, String... values);

  long lpush(byte[] key, byte[]... values);

  /** {@code RPUSH}: the list's length afterwards. */
  long rpush(String key, String... values);

  long rpush(byte[] key, byte[]... values);

  /** {@code LPOP}: the first element, or {@code null} when the list is empty. */
  String lpop(String key);

  byte[] lpop(byte[] key);

  /** {@code LPOP key count}: up to {@code count} (≥ 1) elements; empty when the key is absent. */
  List<String> lpop(String key, int count);

  List<byte[]> lpop(byte[] key, int count);

  /** {@code RPOP}: the last element, or {@code null}. */
  String rpop(String key);

  byte[] rpop(byte[] key);

  /** {@code RPOP key count}: up to {@code count} (≥ 1) elements; empty when the key is absent. */
  List<String> rpop(String key, int count);

  List<byte[]> rpop(byte[] key, int count);

  /** {@code LLEN}. */
  long llen(String key);

  long llen(byte[] key);

  /** {@code LRANGE}: elements between two indexes, inclusive (negative from the end). */
  List<String> lrange(String key, long start, long stop);

  List<byte[]> lrange(byte[] key, long start, long stop);

  /** {@code LINDEX}: the element, or {@code null} when out of range. */
  String lindex(String key, long index);

  byte[] lindex(byte[] key, long index);

  /** {@code LSET}: {@code "OK"}. */
  String lset(String key, long index, String value);

  String lset(byte[] key, long index, byte[] value);

  /** {@code LREM}: how many elements equal to {@code value} were removed. */
  long lrem(String key, long count, String value);

  long lrem(byte[] key, long count, byte[] value);

  /** {@code LTRIM}: {@code "OK"}. */
  String ltrim(String key, long start, long stop);

  String ltrim(byte[] key, long start, long stop);

  /** {@code LINSERT}: the length afterwards, -1 when the pivot is missing, 0 when the key is. */
  long linsert(String key, boolean before, String pivot, String value);

  long linsert(byte[] key, boolean before, byte[] pivot, byte[] value);

  // Sets

  /** {@code SADD}: how many members were new. */
  long sadd(String key, String... members);

  long sadd(byte[] key, byte[]... members);

  /** {@code SREM}: how many members were removed. */
  long srem(String key, String... members);

  long srem(byte[] key, byte[]... members);

  /** {@code SMEMBERS}: a {@code LinkedHashSet} in the server's order. */
  Set<String> smembers(String key);

  /** {@code SMEMBERS} as a list (see the interface note). */
  List<byte[]> smembers(byte[] key);

  /** {@code SISMEMBER}. */
  boolean sismember(String key, String member);

  boolean sismember(byte[] key, byte[] member);

  /** {@code SCARD}. */
  long scard(String key);

  long scard(byte[] key);

  /** {@code SPOP}: a removed random member, or {@code null} when the set is empty. */
  String spop(String key);

  byte[] spop(byte[] key);

  /** {@code SRANDMEMBER}: a random member, or {@code null}. */
  String srandmember(String key);

  byte[] srandmember(byte[] key);

  /** {@code SINTER}; in cluster mode all keys must share a slot (else {@code CROSSSLOT}). */
  Set<String> sinter(String... keys);

  List<byte[]> sinter(byte[]... keys);

  /** {@code SUNION}; in cluster mode all keys must share a slot. */
  Set<String> sunion(String... keys);

  List<byte[]> sunion(byte[]... keys);

  /** {@code SDIFF}; in cluster mode all keys must share a slot. */
  Set<String> sdiff(String... keys);

  List<byte[]> sdiff(byte[]... keys);

  // Sorted sets

  /** {@code ZADD}: 1 when the member is new, 0 when its score was updated. */
  long zadd(String key, double score, String member);

  long zadd(byte[] key, double score, byte[] member);

  /** {@code ZADD} of several members: how many were new. */
  long zadd(String key, Map<String, Double> memberScores);

  /** {@code ZADD} of several members; iterates the map. */
  long zadd(byte[] key, Map<byte[], Double> memberScores);

  /** {@code ZREM}: how many members were removed. */
  long zrem(String key, String... members);

  long zrem(byte[] key, byte[]... members);

  /** {@code ZSCORE}: the score, or {@code null} when the member is absent. */
  Double zscore(String key, String member);

  Double zscore(byte[] key, byte[] member);

  /** {@code ZINCRBY}: the member's score afterwards. */
  double zincrby(String key, double amount, String member);

  double zincrby(byte[] key, double amount, byte[] member);

  /** {@code ZCARD}. */
  long zcard(String key);

  long zcard(byte[] key);

  /** {@code ZCOUNT}: members with {@code min <= score <= max}; infinities are allowed. */
  long zcount(String key, double min, double max);

  long zcount(byte[] key, double min, double max);

  /** {@code ZRANK}: the 0-based rank by ascending score, or {@code null} when absent. */
  Long zrank(String key, String member);

  Long zrank(byte[] key, byte[] member);

  /** {@code ZREVRANK}: the 0-based rank by descending score, or {@code null}. */
  Long zrevrank(String key, String member);

  Long zrevrank(byte[] key, byte[] member);

  /** {@code ZRANGE} by index, ascending score. */
  List<String> zrange(String key, long start, long stop);

  List<byte[]> zrange(byte[] key, long start, long stop);

  /** {@code ZREVRANGE} by index, descending score. */
  List<String> zrevrange(String key, long start, long stop);

  List<byte[]> zrevrange(byte[] key, long start, long stop);

  /** {@code ZRANGE ... WITHSCORES} by index. */
  List<ScoredValue<String>> zrangeWithScores(String key, long start, long stop);

  List<ScoredValue<byte[]>> zrangeWithScores(byte[] key, long start, long stop);

  /** {@code ZRANGEBYSCORE}: members with {@code min <= score <= max}, ascending. */
  List<String> zrangebyscore(String key, double min, double max);

  List<byte[]> zrangebyscore(byte[] key, double min, double max);

  // Scripting

  /**
   * {@code EVAL}: the script's reply converted as by {@link #execute(String...)}. Routed by the
   * first key (any node when there is none); in cluster mode all keys must share a slot.
   */
  Object eval(String script, List<String> keys, List<String> args);

  /** {@code EVAL}, bulk replies as {@code byte[]}. */
  Object eval(byte[] script, List<byte[]> keys, List<byte[]> args);

  /** {@code EVALSHA}: like {@link #eval(String, List, List)} by the script's SHA1. */
  Object evalsha(String sha, List<String> keys, List<String> args);

  Object evalsha(byte[] sha, List<byte[]> keys, List<byte[]> args);

  /**
   * {@code SCRIPT LOAD} on every master (the one server, standalone): the script's SHA1, so that
   * {@code EVALSHA} finds it whatever slot its keys are in.
   */
  String scriptLoad(String script);

  String scriptLoad(byte[] script);

  /** {@code SCRIPT FLUSH} on every master (the one server, standalone); "OK" once all answered. */
  String scriptFlush();

  // Server

  /** {@code PING} of any node (cluster: the next master in turn): {@code "PONG"}. */
  String ping();

  /**
   * {@code PING} of the given node (in cluster mode any node the client can reach, master or
   * replica; in standalone mode only the server itself): {@code "PONG"}.
   */
  String ping(HostAndPort node);

  /** {@code ECHO}. */
  String echo(String message);

  byte[] echo(byte[] message);

  /** {@code INFO} of any node (cluster: the next master in turn), not an aggregate. */
  String info();

  /** {@code INFO section} of any node (cluster: the next master in turn). */
  String info(String section);

  /**
   * {@code INFO section} of the given node (in cluster mode any node the client can reach, master
   * or replica), e.g. {@code info(node, "server")}.
   */
  String info(HostAndPort node, String section);

  /** {@code DBSIZE}: the number of keys, summed over every master (cluster mode). */
  long dbsize();

  /**
   * {@code FLUSHALL} on every master (cluster mode; replicas follow their master): {@code "OK"}
   * once every master answered. Not atomic across masters: a failure may leave some masters
   * flushed.
   */
  String flushall();

  /** {@code FLUSHALL ASYNC} ({@code async}) or {@code FLUSHALL SYNC} on every master. */
  String flushall(boolean async);

  /**
   * {@code KEYS pattern} on every master, the results concatenated (each key once: a key lives on
   * one master). Blocks each server while it runs: prefer {@link #scan(String, ScanArgs)}.
   */
  List<String> keys(String pattern);

  List<byte[]> keys(byte[] pattern);

  /**
   * {@code SCAN} from {@code cursor} ({@code "0"} to start), one page. In cluster mode the masters
   * are scanned one after the other, ordered by address, with a composite cursor {@code
   * done-master,...,current-master@node-cursor} (e.g. {@code 127.0.0.1:7000@1234}); the scan is
   * finished ({@link ScanResult#isFinished()}) when the last master answered cursor 0. A cursor
   * naming a node that is no longer a master (failed over) restarts that node's part from 0 on the
   * masters not yet done, so keys may repeat but are not skipped. In standalone mode the cursor is
   * the server's own. Pass cursors back unchanged.
   *
   * @throws IllegalArgumentException when {@code cursor} is not {@code "0"} or a cursor of this
   *     client's mode
   */
  ScanResult<String> scan(String cursor);

  /** {@code SCAN} with {@code MATCH}/{@code COUNT}/{@code TYPE}; see {@link #scan(String)}. */
  ScanResult<String> scan(String cursor, ScanArgs scanArgs);

  /**
   * Every key of every master, lazily: the returned {@code Iterable} runs a new scan each time it
   * is iterated, fetching one page (one {@code SCAN} on one master, {@code COUNT} from {@code
   * scanArgs}) when the previous one is used up. Keys present for the whole iteration are returned
   * at least once, also across a failover (a failed-over master's part restarts on its successor:
   * keys may repeat). Holds no connection; a page that fails throws from {@code hasNext()}.
   */
  Iterable<String> scanIterable(ScanArgs scanArgs);

  /** {@link #scanIterable(ScanArgs)} as a sequential, lazy {@code Stream}; nothing to close. */
  Stream<String> scanStream(ScanArgs scanArgs);

  /** {@link #scanIterable(ScanArgs)} with binary keys. */
  Iterable<byte[]> scanBytesIterable(ScanArgs scanArgs);

  /** {@link #scanStream(ScanArgs)} with binary keys. */
  Stream<byte[]> scanBytesStream(ScanArgs scanArgs);

  /** {@code SCAN} with binary keys; see {@link #scan(String)}. */
  ScanResult<byte[]> scanBytes(String cursor);

  ScanResult<byte[]> scanBytes(String cursor, ScanArgs scanArgs);

  /**
   * {@code RANDOMKEY}: a key of a random master (the masters tried in random order until one is not
   * empty; so not uniform over keys in cluster mode), or {@code null} when there is none.
   */
  String randomkey();

  // Pub/sub

  /**
   * {@code PUBLISH}: sends {@code message} to the subscribers of {@code channel}; returns the
   * number of subscribers that received it on the node that took the command (in a cluster the
   * message reaches every node's subscribers, but only that node's are counted). See {@link
   * SlotwiseClient#subscription(PubSubListener)} to subscribe.
   */
  long publish(String channel, String message);

  long publish(byte[] channel, byte[] message);

  /**
   * {@code SPUBLISH} (Redis 7): publishes on a sharded channel, sent to the node owning the
   * channel's slot; returns the number of subscribers that received it.
   */
  long spublish(String channel, String message);

  long spublish(byte[] channel, byte[] message);

  // Blocking commands (exclusive connections)

  /**
   * {@code BLPOP}: the first element of the first non-empty list among {@code keys}, waiting up to
   * {@code timeout} ({@code 0}: forever) for one; {@code null} on timeout. Runs on an exclusive
   * connection to the keys' slot owner (all keys must share a slot in cluster mode), never on the
   * shared connection.
   */
  KeyValue<String, String> blpop(Duration timeout, String... keys);

  KeyValue<String, String> blpop(double timeoutSeconds, String... keys);

  KeyValue<byte[], byte[]> blpop(Duration timeout, byte[]... keys);

  KeyValue<byte[], byte[]> blpop(double timeoutSeconds, byte[]... keys);

  /** {@code BRPOP}: like {@link #blpop(Duration, String...)}, from the tail. */
  KeyValue<String, String> brpop(Duration timeout, String... keys);

  KeyValue<String, String> brpop(double timeoutSeconds, String... keys);

  KeyValue<byte[], byte[]> brpop(Duration timeout, byte[]... keys);

  KeyValue<byte[], byte[]> brpop(double timeoutSeconds, byte[]... keys);

  /**
   * {@code BZPOPMIN}: the lowest-scored member of the first non-empty sorted set, waiting up to
   * {@code timeout} ({@code 0}: forever); {@code null} on timeout. Exclusive connection, as {@link
   * #blpop(Duration, String...)}.
   */
  KeyValue<String, ScoredValue<String>> bzpopmin(Duration timeout, String... keys);

  KeyValue<String, ScoredValue<String>> bzpopmin(double timeoutSeconds, String... keys);

  KeyValue<byte[], ScoredValue<byte[]>> bzpopmin(Duration timeout, byte[]... keys);

  KeyValue<byte[], ScoredValue<byte[]>> bzpopmin(double timeoutSeconds, byte[]... keys);

  /** {@code BZPOPMAX}: like {@link #bzpopmin(Duration, String...)}, the highest score. */
  KeyValue<String, ScoredValue<String>> bzpopmax(Duration timeout, String... keys);

  KeyValue<String, ScoredValue<String>> bzpopmax(double timeoutSeconds, String... keys);

  KeyValue<byte[], ScoredValue<byte[]>> bzpopmax(Duration timeout, byte[]... keys);

  KeyValue<byte[], ScoredValue<byte[]>> bzpopmax(double timeoutSeconds, byte[]... keys);

  /**
   * {@code BLMOVE}: pops an element from one end of {@code source} and pushes it to one end of
   * {@code destination}, waiting up to {@code timeout} ({@code 0}: forever) for one; returns the
   * element, or {@code null} on timeout. Both keys must share a slot in cluster mode.
   */
  String blmove(
      String source, String destination, ListDirection from, ListDirection to, Duration timeout);

  String blmove(
      String source,
      String destination,
      ListDirection from,
      ListDirection to,
      double timeoutSeconds);

  byte[] blmove(
      byte[] source, byte[] destination, ListDirection from, ListDirection to, Duration timeout);

  byte[] blmove(
      byte[] source,
      byte[] destination,
      ListDirection from,
      ListDirection to,
      double timeoutSeconds);

  // Any command

  /**
   * Any command, {@code args[0]} being its name: status → {@code String}, bulk → {@code String},
   * integer → {@code Long}, double → {@code Double}, boolean → {@code Boolean}, array/set → {@code
   * List}, map → {@code Map}, null → {@code null}.
   *
   * <p>Routing in cluster mode: keys of commands the driver knows come from its table; for any
   * other command from the server's {@code COMMAND INFO} (asked once per command name and cached),
   * or, for commands whose keys move with the arguments ({@code movablekeys}: {@code LMPOP}, {@code
   * ZUNIONSTORE}, {@code SORT}...), from {@code COMMAND GETKEYS} on each call. A command without
   * keys, or that the server does not know, goes to any master. All keys must share a slot.
   */
  Object execute(String... args);

  /** Like {@link #execute(String...)}, bulk replies as {@code byte[]}. */
  Object execute(byte[]... args);
}
