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

  // Added by issue 14: the gaps in this family.

  /**
   * {@code SSCAN}: one page of a set's members. Pass the returned cursor back; {@code "0"} starts
   * and ends.
   */
  ScanResult<String> sscan(String key, String cursor);

  /** Same as {@link #sscan(String, String)}, with {@code byte[]} in place of {@code String}. */
  ScanResult<byte[]> sscan(byte[] key, String cursor);

  /** {@code SSCAN} with {@code MATCH}/{@code COUNT} ({@code TYPE} is refused). */
  ScanResult<String> sscan(String key, String cursor, ScanArgs scanArgs);

  /**
   * Same as {@link #sscan(String, String, ScanArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  ScanResult<byte[]> sscan(byte[] key, String cursor, ScanArgs scanArgs);

  /** {@code SMISMEMBER}: for each member in order, whether it is in the set. */
  List<Boolean> smismember(String key, String... members);

  /**
   * Same as {@link #smismember(String, String...)}, with {@code byte[]} in place of {@code String}.
   */
  List<Boolean> smismember(byte[] key, byte[]... members);

  /** {@code SINTERCARD}: the size of the intersection; all keys in one slot. */
  long sintercard(String... keys);

  /** Same as {@link #sintercard(String...)}, with {@code byte[]} in place of {@code String}. */
  long sintercard(byte[]... keys);

  /**
   * {@code SINTERCARD ... LIMIT limit}: the size of the intersection, counting stops at {@code
   * limit} (0 = none).
   */
  long sintercard(long limit, String... keys);

  /**
   * Same as {@link #sintercard(long, String...)}, with {@code byte[]} in place of {@code String}.
   */
  long sintercard(long limit, byte[]... keys);

  /**
   * {@code SINTERSTORE}: stores the intersection in {@code destination}; its size. All keys in one
   * slot.
   */
  long sinterstore(String destination, String... keys);

  /**
   * Same as {@link #sinterstore(String, String...)}, with {@code byte[]} in place of {@code
   * String}.
   */
  long sinterstore(byte[] destination, byte[]... keys);

  /**
   * {@code SUNIONSTORE}: stores the union in {@code destination}; its size. All keys in one slot.
   */
  long sunionstore(String destination, String... keys);

  /**
   * Same as {@link #sunionstore(String, String...)}, with {@code byte[]} in place of {@code
   * String}.
   */
  long sunionstore(byte[] destination, byte[]... keys);

  /**
   * {@code SDIFFSTORE}: stores the difference (first minus the others) in {@code destination}; its
   * size. All keys in one slot.
   */
  long sdiffstore(String destination, String... keys);

  /**
   * Same as {@link #sdiffstore(String, String...)}, with {@code byte[]} in place of {@code String}.
   */
  long sdiffstore(byte[] destination, byte[]... keys);

  /**
   * Every members of the key, lazily: the returned {@code Iterable} runs a new {@code SSCAN} each
   * time it is iterated, one page per call when the previous page is used up. Elements present for
   * the whole iteration are returned at least once (possibly more). Sync only: the async API pages
   * with {@code sscan(key, cursor, scanArgs)}.
   */
  Iterable<String> sscanIterable(String key, ScanArgs scanArgs);

  /**
   * Same as {@link #sscanIterable(String, ScanArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  Iterable<byte[]> sscanIterable(byte[] key, ScanArgs scanArgs);

  /**
   * {@code SMOVE}: moves a member between sets; {@code true} when it was moved. Both keys in one
   * slot.
   */
  boolean smove(String source, String destination, String member);

  /**
   * Same as {@link #smove(String, String, String)}, with {@code byte[]} in place of {@code String}.
   */
  boolean smove(byte[] source, byte[] destination, byte[] member);

  /** {@code SPOP key count}: removes and returns up to {@code count} random members. */
  Set<String> spop(String key, long count);

  /** Same as {@link #spop(String, long)}, with {@code byte[]} in place of {@code String}. */
  List<byte[]> spop(byte[] key, long count);

  /**
   * {@code SRANDMEMBER key count}: distinct random members when {@code count > 0}, possibly
   * repeated when negative.
   */
  List<String> srandmember(String key, long count);

  /** Same as {@link #srandmember(String, long)}, with {@code byte[]} in place of {@code String}. */
  List<byte[]> srandmember(byte[] key, long count);
}
