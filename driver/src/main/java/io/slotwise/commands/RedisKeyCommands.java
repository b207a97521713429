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

  long del(byte[]... keys);

  /** {@code UNLINK}: like {@link #del(String...)}, freeing memory in the background. */
  long unlink(String... keys);

  long unlink(byte[]... keys);

  /** {@code EXISTS}: how many of the keys exist (a key named twice counts twice). */
  long exists(String... keys);

  long exists(byte[]... keys);

  /** {@code TOUCH}: how many of the keys exist; updates their access time. */
  long touch(String... keys);

  long touch(byte[]... keys);

  /** {@code EXPIRE}: {@code true} when the timeout was set, {@code false} if the key is absent. */
  boolean expire(String key, long seconds);

  boolean expire(byte[] key, long seconds);

  /** {@code PEXPIRE}: like {@link #expire(String, long)} in milliseconds. */
  boolean pexpire(String key, long millis);

  boolean pexpire(byte[] key, long millis);

  /** {@code TTL}: seconds to live, -1 without expiry, -2 when the key is absent. */
  long ttl(String key);

  long ttl(byte[] key);

  /** {@code PTTL}: milliseconds to live, -1 without expiry, -2 when the key is absent. */
  long pttl(String key);

  long pttl(byte[] key);

  /** {@code PERSIST}: {@code true} when a timeout was removed. */
  boolean persist(String key);

  boolean persist(byte[] key);

  /** {@code TYPE}: {@code string}, {@code list}, {@code set}, {@code zset}, {@code hash}, ... */
  String type(String key);

  String type(byte[] key);

  /** {@code RENAME}: {@code "OK"}; both keys must be in one slot in cluster mode. */
  String rename(String key, String newKey);

  String rename(byte[] key, byte[] newKey);
}
