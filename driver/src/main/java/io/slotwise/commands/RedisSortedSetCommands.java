package io.slotwise.commands;

import java.util.List;
import java.util.Map;

/**
 * Sorted set commands ({@code ZADD}, {@code ZSCORE}, {@code ZRANGE}, ...); the blocking ones are in
 * {@link RedisBlockingCommands}. Each call waits for its reply. Part of {@link RedisCommands},
 * whose notes on overloads, {@code null} replies and exceptions apply. Thread-safe; obtained from
 * {@link io.slotwise.SlotwiseClient#sync()} and closed with the client, never on its own.
 */
public interface RedisSortedSetCommands {

  /** {@code ZADD}: 1 when the member is new, 0 when its score was updated. */
  long zadd(String key, double score, String member);

  /**
   * Same as {@link #zadd(String, double, String)}, with {@code byte[]} in place of {@code String}.
   */
  long zadd(byte[] key, double score, byte[] member);

  /** {@code ZADD} of several members: how many were new. */
  long zadd(String key, Map<String, Double> memberScores);

  /** {@code ZADD} of several members; iterates the map. */
  long zadd(byte[] key, Map<byte[], Double> memberScores);

  /** {@code ZREM}: how many members were removed. */
  long zrem(String key, String... members);

  /** Same as {@link #zrem(String, String...)}, with {@code byte[]} in place of {@code String}. */
  long zrem(byte[] key, byte[]... members);

  /** {@code ZSCORE}: the score, or {@code null} when the member is absent. */
  Double zscore(String key, String member);

  /** Same as {@link #zscore(String, String)}, with {@code byte[]} in place of {@code String}. */
  Double zscore(byte[] key, byte[] member);

  /** {@code ZINCRBY}: the member's score afterwards. */
  double zincrby(String key, double amount, String member);

  /**
   * Same as {@link #zincrby(String, double, String)}, with {@code byte[]} in place of {@code
   * String}.
   */
  double zincrby(byte[] key, double amount, byte[] member);

  /** {@code ZCARD}. */
  long zcard(String key);

  /** Same as {@link #zcard(String)}, with {@code byte[]} in place of {@code String}. */
  long zcard(byte[] key);

  /** {@code ZCOUNT}: members with {@code min <= score <= max}; infinities are allowed. */
  long zcount(String key, double min, double max);

  /**
   * Same as {@link #zcount(String, double, double)}, with {@code byte[]} in place of {@code
   * String}.
   */
  long zcount(byte[] key, double min, double max);

  /** {@code ZRANK}: the 0-based rank by ascending score, or {@code null} when absent. */
  Long zrank(String key, String member);

  /** Same as {@link #zrank(String, String)}, with {@code byte[]} in place of {@code String}. */
  Long zrank(byte[] key, byte[] member);

  /** {@code ZREVRANK}: the 0-based rank by descending score, or {@code null}. */
  Long zrevrank(String key, String member);

  /** Same as {@link #zrevrank(String, String)}, with {@code byte[]} in place of {@code String}. */
  Long zrevrank(byte[] key, byte[] member);

  /** {@code ZRANGE} by index, ascending score. */
  List<String> zrange(String key, long start, long stop);

  /**
   * Same as {@link #zrange(String, long, long)}, with {@code byte[]} in place of {@code String}.
   */
  List<byte[]> zrange(byte[] key, long start, long stop);

  /** {@code ZREVRANGE} by index, descending score. */
  List<String> zrevrange(String key, long start, long stop);

  /**
   * Same as {@link #zrevrange(String, long, long)}, with {@code byte[]} in place of {@code String}.
   */
  List<byte[]> zrevrange(byte[] key, long start, long stop);

  /** {@code ZRANGE ... WITHSCORES} by index. */
  List<ScoredValue<String>> zrangeWithScores(String key, long start, long stop);

  /**
   * Same as {@link #zrangeWithScores(String, long, long)}, with {@code byte[]} in place of {@code
   * String}.
   */
  List<ScoredValue<byte[]>> zrangeWithScores(byte[] key, long start, long stop);

  /** {@code ZRANGEBYSCORE}: members with {@code min <= score <= max}, ascending. */
  List<String> zrangebyscore(String key, double min, double max);

