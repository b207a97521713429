package io.slotwise;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Redis commands, asynchronous: the same commands as {@link RedisCommands}, each returning a {@link
 * CompletableFuture} of the same (boxed) result at once. Thread-safe; obtained from {@link
 * SlotwiseClient#async()} and closed with the client, never on its own.
 *
 * <p>A future completes on a driver I/O thread: keep callbacks short and never block in them (use
 * the {@code ...Async} variants of {@link CompletableFuture} with your own executor for slow work).
 * It completes exceptionally with a {@link SlotwiseException} subclass ({@link
 * RedisServerException} for an error reply, {@link RedisTimeoutException} once the command timeout
 * passes, ...). Invalid arguments ({@code null}, empty key lists) throw {@link
 * IllegalArgumentException} from the call itself, before anything is sent.
 *
 * <p>Replies, {@code null} values and the binary collection shapes are as documented on {@link
 * RedisCommands}.
 */
public interface AsyncRedisCommands {

  // Strings

  /** {@code GET}: the value, or {@code null} when the key does not exist. */
  CompletableFuture<String> get(String key);

  CompletableFuture<byte[]> get(byte[] key);

  /** {@code SET}: always {@code "OK"}. */
  CompletableFuture<String> set(String key, String value);

  CompletableFuture<String> set(byte[] key, byte[] value);

  /**
   * {@code SET} with options: {@code "OK"}, or {@code null} when {@code NX}/{@code XX} prevented
   * it.
   */
  CompletableFuture<String> set(String key, String value, SetArgs setArgs);

  CompletableFuture<String> set(byte[] key, byte[] value, SetArgs setArgs);

  /** {@code SET ... GET}: the previous value, or {@code null} when there was none. */
  CompletableFuture<String> setGet(String key, String value);

  CompletableFuture<byte[]> setGet(byte[] key, byte[] value);

  /** {@code SET ... GET} with options: the previous value or {@code null}. */
  CompletableFuture<String> setGet(String key, String value, SetArgs setArgs);

  CompletableFuture<byte[]> setGet(byte[] key, byte[] value, SetArgs setArgs);

  /** {@code GETDEL}: the value that was deleted, or {@code null}. */
  CompletableFuture<String> getdel(String key);

  CompletableFuture<byte[]> getdel(byte[] key);

  /** {@code APPEND}: the length of the value afterwards. */
  CompletableFuture<Long> append(String key, String value);

  CompletableFuture<Long> append(byte[] key, byte[] value);

  /** {@code STRLEN}: the value's length in bytes, 0 when absent. */
  CompletableFuture<Long> strlen(String key);

  CompletableFuture<Long> strlen(byte[] key);

  /** {@code SETRANGE}: the length of the value afterwards. */
  CompletableFuture<Long> setrange(String key, long offset, String value);

  CompletableFuture<Long> setrange(byte[] key, long offset, byte[] value);

  /**
   * {@code GETRANGE}: the substring between two byte offsets, inclusive (negative from the end).
   */
  CompletableFuture<String> getrange(String key, long start, long end);

  CompletableFuture<byte[]> getrange(byte[] key, long start, long end);

  /** {@code MGET}: values in the order of {@code keys}, {@code null} for absent keys. */
  CompletableFuture<List<String>> mget(String... keys);

  CompletableFuture<List<byte[]>> mget(byte[]... keys);

  /** {@code MSET}: {@code "OK"}; in cluster mode split by slot, then not atomic across slots. */
  CompletableFuture<String> mset(Map<String, String> keyValues);

  /** {@code MSET}; iterates the map, whose {@code byte[]} keys need not be look-up friendly. */
  CompletableFuture<String> msetBytes(Map<byte[], byte[]> keyValues);

  // Counters

  /** {@code INCR}: the value afterwards. */
  CompletableFuture<Long> incr(String key);

  CompletableFuture<Long> incr(byte[] key);

  /** {@code INCRBY}: the value afterwards. */
  CompletableFuture<Long> incrby(String key, long amount);

  CompletableFuture<Long> incrby(byte[] key, long amount);

  /** {@code INCRBYFLOAT}: the value afterwards; {@code amount} must be finite. */
  CompletableFuture<Double> incrbyfloat(String key, double amount);

  CompletableFuture<Double> incrbyfloat(byte[] key, double amount);

  /** {@code DECR}: the value afterwards. */
  CompletableFuture<Long> decr(String key);

  CompletableFuture<Long> decr(byte[] key);

  /** {@code DECRBY}: the value afterwards. */
  CompletableFuture<Long> decrby(String key, long amount);

  CompletableFuture<Long> decrby(byte[] key, long amount);

  // Keys

  /** {@code DEL}: how many of the keys existed; split by slot in cluster mode. */
  CompletableFuture<Long> del(String... keys);

  CompletableFuture<Long> del(byte[]... keys);

  /**
   * {@code UNLINK}: like {@link RedisCommands#del(String...)}, freeing memory in the background.
   */
  CompletableFuture<Long> unlink(String... keys);

  CompletableFuture<Long> unlink(byte[]... keys);

  /** {@code EXISTS}: how many of the keys exist (a key named twice counts twice). */
  CompletableFuture<Long> exists(String... keys);

  CompletableFuture<Long> exists(byte[]... keys);

  /** {@code TOUCH}: how many of the keys exist; updates their access time. */
  CompletableFuture<Long> touch(String... keys);

  CompletableFuture<Long> touch(byte[]... keys);

  /** {@code EXPIRE}: {@code true} when the timeout was set, {@code false} if the key is absent. */
  CompletableFuture<Boolean> expire(String key, long seconds);

  CompletableFuture<Boolean> expire(byte[] key, long seconds);

  /** {@code PEXPIRE}: like {@link RedisCommands#expire(String, long)} in milliseconds. */
  CompletableFuture<Boolean> pexpire(String key, long millis);

  CompletableFuture<Boolean> pexpire(byte[] key, long millis);

  /** {@code TTL}: seconds to live, -1 without expiry, -2 when the key is absent. */
  CompletableFuture<Long> ttl(String key);

  CompletableFuture<Long> ttl(byte[] key);

  /** {@code PTTL}: milliseconds to live, -1 without expiry, -2 when the key is absent. */
  CompletableFuture<Long> pttl(String key);

  CompletableFuture<Long> pttl(byte[] key);

  /** {@code PERSIST}: {@code true} when a timeout was removed. */
  CompletableFuture<Boolean> persist(String key);

  CompletableFuture<Boolean> persist(byte[] key);

  /** {@code TYPE}: {@code string}, {@code list}, {@code set}, {@code zset}, {@code hash}, ... */
  CompletableFuture<String> type(String key);

  CompletableFuture<String> type(byte[] key);

  /** {@code RENAME}: {@code "OK"}; both keys must be in one slot in cluster mode. */
  CompletableFuture<String> rename(String key, String newKey);

  CompletableFuture<String> rename(byte[] key, byte[] newKey);

  // Hashes

  /** {@code HSET}: 1 when the field is new, 0 when it was updated. */
  CompletableFuture<Long> hset(String key, String field, String value);

  CompletableFuture<Long> hset(byte[] key, byte[] field, byte[] value);

  /** {@code HSET} of several fields: how many were new. */
  CompletableFuture<Long> hset(String key, Map<String, String> fieldValues);

  /** {@code HSET} of several fields; iterates the map. */
  CompletableFuture<Long> hset(byte[] key, Map<byte[], byte[]> fieldValues);

  /** {@code HSETNX}: {@code true} when the field was set. */
  CompletableFuture<Boolean> hsetnx(String key, String field, String value);

  CompletableFuture<Boolean> hsetnx(byte[] key, byte[] field, byte[] value);

  /** {@code HGET}: the value, or {@code null}. */
  CompletableFuture<String> hget(String key, String field);

  CompletableFuture<byte[]> hget(byte[] key, byte[] field);

  /** {@code HMGET}: values in the order of {@code fields}, {@code null} for absent ones. */
  CompletableFuture<List<String>> hmget(String key, String... fields);

  CompletableFuture<List<byte[]>> hmget(byte[] key, byte[]... fields);

  /** {@code HGETALL}: fields and values in the server's order; empty when the key is absent. */
  CompletableFuture<Map<String, String>> hgetall(String key);

  /** {@code HGETALL} as binary entries, in the server's order (see the interface note). */
  CompletableFuture<List<Map.Entry<byte[], byte[]>>> hgetall(byte[] key);

  /** {@code HDEL}: how many fields were removed. */
  CompletableFuture<Long> hdel(String key, String... fields);

  CompletableFuture<Long> hdel(byte[] key, byte[]... fields);

  /** {@code HEXISTS}. */
  CompletableFuture<Boolean> hexists(String key, String field);

  CompletableFuture<Boolean> hexists(byte[] key, byte[] field);

  /** {@code HLEN}: the number of fields. */
  CompletableFuture<Long> hlen(String key);

  CompletableFuture<Long> hlen(byte[] key);

  /** {@code HKEYS}. */
  CompletableFuture<List<String>> hkeys(String key);

  CompletableFuture<List<byte[]>> hkeys(byte[] key);

  /** {@code HVALS}. */
  CompletableFuture<List<String>> hvals(String key);

  CompletableFuture<List<byte[]>> hvals(byte[] key);

  /** {@code HINCRBY}: the field's value afterwards. */
  CompletableFuture<Long> hincrby(String key, String field, long amount);

  CompletableFuture<Long> hincrby(byte[] key, byte[] field, long amount);

  /** {@code HINCRBYFLOAT}: the field's value afterwards. */
  CompletableFuture<Double> hincrbyfloat(String key, String field, double amount);

  CompletableFuture<Double> hincrbyfloat(byte[] key, byte[] field, double amount);

  // Lists

  /** {@code LPUSH}: the list's length afterwards. */
  CompletableFuture<Long> lpush(String key, String... values);

  CompletableFuture<Long> lpush(byte[] key, byte[]... values);

  /** {@code RPUSH}: the list's length afterwards. */
  CompletableFuture<Long> rpush(String key, String... values);

  CompletableFuture<Long> rpush(byte[] key, byte[]... values);

  /** {@code LPOP}: the first element, or {@code null} when the list is empty. */
  CompletableFuture<String> lpop(String key);

  CompletableFuture<byte[]> lpop(byte[] key);

  /** {@code LPOP key count}: up to {@code count} (≥ 1) elements; empty when the key is absent. */
  CompletableFuture<List<String>> lpop(String key, int count);

  CompletableFuture<List<byte[]>> lpop(byte[] key, int count);

  /** {@code RPOP}: the last element, or {@code null}. */
  CompletableFuture<String> rpop(String key);

  CompletableFuture<byte[]> rpop(byte[] key);

  /** {@code RPOP key count}: up to {@code count} (≥ 1) elements; empty when the key is absent. */
  CompletableFuture<List<String>> rpop(String key, int count);

  CompletableFuture<List<byte[]>> rpop(byte[] key, int count);

  /** {@code LLEN}. */
  CompletableFuture<Long> llen(String key);

  CompletableFuture<Long> llen(byte[] key);

  /** {@code LRANGE}: elements between two indexes, inclusive (negative from the end). */
  CompletableFuture<List<String>> lrange(String key, long start, long stop);

  CompletableFuture<List<byte[]>> lrange(byte[] key, long start, long stop);

  /** {@code LINDEX}: the element, or {@code null} when out of range. */
  CompletableFuture<String> lindex(String key, long index);

  CompletableFuture<byte[]> lindex(byte[] key, long index);

  /** {@code LSET}: {@code "OK"}. */
  CompletableFuture<String> lset(String key, long index, String value);

  CompletableFuture<String> lset(byte[] key, long index, byte[] value);

  /** {@code LREM}: how many elements equal to {@code value} were removed. */
  CompletableFuture<Long> lrem(String key, long count, String value);

  CompletableFuture<Long> lrem(byte[] key, long count, byte[] value);

  /** {@code LTRIM}: {@code "OK"}. */
  CompletableFuture<String> ltrim(String key, long start, long stop);

  CompletableFuture<String> ltrim(byte[] key, long start, long stop);

  /** {@code LINSERT}: the length afterwards, -1 when the pivot is missing, 0 when the key is. */
  CompletableFuture<Long> linsert(String key, boolean before, String pivot, String value);

  CompletableFuture<Long> linsert(byte[] key, boolean before, byte[] pivot, byte[] value);

  // Sets

  /** {@code SADD}: how many members were new. */
  CompletableFuture<Long> sadd(String key, String... members);

  CompletableFuture<Long> sadd(byte[] key, byte[]... members);

  /** {@code SREM}: how many members were removed. */
  CompletableFuture<Long> srem(String key, String... members);

  CompletableFuture<Long> srem(byte[] key, byte[]... members);

  /** {@code SMEMBERS}: a {@code LinkedHashSet} in the server's order. */
  CompletableFuture<Set<String>> smembers(String key);

  /** {@code SMEMBERS} as a list (see the interface note). */
  CompletableFuture<List<byte[]>> smembers(byte[] key);

  /** {@code SISMEMBER}. */
  CompletableFuture<Boolean> sismember(String key, String member);

  CompletableFuture<Boolean> sismember(byte[] key, byte[] member);

  /** {@code SCARD}. */
  CompletableFuture<Long> scard(String key);

  CompletableFuture<Long> scard(byte[] key);

  /** {@code SPOP}: a removed random member, or {@code null} when the set is empty. */
  CompletableFuture<String> spop(String key);

  CompletableFuture<byte[]> spop(byte[] key);

  /** {@code SRANDMEMBER}: a random member, or {@code null}. */
  CompletableFuture<String> srandmember(String key);

  CompletableFuture<byte[]> srandmember(byte[] key);

  /** {@code SINTER}; in cluster mode all keys must share a slot (else {@code CROSSSLOT}). */
  CompletableFuture<Set<String>> sinter(String... keys);

  CompletableFuture<List<byte[]>> sinter(byte[]... keys);

  /** {@code SUNION}; in cluster mode all keys must share a slot. */
  CompletableFuture<Set<String>> sunion(String... keys);

  CompletableFuture<List<byte[]>> sunion(byte[]... keys);

  /** {@code SDIFF}; in cluster mode all keys must share a slot. */
  CompletableFuture<Set<String>> sdiff(String... keys);

  CompletableFuture<List<byte[]>> sdiff(byte[]... keys);

  // Sorted sets

  /** {@code ZADD}: 1 when the member is new, 0 when its score was updated. */
  CompletableFuture<Long> zadd(String key, double score, String member);

  CompletableFuture<Long> zadd(byte[] key, double score, byte[] member);

  /** {@code ZADD} of several members: how many were new. */
  CompletableFuture<Long> zadd(String key, Map<String, Double> memberScores);

  /** {@code ZADD} of several members; iterates the map. */
  CompletableFuture<Long> zadd(byte[] key, Map<byte[], Double> memberScores);

  /** {@code ZREM}: how many members were removed. */
  CompletableFuture<Long> zrem(String key, String... members);

  CompletableFuture<Long> zrem(byte[] key, byte[]... members);

  /** {@code ZSCORE}: the score, or {@code null} when the member is absent. */
  CompletableFuture<Double> zscore(String key, String member);

  CompletableFuture<Double> zscore(byte[] key, byte[] member);

  /** {@code ZINCRBY}: the member's score afterwards. */
  CompletableFuture<Double> zincrby(String key, double amount, String member);

  CompletableFuture<Double> zincrby(byte[] key, double amount, byte[] member);

  /** {@code ZCARD}. */
  CompletableFuture<Long> zcard(String key);

  CompletableFuture<Long> zcard(byte[] key);

  /** {@code ZCOUNT}: members with {@code min <= score <= max}; infinities are allowed. */
  CompletableFuture<Long> zcount(String key, double min, double max);

  CompletableFuture<Long> zcount(byte[] key, double min, double max);

  /** {@code ZRANK}: the 0-based rank by ascending score, or {@code null} when absent. */
  CompletableFuture<Long> zrank(String key, String member);

  CompletableFuture<Long> zrank(byte[] key, byte[] member);

  /** {@code ZREVRANK}: the 0-based rank by descending score, or {@code null}. */
  CompletableFuture<Long> zrevrank(String key, String member);

  CompletableFuture<Long> zrevrank(byte[] key, byte[] member);

  /** {@code ZRANGE} by index, ascending score. */
  CompletableFuture<List<String>> zrange(String key, long start, long stop);

  CompletableFuture<List<byte[]>> zrange(byte[] key, long start, long stop);

  /** {@code ZREVRANGE} by index, descending score. */
  CompletableFuture<List<String>> zrevrange(String key, long start, long stop);

  CompletableFuture<List<byte[]>> zrevrange(byte[] key, long start, long stop);

  /** {@code ZRANGE ... WITHSCORES} by index. */
  CompletableFuture<List<ScoredValue<String>>> zrangeWithScores(String key, long start, long stop);

  CompletableFuture<List<ScoredValue<byte[]>>> zrangeWithScores(byte[] key, long start, long stop);

  /** {@code ZRANGEBYSCORE}: members with {@code min <= score <= max}, ascending. */
  CompletableFuture<List<String>> zrangebyscore(String key, double min, double max);

  CompletableFuture<List<byte[]>> zrangebyscore(byte[] key, double min, double max);

  // Scripting

  /**
   * {@code EVAL}: the script's reply converted as by {@link RedisCommands#execute(String...)}.
   * Routed by the first key (any node when there is none); in cluster mode all keys must share a
   * slot.
   */
  CompletableFuture<Object> eval(String script, List<String> keys, List<String> args);

  /** {@code EVAL}, bulk replies as {@code byte[]}. */
  CompletableFuture<Object> eval(byte[] script, List<byte[]> keys, List<byte[]> args);

  /** {@code EVALSHA}: like {@link RedisCommands#eval(String, List, List)} by the script's SHA1. */
  CompletableFuture<Object> evalsha(String sha, List<String> keys, List<String> args);

  CompletableFuture<Object> evalsha(byte[] sha, List<byte[]> keys, List<byte[]> args);

  /**
   * {@code SCRIPT LOAD} on every master (the one server, standalone): the script's SHA1, so that
   * {@code EVALSHA} finds it whatever slot its keys are in.
   */
  CompletableFuture<String> scriptLoad(String script);

  CompletableFuture<String> scriptLoad(byte[] script);

  /** {@code SCRIPT FLUSH} on every master (the one server, standalone); "OK" once all answered. */
  CompletableFuture<String> scriptFlush();

  // Server

  /** {@code PING} of any node (cluster: the next master in turn): {@code "PONG"}. */
  CompletableFuture<String> ping();

  /**
   * {@code PING} of the given node (in cluster mode any node the client can reach, master or
   * replica; in standalone mode only the server itself): {@code "PONG"}.
   */
  CompletableFuture<String> ping(HostAndPort node);

  /** {@code ECHO}. */
  CompletableFuture<String> echo(String message);

  CompletableFuture<byte[]> echo(byte[] message);

  /** {@code INFO} of any node (cluster: the next master in turn), not an aggregate. */
  CompletableFuture<String> info();

  /** {@code INFO section} of any node (cluster: the next master in turn). */
  CompletableFuture<String> info(String section);

  /**
   * {@code INFO section} of the given node (in cluster mode any node the client can reach, master
   * or replica), e.g. {@code info(node, "server")}.
   */
  CompletableFuture<String> info(HostAndPort node, String section);

  /** {@code DBSIZE}: the number of keys, summed over every master (cluster mode). */
  CompletableFuture<Long> dbsize();

  /**
   * {@code FLUSHALL} on every master (cluster mode; replicas follow their master): {@code "OK"}
   * once every master answered. Not atomic across masters: a failure may leave some masters
   * flushed.
   */
  CompletableFuture<String> flushall();

  /** {@code FLUSHALL ASYNC} ({@code async}) or {@code FLUSHALL SYNC} on every master. */
  CompletableFuture<String> flushall(boolean async);

  /**
   * {@code KEYS pattern} on every master, the results concatenated (each key once: a key lives on
   * one master). Blocks each server while it runs: prefer {@link RedisCommands#scan(String,
   * ScanArgs)}.
   */
  CompletableFuture<List<String>> keys(String pattern);

  CompletableFuture<List<byte[]>> keys(byte[] pattern);

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
  CompletableFuture<ScanResult<String>> scan(String cursor);

  /** {@code SCAN} with {@code MATCH}/{@code COUNT}/{@code TYPE}; see {@link #scan(String)}. */
  CompletableFuture<ScanResult<String>> scan(String cursor, ScanArgs scanArgs);

  /** {@code SCAN} with binary keys; see {@link #scan(String)}. */
  CompletableFuture<ScanResult<byte[]>> scanBytes(String cursor);

  CompletableFuture<ScanResult<byte[]>> scanBytes(String cursor, ScanArgs scanArgs);

  /**
   * {@code RANDOMKEY}: a key of a random master (the masters tried in random order until one is not
   * empty; so not uniform over keys in cluster mode), or {@code null} when there is none.
   */
  CompletableFuture<String> randomkey();

  // Pub/sub

  /**
   * {@code PUBLISH}: sends {@code message} to the subscribers of {@code channel}; returns the
   * number of subscribers that received it on the node that took the command (in a cluster the
   * message reaches every node's subscribers, but only that node's are counted). See {@link
   * SlotwiseClient#subscription(PubSubListener)} to subscribe.
   */
  CompletableFuture<Long> publish(String channel, String message);

  CompletableFuture<Long> publish(byte[] channel, byte[] message);

  /**
   * {@code SPUBLISH} (Redis 7): publishes on a sharded channel, sent to the node owning the
   * channel's slot; returns the number of subscribers that received it.
   */
  CompletableFuture<Long> spublish(String channel, String message);

  CompletableFuture<Long> spublish(byte[] channel, byte[] message);

  // Blocking commands (exclusive connections)

  /**
   * {@code BLPOP}: the first element of the first non-empty list among {@code keys}, waiting up to
   * {@code timeout} ({@code 0}: forever) for one; {@code null} on timeout. Runs on an exclusive
   * connection to the keys' slot owner (all keys must share a slot in cluster mode), never on the
   * shared connection.
   */
  CompletableFuture<KeyValue<String, String>> blpop(Duration timeout, String... keys);

  CompletableFuture<KeyValue<String, String>> blpop(double timeoutSeconds, String... keys);

  CompletableFuture<KeyValue<byte[], byte[]>> blpop(Duration timeout, byte[]... keys);

  CompletableFuture<KeyValue<byte[], byte[]>> blpop(double timeoutSeconds, byte[]... keys);

  /** {@code BRPOP}: like {@link #blpop(Duration, String...)}, from the tail. */
  CompletableFuture<KeyValue<String, String>> brpop(Duration timeout, String... keys);

  CompletableFuture<KeyValue<String, String>> brpop(double timeoutSeconds, String... keys);

  CompletableFuture<KeyValue<byte[], byte[]>> brpop(Duration timeout, byte[]... keys);

  CompletableFuture<KeyValue<byte[], byte[]>> brpop(double timeoutSeconds, byte[]... keys);

  /**
   * {@code BZPOPMIN}: the lowest-scored member of the first non-empty sorted set, waiting up to
   * {@code timeout} ({@code 0}: forever); {@code null} on timeout. Exclusive connection, as {@link
   * #blpop(Duration, String...)}.
   */
  CompletableFuture<KeyValue<String, ScoredValue<String>>> bzpopmin(
      Duration timeout, String... keys);

  CompletableFuture<KeyValue<String, ScoredValue<String>>> bzpopmin(
      double timeoutSeconds, String... keys);

  CompletableFuture<KeyValue<byte[], ScoredValue<byte[]>>> bzpopmin(
      Duration timeout, byte[]... keys);

  CompletableFuture<KeyValue<byte[], ScoredValue<byte[]>>> bzpopmin(
      double timeoutSeconds, byte[]... keys);

  /** {@code BZPOPMAX}: like {@link #bzpopmin(Duration, String...)}, the highest score. */
  CompletableFuture<KeyValue<String, ScoredValue<String>>> bzpopmax(
      Duration timeout, String... keys);

  CompletableFuture<KeyValue<String, ScoredValue<String>>> bzpopmax(
      double timeoutSeconds, String... keys);

  CompletableFuture<KeyValue<byte[], ScoredValue<byte[]>>> bzpopmax(
      Duration timeout, byte[]... keys);

  CompletableFuture<KeyValue<byte[], ScoredValue<byte[]>>> bzpopmax(
      double timeoutSeconds, byte[]... keys);

  /**
   * {@code BLMOVE}: pops an element from one end of {@code source} and pushes it to one end of
   * {@code destination}, waiting up to {@code timeout} ({@code 0}: forever) for one; returns the
   * element, or {@code null} on timeout. Both keys must share a slot in cluster mode.
   */
  CompletableFuture<String> blmove(
      String source, String destination, ListDirection from, ListDirection to, Duration timeout);

  CompletableFuture<String> blmove(
      String source,
      String destination,
      ListDirection from,
      ListDirection to,
      double timeoutSeconds);

  CompletableFuture<byte[]> blmove(
      byte[] source, byte[] destination, ListDirection from, ListDirection to, Duration timeout);

  CompletableFuture<byte[]> blmove(
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
  CompletableFuture<Object> execute(String... args);

  /** Like {@link RedisCommands#execute(String...)}, bulk replies as {@code byte[]}. */
  CompletableFuture<Object> execute(byte[]... args);
}
