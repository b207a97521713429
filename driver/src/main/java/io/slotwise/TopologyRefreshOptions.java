package io.slotwise;

import io.slotwise.internal.config.OptionChecks;
import java.time.Duration;

/**
 * How a cluster client keeps its slot map fresh. {@code MOVED} replies, uncovered slots and failing
 * nodes trigger refreshes too; the timer only catches what nothing else reported. Immutable and
 * thread-safe.
 *
 * @param period the interval of the background refresh; positive. Default {@link #DEFAULT_PERIOD}.
 * @param minInterval the least time between two full refreshes, whatever triggers them; not
 *     negative (zero: no rate limit). Default {@link #DEFAULT_MIN_INTERVAL}.
 */
public record TopologyRefreshOptions(Duration period, Duration minInterval) {

  /** A cheap background check: the new map is compared before anything is rebuilt. */
  public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(30);

  /** A resharding sends many {@code MOVED} at once; one refresh answers them all. */
  public static final Duration DEFAULT_MIN_INTERVAL = Duration.ofMillis(500);

  /** Validates both durations. */
  public TopologyRefreshOptions {
    OptionChecks.positive(period, "period");
    if (OptionChecks.notNull(minInterval, "minInterval").isNegative()) {
      throw new IllegalArgumentException("minInterval must not be negative, got " + minInterval);
    }
  }

  /** {@link #DEFAULT_PERIOD} and {@link #DEFAULT_MIN_INTERVAL}. */
  public static TopologyRefreshOptions defaults() {
    return new TopologyRefreshOptions(DEFAULT_PERIOD, DEFAULT_MIN_INTERVAL);
  }

  /** A copy with {@code period} replaced, validated like the constructor. */
  public TopologyRefreshOptions withPeriod(Duration period) {
    return new TopologyRefreshOptions(period, minInterval);
  }

  /** A copy with {@code minInterval} replaced, validated like the constructor. */
  public TopologyRefreshOptions withMinInterval(Duration minInterval) {
    return new TopologyRefreshOptions(period, minInterval);
  }
}
