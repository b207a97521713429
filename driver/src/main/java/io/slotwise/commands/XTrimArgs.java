package io.slotwise.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * How to trim a stream, for {@code XTRIM} and {@code XADD}: {@code MAXLEN n} or {@code MINID id},
 * exact ({@code =}) or approximate ({@code ~}, cheaper), with an optional {@code LIMIT} of entries
 * evicted per call (approximate only). Immutable and thread-safe: every method returns a new
 * instance.
 *
 * <pre>{@code
 * redis.xtrim("events", XTrimArgs.maxlen(10_000).approximate());
 * redis.xadd("events", XAddArgs.create().trim(XTrimArgs.minid("1700000000000-0")), fields);
 * }</pre>
 *
 * @param strategy {@code MAXLEN} or {@code MINID}
 * @param threshold the length (for {@code MAXLEN}) or the id (for {@code MINID})
 * @param approx whether {@code ~} (approximate) is sent instead of {@code =}
 * @param limit the {@code LIMIT}, or 0 for none
 */
public record XTrimArgs(String strategy, String threshold, boolean approx, long limit) {

  /**
   * Checks the options.
   *
   * @throws IllegalArgumentException for an unknown strategy, a missing threshold, a negative
   *     limit, or a limit on an exact trim
   */
  public XTrimArgs {
    if (!"MAXLEN".equals(strategy) && !"MINID".equals(strategy)) {
      throw new IllegalArgumentException("strategy must be MAXLEN or MINID, got " + strategy);
    }
    if (threshold == null || threshold.isEmpty()) {
      throw new IllegalArgumentException("threshold must not be null or empty");
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, got " + limit);
    }
    if (limit > 0 && !approx) {
      throw new IllegalArgumentException("LIMIT needs an approximate (~) trim: call approximate()");
    }
  }

  /** Keep at most {@code maxLength} entries ({@code MAXLEN}); must be {@code >= 0}. */
  public static XTrimArgs maxlen(long maxLength) {
    if (maxLength < 0) {
      throw new IllegalArgumentException("maxLength must be >= 0, got " + maxLength);
    }
    return new XTrimArgs("MAXLEN", Long.toString(maxLength), false, 0);
  }

  /** Drop the entries with an id lower than {@code minId} ({@code MINID}). */
  public static XTrimArgs minid(String minId) {
    return new XTrimArgs("MINID", minId, false, 0);
  }

  /** Trim approximately ({@code ~}): whole radix-tree nodes only, much cheaper. */
  public XTrimArgs approximate() {
    return new XTrimArgs(strategy, threshold, true, limit);
  }

  /** At most {@code limit} entries evicted by this call ({@code LIMIT}); approximate only. */
  public XTrimArgs limit(long limit) {
    return new XTrimArgs(strategy, threshold, approx, limit);
  }

  /** The words this adds to the command, e.g. {@code [MAXLEN, ~, 1000, LIMIT, 100]}. */
  public List<String> arguments() {
    List<String> words = new ArrayList<>(5);
    words.add(strategy);
    words.add(approx ? "~" : "=");
    words.add(threshold);
    if (limit > 0) {
      words.add("LIMIT");
      words.add(Long.toString(limit));
    }
    return words;
  }
}
