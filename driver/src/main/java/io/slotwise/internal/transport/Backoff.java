package io.slotwise.internal.transport;

import java.time.Duration;

/**
 * Capped exponential backoff with "equal jitter": attempt {@code n} waits between half and all of
 * {@code min * 2^n}, capped at {@code max}. The random half keeps many clients that lost the same
 * server from reconnecting in lockstep; the fixed half keeps the delay from collapsing to zero.
 * Pure and thread-safe.
 */
public final class Backoff {
  private final long minNanos;
  private final long maxNanos;

  Backoff(Duration min, Duration max) {
    if (min.isNegative() || min.isZero() || min.compareTo(max) > 0) {
      throw new IllegalArgumentException("backoff needs 0 < min <= max, got " + min + ", " + max);
    }
    this.minNanos = min.toNanos();
    this.maxNanos = max.toNanos();
  }

  /**
   * The delay before attempt {@code attempt} (0 = first retry).
   *
   * @param random a value in {@code [0, 1)}, e.g. from {@code ThreadLocalRandom}
   */
  long delayNanos(int attempt, double random) {
    if (attempt < 0) {
      throw new IllegalArgumentException("attempt must be >= 0, got " + attempt);
    }
    if (random < 0 || random >= 1) {
      throw new IllegalArgumentException("random must be in [0, 1), got " + random);
    }
    int shift = Math.min(attempt, 62 - (63 - Long.numberOfLeadingZeros(minNanos)));
    long base = shift <= 0 ? minNanos : minNanos << shift;
    if (base <= 0 || base > maxNanos) {
      base = maxNanos;
    }
    long half = base / 2;
    return half + (long) ((base - half) * random);
  }
}
