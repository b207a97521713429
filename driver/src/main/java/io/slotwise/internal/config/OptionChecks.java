package io.slotwise.internal.config;

import java.time.Duration;

/**
 * Argument checks shared by the option records: each throws an {@link IllegalArgumentException}
 * that names the parameter and shows the rejected value. Stateless.
 */
public final class OptionChecks {
  private OptionChecks() {}

  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  public static Duration positive(Duration d, String name) {
    if (notNull(d, name).isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
    return d;
  }

  public static long atLeast(long value, long min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
    }
    return value;
  }

  public static int inRange(int value, int min, int max, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be in " + min + ".." + max + ", got " + value);
    }
    return value;
  }

  /** Checks {@code min <= max}; both are already known to be non-null. */
  public static void ordered(Duration min, Duration max, String what) {
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          what + " min delay exceeds max delay: " + min + " > " + max);
    }
  }
}
