package io.slotwise.commands;

/**
 * Options of {@code LPOS}: {@code RANK} (which match to start from; negative searches from the
 * tail) and {@code MAXLEN} (how many elements to compare at most). Immutable and thread-safe.
 */
public final class LPosArgs {
  private static final LPosArgs NONE = new LPosArgs(0, 0);

  private final long rank;
  private final long maxlen;

  private LPosArgs(long rank, long maxlen) {
    this.rank = rank;
    this.maxlen = maxlen;
  }

  /** No options: the first match, scanning the whole list from the head. */
  public static LPosArgs create() {
    return NONE;
  }

  /** {@code RANK rank}: the rank-th match (1 = first; -1 = first from the tail); not 0. */
  public LPosArgs rank(long rank) {
    if (rank == 0) {
      throw new IllegalArgumentException("rank must not be 0");
    }
    return new LPosArgs(rank, maxlen);
  }

  /** {@code MAXLEN maxlen}: compare at most this many elements; must be positive. */
  public LPosArgs maxlen(long maxlen) {
    if (maxlen < 1) {
      throw new IllegalArgumentException("maxlen must be >= 1, got " + maxlen);
    }
    return new LPosArgs(rank, maxlen);
  }

  /** The rank, or 0 when none was set. */
  public long rank() {
    return rank;
  }

  /** The maximum number of elements compared, or 0 when none was set. */
  public long maxlen() {
    return maxlen;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LPosArgs a && rank == a.rank && maxlen == a.maxlen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(rank) * 31 + Long.hashCode(maxlen);
  }

  @Override
  public String toString() {
    return "LPosArgs[rank=" + rank + " maxlen=" + maxlen + "]";
  }
}
