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

  /** Same as {@link #get(String)}, with {@code byte[]} in place of {@code String}. */
  byte[] get(byte[] key);

  /** {@code SET}: always {@code "OK"}. */
  String set(String key, String value);

  /** Same as {@link #set(String, String)}, with {@code byte[]} in place of {@code String}. */
  String set(byte[] key, byte[] value);

  /**
   * {@code SET} with options: {@code "OK"}, or {@code null} when {@code NX}/{@code XX} prevented
   * it.
   */
  String set(String key, String value, SetArgs setArgs);

  /**
   * Same as {@link #set(String, String, SetArgs)}, with {@code byte[]} in place of {@code String}.
   */
  String set(byte[] key, byte[] value, SetArgs setArgs);

  /** {@code SET ... GET}: the previous value, or {@code null} when there was none. */
  String setGet(String key, String value);

  /** Same as {@link #setGet(String, String)}, with {@code byte[]} in place of {@code String}. */
  byte[] setGet(byte[] key, byte[] value);

  /** {@code SET ... GET} with options: the previous value or {@code null}. */
  String setGet(String key, String value, SetArgs setArgs);

  /**
   * Same as {@link #setGet(String, String, SetArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  byte[] setGet(byte[] key, byte[] value, SetArgs setArgs);

  /** {@code GETDEL}: the value that was deleted, or {@code null}. */
  String getdel(String key);

  /** Same as {@link #getdel(String)}, with {@code byte[]} in place of {@code String}. */
  byte[] getdel(byte[] key);

  /** {@code APPEND}: the length of the value afterwards. */
  long append(String key, String value);

  /** Same as {@link #append(String, String)}, with {@code byte[]} in place of {@code String}. */
  long append(byte[] key, byte[] value);

  /** {@code STRLEN}: the value's length in bytes, 0 when absent. */
  long strlen(String key);

  /** Same as {@link #strlen(String)}, with {@code byte[]} in place of {@code String}. */
  long strlen(byte[] key);

  /** {@code SETRANGE}: the length of the value afterwards. */
  long setrange(String key, long offset, String value);

  /**
   * Same as {@link #setrange(String, long, String)}, with {@code byte[]} in place of {@code
   * String}.
   */
  long setrange(byte[] key, long offset, byte[] value);

  /**
   * {@code GETRANGE}: the substring between two byte offsets, inclusive (negative from the end).
   */
  String getrange(String key, long start, long end);

  /**
   * Same as {@link #getrange(String, long, long)}, with {@code byte[]} in place of {@code String}.
   */
  byte[] getrange(byte[] key, long start, long end);

  /** {@code MGET}: values in the order of {@code keys}, {@code null} for absent keys. */
  List<String> mget(String... keys);

  /** Same as {@link #mget(String...)}, with {@code byte[]} in place of {@code String}. */
  List<byte[]> mget(byte[]... keys);

  /** {@code MSET}: {@code "OK"}; in cluster mode split by slot, then not atomic across slots. */
  String mset(Map<String, String> keyValues);

  /** {@code MSET}; iterates the map, whose {@code byte[]} keys need not be look-up friendly. */
  String msetBytes(Map<byte[], byte[]> keyValues);

  // Counters

  /** {@code INCR}: the value afterwards. */
  long incr(String key);

  /** Same as {@link #incr(String)}, with {@code byte[]} in place of {@code String}. */
  long incr(byte[] key);

  /** {@code INCRBY}: the value afterwards. */
  long incrby(String key, long amount);

  /** Same as {@link #incrby(String, long)}, with {@code byte[]} in place of {@code String}. */
  long incrby(byte[] key, long amount);

  /** {@code INCRBYFLOAT}: the value afterwards; {@code amount} must be finite. */
  double incrbyfloat(String key, double amount);

  /**
   * Same as {@link #incrbyfloat(String, double)}, with {@code byte[]} in place of {@code String}.
   */
  double incrbyfloat(byte[] key, double amount);

  /** {@code DECR}: the value afterwards. */
  long decr(String key);

  /** Same as {@link #decr(String)}, with {@code byte[]} in place of {@code String}. */
  long decr(byte[] key);

  /** {@code DECRBY}: the value afterwards. */
  long decrby(String key, long amount);

  /** Same as {@link #decrby(String, long)}, with {@code byte[]} in place of {@code String}. */
  long decrby(byte[] key, long amount);

  // Added by issue 14: the gaps in this family.

  /** {@code SETEX}: sets the value with a timeout in seconds (positive); {@code "OK"}. */
  String setex(String key, long seconds, String value);

  /**
   * Same as {@link #setex(String, long, String)}, with {@code byte[]} in place of {@code String}.
   */
  String setex(byte[] key, long seconds, byte[] value);

  /** {@code PSETEX}: sets the value with a timeout in milliseconds (positive); {@code "OK"}. */
  String psetex(String key, long millis, String value);

  /**
   * Same as {@link #psetex(String, long, String)}, with {@code byte[]} in place of {@code String}.
   */
  String psetex(byte[] key, long millis, byte[] value);

  /** {@code GETEX}: the value (or {@code null}), changing its timeout as {@code getExArgs} says. */
  String getex(String key, GetExArgs getExArgs);

  /** Same as {@link #getex(String, GetExArgs)}, with {@code byte[]} in place of {@code String}. */
  byte[] getex(byte[] key, GetExArgs getExArgs);

  /** {@code GETSET}: sets the value and returns the previous one, or {@code null}. */
  String getset(String key, String value);

  /** Same as {@link #getset(String, String)}, with {@code byte[]} in place of {@code String}. */
  byte[] getset(byte[] key, byte[] value);

  /** {@code LCS}: the longest common subsequence of two string values; both keys in one slot. */
  String lcs(String key1, String key2);

  /** Same as {@link #lcs(String, String)}, with {@code byte[]} in place of {@code String}. */
  byte[] lcs(byte[] key1, byte[] key2);

  /** {@code LCS ... LEN}: the length of the longest common subsequence. */
  long lcsLen(String key1, String key2);

  /** Same as {@link #lcsLen(String, String)}, with {@code byte[]} in place of {@code String}. */
  long lcsLen(byte[] key1, byte[] key2);

  /**
   * {@code LCS ... IDX [MINMATCHLEN n] [WITHMATCHLEN]}: the matching ranges ({@code minMatchLen} 0
   * = all) and the length.
   */
  LcsResult lcsIdx(String key1, String key2, long minMatchLen, boolean withMatchLen);

  /**
   * Same as {@link #lcsIdx(String, String, long, boolean)}, with {@code byte[]} in place of {@code
   * String}.
   */
  LcsResult lcsIdx(byte[] key1, byte[] key2, long minMatchLen, boolean withMatchLen);

  /**
   * {@code SETNX}: sets the value only when the key does not exist; {@code true} when it was set.
   */
  boolean setnx(String key, String value);

  /** Same as {@link #setnx(String, String)}, with {@code byte[]} in place of {@code String}. */
  boolean setnx(byte[] key, byte[] value);
}
