package io.slotwise.commands;

import java.util.List;
import java.util.Map;

/**
 * Hash commands ({@code HSET}, {@code HGET}, {@code HGETALL}, ...). Each call waits for its reply.
 * Part of {@link RedisCommands}, whose notes on overloads, {@code null} replies and exceptions
 * apply. Thread-safe; obtained from {@link io.slotwise.SlotwiseClient#sync()} and closed with the
 * client, never on its own.
 *
 * <p>Interface note: a binary hash reply is a {@code List<Map.Entry<byte[], byte[]>>} in the
 * server's order, because {@code byte[]} compares by identity and would make a {@code Map} keyed by
 * it useless for look-ups.
 */
public interface RedisHashCommands {

  /** {@code HSET}: 1 when the field is new, 0 when it was updated. */
  long hset(String key, String field, String value);

  /**
   * Same as {@link #hset(String, String, String)}, with {@code byte[]} in place of {@code String}.
   */
  long hset(byte[] key, byte[] field, byte[] value);

  /** {@code HSET} of several fields: how many were new. */
  long hset(String key, Map<String, String> fieldValues);

  /** {@code HSET} of several fields; iterates the map. */
  long hset(byte[] key, Map<byte[], byte[]> fieldValues);

  /** {@code HSETNX}: {@code true} when the field was set. */
  boolean hsetnx(String key, String field, String value);

  /**
   * Same as {@link #hsetnx(String, String, String)}, with {@code byte[]} in place of {@code
   * String}.
   */
  boolean hsetnx(byte[] key, byte[] field, byte[] value);

  /** {@code HGET}: the value, or {@code null}. */
  String hget(String key, String field);

  /** Same as {@link #hget(String, String)}, with {@code byte[]} in place of {@code String}. */
  byte[] hget(byte[] key, byte[] field);

  /** {@code HMGET}: values in the order of {@code fields}, {@code null} for absent ones. */
  List<String> hmget(String key, String... fields);

  /** Same as {@link #hmget(String, String...)}, with {@code byte[]} in place of {@code String}. */
  List<byte[]> hmget(byte[] key, byte[]... fields);

  /** {@code HGETALL}: fields and values in the server's order; empty when the key is absent. */
  Map<String, String> hgetall(String key);

  /** {@code HGETALL} as binary entries, in the server's order (see the interface note). */
  List<Map.Entry<byte[], byte[]>> hgetall(byte[] key);

  /** {@code HDEL}: how many fields were removed. */
  long hdel(String key, String... fields);

  /** Same as {@link #hdel(String, String...)}, with {@code byte[]} in place of {@code String}. */
  long hdel(byte[] key, byte[]... fields);

  /** {@code HEXISTS}. */
  boolean hexists(String key, String field);

  /** Same as {@link #hexists(String, String)}, with {@code byte[]} in place of {@code String}. */
  boolean hexists(byte[] key, byte[] field);

  /** {@code HLEN}: the number of fields. */
  long hlen(String key);

  /** Same as {@link #hlen(String)}, with {@code byte[]} in place of {@code String}. */
  long hlen(byte[] key);

  /** {@code HKEYS}. */
  List<String> hkeys(String key);

  /** Same as {@link #hkeys(String)}, with {@code byte[]} in place of {@code String}. */
  List<byte[]> hkeys(byte[] key);

  /** {@code HVALS}. */
  List<String> hvals(String key);

  /** Same as {@link #hvals(String)}, with {@code byte[]} in place of {@code String}. */
  List<byte[]> hvals(byte[] key);

  /** {@code HINCRBY}: the field's value afterwards. */
  long hincrby(String key, String field, long amount);

  /**
   * Same as {@link #hincrby(String, String, long)}, with {@code byte[]} in place of {@code String}.
   */
  long hincrby(byte[] key, byte[] field, long amount);

  /** {@code HINCRBYFLOAT}: the field's value afterwards. */
  double hincrbyfloat(String key, String field, double amount);

  /**
   * Same as {@link #hincrbyfloat(String, String, double)}, with {@code byte[]} in place of {@code
   * String}.
   */
  double hincrbyfloat(byte[] key, byte[] field, double amount);

  // Added by issue 14: the gaps in this family.

  /**
   * {@code HSCAN}: one page of a hash's fields and values; {@link ScanResult#keys()} holds the
   * pairs. Pass the returned cursor back; {@code "0"} starts and ends.
   */
  ScanResult<KeyValue<String, String>> hscan(String key, String cursor);

  /** Same as {@link #hscan(String, String)}, with {@code byte[]} in place of {@code String}. */
  ScanResult<KeyValue<byte[], byte[]>> hscan(byte[] key, String cursor);

  /** {@code HSCAN} with {@code MATCH}/{@code COUNT} ({@code TYPE} is refused). */
  ScanResult<KeyValue<String, String>> hscan(String key, String cursor, ScanArgs scanArgs);

  /**
   * Same as {@link #hscan(String, String, ScanArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  ScanResult<KeyValue<byte[], byte[]>> hscan(byte[] key, String cursor, ScanArgs scanArgs);

  /** {@code HRANDFIELD}: a random field, or {@code null} when the hash is empty. */
  String hrandfield(String key);

  /** Same as {@link #hrandfield(String)}, with {@code byte[]} in place of {@code String}. */
  byte[] hrandfield(byte[] key);

  /**
   * {@code HRANDFIELD key count}: distinct fields when {@code count > 0}, possibly repeated when
   * negative.
   */
  List<String> hrandfield(String key, long count);

  /** Same as {@link #hrandfield(String, long)}, with {@code byte[]} in place of {@code String}. */
  List<byte[]> hrandfield(byte[] key, long count);

  /** {@code HRANDFIELD key count WITHVALUES}: fields with their values. */
  List<KeyValue<String, String>> hrandfieldWithValues(String key, long count);

  /**
   * Same as {@link #hrandfieldWithValues(String, long)}, with {@code byte[]} in place of {@code
   * String}.
   */
  List<KeyValue<byte[], byte[]>> hrandfieldWithValues(byte[] key, long count);

  /** {@code HSTRLEN}: the length of the field's value in bytes, 0 when absent. */
  long hstrlen(String key, String field);

  /** Same as {@link #hstrlen(String, String)}, with {@code byte[]} in place of {@code String}. */
  long hstrlen(byte[] key, byte[] field);

  /**
   * Every fields and values of the key, lazily: the returned {@code Iterable} runs a new {@code
   * HSCAN} each time it is iterated, one page per call when the previous page is used up. Elements
   * present for the whole iteration are returned at least once (possibly more). Sync only: the
   * async API pages with {@code hscan(key, cursor, scanArgs)}.
   */
  Iterable<KeyValue<String, String>> hscanIterable(String key, ScanArgs scanArgs);

  /**
   * Same as {@link #hscanIterable(String, ScanArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  Iterable<KeyValue<byte[], byte[]>> hscanIterable(byte[] key, ScanArgs scanArgs);
}
