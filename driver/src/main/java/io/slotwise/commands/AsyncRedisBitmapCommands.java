package io.slotwise.commands;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Bitmap commands ({@code SETBIT}, {@code BITCOUNT}, {@code BITOP}, {@code BITFIELD}, ...). Each
 * call returns a {@link CompletableFuture} at once. Part of {@link AsyncRedisCommands}, whose notes
 * on futures, threads and argument checks apply. Thread-safe; obtained from {@link
 * io.slotwise.SlotwiseClient#async()} and closed with the client, never on its own.
 */
public interface AsyncRedisBitmapCommands {

  /** {@code SETBIT}: the bit's previous value. */
  CompletableFuture<Boolean> setbit(String key, long offset, boolean value);

  /**
   * Same as {@link #setbit(String, long, boolean)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<Boolean> setbit(byte[] key, long offset, boolean value);

  /** {@code GETBIT}: the bit at {@code offset} ({@code false} past the end). */
  CompletableFuture<Boolean> getbit(String key, long offset);

  /** Same as {@link #getbit(String, long)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Boolean> getbit(byte[] key, long offset);

  /** {@code BITCOUNT}: the number of set bits. */
  CompletableFuture<Long> bitcount(String key);

  /** Same as {@link #bitcount(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> bitcount(byte[] key);

  /** {@code BITCOUNT key start end}: set bits in the byte range (negative counts from the end). */
  CompletableFuture<Long> bitcount(String key, long start, long end);

  /**
   * Same as {@link #bitcount(String, long, long)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<Long> bitcount(byte[] key, long start, long end);

  /** {@code BITCOUNT key start end BYTE|BIT} (Redis 7). */
  CompletableFuture<Long> bitcount(String key, long start, long end, BitUnit unit);

  /**
   * Same as {@link #bitcount(String, long, long, BitUnit)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<Long> bitcount(byte[] key, long start, long end, BitUnit unit);

  /** {@code BITPOS}: the position of the first bit equal to {@code bit}, or -1. */
  CompletableFuture<Long> bitpos(String key, boolean bit);

  /** Same as {@link #bitpos(String, boolean)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> bitpos(byte[] key, boolean bit);

  /** {@code BITPOS key bit start}: from byte {@code start}. */
  CompletableFuture<Long> bitpos(String key, boolean bit, long start);

  /**
   * Same as {@link #bitpos(String, boolean, long)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<Long> bitpos(byte[] key, boolean bit, long start);

  /** {@code BITPOS key bit start end BYTE|BIT} (Redis 7). */
  CompletableFuture<Long> bitpos(String key, boolean bit, long start, long end, BitUnit unit);

  /**
   * Same as {@link #bitpos(String, boolean, long, long, BitUnit)}, with {@code byte[]} in place of
   * {@code String}.
   */
  CompletableFuture<Long> bitpos(byte[] key, boolean bit, long start, long end, BitUnit unit);

  /**
   * {@code BITOP}: the length of the string stored at {@code destination}; every key must share one
   * slot in cluster mode.
   */
  CompletableFuture<Long> bitop(BitOperation operation, String destination, String... sources);

  /**
   * Same as {@link #bitop(BitOperation, String, String...)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<Long> bitop(BitOperation operation, byte[] destination, byte[]... sources);

  /**
   * {@code BITFIELD}: one value per {@code GET}, {@code SET} and {@code INCRBY}, in order; {@code
   * null} where {@code OVERFLOW FAIL} stopped one.
   */
  CompletableFuture<List<Long>> bitfield(String key, BitFieldArgs args);

  /**
   * Same as {@link #bitfield(String, BitFieldArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<List<Long>> bitfield(byte[] key, BitFieldArgs args);

  /**
   * {@code BITFIELD_RO} (read-only, may run on a replica): {@code args} may hold only {@code GET}s.
   */
  CompletableFuture<List<Long>> bitfieldRo(String key, BitFieldArgs args);

  /**
   * Same as {@link #bitfieldRo(String, BitFieldArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<List<Long>> bitfieldRo(byte[] key, BitFieldArgs args);
}
