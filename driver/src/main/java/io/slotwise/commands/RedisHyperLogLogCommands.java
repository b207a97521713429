package io.slotwise.commands;

/**
 * HyperLogLog commands ({@code PFADD}, {@code PFCOUNT}, {@code PFMERGE}). Each call waits for its
 * reply. Part of {@link RedisCommands}, whose notes on overloads, {@code null} replies and
 * exceptions apply. Thread-safe; obtained from {@link io.slotwise.SlotwiseClient#sync()} and closed
 * with the client, never on its own.
 */
public interface RedisHyperLogLogCommands {

  /** {@code PFADD}: {@code true} when the estimate changed. */
  boolean pfadd(String key, String... elements);

  /** Same as {@link #pfadd(String, String...)}, with {@code byte[]} in place of {@code String}. */
  boolean pfadd(byte[] key, byte[]... elements);

  /**
   * {@code PFCOUNT}: the estimated cardinality of the union of the keys; several keys must share
   * one slot in cluster mode.
   */
  long pfcount(String... keys);

  /** Same as {@link #pfcount(String...)}, with {@code byte[]} in place of {@code String}. */
  long pfcount(byte[]... keys);

  /** {@code PFMERGE}: {@code OK}; every key must share one slot in cluster mode. */
  String pfmerge(String destination, String... sources);

  /**
   * Same as {@link #pfmerge(String, String...)}, with {@code byte[]} in place of {@code String}.
   */
  String pfmerge(byte[] destination, byte[]... sources);
}
