package io.slotwise.commands;

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
}
