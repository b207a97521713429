package io.slotwise.commands;

import java.util.List;

/**
 * Bitmap commands ({@code SETBIT}, {@code BITCOUNT}, {@code BITOP}, {@code BITFIELD}, ...). Each
 * call waits for its reply. Part of {@link RedisCommands}, whose notes on overloads, {@code null}
 * replies and exceptions apply. Thread-safe; obtained from {@link
 * io.slotwise.SlotwiseClient#sync()} and closed with the client, never on its own.
 */
public interface RedisBitmapCommands {

  /** {@code SETBIT}: the bit's previous value. */
  boolean setbit(String key, long offset, boolean value);

  /**
   * Same as {@link #setbit(String, long, boolean)}, with {@code byte[]} in place of {@code String}.
   */
  boolean setbit(byte[] key, long offset, boolean value);

  /** {@code GETBIT}: the bit at {@code offset} ({@code false} past the end). */
  boolean getbit(String key, long offset);

  /** Same as {@link #getbit(String, long)}, with {@code byte[]} in place of {@code String}. */
  boolean getbit(byte[] key, long offset);

  /** {@code BITCOUNT}: the number of set bits. */
  long bitcount(String key);

  /** Same as {@link #bitcount(String)}, with {@code byte[]} in place of {@code String}. */
  long bitcount(byte[] key);

  /** {@code BITCOUNT key start end}: set bits in the byte range (negative counts from the end). */
  long bitcount(String key, long start, long end);

  /**
   * Same as {@link #bitcount(String, long, long)}, with {@code byte[]} in place of {@code String}.
   */
  long bitcount(byte[] key, long start, long end);

  /** {@code BITCOUNT key start end BYTE|BIT} (Redis 7). */
  long bitcount(String key, long start, long end, BitUnit unit);

  /**
   * Same as {@link #bitcount(String, long, long, BitUnit)}, with {@code byte[]} in place of {@code
   * String}.
   */
  long bitcount(byte[] key, long start, long end, BitUnit unit);

  /** {@code BITPOS}: the position of the first bit equal to {@code bit}, or -1. */
  long bitpos(String key, boolean bit);

  /** Same as {@link #bitpos(String, boolean)}, with {@code byte[]} in place of {@code String}. */
  long bitpos(byte[] key, boolean bit);

  /** {@code BITPOS key bit start}: from byte {@code start}. */
  long bitpos(String key, boolean bit, long start);

  /**
   * Same as {@link #bitpos(String, boolean, long)}, with {@code byte[]} in place of {@code String}.
   */
  long bitpos(byte[] key, boolean bit, long start);

  /** {@code BITPOS key bit start end BYTE|BIT} (Redis 7). */
  long bitpos(String key, boolean bit, long start, long end, BitUnit unit);

  /**
   * Same as {@link #bitpos(String, boolean, long, long, BitUnit)}, with {@code byte[]} in place of
   * {@code String}.
   */
  long bitpos(byte[] key, boolean bit, long start, long end, BitUnit unit);

  /**
   * {@code BITOP}: the length of the string stored at {@code destination}; every key must share one
   * slot in cluster mode.
   */
  long bitop(BitOperation operation, String destination, String... sources);

  /**
   * Same as {@link #bitop(BitOperation, String, String...)}, with {@code byte[]} in place of {@code
   * String}.
   */
  long bitop(BitOperation operation, byte[] destination, byte[]... sources);

  /**
   * {@code BITFIELD}: one value per {@code GET}, {@code SET} and {@code INCRBY}, in order; {@code
   * null} where {@code OVERFLOW FAIL} stopped one.
   */
  List<Long> bitfield(String key, BitFieldArgs args);

  /**
   * Same as {@link #bitfield(String, BitFieldArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  List<Long> bitfield(byte[] key, BitFieldArgs args);

  /**
   * {@code BITFIELD_RO} (read-only, may run on a replica): {@code args} may hold only {@code GET}s.
   */
  List<Long> bitfieldRo(String key, BitFieldArgs args);

  /**
   * Same as {@link #bitfieldRo(String, BitFieldArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  List<Long> bitfieldRo(byte[] key, BitFieldArgs args);
}
