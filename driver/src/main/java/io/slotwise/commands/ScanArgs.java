package io.slotwise.commands;

import io.slotwise.internal.command.Args;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Options of {@code SCAN}: {@code MATCH pattern}, {@code COUNT hint}, {@code TYPE type}. Immutable
 * and thread-safe: every setter returns a new instance, so one {@code ScanArgs} may be shared.
 *
 * <pre>{@code
 * ScanArgs args = ScanArgs.create().match("user:*").count(100).type("hash");
 * }</pre>
 *
 * <p>{@code COUNT} is a hint of how much work each node does per call, not a page size: a page may
 * hold fewer or more keys, and in cluster mode one call reads one node.
 */
public final class ScanArgs {
  private static final ScanArgs NONE = new ScanArgs(null, 0, null);

  private final byte[] match;
  private final long count;
  private final String type;

  private ScanArgs(byte[] match, long count, String type) {
    this.match = match;
    this.count = count;
    this.type = type;
  }

  /** No options: the server's defaults (every key, {@code COUNT 10}). */
  public static ScanArgs create() {
    return NONE;
  }

  /** {@code MATCH pattern} (glob-style, UTF-8). */
  public ScanArgs match(String pattern) {
    return new ScanArgs(Args.utf8(pattern, "pattern"), count, type);
  }

  /** {@code MATCH pattern}, binary; the array is copied. */
  public ScanArgs match(byte[] pattern) {
    return new ScanArgs(Args.require(pattern, "pattern").clone(), count, type);
  }

  /**
   * {@code COUNT hint}: roughly how many keys each node looks at per call.
   *
   * @throws IllegalArgumentException when {@code count < 1}
   */
  public ScanArgs count(long count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, got " + count);
    }
    return new ScanArgs(match, count, type);
  }

  /**
   * {@code TYPE type}: only keys of this type, e.g. {@code string}, {@code hash}, {@code zset}.
   *
   * @throws IllegalArgumentException when {@code type} is null, blank or holds whitespace
   */
  public ScanArgs type(String type) {
    Args.requireObject(type, "type");
    if (type.isBlank() || type.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("type must be one word, got '" + type + "'");
    }
    return new ScanArgs(match, count, type);
  }

  /** The {@code MATCH} pattern (a copy), or {@code null} when none was set. */
  public byte[] match() {
    return match == null ? null : match.clone();
  }

  /** The {@code COUNT} hint, or 0 when none was set (the server's default applies). */
  public long count() {
    return count;
  }

  /** The {@code TYPE} filter, or {@code null} when none was set. */
  public String type() {
    return type;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScanArgs a
        && count == a.count
        && Arrays.equals(match, a.match)
        && Objects.equals(type, a.type);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(match) + Long.hashCode(count)) + Objects.hashCode(type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ScanArgs[");
    if (match != null) {
      sb.append("match=").append(new String(match, StandardCharsets.UTF_8)).append(' ');
    }
    if (count > 0) {
      sb.append("count=").append(count).append(' ');
    }
    if (type != null) {
      sb.append("type=").append(type);
    }
    return sb.toString().trim() + "]";
  }
}
