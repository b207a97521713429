package io.slotwise.commands;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Sorted set commands ({@code ZADD}, {@code ZSCORE}, {@code ZRANGE}, ...); the blocking ones are in
 * {@link AsyncRedisBlockingCommands}. Each call returns a {@link CompletableFuture} at once. Part
 * of {@link AsyncRedisCommands}, whose notes on futures, threads and argument checks apply.
 * Thread-safe; obtained from {@link io.slotwise.SlotwiseClient#async()} and closed with the client,
 * never on its own.
 */
public interface AsyncRedisSortedSetCommands {

  /** {@code ZADD}: 1 when the member is new, 0 when its score was updated. */
  CompletableFuture<Long> zadd(String key, double score, String member);

  /**
   * Same as {@link #zadd(String, double, String)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<Long> zadd(byte[] key, double score, byte[] member);

  /** {@code ZADD} of several members: how many were new. */
  CompletableFuture<Long> zadd(String key, Map<String, Double> memberScores);

  /** {@code ZADD} of several members; iterates the map. */
  CompletableFuture<Long> zadd(byte[] key, Map<byte[], Double> memberScores);

  /** {@code ZREM}: how many members were removed. */
  CompletableFuture<Long> zrem(String key, String... members);

  /** Same as {@link #zrem(String, String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> zrem(byte[] key, byte[]... members);

  /** {@code ZSCORE}: the score, or {@code null} when the member is absent. */
  CompletableFuture<Double> zscore(String key, String member);

  /** Same as {@link #zscore(String, String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Double> zscore(byte[] key, byte[] member);

  /** {@code ZINCRBY}: the member's score afterwards. */
  CompletableFuture<Double> zincrby(String key, double amount, String member);

  /**
   * Same as {@link #zincrby(String, double, String)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<Double> zincrby(byte[] key, double amount, byte[] member);

  /** {@code ZCARD}. */
  CompletableFuture<Long> zcard(String key);

  /** Same as {@link #zcard(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> zcard(byte[] key);

  /** {@code ZCOUNT}: members with {@code min <= score <= max}; infinities are allowed. */
  CompletableFuture<Long> zcount(String key, double min, double max);

  /**
   * Same as {@link #zcount(String, double, double)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<Long> zcount(byte[] key, double min, double max);

  /** {@code ZRANK}: the 0-based rank by ascending score, or {@code null} when absent. */
  CompletableFuture<Long> zrank(String key, String member);

  /** Same as {@link #zrank(String, String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> zrank(byte[] key, byte[] member);

  /** {@code ZREVRANK}: the 0-based rank by descending score, or {@code null}. */
  CompletableFuture<Long> zrevrank(String key, String member);

  /** Same as {@link #zrevrank(String, String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> zrevrank(byte[] key, byte[] member);

  /** {@code ZRANGE} by index, ascending score. */
  CompletableFuture<List<String>> zrange(String key, long start, long stop);

  /**
   * Same as {@link #zrange(String, long, long)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<List<byte[]>> zrange(byte[] key, long start, long stop);

  /** {@code ZREVRANGE} by index, descending score. */
  CompletableFuture<List<String>> zrevrange(String key, long start, long stop);

  /**
   * Same as {@link #zrevrange(String, long, long)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<List<byte[]>> zrevrange(byte[] key, long start, long stop);

  /** {@code ZRANGE ... WITHSCORES} by index. */
  CompletableFuture<List<ScoredValue<String>>> zrangeWithScores(String key, long start, long stop);

  /**
   * Same as {@link #zrangeWithScores(String, long, long)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<List<ScoredValue<byte[]>>> zrangeWithScores(byte[] key, long start, long stop);

  /** {@code ZRANGEBYSCORE}: members with {@code min <= score <= max}, ascending. */
  CompletableFuture<List<String>> zrangebyscore(String key, double min, double max);

  /**
   * Same as {@link #zrangebyscore(String, double, double)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<List<byte[]>> zrangebyscore(byte[] key, double min, double max);
}
