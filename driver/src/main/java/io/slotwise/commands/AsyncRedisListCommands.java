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

  // Added by issue 14: the gaps in this family.

  /** {@code LPOS}: the index of the first match, or {@code null}. */
  CompletableFuture<Long> lpos(String key, String element);

  /** Same as {@link #lpos(String, String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> lpos(byte[] key, byte[] element);

  /** {@code LPOS} with {@code RANK}/{@code MAXLEN}: the index of the match, or {@code null}. */
  CompletableFuture<Long> lpos(String key, String element, LPosArgs lposArgs);

  /**
   * Same as {@link #lpos(String, String, LPosArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<Long> lpos(byte[] key, byte[] element, LPosArgs lposArgs);

  /** {@code LPOS ... COUNT count}: the indexes of up to {@code count} matches (0 = all). */
  CompletableFuture<List<Long>> lpos(String key, String element, long count, LPosArgs lposArgs);

  /**
   * Same as {@link #lpos(String, String, long, LPosArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<List<Long>> lpos(byte[] key, byte[] element, long count, LPosArgs lposArgs);

  /**
   * {@code LMOVE}: moves one element between lists; the element, or {@code null} when {@code
   * source} is empty. Both keys in one slot.
   */
  CompletableFuture<String> lmove(
      String source, String destination, ListDirection from, ListDirection to);

  /**
   * Same as {@link #lmove(String, String, ListDirection, ListDirection)}, with {@code byte[]} in
   * place of {@code String}.
   */
  CompletableFuture<byte[]> lmove(
      byte[] source, byte[] destination, ListDirection from, ListDirection to);

  /**
   * {@code LMPOP}: up to {@code count} elements from the first non-empty list, with its key; {@code
   * null} when all are empty. All keys in one slot.
   */
  CompletableFuture<KeyValue<String, List<String>>> lmpop(
      ListDirection from, int count, String... keys);

  /**
   * Same as {@link #lmpop(ListDirection, int, String...)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<KeyValue<byte[], List<byte[]>>> lmpop(
      ListDirection from, int count, byte[]... keys);

  /**
   * {@code LPUSHX}: pushes at the head only when the list exists; its length afterwards (0 when
   * absent).
   */
  CompletableFuture<Long> lpushx(String key, String... values);

  /** Same as {@link #lpushx(String, String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> lpushx(byte[] key, byte[]... values);

  /**
   * {@code RPUSHX}: pushes at the tail only when the list exists; its length afterwards (0 when
   * absent).
   */
  CompletableFuture<Long> rpushx(String key, String... values);

  /** Same as {@link #rpushx(String, String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> rpushx(byte[] key, byte[]... values);
}
