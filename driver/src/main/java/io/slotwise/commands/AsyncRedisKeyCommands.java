package io.slotwise.commands;

import java.util.concurrent.CompletableFuture;

/**
 * Commands on keys of any type ({@code DEL}, {@code EXISTS}, {@code EXPIRE}, {@code TTL}, {@code
 * TYPE}, ...). Each call returns a {@link CompletableFuture} at once. Part of {@link
 * AsyncRedisCommands}, whose notes on futures, threads and argument checks apply. Thread-safe;
 * obtained from {@link io.slotwise.SlotwiseClient#async()} and closed with the client, never on its
 * own.
 */
public interface AsyncRedisKeyCommands {

  /** {@code DEL}: how many of the keys existed; split by slot in cluster mode. */
  CompletableFuture<Long> del(String... keys);

  /** Same as {@link #del(String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> del(byte[]... keys);

  /**
   * {@code UNLINK}: like {@link RedisCommands#del(String...)}, freeing memory in the background.
   */
  CompletableFuture<Long> unlink(String... keys);

  /** Same as {@link #unlink(String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> unlink(byte[]... keys);

  /** {@code EXISTS}: how many of the keys exist (a key named twice counts twice). */
  CompletableFuture<Long> exists(String... keys);

  /** Same as {@link #exists(String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> exists(byte[]... keys);

  /** {@code TOUCH}: how many of the keys exist; updates their access time. */
  CompletableFuture<Long> touch(String... keys);

  /** Same as {@link #touch(String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> touch(byte[]... keys);

  /** {@code EXPIRE}: {@code true} when the timeout was set, {@code false} if the key is absent. */
  CompletableFuture<Boolean> expire(String key, long seconds);

  /** Same as {@link #expire(String, long)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Boolean> expire(byte[] key, long seconds);

  /** {@code PEXPIRE}: like {@link RedisCommands#expire(String, long)} in milliseconds. */
  CompletableFuture<Boolean> pexpire(String key, long millis);

  /** Same as {@link #pexpire(String, long)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Boolean> pexpire(byte[] key, long millis);

  /** {@code TTL}: seconds to live, -1 without expiry, -2 when the key is absent. */
  CompletableFuture<Long> ttl(String key);

  /** Same as {@link #ttl(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> ttl(byte[] key);

  /** {@code PTTL}: milliseconds to live, -1 without expiry, -2 when the key is absent. */
  CompletableFuture<Long> pttl(String key);

  /** Same as {@link #pttl(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> pttl(byte[] key);

  /** {@code PERSIST}: {@code true} when a timeout was removed. */
  CompletableFuture<Boolean> persist(String key);

  /** Same as {@link #persist(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Boolean> persist(byte[] key);

  /** {@code TYPE}: {@code string}, {@code list}, {@code set}, {@code zset}, {@code hash}, ... */
  CompletableFuture<String> type(String key);

  /** Same as {@link #type(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<String> type(byte[] key);

  /** {@code RENAME}: {@code "OK"}; both keys must be in one slot in cluster mode. */
  CompletableFuture<String> rename(String key, String newKey);

  /** Same as {@link #rename(String, String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<String> rename(byte[] key, byte[] newKey);
}
