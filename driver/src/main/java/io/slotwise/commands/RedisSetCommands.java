package io.slotwise.commands;

import java.util.List;
import java.util.Set;

/**
 * Set commands ({@code SADD}, {@code SMEMBERS}, {@code SINTER}, ...). Each call waits for its
 * reply. Part of {@link RedisCommands}, whose notes on overloads, {@code null} replies and
 * exceptions apply. Thread-safe; obtained from {@link io.slotwise.SlotwiseClient#sync()} and closed
 * with the client, never on its own.
 *
 * <p>Interface note: a binary set reply is a {@code List<byte[]>} in the server's order, because
 * {@code byte[]} compares by identity and would make a {@code Set} of it useless for look-ups.
 */
public interface RedisSetCommands {

  /** {@code SADD}: how many members were new. */
  long sadd(String key, String... members);

  /** Same as {@link #sadd(String, String...)}, with {@code byte[]} in place of {@code String}. */
  long sadd(byte[] key, byte[]... members);

  /** {@code SREM}: how many members were removed. */
  long srem(String key, String... members);

  /** Same as {@link #srem(String, String...)}, with {@code byte[]} in place of {@code String}. */
  long srem(byte[] key, byte[]... members);

  /** {@code SMEMBERS}: a {@code LinkedHashSet} in the server's order. */
  Set<String> smembers(String key);

  /** {@code SMEMBERS} as a list (see the interface note). */
  List<byte[]> smembers(byte[] key);

  /** {@code SISMEMBER}. */
  boolean sismember(String key, String member);

  /** Same as {@link #sismember(String, String)}, with {@code byte[]} in place of {@code String}. */
  boolean sismember(byte[] key, byte[] member);

  /** {@code SCARD}. */
  long scard(String key);

  /** Same as {@link #scard(String)}, with {@code byte[]} in place of {@code String}. */
  long scard(byte[] key);

  /** {@code SPOP}: a removed random member, or {@code null} when the set is empty. */
  String spop(String key);

  /** Same as {@link #spop(String)}, with {@code byte[]} in place of {@code String}. */
  byte[] spop(byte[] key);

  /** {@code SRANDMEMBER}: a random member, or {@code null}. */
  String srandmember(String key);

  /** Same as {@link #srandmember(String)}, with {@code byte[]} in place of {@code String}. */
  byte[] srandmember(byte[] key);

  /** {@code SINTER}; in cluster mode all keys must share a slot (else {@code CROSSSLOT}). */
  Set<String> sinter(String... keys);

  /** Same as {@link #sinter(String...)}, with {@code byte[]} in place of {@code String}. */
  List<byte[]> sinter(byte[]... keys);

  /** {@code SUNION}; in cluster mode all keys must share a slot. */
  Set<String> sunion(String... keys);

  /** Same as {@link #sunion(String...)}, with {@code byte[]} in place of {@code String}. */
  List<byte[]> sunion(byte[]... keys);

  /** {@code SDIFF}; in cluster mode all keys must share a slot. */
  Set<String> sdiff(String... keys);

  /** Same as {@link #sdiff(String...)}, with {@code byte[]} in place of {@code String}. */
  List<byte[]> sdiff(byte[]... keys);
}
