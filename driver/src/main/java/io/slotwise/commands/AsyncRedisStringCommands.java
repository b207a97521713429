package io.slotwise.commands;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * String and counter commands ({@code GET}, {@code SET}, {@code MGET}, {@code MSET}, {@code INCR},
 * ...). Each call returns a {@link CompletableFuture} at once. Part of {@link AsyncRedisCommands},
 * whose notes on futures, threads and argument checks apply. Thread-safe; obtained from {@link
 * io.slotwise.SlotwiseClient#async()} and closed with the client, never on its own.
 */
public interface AsyncRedisStringCommands {

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
}
