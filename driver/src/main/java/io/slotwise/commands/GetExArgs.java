package io.slotwise.commands;

import java.util.Objects;

/**
 * The expiry change of {@code GETEX}: {@code EX}, {@code PX}, {@code EXAT}, {@code PXAT} or {@code
 * PERSIST}, exactly one. Immutable and thread-safe.
 *
 * <pre>{@code
 * redis.getex("session", GetExArgs.ex(1200));   // read and extend by 20 minutes
 * redis.getex("session", GetExArgs.persist());  // read and drop the timeout
 * }</pre>
 */
public final class GetExArgs {
  private final String option;
  private final long time;

  private GetExArgs(String option, long time) {
    this.option = option;
    this.time = time;
  }

  /** Expire after {@code seconds} ({@code EX}); must be positive. */
  public static GetExArgs ex(long seconds) {
    return new GetExArgs("EX", positive(seconds, "seconds"));
  }

  /** Expire after {@code millis} ({@code PX}); must be positive. */
  public static GetExArgs px(long millis) {
    return new GetExArgs("PX", positive(millis, "millis"));
  }

  /** Expire at a Unix time in seconds ({@code EXAT}); must be positive. */
  public static GetExArgs exat(long unixSeconds) {
    return new GetExArgs("EXAT", positive(unixSeconds, "unixSeconds"));
  }

  /** Expire at a Unix time in milliseconds ({@code PXAT}); must be positive. */
  public static GetExArgs pxat(long unixMillis) {
    return new GetExArgs("PXAT", positive(unixMillis, "unixMillis"));
  }

  /** Remove the timeout ({@code PERSIST}). */
  public static GetExArgs persist() {
    return new GetExArgs("PERSIST", 0);
  }

  /** The option word: {@code EX}, {@code PX}, {@code EXAT}, {@code PXAT} or {@code PERSIST}. */
  public String option() {
    return option;
  }

  /** The time that goes with the option; 0 for {@code PERSIST}. */
  public long time() {
    return time;
  }

  private static long positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GetExArgs a && time == a.time && option.equals(a.option);
  }

  @Override
  public int hashCode() {
    return Objects.hash(option, time);
  }

  @Override
  public String toString() {
    return "GetExArgs[" + option + (option.equals("PERSIST") ? "" : " " + time) + "]";
  }
}
