package io.slotwise.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sub-commands of one {@code BITFIELD} (or {@code BITFIELD_RO}) call, in order: {@code GET},
 * {@code SET}, {@code INCRBY} and {@code OVERFLOW}. A type is {@code i} (signed) or {@code u}
 * (unsigned) and a width: {@code i1}..{@code i64}, {@code u1}..{@code u63}. Immutable and
 * thread-safe: every method returns a new instance.
 *
 * <pre>{@code
 * List<Long> r = redis.bitfield("counters", BitFieldArgs.create()
 *     .overflow(BitFieldArgs.Overflow.SAT).incrby("u8", 0, 300).get("u8", 0));   // [255, 255]
 * }</pre>
 */
public final class BitFieldArgs {
  private static final Pattern TYPE = Pattern.compile("[iu]\\d{1,2}");
  private static final BitFieldArgs NONE = new BitFieldArgs(List.of(), true, 0);

  /** What {@code INCRBY} and {@code SET} do when a value leaves the type's range. */
  public enum Overflow {
    /** Wrap around (the default). */
    WRAP,
    /** Saturate at the minimum or maximum. */
    SAT,
    /** Do nothing and answer {@code null} for that sub-command. */
    FAIL
  }

  private final List<String> words;
  private final boolean onlyGets;
  private final int results;

  private BitFieldArgs(List<String> words, boolean onlyGets, int results) {
    this.words = words;
    this.onlyGets = onlyGets;
    this.results = results;
  }

  /** No sub-commands yet. */
  public static BitFieldArgs create() {
    return NONE;
  }

  /** {@code GET type offset}: the integer at bit {@code offset}. */
  public BitFieldArgs get(String type, long offset) {
    return with(onlyGets, true, "GET", type(type), offset(offset));
  }

  /** {@code SET type offset value}: sets it; the reply is the old value. */
  public BitFieldArgs set(String type, long offset, long value) {
    return with(false, true, "SET", type(type), offset(offset), Long.toString(value));
  }

  /** {@code INCRBY type offset increment}: the reply is the new value. */
  public BitFieldArgs incrby(String type, long offset, long increment) {
    return with(false, true, "INCRBY", type(type), offset(offset), Long.toString(increment));
  }

  /** {@code OVERFLOW mode} for the {@code SET} and {@code INCRBY} that follow it. */
  public BitFieldArgs overflow(Overflow mode) {
    if (mode == null) {
      throw new IllegalArgumentException("mode must not be null");
    }
    return with(false, false, "OVERFLOW", mode.name());
  }

  private BitFieldArgs with(boolean gets, boolean answers, String... add) {
    List<String> w = new ArrayList<>(words);
    w.addAll(List.of(add));
    return new BitFieldArgs(List.copyOf(w), gets, results + (answers ? 1 : 0));
  }

  private static String type(String type) {
    if (type == null || !TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException("type must be like i8 or u16, got " + type);
    }
    int bits = Integer.parseInt(type.substring(1));
    int max = type.charAt(0) == 'i' ? 64 : 63;
    if (bits < 1 || bits > max) {
      throw new IllegalArgumentException("type " + type + " must have 1.." + max + " bits");
    }
    return type;
  }

  private static String offset(long offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
    return Long.toString(offset);
  }

  /** Whether every sub-command is a {@code GET}, as {@code BITFIELD_RO} requires. */
  public boolean isReadOnly() {
    return onlyGets;
  }

  /** How many sub-commands answer: the size of the reply. */
  public int replies() {
    return results;
  }

  /** The words after the key, e.g. {@code [OVERFLOW, SAT, INCRBY, u8, 0, 300, GET, u8, 0]}. */
  public List<String> arguments() {
    return words;
  }

  @Override
  public String toString() {
    return "BitFieldArgs" + words;
  }
}
