package io.slotwise.commands;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Hash commands ({@code HSET}, {@code HGET}, {@code HGETALL}, ...). Each call returns a {@link
 * CompletableFuture} at once. Part of {@link AsyncRedisCommands}, whose notes on futures, threads
 * and argument checks apply. Thread-safe; obtained from {@link io.slotwise.SlotwiseClient#async()}
 * and closed with the client, never on its own.
 *
 * <p>Interface note: a binary hash reply is a {@code List<Map.Entry<byte[], byte[]>>} in the
 * server's order, because {@code byte[]} compares by identity and would make a {@code Map} keyed by
 * it useless for look-ups.
 */
public interface AsyncRedisHashCommands {

  /** {@code HSET}: 1 when the field is new, 0 when it was updated. */
  CompletableFuture<Long> hset(String key, String field, String value);

  /**
   * Same as {@link #hset(String, String, String)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<Long> hset(byte[] key, byte[] field, byte[] value);

  /** {@code HSET} of several fields: how many were new. */
  CompletableFuture<Long> hset(String key, Map<String, String> fieldValues);

  /** {@code HSET} of several fields; iterates the map. */
  CompletableFuture<Long> hset(byte[] key, Map<byte[], byte[]> fieldValues);

  /** {@code HSETNX}: {@code true} when the field was set. */
  CompletableFuture<Boolean> hsetnx(String key, String field, String value);

  /**
   * Same as {@link #hsetnx(String, String, String)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<Boolean> hsetnx(byte[] key, byte[] field, byte[] value);

  /** {@code HGET}: the value, or {@code null}. */
  CompletableFuture<String> hget(String key, String field);

  /** Same as {@link #hget(String, String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<byte[]> hget(byte[] key, byte[] field);

  /** {@code HMGET}: values in the order of {@code fields}, {@code null} for absent ones. */
  CompletableFuture<List<String>> hmget(String key, String... fields);

  /** Same as {@link #hmget(String, String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<List<byte[]>> hmget(byte[] key, byte[]... fields);

  /** {@code HGETALL}: fields and values in the server's order; empty when the key is absent. */
  CompletableFuture<Map<String, String>> hgetall(String key);

  /** {@code HGETALL} as binary entries, in the server's order (see the interface note). */
  CompletableFuture<List<Map.Entry<byte[], byte[]>>> hgetall(byte[] key);

  /** {@code HDEL}: how many fields were removed. */
  CompletableFuture<Long> hdel(String key, String... fields);

  /** Same as {@link #hdel(String, String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> hdel(byte[] key, byte[]... fields);

  /** {@code HEXISTS}. */
  CompletableFuture<Boolean> hexists(String key, String field);

  /** Same as {@link #hexists(String, String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Boolean> hexists(byte[] key, byte[] field);

  /** {@code HLEN}: the number of fields. */
  CompletableFuture<Long> hlen(String key);

  /** Same as {@link #hlen(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> hlen(byte[] key);

  /** {@code HKEYS}. */
  CompletableFuture<List<String>> hkeys(String key);

  /** Same as {@link #hkeys(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<List<byte[]>> hkeys(byte[] key);

  /** {@code HVALS}. */
  CompletableFuture<List<String>> hvals(String key);

  /** Same as {@link #hvals(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<List<byte[]>> hvals(byte[] key);

  /** {@code HINCRBY}: the field's value afterwards. */
  CompletableFuture<Long> hincrby(String key, String field, long amount);

  /**
   * Same as {@link #hincrby(String, String, long)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<Long> hincrby(byte[] key, byte[] field, long amount);

  /** {@code HINCRBYFLOAT}: the field's value afterwards. */
  CompletableFuture<Double> hincrbyfloat(String key, String field, double amount);

  /**
   * Same as {@link #hincrbyfloat(String, String, double)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<Double> hincrbyfloat(byte[] key, byte[] field, double amount);

  // Added by issue 14: the gaps in this family.

  /**
   * {@code HSCAN}: one page of a hash's fields and values; {@link ScanResult#keys()} holds the
   * pairs. Pass the returned cursor back; {@code "0"} starts and ends.
   */
  CompletableFuture<ScanResult<KeyValue<String, String>>> hscan(String key, String cursor);

  /** Same as {@link #hscan(String, String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<ScanResult<KeyValue<byte[], byte[]>>> hscan(byte[] key, String cursor);

  /** {@code HSCAN} with {@code MATCH}/{@code COUNT} ({@code TYPE} is refused). */
  CompletableFuture<ScanResult<KeyValue<String, String>>> hscan(
      String key, String cursor, ScanArgs scanArgs);

  /**
   * Same as {@link #hscan(String, String, ScanArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<ScanResult<KeyValue<byte[], byte[]>>> hscan(
      byte[] key, String cursor, ScanArgs scanArgs);

  /** {@code HRANDFIELD}: a random field, or {@code null} when the hash is empty. */
  CompletableFuture<String> hrandfield(String key);

  /** Same as {@link #hrandfield(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<byte[]> hrandfield(byte[] key);

  /**
   * {@code HRANDFIELD key count}: distinct fields when {@code count > 0}, possibly repeated when
   * negative.
   */
  CompletableFuture<List<String>> hrandfield(String key, long count);

  /** Same as {@link #hrandfield(String, long)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<List<byte[]>> hrandfield(byte[] key, long count);

  /** {@code HRANDFIELD key count WITHVALUES}: fields with their values. */
  CompletableFuture<List<KeyValue<String, String>>> hrandfieldWithValues(String key, long count);

  /**
   * Same as {@link #hrandfieldWithValues(String, long)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<List<KeyValue<byte[], byte[]>>> hrandfieldWithValues(byte[] key, long count);

  /** {@code HSTRLEN}: the length of the field's value in bytes, 0 when absent. */
  CompletableFuture<Long> hstrlen(String key, String field);

  /** Same as {@link #hstrlen(String, String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> hstrlen(byte[] key, byte[] field);
}
