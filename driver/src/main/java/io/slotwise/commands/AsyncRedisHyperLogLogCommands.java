package io.slotwise.commands;

import java.util.concurrent.CompletableFuture;

/**
 * HyperLogLog commands ({@code PFADD}, {@code PFCOUNT}, {@code PFMERGE}). Each call returns a
 * {@link CompletableFuture} at once. Part of {@link AsyncRedisCommands}, whose notes on futures,
 * threads and argument checks apply. Thread-safe; obtained from {@link
 * io.slotwise.SlotwiseClient#async()} and closed with the client, never on its own.
 */
public interface AsyncRedisHyperLogLogCommands {

  /** {@code PFADD}: {@code true} when the estimate changed. */
  CompletableFuture<Boolean> pfadd(String key, String... elements);

  /** Same as {@link #pfadd(String, String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Boolean> pfadd(byte[] key, byte[]... elements);

  /**
   * {@code PFCOUNT}: the estimated cardinality of the union of the keys; several keys must share
   * one slot in cluster mode.
   */
  CompletableFuture<Long> pfcount(String... keys);

  /** Same as {@link #pfcount(String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> pfcount(byte[]... keys);

  /** {@code PFMERGE}: {@code OK}; every key must share one slot in cluster mode. */
  CompletableFuture<String> pfmerge(String destination, String... sources);

  /**
   * Same as {@link #pfmerge(String, String...)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<String> pfmerge(byte[] destination, byte[]... sources);
}
