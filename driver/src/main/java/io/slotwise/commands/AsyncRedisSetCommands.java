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

  CompletableFuture<Long> sadd(byte[] key, byte[]... members);

  /** {@code SREM}: how many members were removed. */
  CompletableFuture<Long> srem(String key, String... members);

  CompletableFuture<Long> srem(byte[] key, byte[]... members);

  /** {@code SMEMBERS}: a {@code LinkedHashSet} in the server's order. */
  CompletableFuture<Set<String>> smembers(String key);

  /** {@code SMEMBERS} as a list (see the interface note). */
  CompletableFuture<List<byte[]>> smembers(byte[] key);

  /** {@code SISMEMBER}. */
  CompletableFuture<Boolean> sismember(String key, String member);

  CompletableFuture<Boolean> sismember(byte[] key, byte[] member);

  /** {@code SCARD}. */
  CompletableFuture<Long> scard(String key);

  CompletableFuture<Long> scard(byte[] key);

  /** {@code SPOP}: a removed random member, or {@code null} when the set is empty. */
  CompletableFuture<String> spop(String key);

  CompletableFuture<byte[]> spop(byte[] key);

  /** {@code SRANDMEMBER}: a random member, or {@code null}. */
  CompletableFuture<String> srandmember(String key);

  CompletableFuture<byte[]> srandmember(byte[] key);

  /** {@code SINTER}; in cluster mode all keys must share a slot (else {@code CROSSSLOT}). */
  CompletableFuture<Set<String>> sinter(String... keys);

  CompletableFuture<List<byte[]>> sinter(byte[]... keys);

  /** {@code SUNION}; in cluster mode all keys must share a slot. */
  CompletableFuture<Set<String>> sunion(String... keys);

  CompletableFuture<List<byte[]>> sunion(byte[]... keys);

  /** {@code SDIFF}; in cluster mode all keys must share a slot. */
  CompletableFuture<Set<String>> sdiff(String... keys);

  CompletableFuture<List<byte[]>> sdiff(byte[]... keys);
}
