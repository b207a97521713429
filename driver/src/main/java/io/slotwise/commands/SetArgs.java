package io.slotwise.commands;

import java.time.Duration;

/**
 * Options of {@code SET}: an expiry ({@code EX}, {@code PX}, {@code EXAT}, {@code PXAT} or {@code
 * KEEPTTL}, at most one) and a condition ({@code NX} or {@code XX}, at most one). Immutable and
 * thread-safe: every method returns a new instance.
 *
 * <pre>{@code
 * redis.set("lock", token, SetArgs.create().px(30_000).nx());   // null when the lock is held
 * redis.set("session", data, SetArgs.create().ex(Duration.ofMinutes(20)));
 * }</pre>
 *
 * <p>Conflicting options (two expiries, or {@code NX} with {@code XX}) and non-positive times throw
 * {@link IllegalArgumentException} naming them, at once.
 */
public final class SetArgs {
  private static final SetArgs NONE = new SetArgs(null, 0, null);

  /** {@code EX}, {@code PX}, {@code EXAT}, {@code PXAT}, {@code KEEPTTL} or {@code null}. */
  private final String expiry;

  private final long time;

  /** {@code NX}, {@code XX} or {@code null}. */
  private final String condition;

  private SetArgs(String expiry, long time, String condition) {
    this.expiry = expiry;
    this.time = time;
    this.condition = condition;
  }

  /** No options: a plain {@code SET}. */
  public static SetArgs create() {
    return NONE;
  }

  /** Expire after {@code seconds} ({@code EX}); must be positive. */
  public SetArgs ex(long seconds) {
    return withExpiry("EX", seconds);
  }

  /**
   * Expire after {@code ttl}: {@code EX} when it is whole seconds, otherwise {@code PX} in
   * milliseconds.
   */
  public SetArgs ex(Duration ttl) {
    if (ttl == null) {
      throw new IllegalArgumentException("ttl must not be null");
    }
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive, got " + ttl);
    }
    return ttl.getNano() == 0 ? ex(ttl.getSeconds()) : px(ttl.toMillis());
  }

  /** Expire after {@code millis} ({@code PX}); must be positive. */
  public SetArgs px(long millis) {
    return withExpiry("PX", millis);
  }

  /** Expire at a Unix time in seconds ({@code EXAT}); must be positive. */
  public SetArgs exAt(long unixSeconds) {
    return withExpiry("EXAT", unixSeconds);
  }

  /** Expire at a Unix time in milliseconds ({@code PXAT}); must be positive. */
  public SetArgs pxAt(long unixMillis) {
    return withExpiry("PXAT", unixMillis);
  }

  /** Keep the key's current time to live ({@code KEEPTTL}). */
  public SetArgs keepTtl() {
    return withExpiry("KEEPTTL", 0);
  }

  /** Set only when the key does not exist ({@code NX}). */
  public SetArgs nx() {
    return withCondition("NX");
  }

  /** Set only when the key already exists ({@code XX}). */
  public SetArgs xx() {
    return withCondition("XX");
  }

  private SetArgs withExpiry(String option, long value) {
    if (expiry != null) {
      throw new IllegalArgumentException(
          "SET options " + expiry + " and " + option + " conflict: choose one expiry");
    }
    if (!option.equals("KEEPTTL") && value <= 0) {
      throw new IllegalArgumentException(option + " must be positive, got " + value);
    }
    return new SetArgs(option, value, condition);
  }

  private SetArgs withCondition(String option) {
    if (condition != null) {
      throw new IllegalArgumentException(
          "SET options " + condition + " and " + option + " conflict: choose one condition");
    }
    return new SetArgs(expiry, time, option);
  }

  /**
   * The expiry option: {@code "EX"}, {@code "PX"}, {@code "EXAT"}, {@code "PXAT"}, {@code
   * "KEEPTTL"}, or {@code null} when none was set.
   */
  public String expiry() {
    return expiry;
  }

  /**
   * The number that goes with {@link #expiry()}: seconds ({@code EX}), milliseconds ({@code PX}), a
   * Unix time in seconds ({@code EXAT}) or milliseconds ({@code PXAT}); 0 for {@code KEEPTTL} or
   * when no expiry was set.
   */
  public long expiryTime() {
    return time;
  }

  /** The condition: {@code "NX"}, {@code "XX"}, or {@code null} when none was set. */
  public String condition() {
    return condition;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SetArgs a
        && java.util.Objects.equals(expiry, a.expiry)
        && time == a.time
        && java.util.Objects.equals(condition, a.condition);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(expiry, time, condition);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("SetArgs[");
    if (expiry != null) {
      sb.append(expiry);
      if (!expiry.equals("KEEPTTL")) {
        sb.append(' ').append(time);
      }
    }
    if (condition != null) {
      sb.append(expiry != null ? " " : "").append(condition);
    }
    return sb.append(']').toString();
  }
}
