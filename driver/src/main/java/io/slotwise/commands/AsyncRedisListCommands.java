package io.slotwise.commands;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * List commands ({@code LPUSH}, {@code LPOP}, {@code LRANGE}, ...); the blocking ones are in {@link
 * AsyncRedisBlockingCommands}. Each call returns a {@link CompletableFuture} at once. Part of
 * {@link AsyncRedisCommands}, whose notes on futures, threads and argument checks apply.
 * Thread-safe; obtained from {@link io.slotwise.SlotwiseClient#async()} and closed with the client,
 * never on its own.
 */
public interface AsyncRedisListCommands {

  /** {@code LPUSH}: the list's length afterwards. */
  CompletableFuture<Long> lpush(String key, String... values);

  /** Same as {@link #lpush(String, String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> lpush(byte[] key, byte[]... values);

  /** {@code RPUSH}: the list's length afterwards. */
  CompletableFuture<Long> rpush(String key, String... values);

  /** Same as {@link #rpush(String, String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> rpush(byte[] key, byte[]... values);

  /** {@code LPOP}: the first element, or {@code null} when the list is empty. */
  CompletableFuture<String> lpop(String key);

  /** Same as {@link #lpop(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<byte[]> lpop(byte[] key);

  /** {@code LPOP key count}: up to {@code count} (≥ 1) elements; empty when the key is absent. */
  CompletableFuture<List<String>> lpop(String key, int count);

  /** Same as {@link #lpop(String, int)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<List<byte[]>> lpop(byte[] key, int count);

  /** {@code RPOP}: the last element, or {@code null}. */
  CompletableFuture<String> rpop(String key);

  /** Same as {@link #rpop(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<byte[]> rpop(byte[] key);

  /** {@code RPOP key count}: up to {@code count} (≥ 1) elements; empty when the key is absent. */
  CompletableFuture<List<String>> rpop(String key, int count);

  /** Same as {@link #rpop(String, int)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<List<byte[]>> rpop(byte[] key, int count);

  /** {@code LLEN}. */
  CompletableFuture<Long> llen(String key);

  /** Same as {@link #llen(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> llen(byte[] key);

  /** {@code LRANGE}: elements between two indexes, inclusive (negative from the end). */
  CompletableFuture<List<String>> lrange(String key, long start, long stop);

  /**
   * Same as {@link #lrange(String, long, long)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<List<byte[]>> lrange(byte[] key, long start, long stop);

  /** {@code LINDEX}: the element, or {@code null} when out of range. */
  CompletableFuture<String> lindex(String key, long index);

  /** Same as {@link #lindex(String, long)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<byte[]> lindex(byte[] key, long index);

  /** {@code LSET}: {@code "OK"}. */
  CompletableFuture<String> lset(String key, long index, String value);

  /**
   * Same as {@link #lset(String, long, String)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<String> lset(byte[] key, long index, byte[] value);

  /** {@code LREM}: how many elements equal to {@code value} were removed. */
  CompletableFuture<Long> lrem(String key, long count, String value);

  /**
   * Same as {@link #lrem(String, long, String)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<Long> lrem(byte[] key, long count, byte[] value);

  /** {@code LTRIM}: {@code "OK"}. */
  CompletableFuture<String> ltrim(String key, long start, long stop);

  /** Same as {@link #ltrim(String, long, long)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<String> ltrim(byte[] key, long start, long stop);

  /** {@code LINSERT}: the length afterwards, -1 when the pivot is missing, 0 when the key is. */
  CompletableFuture<Long> linsert(String key, boolean before, String pivot, String value);

  /**
   * Same as {@link #linsert(String, boolean, String, String)}, with {@code byte[]} in place of
   * {@code String}.
   */
  CompletableFuture<Long> linsert(byte[] key, boolean before, byte[] pivot, byte[] value);
}
