package io.slotwise;

import io.slotwise.internal.config.OptionChecks;
import java.time.Duration;

/**
 * The pool of exclusive connections per node: blocking commands ({@code BLPOP}, {@code XREAD ...
 * BLOCK}) and transactions borrow one, so that they never hold up the shared multiplexed
 * connection. Immutable and thread-safe.
 *
 * @param maxPerNode connections per node, lent or idle; at least 1. Default {@link
 *     #DEFAULT_MAX_PER_NODE}.
 * @param maxWait how long a borrower waits when all are lent; positive. Default {@link
 *     #DEFAULT_MAX_WAIT}.
 */
public record ExclusivePoolOptions(int maxPerNode, Duration maxWait) {

  /** The default {@code maxPerNode}. */
  public static final int DEFAULT_MAX_PER_NODE = 8;

  /** The default {@code maxWait}. */
  public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(2);

  /** Validates both bounds. */
  public ExclusivePoolOptions {
    OptionChecks.atLeast(maxPerNode, 1, "maxPerNode");
    OptionChecks.positive(maxWait, "maxWait");
  }

  /** {@link #DEFAULT_MAX_PER_NODE} and {@link #DEFAULT_MAX_WAIT}. */
  public static ExclusivePoolOptions defaults() {
    return new ExclusivePoolOptions(DEFAULT_MAX_PER_NODE, DEFAULT_MAX_WAIT);
  }
}
