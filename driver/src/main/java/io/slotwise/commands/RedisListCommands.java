package io.slotwise.commands;

import java.util.List;

/**
 * List commands ({@code LPUSH}, {@code LPOP}, {@code LRANGE}, ...); the blocking ones are in {@link
 * RedisBlockingCommands}. Each call waits for its reply. Part of {@link RedisCommands}, whose notes
 * on overloads, {@code null} replies and exceptions apply. Thread-safe; obtained from {@link
 * io.slotwise.SlotwiseClient#sync()} and closed with the client, never on its own.
 */
public interface RedisListCommands {

  /** {@code LPUSH}: the list's length afterwards. */
  long lpush(String key, String... values);

  /** Same as {@link #lpush(String, String...)}, with {@code byte[]} in place of {@code String}. */
  long lpush(byte[] key, byte[]... values);

  /** {@code RPUSH}: the list's length afterwards. */
  long rpush(String key, String... values);

  /** Same as {@link #rpush(String, String...)}, with {@code byte[]} in place of {@code String}. */
  long rpush(byte[] key, byte[]... values);

  /** {@code LPOP}: the first element, or {@code null} when the list is empty. */
  String lpop(String key);

  /** Same as {@link #lpop(String)}, with {@code byte[]} in place of {@code String}. */
  byte[] lpop(byte[] key);

  /** {@code LPOP key count}: up to {@code count} (≥ 1) elements; empty when the key is absent. */
  List<String> lpop(String key, int count);

  /** Same as {@link #lpop(String, int)}, with {@code byte[]} in place of {@code String}. */
  List<byte[]> lpop(byte[] key, int count);

  /** {@code RPOP}: the last element, or {@code null}. */
  String rpop(String key);

  /** Same as {@link #rpop(String)}, with {@code byte[]} in place of {@code String}. */
  byte[] rpop(byte[] key);

  /** {@code RPOP key count}: up to {@code count} (≥ 1) elements; empty when the key is absent. */
  List<String> rpop(String key, int count);

  /** Same as {@link #rpop(String, int)}, with {@code byte[]} in place of {@code String}. */
  List<byte[]> rpop(byte[] key, int count);

  /** {@code LLEN}. */
  long llen(String key);

  /** Same as {@link #llen(String)}, with {@code byte[]} in place of {@code String}. */
  long llen(byte[] key);

  /** {@code LRANGE}: elements between two indexes, inclusive (negative from the end). */
  List<String> lrange(String key, long start, long stop);

  /**
   * Same as {@link #lrange(String, long, long)}, with {@code byte[]} in place of {@code String}.
   */
  List<byte[]> lrange(byte[] key, long start, long stop);

  /** {@code LINDEX}: the element, or {@code null} when out of range. */
  String lindex(String key, long index);

  /** Same as {@link #lindex(String, long)}, with {@code byte[]} in place of {@code String}. */
  byte[] lindex(byte[] key, long index);

  /** {@code LSET}: {@code "OK"}. */
  String lset(String key, long index, String value);

  /**
   * Same as {@link #lset(String, long, String)}, with {@code byte[]} in place of {@code String}.
   */
  String lset(byte[] key, long index, byte[] value);

  /** {@code LREM}: how many elements equal to {@code value} were removed. */
  long lrem(String key, long count, String value);

  /**
   * Same as {@link #lrem(String, long, String)}, with {@code byte[]} in place of {@code String}.
   */
  long lrem(byte[] key, long count, byte[] value);

  /** {@code LTRIM}: {@code "OK"}. */
  String ltrim(String key, long start, long stop);

  /** Same as {@link #ltrim(String, long, long)}, with {@code byte[]} in place of {@code String}. */
  String ltrim(byte[] key, long start, long stop);

  /** {@code LINSERT}: the length afterwards, -1 when the pivot is missing, 0 when the key is. */
  long linsert(String key, boolean before, String pivot, String value);

  /**
   * Same as {@link #linsert(String, boolean, String, String)}, with {@code byte[]} in place of
   * {@code String}.
   */
  long linsert(byte[] key, boolean before, byte[] pivot, byte[] value);

  // Added by issue 14: the gaps in this family.

  /** {@code LPOS}: the index of the first match, or {@code null}. */
  Long lpos(String key, String element);

  /** Same as {@link #lpos(String, String)}, with {@code byte[]} in place of {@code String}. */
  Long lpos(byte[] key, byte[] element);

  /** {@code LPOS} with {@code RANK}/{@code MAXLEN}: the index of the match, or {@code null}. */
  Long lpos(String key, String element, LPosArgs lposArgs);

  /**
   * Same as {@link #lpos(String, String, LPosArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  Long lpos(byte[] key, byte[] element, LPosArgs lposArgs);

  /** {@code LPOS ... COUNT count}: the indexes of up to {@code count} matches (0 = all). */
  List<Long> lpos(String key, String element, long count, LPosArgs lposArgs);

  /**
   * Same as {@link #lpos(String, String, long, LPosArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  List<Long> lpos(byte[] key, byte[] element, long count, LPosArgs lposArgs);

  /**
   * {@code LMOVE}: moves one element between lists; the element, or {@code null} when {@code
   * source} is empty. Both keys in one slot.
   */
  String lmove(String source, String destination, ListDirection from, ListDirection to);

  /**
   * Same as {@link #lmove(String, String, ListDirection, ListDirection)}, with {@code byte[]} in
   * place of {@code String}.
   */
  byte[] lmove(byte[] source, byte[] destination, ListDirection from, ListDirection to);

  /**
   * {@code LMPOP}: up to {@code count} elements from the first non-empty list, with its key; {@code
   * null} when all are empty. All keys in one slot.
   */
  KeyValue<String, List<String>> lmpop(ListDirection from, int count, String... keys);

  /**
   * Same as {@link #lmpop(ListDirection, int, String...)}, with {@code byte[]} in place of {@code
   * String}.
   */
  KeyValue<byte[], List<byte[]>> lmpop(ListDirection from, int count, byte[]... keys);

  /**
   * {@code LPUSHX}: pushes at the head only when the list exists; its length afterwards (0 when
   * absent).
   */
  long lpushx(String key, String... values);

  /** Same as {@link #lpushx(String, String...)}, with {@code byte[]} in place of {@code String}. */
  long lpushx(byte[] key, byte[]... values);

  /**
   * {@code RPUSHX}: pushes at the tail only when the list exists; its length afterwards (0 when
   * absent).
   */
  long rpushx(String key, String... values);

  /** Same as {@link #rpushx(String, String...)}, with {@code byte[]} in place of {@code String}. */
  long rpushx(byte[] key, byte[]... values);
}
