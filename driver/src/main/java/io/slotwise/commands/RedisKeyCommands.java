package io.slotwise.commands;

import java.util.List;

/**
 * Commands on keys of any type ({@code DEL}, {@code EXISTS}, {@code EXPIRE}, {@code TTL}, {@code
 * TYPE}, ...). Each call waits for its reply. Part of {@link RedisCommands}, whose notes on
 * overloads, {@code null} replies and exceptions apply. Thread-safe; obtained from {@link
 * io.slotwise.SlotwiseClient#sync()} and closed with the client, never on its own.
 */
public interface RedisKeyCommands {

  /** {@code DEL}: how many of the keys existed; split by slot in cluster mode. */
  long del(String... keys);

  /** Same as {@link #del(String...)}, with {@code byte[]} in place of {@code String}. */
  long del(byte[]... keys);

  /** {@code UNLINK}: like {@link #del(String...)}, freeing memory in the background. */
  long unlink(String... keys);

  /** Same as {@link #unlink(String...)}, with {@code byte[]} in place of {@code String}. */
  long unlink(byte[]... keys);

  /** {@code EXISTS}: how many of the keys exist (a key named twice counts twice). */
  long exists(String... keys);

  /** Same as {@link #exists(String...)}, with {@code byte[]} in place of {@code String}. */
  long exists(byte[]... keys);

  /** {@code TOUCH}: how many of the keys exist; updates their access time. */
  long touch(String... keys);

  /** Same as {@link #touch(String...)}, with {@code byte[]} in place of {@code String}. */
  long touch(byte[]... keys);

  /** {@code EXPIRE}: {@code true} when the timeout was set, {@code false} if the key is absent. */
  boolean expire(String key, long seconds);

  /** Same as {@link #expire(String, long)}, with {@code byte[]} in place of {@code String}. */
  boolean expire(byte[] key, long seconds);

  /** {@code PEXPIRE}: like {@link #expire(String, long)} in milliseconds. */
  boolean pexpire(String key, long millis);

  /** Same as {@link #pexpire(String, long)}, with {@code byte[]} in place of {@code String}. */
  boolean pexpire(byte[] key, long millis);

  /** {@code TTL}: seconds to live, -1 without expiry, -2 when the key is absent. */
  long ttl(String key);

  /** Same as {@link #ttl(String)}, with {@code byte[]} in place of {@code String}. */
  long ttl(byte[] key);

  /** {@code PTTL}: milliseconds to live, -1 without expiry, -2 when the key is absent. */
  long pttl(String key);

  /** Same as {@link #pttl(String)}, with {@code byte[]} in place of {@code String}. */
  long pttl(byte[] key);

  /** {@code PERSIST}: {@code true} when a timeout was removed. */
  boolean persist(String key);

  /** Same as {@link #persist(String)}, with {@code byte[]} in place of {@code String}. */
  boolean persist(byte[] key);

  /** {@code TYPE}: {@code string}, {@code list}, {@code set}, {@code zset}, {@code hash}, ... */
  String type(String key);

  /** Same as {@link #type(String)}, with {@code byte[]} in place of {@code String}. */
  String type(byte[] key);

  /** {@code RENAME}: {@code "OK"}; both keys must be in one slot in cluster mode. */
  String rename(String key, String newKey);

  /** Same as {@link #rename(String, String)}, with {@code byte[]} in place of {@code String}. */
  String rename(byte[] key, byte[] newKey);

  // Added by issue 14: the gaps in this family.

  /** {@code EXPIRE ... NX|XX|GT|LT}: {@code true} when the timeout was set. */
  boolean expire(String key, long seconds, ExpireCondition condition);

  /**
   * Same as {@link #expire(String, long, ExpireCondition)}, with {@code byte[]} in place of {@code
   * String}.
   */
  boolean expire(byte[] key, long seconds, ExpireCondition condition);

  /** {@code PEXPIRE ... NX|XX|GT|LT}: {@code true} when the timeout was set. */
  boolean pexpire(String key, long millis, ExpireCondition condition);

  /**
   * Same as {@link #pexpire(String, long, ExpireCondition)}, with {@code byte[]} in place of {@code
   * String}.
   */
  boolean pexpire(byte[] key, long millis, ExpireCondition condition);

  /** {@code EXPIREAT}: expire at a Unix time in seconds; {@code false} if the key is absent. */
  boolean expireat(String key, long unixSeconds);

  /** Same as {@link #expireat(String, long)}, with {@code byte[]} in place of {@code String}. */
  boolean expireat(byte[] key, long unixSeconds);

  /** {@code EXPIREAT ... NX|XX|GT|LT}: {@code true} when the timeout was set. */
  boolean expireat(String key, long unixSeconds, ExpireCondition condition);

  /**
   * Same as {@link #expireat(String, long, ExpireCondition)}, with {@code byte[]} in place of
   * {@code String}.
   */
  boolean expireat(byte[] key, long unixSeconds, ExpireCondition condition);

  /**
   * {@code PEXPIREAT}: expire at a Unix time in milliseconds; {@code false} if the key is absent.
   */
  boolean pexpireat(String key, long unixMillis);

  /** Same as {@link #pexpireat(String, long)}, with {@code byte[]} in place of {@code String}. */
  boolean pexpireat(byte[] key, long unixMillis);

  /** {@code PEXPIREAT ... NX|XX|GT|LT}: {@code true} when the timeout was set. */
  boolean pexpireat(String key, long unixMillis, ExpireCondition condition);