  /**
   * Same as {@link #zrangebyscore(String, double, double)}, with {@code byte[]} in place of {@code
   * String}.
   */
  List<byte[]> zrangebyscore(byte[] key, double min, double max);

  // Added by issue 14: the gaps in this family.

  /**
   * {@code ZRANGE} by rank, score or lex, optionally reversed and paged ({@link ZRangeArgs}): the
   * members.
   */
  List<String> zrange(String key, ZRangeArgs range);

  /**
   * Same as {@link #zrange(String, ZRangeArgs)}, with {@code byte[]} in place of {@code String}.
   */
  List<byte[]> zrange(byte[] key, ZRangeArgs range);

  /** {@code ZRANGE ... WITHSCORES} over a {@link ZRangeArgs} range (not {@code BYLEX}). */
  List<ScoredValue<String>> zrangeWithScores(String key, ZRangeArgs range);

  /**
   * Same as {@link #zrangeWithScores(String, ZRangeArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  List<ScoredValue<byte[]>> zrangeWithScores(byte[] key, ZRangeArgs range);

  /**
   * {@code ZRANGESTORE}: stores the range of {@code source} in {@code destination}; how many. Both
   * keys in one slot.
   */
  long zrangestore(String destination, String source, ZRangeArgs range);

  /**
   * Same as {@link #zrangestore(String, String, ZRangeArgs)}, with {@code byte[]} in place of
   * {@code String}.
   */
  long zrangestore(byte[] destination, byte[] source, ZRangeArgs range);

  /**
   * {@code ZPOPMIN}: removes and returns the member with the lowest score, or {@code null} when
   * empty.
   */
  ScoredValue<String> zpopmin(String key);

  /** Same as {@link #zpopmin(String)}, with {@code byte[]} in place of {@code String}. */
  ScoredValue<byte[]> zpopmin(byte[] key);

  /** {@code ZPOPMIN key count}: up to {@code count} members, lowest score first. */
  List<ScoredValue<String>> zpopmin(String key, int count);

  /** Same as {@link #zpopmin(String, int)}, with {@code byte[]} in place of {@code String}. */
  List<ScoredValue<byte[]>> zpopmin(byte[] key, int count);

  /**
   * {@code ZPOPMAX}: removes and returns the member with the highest score, or {@code null} when
   * empty.
   */
  ScoredValue<String> zpopmax(String key);

  /** Same as {@link #zpopmax(String)}, with {@code byte[]} in place of {@code String}. */
  ScoredValue<byte[]> zpopmax(byte[] key);

  /** {@code ZPOPMAX key count}: up to {@code count} members, highest score first. */
  List<ScoredValue<String>> zpopmax(String key, int count);

  /** Same as {@link #zpopmax(String, int)}, with {@code byte[]} in place of {@code String}. */
  List<ScoredValue<byte[]>> zpopmax(byte[] key, int count);

  /**
   * {@code ZMPOP}: up to {@code count} members from the first non-empty sorted set, with its key;
   * {@code null} when all are empty. All keys in one slot.
   */
  KeyValue<String, List<ScoredValue<String>>> zmpop(ScoreEnd end, int count, String... keys);

  /**
   * Same as {@link #zmpop(ScoreEnd, int, String...)}, with {@code byte[]} in place of {@code
   * String}.
   */
  KeyValue<byte[], List<ScoredValue<byte[]>>> zmpop(ScoreEnd end, int count, byte[]... keys);

  /**
   * {@code ZUNION} with {@code WEIGHTS}/{@code AGGREGATE}: the members of the union. All keys in
   * one slot.
   */
  List<String> zunion(ZAggregateArgs aggregateArgs, String... keys);

  /**
   * Same as {@link #zunion(ZAggregateArgs, String...)}, with {@code byte[]} in place of {@code
   * String}.
   */
  List<byte[]> zunion(ZAggregateArgs aggregateArgs, byte[]... keys);

  /** {@code ZUNION ... WITHSCORES}: the union with the combined scores. */
  List<ScoredValue<String>> zunionWithScores(ZAggregateArgs aggregateArgs, String... keys);

