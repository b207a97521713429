package io.slotwise.commands;

import java.util.Arrays;
import java.util.Objects;

/**
 * Options of {@code ZUNION}, {@code ZINTER} and their {@code STORE} forms: {@code WEIGHTS} (one per
 * key) and {@code AGGREGATE SUM|MIN|MAX}. Immutable and thread-safe: every method returns a new
 * instance.
 */
public final class ZAggregateArgs {
  private static final ZAggregateArgs NONE = new ZAggregateArgs(null, null);

  /** How the scores of one member in several sets combine. */
  public enum Aggregate {
    /** Add them (the default). */
    SUM,
    /** Take the lowest. */
    MIN,
    /** Take the highest. */
    MAX
  }

  private final double[] weights;
  private final Aggregate aggregate;

  private ZAggregateArgs(double[] weights, Aggregate aggregate) {
    this.weights = weights;
    this.aggregate = aggregate;
  }

  /** No options: weights 1, {@code SUM}. */
  public static ZAggregateArgs create() {
    return NONE;
  }

  /** {@code WEIGHTS}: one finite factor per key, in the keys' order. */
  public ZAggregateArgs weights(double... weights) {
    if (weights == null || weights.length == 0) {
      throw new IllegalArgumentException("weights must not be null or empty");
    }
    for (double w : weights) {
      if (Double.isNaN(w) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("weights must be finite, got " + w);
      }
    }
    return new ZAggregateArgs(weights.clone(), aggregate);
  }

  /** {@code AGGREGATE}. */
  public ZAggregateArgs aggregate(Aggregate aggregate) {
    if (aggregate == null) {
      throw new IllegalArgumentException("aggregate must not be null");
    }
    return new ZAggregateArgs(weights, aggregate);
  }

  /** The weights (a copy), or {@code null} when none were set. */
  public double[] weights() {
    return weights == null ? null : weights.clone();
  }

  /** The aggregate, or {@code null} when none was set. */
  public Aggregate aggregate() {
    return aggregate;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ZAggregateArgs a
        && Arrays.equals(weights, a.weights)
        && aggregate == a.aggregate;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights) * 31 + Objects.hashCode(aggregate);
  }

  @Override
  public String toString() {
    return "ZAggregateArgs[weights=" + Arrays.toString(weights) + " aggregate=" + aggregate + "]";
  }
}
