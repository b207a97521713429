package io.slotwise.testkit;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Bounded polling for tests: wait until a condition holds, or fail with a message naming it.
 * Replaces fixed sleeps. Stateless and thread-safe; does not depend on JUnit (a timeout throws
 * {@link AssertionError}, which every test framework reports as a failure).
 */
public final class Await {
  /** Delay between two evaluations of the condition. */
  public static final Duration POLL_INTERVAL = Duration.ofMillis(10);

  private Await() {}

  /**
   * Evaluates {@code condition} every {@link #POLL_INTERVAL} until it returns true.
   *
   * @throws AssertionError naming {@code description} when {@code timeout} passes first; an
   *     exception thrown by the condition on its last evaluation is attached as the cause
   */
  public static void until(String description, Duration timeout, BooleanSupplier condition) {
    value(description, timeout, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
  }

  /**
   * Evaluates {@code supplier} until it returns a non-null value and returns that value. Exceptions
   * thrown by the supplier count as "not yet".
   *
   * @throws AssertionError naming {@code description} when {@code timeout} passes first
   */
  public static <T> T value(String description, Duration timeout, Supplier<T> supplier) {
    return matching(description, timeout, supplier, Objects::nonNull);
  }

  /**
   * Evaluates {@code probe} until its value satisfies {@code accept} and returns that value.
   * Exceptions thrown by the probe count as "not yet".
   *
   * @throws AssertionError naming {@code description} and the last value probed when {@code
   *     timeout} passes first; an exception thrown by the probe on its last evaluation is attached
   *     as the cause
   */
  public static <T> T matching(
      String description, Duration timeout, Supplier<T> probe, Predicate<? super T> accept) {
    if (description == null || timeout == null || probe == null || accept == null) {
      throw new IllegalArgumentException("description, timeout, probe and accept must not be null");
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    T last = null;
    RuntimeException lastError;
    while (true) {
      try {
        last = probe.get();
        if (accept.test(last)) {
          return last;
        }
        lastError = null;
      } catch (RuntimeException e) {
        lastError = e;
      }
      if (System.nanoTime() - deadline > 0) {
        String message = "timed out after " + timeout + " waiting for: " + description;
        AssertionError failure =
            new AssertionError(last == null ? message : message + "; last value: " + last);
        if (lastError != null) {
          failure.initCause(lastError);
        }
        throw failure;
      }
      pause(POLL_INTERVAL);
    }
  }

  /** Sleeps between polls; an interrupt restores the flag and aborts the wait. */
  static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }
}
