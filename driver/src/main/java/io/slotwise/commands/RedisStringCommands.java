package io.slotwise.commands;

import java.util.List;
import java.util.Map;

/**
 * String and counter commands ({@code GET}, {@code SET}, {@code MGET}, {@code MSET}, {@code INCR},
 * ...). Each call waits for its reply. Part of {@link RedisCommands}, whose notes on overloads,
 * {@code null} replies and exceptions apply. Thread-safe; obtained from {@link
 * io.slotwise.SlotwiseClient#sync()} and closed with the client, never on its own.
 */
public interface RedisStringCommands {

  /** {@code GET}: the value, or {@code null} when the key does not exist. */
  String get(String key);

  byte[] get(byte[] key);

  /** {@code SET}: always {@code "OK"}. */
  String set(String key, String value);

  String set(byte[] key, byte[] value);

  /**
   * {@code SET} with options: {@code "OK"}, or {@code null} when {@code NX}/{@code XX} prevented
   * it.
   */
  String set(String key, String value, SetArgs setArgs);

  String set(byte[] key, byte[] value, SetArgs setArgs);

  /** {@code SET ... GET}: the previous value, or {@code null} when there was none. */
  String setGet(String key, String value);

  byte[] setGet(byte[] key, byte[] value);

  /** {@code SET ... GET} with options: the previous value or {@code null}. */
  String setGet(String key, String value, SetArgs setArgs);

  byte[] setGet(byte[] key, byte[] value, SetArgs setArgs);

  /** {@code GETDEL}: the value that was deleted, or {@code null}. */
  String getdel(String key);

  byte[] getdel(byte[] key);

  /** {@code APPEND}: the length of the value afterwards. */
  long append(String key, String value);

  long append(byte[] key, byte[] value);

  /** {@code STRLEN}: the value's length in bytes, 0 when absent. */
  long strlen(String key);

  long strlen(byte[] key);

  /** {@code SETRANGE}: the length of the value afterwards. */
  long setrange(String key, long offset, String value);

  long setrange(byte[] key, long offset, byte[] value);

  /**
   * {@code GETRANGE}: the substring between two byte offsets, inclusive (negative from the end).
   */
  String getrange(String key, long start, long end);

  byte[] getrange(byte[] key, long start, long end);

  /** {@code MGET}: values in the order of {@code keys}, {@code null} for absent keys. */
  List<String> mget(String... keys);

  List<byte[]> mget(byte[]... keys);

  /** {@code MSET}: {@code "OK"}; in cluster mode split by slot, then not atomic across slots. */
  String mset(Map<String, String> keyValues);

  /** {@code MSET}; iterates the map, whose {@code byte[]} keys need not be look-up friendly. */
  String msetBytes(Map<byte[], byte[]> keyValues);

  // Counters

  /** {@code INCR}: the value afterwards. */
  long incr(String key);

  long incr(byte[] key);

  /** {@code INCRBY}: the value afterwards. */
  long incrby(String key, long amount);

  long incrby(byte[] key, long amount);

  /** {@code INCRBYFLOAT}: the value afterwards; {@code amount} must be finite. */
  double incrbyfloat(String key, double amount);

  double incrbyfloat(byte[] key, double amount);

  /** {@code DECR}: the value afterwards. */
  long decr(String key);

  long decr(byte[] key);

  /** {@code DECRBY}: the value afterwards. */
  long decrby(String key, long amount);

  long decrby(byte[] key, long amount);
}