  /**
   * Same as {@link #zunionWithScores(ZAggregateArgs, String...)}, with {@code byte[]} in place of
   * {@code String}.
   */
  List<ScoredValue<byte[]>> zunionWithScores(ZAggregateArgs aggregateArgs, byte[]... keys);

  /**
   * {@code ZUNIONSTORE}: stores the union in {@code destination}; its size. All keys in one slot.
   */
  long zunionstore(String destination, ZAggregateArgs aggregateArgs, String... keys);

  /**
   * Same as {@link #zunionstore(String, ZAggregateArgs, String...)}, with {@code byte[]} in place
   * of {@code String}.
   */
  long zunionstore(byte[] destination, ZAggregateArgs aggregateArgs, byte[]... keys);

  /**
   * {@code ZINTER} with {@code WEIGHTS}/{@code AGGREGATE}: the members of the intersection. All
   * keys in one slot.
   */
  List<String> zinter(ZAggregateArgs aggregateArgs, String... keys);

  /**
   * Same as {@link #zinter(ZAggregateArgs, String...)}, with {@code byte[]} in place of {@code
   * String}.
   */
  List<byte[]> zinter(ZAggregateArgs aggregateArgs, byte[]... keys);

  /** {@code ZINTER ... WITHSCORES}: the intersection with the combined scores. */
  List<ScoredValue<String>> zinterWithScores(ZAggregateArgs aggregateArgs, String... keys);

  /**
   * Same as {@link #zinterWithScores(ZAggregateArgs, String...)}, with {@code byte[]} in place of
   * {@code String}.
   */
  List<ScoredValue<byte[]>> zinterWithScores(ZAggregateArgs aggregateArgs, byte[]... keys);

  /**
   * {@code ZINTERSTORE}: stores the intersection in {@code destination}; its size. All keys in one
   * slot.
   */
  long zinterstore(String destination, ZAggregateArgs aggregateArgs, String... keys);

  /**
   * Same as {@link #zinterstore(String, ZAggregateArgs, String...)}, with {@code byte[]} in place
   * of {@code String}.
   */
  long zinterstore(byte[] destination, ZAggregateArgs aggregateArgs, byte[]... keys);

  /**
   * {@code ZDIFF}: the members of the first sorted set that are in none of the others. All keys in
   * one slot.
   */
  List<String> zdiff(String... keys);

  /** Same as {@link #zdiff(String...)}, with {@code byte[]} in place of {@code String}. */
  List<byte[]> zdiff(byte[]... keys);

  /** {@code ZDIFF ... WITHSCORES}: the difference with the scores of the first set. */
  List<ScoredValue<String>> zdiffWithScores(String... keys);

  /**
   * Same as {@link #zdiffWithScores(String...)}, with {@code byte[]} in place of {@code String}.
   */
  List<ScoredValue<byte[]>> zdiffWithScores(byte[]... keys);

  /**
   * {@code ZDIFFSTORE}: stores the difference in {@code destination}; its size. All keys in one
   * slot.
   */
  long zdiffstore(String destination, String... keys);

  /**
   * Same as {@link #zdiffstore(String, String...)}, with {@code byte[]} in place of {@code String}.
   */
  long zdiffstore(byte[] destination, byte[]... keys);

  /** {@code ZRANDMEMBER}: a random member, or {@code null} when empty. */
  String zrandmember(String key);

  /** Same as {@link #zrandmember(String)}, with {@code byte[]} in place of {@code String}. */
  byte[] zrandmember(byte[] key);

  /**
   * {@code ZRANDMEMBER key count}: distinct members when {@code count > 0}, possibly repeated when
   * negative.
   */
  List<String> zrandmember(String key, long count);

  /** Same as {@link #zrandmember(String, long)}, with {@code byte[]} in place of {@code String}. */
  List<byte[]> zrandmember(byte[] key, long count);

  /** {@code ZRANDMEMBER key count WITHSCORES}: members with their scores. */
  List<ScoredValue<String>> zrandmemberWithScores(String key, long count);

  /**
   * Same as {@link #zrandmemberWithScores(String, long)}, with {@code byte[]} in place of {@code
   * String}.
   */
  List<ScoredValue<byte[]>> zrandmemberWithScores(byte[] key, long count);

