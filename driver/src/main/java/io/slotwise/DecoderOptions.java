package io.slotwise;

import io.slotwise.internal.config.OptionChecks;

/**
 * Bounds on what a server may send, checked by the reply decoder before it allocates anything, so
 * that a broken or hostile server cannot exhaust the heap. Immutable and thread-safe.
 *
 * @param maxBulkLength the largest bulk string (or blob error, verbatim string) in bytes, which
 *     also caps a simple-string line; at least 1. Default {@link #DEFAULT_MAX_BULK_LENGTH}; values
 *     above the largest Java array behave as that array limit.
 * @param maxAggregateLength the largest element count of an array, set, push or attribute, or entry
 *     count of a map; at least 1. Default {@link #DEFAULT_MAX_AGGREGATE_LENGTH}.
 * @param maxNestingDepth how many aggregates may nest inside each other (a flat array is depth 1),
 *     in 1..{@value #MAX_NESTING_DEPTH_LIMIT}. Default {@link #DEFAULT_MAX_NESTING_DEPTH}.
 */
public record DecoderOptions(long maxBulkLength, int maxAggregateLength, int maxNestingDepth) {

  /** Redis' own {@code proto-max-bulk-len}: 512 MiB. */
  public static final long DEFAULT_MAX_BULK_LENGTH = 512L * 1024 * 1024;

  /** 2^26 elements: far above any real reply, bounded before anything is allocated. */
  public static final int DEFAULT_MAX_AGGREGATE_LENGTH = 1 << 26;

  /** Real replies nest less than 10 deep. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** The deepest nesting accepted. */
  public static final int MAX_NESTING_DEPTH_LIMIT = 1000;

  /** Validates the three bounds. */
  public DecoderOptions {
    OptionChecks.atLeast(maxBulkLength, 1, "maxBulkLength");
    OptionChecks.atLeast(maxAggregateLength, 1, "maxAggregateLength");
    OptionChecks.inRange(maxNestingDepth, 1, MAX_NESTING_DEPTH_LIMIT, "maxNestingDepth");
  }

  /** The {@code DEFAULT_*} constants. */
  public static DecoderOptions defaults() {
    return new DecoderOptions(
        DEFAULT_MAX_BULK_LENGTH, DEFAULT_MAX_AGGREGATE_LENGTH, DEFAULT_MAX_NESTING_DEPTH);
  }

  /** A copy with {@code maxBulkLength} replaced, validated like the constructor. */
  public DecoderOptions withMaxBulkLength(long maxBulkLength) {
    return new DecoderOptions(maxBulkLength, maxAggregateLength, maxNestingDepth);
  }

  /** A copy with {@code maxAggregateLength} replaced, validated like the constructor. */
  public DecoderOptions withMaxAggregateLength(int maxAggregateLength) {
    return new DecoderOptions(maxBulkLength, maxAggregateLength, maxNestingDepth);
  }

  /** A copy with {@code maxNestingDepth} replaced, validated like the constructor. */
  public DecoderOptions withMaxNestingDepth(int maxNestingDepth) {
    return new DecoderOptions(maxBulkLength, maxAggregateLength, maxNestingDepth);
  }
}
