package io.slotwise.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * The extended form of {@code XPENDING}: the id range and how many, optionally only entries idle
 * for at least {@code IDLE} milliseconds and only those of one consumer. Immutable and thread-safe:
 * every method returns a new instance.
 *
 * <pre>{@code
 * redis.xpending("events", "workers", XPendingArgs.range("-", "+", 10).idle(60_000));
 * }</pre>
 *
 * @param start the lowest id ({@code -} for the first)
 * @param end the highest id ({@code +} for the last)
 * @param count at most this many entries
 * @param minIdleMillis the {@code IDLE} filter, or 0 for none
 * @param consumer only this consumer's entries, or {@code null} for every consumer's
 */
public record XPendingArgs(
    String start, String end, long count, long minIdleMillis, String consumer) {

  /**
   * Checks the options.
   *
   * @throws IllegalArgumentException for a missing bound, a count below 1 or a negative idle time
   */
  public XPendingArgs {
    if (start == null || end == null) {
      throw new IllegalArgumentException("start and end must not be null");
    }
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, got " + count);
    }
    if (minIdleMillis < 0) {
      throw new IllegalArgumentException("minIdleMillis must be >= 0, got " + minIdleMillis);
    }
  }

  /** At most {@code count} pending entries with ids from {@code start} to {@code end}. */
  public static XPendingArgs range(String start, String end, long count) {
    return new XPendingArgs(start, end, count, 0, null);
  }

  /** Only entries idle for at least {@code millis} ({@code IDLE}). */
  public XPendingArgs idle(long millis) {
    return new XPendingArgs(start, end, count, millis, consumer);
  }

  /** Only the entries of {@code consumer}. */
  public XPendingArgs consumer(String consumer) {
    if (consumer == null) {
      throw new IllegalArgumentException("consumer must not be null");
    }
    return new XPendingArgs(start, end, count, minIdleMillis, consumer);
  }

  /** The words after the group, e.g. {@code [IDLE, 1000, -, +, 10, alice]}. */
  public List<String> arguments() {
    List<String> words = new ArrayList<>(6);
    if (minIdleMillis > 0) {
      words.add("IDLE");
      words.add(Long.toString(minIdleMillis));
    }
    words.add(start);
    words.add(end);
    words.add(Long.toString(count));
    if (consumer != null) {
      words.add(consumer);
    }
    return words;
  }
}
