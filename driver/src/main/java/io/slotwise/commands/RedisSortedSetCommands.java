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
}
