package io.slotwise.internal.protocol;

/**
 * Bounds the {@link RespDecoder} enforces on what a server sends, checked before anything is
 * allocated for it. Immutable and thread-safe.
 *
 * @param maxBulkLength the largest bulk string, blob error or verbatim string payload, in bytes
 *     (also caps the length of a simple-string line); at least 1. Values above the largest Java
 *     array are accepted but behave as that array limit.
 * @param maxAggregateLength the largest element count of an array, set, push or attribute, or entry
 *     count of a map, as sent by the server; at least 1
 * @param maxNestingDepth how many aggregates may be nested inside each other (a flat array is depth
 *     1); 1..{@value #MAX_NESTING_DEPTH_CEILING}
 */
public record DecoderLimits(long maxBulkLength, int maxAggregateLength, int maxNestingDepth) {

  /** The largest nesting depth accepted (the client's options accept the same range). */
  public static final int MAX_NESTING_DEPTH_CEILING = 1000;

  /**
   * 512 MiB bulks, 2^26 elements, depth 64: the same as the client's default {@code
   * io.slotwise.DecoderOptions} (which this package does not know; a test keeps them equal).
   */
  public static final DecoderLimits DEFAULTS = new DecoderLimits(512L * 1024 * 1024, 1 << 26, 64);

  /** Validates the limits; see the record description for the accepted ranges. */
  public DecoderLimits {
    if (maxBulkLength < 1) {
      throw new IllegalArgumentException("maxBulkLength must be >= 1, got " + maxBulkLength);
    }
    if (maxAggregateLength < 1) {
      throw new IllegalArgumentException(
          "maxAggregateLength must be >= 1, got " + maxAggregateLength);
    }
    if (maxNestingDepth < 1 || maxNestingDepth > MAX_NESTING_DEPTH_CEILING) {
      throw new IllegalArgumentException(
          "maxNestingDepth must be in 1.."
              + MAX_NESTING_DEPTH_CEILING
              + ", got "
              + maxNestingDepth);
    }
  }
}