  /** {@code ZMSCORE}: the score of each member in order, {@code null} for absent ones. */
  List<Double> zmscore(String key, String... members);

  /**
   * Same as {@link #zmscore(String, String...)}, with {@code byte[]} in place of {@code String}.
   */
  List<Double> zmscore(byte[] key, byte[]... members);

  /**
   * {@code ZSCAN}: one page of a sorted set's members with scores. Pass the returned cursor back;
   * {@code "0"} starts and ends.
   */
  ScanResult<ScoredValue<String>> zscan(String key, String cursor);

  /** Same as {@link #zscan(String, String)}, with {@code byte[]} in place of {@code String}. */
  ScanResult<ScoredValue<byte[]>> zscan(byte[] key, String cursor);

  /** {@code ZSCAN} with {@code MATCH}/{@code COUNT} ({@code TYPE} is refused). */
  ScanResult<ScoredValue<String>> zscan(String key, String cursor, ScanArgs scanArgs);

  /**
   * Same as {@link #zscan(String, String, ScanArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  ScanResult<ScoredValue<byte[]>> zscan(byte[] key, String cursor, ScanArgs scanArgs);

  /**
   * Every members with scores of the key, lazily: the returned {@code Iterable} runs a new {@code
   * ZSCAN} each time it is iterated, one page per call when the previous page is used up. Elements
   * present for the whole iteration are returned at least once (possibly more). Sync only: the
   * async API pages with {@code zscan(key, cursor, scanArgs)}.
   */
  Iterable<ScoredValue<String>> zscanIterable(String key, ScanArgs scanArgs);

  /**
   * Same as {@link #zscanIterable(String, ScanArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  Iterable<ScoredValue<byte[]>> zscanIterable(byte[] key, ScanArgs scanArgs);

  /** {@code ZINTERCARD}: the size of the intersection; all keys in one slot. */
  long zintercard(String... keys);

  /** Same as {@link #zintercard(String...)}, with {@code byte[]} in place of {@code String}. */
  long zintercard(byte[]... keys);

  /**
   * {@code ZINTERCARD ... LIMIT limit}: the size of the intersection, counting stops at {@code
   * limit} (0 = none).
   */
  long zintercard(long limit, String... keys);

  /**
   * Same as {@link #zintercard(long, String...)}, with {@code byte[]} in place of {@code String}.
   */
  long zintercard(long limit, byte[]... keys);

  /**
   * {@code ZLEXCOUNT}: how many members lie between two lex bounds ({@code [a}, {@code (a}, {@code
   * -}, {@code +}).
   */
  long zlexcount(String key, String min, String max);

  /**
   * Same as {@link #zlexcount(String, String, String)}, with {@code byte[]} in place of {@code
   * String}.
   */
  long zlexcount(byte[] key, byte[] min, byte[] max);

  /**
   * {@code ZREMRANGEBYRANK}: removes the members ranked {@code start} to {@code stop} (inclusive,
   * negative from the end); how many.
   */
  long zremrangebyrank(String key, long start, long stop);

  /**
   * Same as {@link #zremrangebyrank(String, long, long)}, with {@code byte[]} in place of {@code
   * String}.
   */
  long zremrangebyrank(byte[] key, long start, long stop);

  /**
   * {@code ZREMRANGEBYSCORE}: removes the members scored {@code min} to {@code max} (inclusive;
   * {@code ±Infinity} for open ends); how many.
   */
  long zremrangebyscore(String key, double min, double max);

  /**
   * Same as {@link #zremrangebyscore(String, double, double)}, with {@code byte[]} in place of
   * {@code String}.
   */
  long zremrangebyscore(byte[] key, double min, double max);

  /**
   * {@code ZREMRANGEBYLEX}: removes the members between two lex bounds ({@code [a}, {@code (a},
   * {@code -}, {@code +}); how many.
   */
  long zremrangebylex(String key, String min, String max);

  /**
   * Same as {@link #zremrangebylex(String, String, String)}, with {@code byte[]} in place of {@code
   * String}.
   */
  long zremrangebylex(byte[] key, byte[] min, byte[] max);
}
