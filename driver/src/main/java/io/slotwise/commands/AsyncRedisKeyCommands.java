package io.slotwise.commands;

import java.util.List;
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

  // Added by issue 14: the gaps in this family.

  /** {@code EXPIRE ... NX|XX|GT|LT}: {@code true} when the timeout was set. */
  CompletableFuture<Boolean> expire(String key, long seconds, ExpireCondition condition);

  /**
   * Same as {@link #expire(String, long, ExpireCondition)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<Boolean> expire(byte[] key, long seconds, ExpireCondition condition);

  /** {@code PEXPIRE ... NX|XX|GT|LT}: {@code true} when the timeout was set. */
  CompletableFuture<Boolean> pexpire(String key, long millis, ExpireCondition condition);

  /**
   * Same as {@link #pexpire(String, long, ExpireCondition)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<Boolean> pexpire(byte[] key, long millis, ExpireCondition condition);

  /** {@code EXPIREAT}: expire at a Unix time in seconds; {@code false} if the key is absent. */
  CompletableFuture<Boolean> expireat(String key, long unixSeconds);

  /** Same as {@link #expireat(String, long)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Boolean> expireat(byte[] key, long unixSeconds);

  /** {@code EXPIREAT ... NX|XX|GT|LT}: {@code true} when the timeout was set. */
  CompletableFuture<Boolean> expireat(String key, long unixSeconds, ExpireCondition condition);

  /**
   * Same as {@link #expireat(String, long, ExpireCondition)}, with {@code byte[]} in place of
   * {@code String}.
   */
  CompletableFuture<Boolean> expireat(byte[] key, long unixSeconds, ExpireCondition condition);

  /**
   * {@code PEXPIREAT}: expire at a Unix time in milliseconds; {@code false} if the key is absent.
   */
  CompletableFuture<Boolean> pexpireat(String key, long unixMillis);

  /** Same as {@link #pexpireat(String, long)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Boolean> pexpireat(byte[] key, long unixMillis);

  /** {@code PEXPIREAT ... NX|XX|GT|LT}: {@code true} when the timeout was set. */
  CompletableFuture<Boolean> pexpireat(String key, long unixMillis, ExpireCondition condition);

  /**
   * Same as {@link #pexpireat(String, long, ExpireCondition)}, with {@code byte[]} in place of
   * {@code String}.
   */
  CompletableFuture<Boolean> pexpireat(byte[] key, long unixMillis, ExpireCondition condition);

  /**
   * {@code EXPIRETIME}: the Unix time in seconds the key expires at; -1 without timeout, -2 when
   * absent.
   */
  CompletableFuture<Long> expiretime(String key);

  /** Same as {@link #expiretime(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> expiretime(byte[] key);

  /**
   * {@code PEXPIRETIME}: the Unix time in milliseconds the key expires at; -1 without timeout, -2
   * when absent.
   */
  CompletableFuture<Long> pexpiretime(String key);

  /** Same as {@link #pexpiretime(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> pexpiretime(byte[] key);

  /**
   * {@code RENAMENX}: {@code true} when renamed, {@code false} when {@code newKey} exists; both
   * keys in one slot.
   */
  CompletableFuture<Boolean> renamenx(String key, String newKey);

  /** Same as {@link #renamenx(String, String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Boolean> renamenx(byte[] key, byte[] newKey);

  /** {@code COPY [REPLACE]}: {@code true} when copied; both keys in one slot. */
  CompletableFuture<Boolean> copy(String source, String destination, boolean replace);

  /**
   * Same as {@link #copy(String, String, boolean)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<Boolean> copy(byte[] source, byte[] destination, boolean replace);

  /**
   * {@code COPY ... DB db [REPLACE]}: into another database; refused in cluster mode (database 0
   * only).
   */
  CompletableFuture<Boolean> copy(String source, String destination, long db, boolean replace);

  /**
   * Same as {@link #copy(String, String, long, boolean)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<Boolean> copy(byte[] source, byte[] destination, long db, boolean replace);

  /**
   * {@code SORT} with options (see {@link SortArgs} for patterns in cluster mode): the sorted
   * elements.
   */
  CompletableFuture<List<String>> sort(String key, SortArgs sortArgs);

  /** Same as {@link #sort(String, SortArgs)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<List<byte[]>> sort(byte[] key, SortArgs sortArgs);

  /**
   * {@code SORT_RO} with options (see {@link SortArgs} for patterns in cluster mode): the sorted
   * elements.
   */
  CompletableFuture<List<String>> sortRo(String key, SortArgs sortArgs);

  /** Same as {@link #sortRo(String, SortArgs)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<List<byte[]>> sortRo(byte[] key, SortArgs sortArgs);

  /** {@code SORT}: the elements of a list, set or sorted set, sorted numerically. */
  CompletableFuture<List<String>> sort(String key);

  /** Same as {@link #sort(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<List<byte[]>> sort(byte[] key);

  /** {@code SORT ... STORE destination}: how many elements were stored; both keys in one slot. */
  CompletableFuture<Long> sortStore(String key, String destination, SortArgs sortArgs);

  /**
   * Same as {@link #sortStore(String, String, SortArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<Long> sortStore(byte[] key, byte[] destination, SortArgs sortArgs);

  /**
   * {@code OBJECT ENCODING}: the internal encoding (e.g. {@code listpack}), or {@code null} when
   * absent.
   */
  CompletableFuture<String> objectEncoding(String key);

  /** Same as {@link #objectEncoding(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<String> objectEncoding(byte[] key);

  /**
   * {@code OBJECT FREQ}: the LFU access frequency (LFU policies only), or {@code null} when absent.
   */
  CompletableFuture<Long> objectFreq(String key);

  /** Same as {@link #objectFreq(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> objectFreq(byte[] key);

  /**
   * {@code OBJECT IDLETIME}: seconds since the last access (not with LFU policies), or {@code null}
   * when absent.
   */
  CompletableFuture<Long> objectIdletime(String key);

  /** Same as {@link #objectIdletime(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> objectIdletime(byte[] key);

  /** {@code OBJECT REFCOUNT}: the reference count, or {@code null} when absent. */
  CompletableFuture<Long> objectRefcount(String key);

  /** Same as {@link #objectRefcount(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> objectRefcount(byte[] key);

  /** {@code DUMP}: the serialized value, or {@code null} when absent. */
  CompletableFuture<byte[]> dump(String key);

  /** Same as {@link #dump(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<byte[]> dump(byte[] key);

  /**
   * {@code RESTORE}: creates the key from {@link #dump} output, {@code ttl} in milliseconds (0 =
   * none); {@code "OK"}.
   */
  CompletableFuture<String> restore(String key, long ttl, byte[] serialized);

  /**
   * Same as {@link #restore(String, long, byte[])}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<String> restore(byte[] key, long ttl, byte[] serialized);

  /**
   * {@code RESTORE} with {@code REPLACE}/{@code ABSTTL}/{@code IDLETIME}/{@code FREQ}; {@code
   * "OK"}.
   */
  CompletableFuture<String> restore(
      String key, long ttl, byte[] serialized, RestoreArgs restoreArgs);

  /**
   * Same as {@link #restore(String, long, byte[], RestoreArgs)}, with {@code byte[]} in place of
   * {@code String}.
   */
  CompletableFuture<String> restore(
      byte[] key, long ttl, byte[] serialized, RestoreArgs restoreArgs);
}
