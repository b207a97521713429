package io.slotwise.commands;

/**
 * Options of {@code RESTORE}: {@code REPLACE}, {@code ABSTTL} (the TTL is a Unix time in
 * milliseconds), {@code IDLETIME seconds} and {@code FREQ frequency} (at most one of the last two).
 * Immutable and thread-safe: every method returns a new instance.
 */
public final class RestoreArgs {
  private static final RestoreArgs NONE = new RestoreArgs(false, false, -1, -1);

  private final boolean replace;
  private final boolean absTtl;
  private final long idleTime;
  private final long freq;

  private RestoreArgs(boolean replace, boolean absTtl, long idleTime, long freq) {
    this.replace = replace;
    this.absTtl = absTtl;
    this.idleTime = idleTime;
    this.freq = freq;
  }

  /** No options: fails with {@code BUSYKEY} when the key exists. */
  public static RestoreArgs create() {
    return NONE;
  }

  /** {@code REPLACE}: overwrite an existing key. */
  public RestoreArgs replace() {
    return new RestoreArgs(true, absTtl, idleTime, freq);
  }

  /** {@code ABSTTL}: the TTL passed is a Unix time in milliseconds, not a duration. */
  public RestoreArgs absTtl() {
    return new RestoreArgs(replace, true, idleTime, freq);
  }

  /** {@code IDLETIME seconds} (LRU policies); not with {@link #freq(long)}; must be >= 0. */
  public RestoreArgs idleTime(long seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("idle time must be >= 0, got " + seconds);
    }
    if (freq >= 0) {
      throw new IllegalArgumentException("IDLETIME and FREQ exclude each other");
    }
    return new RestoreArgs(replace, absTtl, seconds, freq);
  }

  /** {@code FREQ frequency} (LFU policies, 0-255); not with {@link #idleTime(long)}. */
  public RestoreArgs freq(long frequency) {
    if (frequency < 0 || frequency > 255) {
      throw new IllegalArgumentException("frequency must be 0-255, got " + frequency);
    }
    if (idleTime >= 0) {
      throw new IllegalArgumentException("IDLETIME and FREQ exclude each other");
    }
    return new RestoreArgs(replace, absTtl, idleTime, frequency);
  }

  /** Whether {@code REPLACE} is set. */
  public boolean isReplace() {
    return replace;
  }

  /** Whether {@code ABSTTL} is set. */
  public boolean isAbsTtl() {
    return absTtl;
  }

  /** The {@code IDLETIME}, or -1 when none was set. */
  public long idleTime() {
    return idleTime;
  }

  /** The {@code FREQ}, or -1 when none was set. */
  public long freq() {
    return freq;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RestoreArgs a
        && replace == a.replace
        && absTtl == a.absTtl
        && idleTime == a.idleTime
        && freq == a.freq;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(replace, absTtl, idleTime, freq);
  }

  @Override
  public String toString() {
    return "RestoreArgs[replace="
        + replace
        + " absTtl="
        + absTtl
        + " idleTime="
        + idleTime
        + " freq="
        + freq
        + "]";
  }
}