  /**
   * Same as {@link #pexpireat(String, long, ExpireCondition)}, with {@code byte[]} in place of
   * {@code String}.
   */
  boolean pexpireat(byte[] key, long unixMillis, ExpireCondition condition);

  /**
   * {@code EXPIRETIME}: the Unix time in seconds the key expires at; -1 without timeout, -2 when
   * absent.
   */
  long expiretime(String key);

  /** Same as {@link #expiretime(String)}, with {@code byte[]} in place of {@code String}. */
  long expiretime(byte[] key);

  /**
   * {@code PEXPIRETIME}: the Unix time in milliseconds the key expires at; -1 without timeout, -2
   * when absent.
   */
  long pexpiretime(String key);

  /** Same as {@link #pexpiretime(String)}, with {@code byte[]} in place of {@code String}. */
  long pexpiretime(byte[] key);

  /**
   * {@code RENAMENX}: {@code true} when renamed, {@code false} when {@code newKey} exists; both
   * keys in one slot.
   */
  boolean renamenx(String key, String newKey);

  /** Same as {@link #renamenx(String, String)}, with {@code byte[]} in place of {@code String}. */
  boolean renamenx(byte[] key, byte[] newKey);

  /** {@code COPY [REPLACE]}: {@code true} when copied; both keys in one slot. */
  boolean copy(String source, String destination, boolean replace);

  /**
   * Same as {@link #copy(String, String, boolean)}, with {@code byte[]} in place of {@code String}.
   */
  boolean copy(byte[] source, byte[] destination, boolean replace);

  /**
   * {@code COPY ... DB db [REPLACE]}: into another database; refused in cluster mode (database 0
   * only).
   */
  boolean copy(String source, String destination, long db, boolean replace);

  /**
   * Same as {@link #copy(String, String, long, boolean)}, with {@code byte[]} in place of {@code
   * String}.
   */
  boolean copy(byte[] source, byte[] destination, long db, boolean replace);

  /**
   * {@code SORT} with options (see {@link SortArgs} for patterns in cluster mode): the sorted
   * elements.
   */
  List<String> sort(String key, SortArgs sortArgs);

  /** Same as {@link #sort(String, SortArgs)}, with {@code byte[]} in place of {@code String}. */
  List<byte[]> sort(byte[] key, SortArgs sortArgs);

  /**
   * {@code SORT_RO} with options (see {@link SortArgs} for patterns in cluster mode): the sorted
   * elements.
   */
  List<String> sortRo(String key, SortArgs sortArgs);

  /** Same as {@link #sortRo(String, SortArgs)}, with {@code byte[]} in place of {@code String}. */
  List<byte[]> sortRo(byte[] key, SortArgs sortArgs);

  /** {@code SORT}: the elements of a list, set or sorted set, sorted numerically. */
  List<String> sort(String key);

  /** Same as {@link #sort(String)}, with {@code byte[]} in place of {@code String}. */
  List<byte[]> sort(byte[] key);

  /** {@code SORT ... STORE destination}: how many elements were stored; both keys in one slot. */
  long sortStore(String key, String destination, SortArgs sortArgs);

  /**
   * Same as {@link #sortStore(String, String, SortArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  long sortStore(byte[] key, byte[] destination, SortArgs sortArgs);

  /**
   * {@code OBJECT ENCODING}: the internal encoding (e.g. {@code listpack}), or {@code null} when
   * absent.
   */
  String objectEncoding(String key);

  /** Same as {@link #objectEncoding(String)}, with {@code byte[]} in place of {@code String}. */
  String objectEncoding(byte[] key);

  /**
   * {@code OBJECT FREQ}: the LFU access frequency (LFU policies only), or {@code null} when absent.
   */
  Long objectFreq(String key);

  /** Same as {@link #objectFreq(String)}, with {@code byte[]} in place of {@code String}. */
  Long objectFreq(byte[] key);

  /**
   * {@code OBJECT IDLETIME}: seconds since the last access (not with LFU policies), or {@code null}
   * when absent.
   */
  Long objectIdletime(String key);

  /** Same as {@link #objectIdletime(String)}, with {@code byte[]} in place of {@code String}. */
  Long objectIdletime(byte[] key);

  /** {@code OBJECT REFCOUNT}: the reference count, or {@code null} when absent. */
  Long objectRefcount(String key);

  /** Same as {@link #objectRefcount(String)}, with {@code byte[]} in place of {@code String}. */
  Long objectRefcount(byte[] key);

  /** {@code DUMP}: the serialized value, or {@code null} when absent. */
  byte[] dump(String key);

  /** Same as {@link #dump(String)}, with {@code byte[]} in place of {@code String}. */
  byte[] dump(byte[] key);

  /**
   * {@code RESTORE}: creates the key from {@link #dump} output, {@code ttl} in milliseconds (0 =
   * none); {@code "OK"}.
   */
  String restore(String key, long ttl, byte[] serialized);

  /**
   * Same as {@link #restore(String, long, byte[])}, with {@code byte[]} in place of {@code String}.
   */
  String restore(byte[] key, long ttl, byte[] serialized);

  /**
   * {@code RESTORE} with {@code REPLACE}/{@code ABSTTL}/{@code IDLETIME}/{@code FREQ}; {@code
   * "OK"}.
   */
  String restore(String key, long ttl, byte[] serialized, RestoreArgs restoreArgs);

  /**
   * Same as {@link #restore(String, long, byte[], RestoreArgs)}, with {@code byte[]} in place of
   * {@code String}.
   */
  String restore(byte[] key, long ttl, byte[] serialized, RestoreArgs restoreArgs);
}
