package io.slotwise.commands;

import io.slotwise.internal.command.Args;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The range of {@code ZRANGE} and {@code ZRANGESTORE}: by rank, by score ({@code BYSCORE}) or
 * lexicographically ({@code BYLEX}), optionally reversed ({@code REV}) and paged ({@code LIMIT},
 * score and lex ranges only). Immutable and thread-safe: every method returns a new instance.
 *
 * <pre>{@code
 * ZRangeArgs.byRank(0, -1);                       // everything
 * ZRangeArgs.byScore(10, Double.POSITIVE_INFINITY).limit(0, 20);
 * ZRangeArgs.byScore("(10", "+inf");              // exclusive bound, Redis syntax
 * ZRangeArgs.byLex("[a", "(c");                 // from a (inclusive) to c (exclusive)
 * ZRangeArgs.byScore(100, 0).rev();             // with REV the bounds go highest first
 * }</pre>
 *
 * <p>With {@link #rev()} the server expects the bounds highest first; they are sent as given.
 */
public final class ZRangeArgs {
  private final String by;
  private final byte[] start;
  private final byte[] stop;
  private final boolean rev;
  private final long offset;
  private final long count;

  private ZRangeArgs(String by, byte[] start, byte[] stop, boolean rev, long offset, long count) {
    this.by = by;
    this.start = start;
    this.stop = stop;
    this.rev = rev;
    this.offset = offset;
    this.count = count;
  }

  /** Ranks {@code start} to {@code stop}, inclusive; negative counts from the end. */
  public static ZRangeArgs byRank(long start, long stop) {
    return new ZRangeArgs(
        null, ascii(Long.toString(start)), ascii(Long.toString(stop)), false, -1, -1);
  }

  /** Scores {@code min} to {@code max}, inclusive; {@code ±Infinity} for open ends. */
  public static ZRangeArgs byScore(double min, double max) {
    return new ZRangeArgs("BYSCORE", bound(min, "min"), bound(max, "max"), false, -1, -1);
  }

  /** Scores in Redis syntax: {@code 1.5}, {@code (1.5} (exclusive), {@code -inf}, {@code +inf}. */
  public static ZRangeArgs byScore(String min, String max) {
    return new ZRangeArgs("BYSCORE", Args.utf8(min, "min"), Args.utf8(max, "max"), false, -1, -1);
  }

  /**
   * Members between {@code min} and {@code max}: {@code [a} inclusive, {@code (a} exclusive, {@code
   * -}, {@code +}.
   */
  public static ZRangeArgs byLex(String min, String max) {
    return new ZRangeArgs(
        "BYLEX",
        lex(Args.utf8(min, "min"), "min"),
        lex(Args.utf8(max, "max"), "max"),
        false,
        -1,
        -1);
  }

  /** Same as {@link #byLex(String, String)} with binary bounds (copied). */
  public static ZRangeArgs byLex(byte[] min, byte[] max) {
    return new ZRangeArgs(
        "BYLEX",
        lex(Args.require(min, "min").clone(), "min"),
        lex(Args.require(max, "max").clone(), "max"),
        false,
        -1,
        -1);
  }

  /** {@code REV}: highest first. */
  public ZRangeArgs rev() {
    return new ZRangeArgs(by, start, stop, true, offset, count);
  }

  /** {@code LIMIT offset count} (score and lex ranges only); a negative count means all. */
  public ZRangeArgs limit(long offset, long count) {
    if (by == null) {
      throw new IllegalArgumentException("LIMIT needs a score or lex range, not a rank range");
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
    return new ZRangeArgs(by, start, stop, rev, offset, count);
  }

  /** {@code BYSCORE}, {@code BYLEX}, or {@code null} for a rank range. */
  public String by() {
    return by;
  }

  /** The first bound as sent (a copy). */
  public byte[] start() {
    return start.clone();
  }

  /** The second bound as sent (a copy). */
  public byte[] stop() {
    return stop.clone();
  }

  /** Whether {@code REV} is set. */
  public boolean isRev() {
    return rev;
  }

  /** The {@code LIMIT} offset, or -1 without a limit. */
  public long limitOffset() {
    return offset;
  }

  /** The {@code LIMIT} count, or -1 without a limit. */
  public long limitCount() {
    return count;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] bound(double v, String name) {
    if (Double.isNaN(v)) {
      throw new IllegalArgumentException(name + " must not be NaN");
    }
    if (Double.isInfinite(v)) {
      return ascii(v > 0 ? "+inf" : "-inf");
    }
    return ascii(
        v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
  }

  private static byte[] lex(byte[] b, String name) {
    boolean open = b.length == 1 && (b[0] == '-' || b[0] == '+');
    if (!open && (b.length == 0 || (b[0] != '[' && b[0] != '('))) {
      throw new IllegalArgumentException(
          name
              + " must start with '[' or '(', or be '-' or '+', got '"
              + new String(b, StandardCharsets.UTF_8)
              + "'");
    }
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ZRangeArgs a
        && java.util.Objects.equals(by, a.by)
        && Arrays.equals(start, a.start)
        && Arrays.equals(stop, a.stop)
        && rev == a.rev
        && offset == a.offset
        && count == a.count;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        by, Arrays.hashCode(start), Arrays.hashCode(stop), rev, offset, count);
  }

  @Override
  public String toString() {
    return "ZRangeArgs["
        + (by == null ? "BYRANK" : by)
        + " "
        + new String(start, StandardCharsets.UTF_8)
        + " "
        + new String(stop, StandardCharsets.UTF_8)
        + (rev ? " REV" : "")
        + (offset >= 0 ? " LIMIT " + offset + " " + count : "")
        + "]";
  }
}
