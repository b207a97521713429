package io.slotwise.commands;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Set commands ({@code SADD}, {@code SMEMBERS}, {@code SINTER}, ...). Each call returns a {@link
 * CompletableFuture} at once. Part of {@link AsyncRedisCommands}, whose notes on futures, threads
 * and argument checks apply. Thread-safe; obtained from {@link io.slotwise.SlotwiseClient#async()}
 * and closed with the client, never on its own.
 *
 * <p>Interface note: a binary set reply is a {@code List<byte[]>} in the server's order, because
 * {@code byte[]} compares by identity and would make a {@code Set} of it useless for look-ups.
 */
public interface AsyncRedisSetCommands {

  /** {@code SADD}: how many members were new. */
  CompletableFuture<Long> sadd(String key, String... members);

  /** Same as {@link #sadd(String, String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> sadd(byte[] key, byte[]... members);

  /** {@code SREM}: how many members were removed. */
  CompletableFuture<Long> srem(String key, String... members);

  /** Same as {@link #srem(String, String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> srem(byte[] key, byte[]... members);

  /** {@code SMEMBERS}: a {@code LinkedHashSet} in the server's order. */
  CompletableFuture<Set<String>> smembers(String key);

  /** {@code SMEMBERS} as a list (see the interface note). */
  CompletableFuture<List<byte[]>> smembers(byte[] key);

  /** {@code SISMEMBER}. */
  CompletableFuture<Boolean> sismember(String key, String member);

  /** Same as {@link #sismember(String, String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Boolean> sismember(byte[] key, byte[] member);

  /** {@code SCARD}. */
  CompletableFuture<Long> scard(String key);

  /** Same as {@link #scard(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> scard(byte[] key);

  /** {@code SPOP}: a removed random member, or {@code null} when the set is empty. */
  CompletableFuture<String> spop(String key);

  /** Same as {@link #spop(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<byte[]> spop(byte[] key);

  /** {@code SRANDMEMBER}: a random member, or {@code null}. */
  CompletableFuture<String> srandmember(String key);

  /** Same as {@link #srandmember(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<byte[]> srandmember(byte[] key);

  /** {@code SINTER}; in cluster mode all keys must share a slot (else {@code CROSSSLOT}). */
  CompletableFuture<Set<String>> sinter(String... keys);

  /** Same as {@link #sinter(String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<List<byte[]>> sinter(byte[]... keys);

  /** {@code SUNION}; in cluster mode all keys must share a slot. */
  CompletableFuture<Set<String>> sunion(String... keys);

  /** Same as {@link #sunion(String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<List<byte[]>> sunion(byte[]... keys);

  /** {@code SDIFF}; in cluster mode all keys must share a slot. */
  CompletableFuture<Set<String>> sdiff(String... keys);

  /** Same as {@link #sdiff(String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<List<byte[]>> sdiff(byte[]... keys);

  // Added by issue 14: the gaps in this family.

  /**
   * {@code SSCAN}: one page of a set's members. Pass the returned cursor back; {@code "0"} starts
   * and ends.
   */
  CompletableFuture<ScanResult<String>> sscan(String key, String cursor);

  /** Same as {@link #sscan(String, String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<ScanResult<byte[]>> sscan(byte[] key, String cursor);

  /** {@code SSCAN} with {@code MATCH}/{@code COUNT} ({@code TYPE} is refused). */
  CompletableFuture<ScanResult<String>> sscan(String key, String cursor, ScanArgs scanArgs);

  /**
   * Same as {@link #sscan(String, String, ScanArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<ScanResult<byte[]>> sscan(byte[] key, String cursor, ScanArgs scanArgs);

  /** {@code SMISMEMBER}: for each member in order, whether it is in the set. */
  CompletableFuture<List<Boolean>> smismember(String key, String... members);

  /**
   * Same as {@link #smismember(String, String...)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<List<Boolean>> smismember(byte[] key, byte[]... members);

  /** {@code SINTERCARD}: the size of the intersection; all keys in one slot. */
  CompletableFuture<Long> sintercard(String... keys);

  /** Same as {@link #sintercard(String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> sintercard(byte[]... keys);

  /**
   * {@code SINTERCARD ... LIMIT limit}: the size of the intersection, counting stops at {@code
   * limit} (0 = none).
   */
  CompletableFuture<Long> sintercard(long limit, String... keys);

  /**
   * Same as {@link #sintercard(long, String...)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<Long> sintercard(long limit, byte[]... keys);

  /**
   * {@code SINTERSTORE}: stores the intersection in {@code destination}; its size. All keys in one
   * slot.
   */
  CompletableFuture<Long> sinterstore(String destination, String... keys);

  /**
   * Same as {@link #sinterstore(String, String...)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<Long> sinterstore(byte[] destination, byte[]... keys);

  /**
   * {@code SUNIONSTORE}: stores the union in {@code destination}; its size. All keys in one slot.
   */
  CompletableFuture<Long> sunionstore(String destination, String... keys);

  /**
   * Same as {@link #sunionstore(String, String...)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<Long> sunionstore(byte[] destination, byte[]... keys);

  /**
   * {@code SDIFFSTORE}: stores the difference (first minus the others) in {@code destination}; its
   * size. All keys in one slot.
   */
  CompletableFuture<Long> sdiffstore(String destination, String... keys);

  /**
   * Same as {@link #sdiffstore(String, String...)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<Long> sdiffstore(byte[] destination, byte[]... keys);

  /**
   * {@code SMOVE}: moves a member between sets; {@code true} when it was moved. Both keys in one
   * slot.
   */
  CompletableFuture<Boolean> smove(String source, String destination, String member);

  /**
   * Same as {@link #smove(String, String, String)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<Boolean> smove(byte[] source, byte[] destination, byte[] member);

  /** {@code SPOP key count}: removes and returns up to {@code count} random members. */
  CompletableFuture<Set<String>> spop(String key, long count);

  /** Same as {@link #spop(String, long)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<List<byte[]>> spop(byte[] key, long count);

  /**
   * {@code SRANDMEMBER key count}: distinct random members when {@code count > 0}, possibly
   * repeated when negative.
   */
  CompletableFuture<List<String>> srandmember(String key, long count);

  /** Same as {@link #srandmember(String, long)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<List<byte[]>> srandmember(byte[] key, long count);
}
