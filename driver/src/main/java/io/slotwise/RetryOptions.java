package io.slotwise;

import io.slotwise.internal.config.OptionChecks;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * When and how a command is tried again within its deadline. Immutable and thread-safe.
 *
 * @param maxRedirects {@code MOVED}/{@code ASK} redirects one command may follow, in 0..100;
 *     default {@link #DEFAULT_MAX_REDIRECTS}. Past it the command fails with a {@link
 *     RedisRedirectionException}.
 * @param minDelay first delay between retries of {@code TRYAGAIN}, {@code CLUSTERDOWN} and {@code
 *     LOADING} (doubling up to {@code maxDelay}); positive, at most {@code maxDelay}. Default
 *     {@link #DEFAULT_MIN_DELAY}.
 * @param maxDelay the cap of that backoff; positive. Default {@link #DEFAULT_MAX_DELAY}.
 * @param writesAtLeastOnce whether to resend writes whose connection broke after they were sent
 *     (they may then run twice); default {@code false}: such writes fail with {@link
 *     RedisOutcomeUnknownException}
 * @param idempotentOverrides which commands (upper-case name, e.g. {@code INCR}) may or may not be
 *     resent after a broken connection, over the built-in table; default empty. Names are
 *     upper-cased; the map is copied.
 */
public record RetryOptions(
    int maxRedirects,
    Duration minDelay,
    Duration maxDelay,
    boolean writesAtLeastOnce,
    Map<String, Boolean> idempotentOverrides) {

  /**
   * A slot moves at most once or twice during a command; 5 allows {@code ASK} then {@code MOVED}
   * chains and stops a ping-pong between nodes that disagree.
   */
  public static final int DEFAULT_MAX_REDIRECTS = 5;

  /** The largest {@code maxRedirects} accepted. */
  public static final int MAX_REDIRECTS_LIMIT = 100;

  /** A migration batch or an election takes tens of milliseconds. */
  public static final Duration DEFAULT_MIN_DELAY = Duration.ofMillis(10);

  /** The default {@code maxDelay}. */
  public static final Duration DEFAULT_MAX_DELAY = Duration.ofMillis(200);

  /** Validates every component and normalizes the overrides' names to upper case. */
  public RetryOptions {
    OptionChecks.inRange(maxRedirects, 0, MAX_REDIRECTS_LIMIT, "maxRedirects");
    OptionChecks.positive(minDelay, "minDelay");
    OptionChecks.positive(maxDelay, "maxDelay");
    OptionChecks.ordered(minDelay, maxDelay, "retry");
    Map<String, Boolean> upper = new HashMap<>();
    OptionChecks.notNull(idempotentOverrides, "idempotentOverrides")
        .forEach(
            (name, idempotent) ->
                upper.put(
                    OptionChecks.notNull(name, "command name").toUpperCase(Locale.ROOT),
                    OptionChecks.notNull(idempotent, "idempotent flag of " + name)));
    idempotentOverrides = Map.copyOf(upper);
  }

  /** The {@code DEFAULT_*} constants, at-most-once writes, no overrides. */
  public static RetryOptions defaults() {
    return new RetryOptions(
        DEFAULT_MAX_REDIRECTS, DEFAULT_MIN_DELAY, DEFAULT_MAX_DELAY, false, Map.of());
  }

  /** A copy with {@code maxRedirects} replaced, validated like the constructor. */
  public RetryOptions withMaxRedirects(int maxRedirects) {
    return new RetryOptions(
        maxRedirects, minDelay, maxDelay, writesAtLeastOnce, idempotentOverrides);
  }

  /** A copy with both bounds of the retry backoff. */
  public RetryOptions withDelay(Duration minDelay, Duration maxDelay) {
    return new RetryOptions(
        maxRedirects, minDelay, maxDelay, writesAtLeastOnce, idempotentOverrides);
  }

  /** A copy with {@code writesAtLeastOnce} replaced, validated like the constructor. */
  public RetryOptions withWritesAtLeastOnce(boolean writesAtLeastOnce) {
    return new RetryOptions(
        maxRedirects, minDelay, maxDelay, writesAtLeastOnce, idempotentOverrides);
  }

  /** A copy that declares whether {@code command} (by name) may be resent; replaces any earlier. */
  public RetryOptions withIdempotent(String command, boolean idempotent) {
    Map<String, Boolean> overrides = new HashMap<>(idempotentOverrides);
    overrides.put(OptionChecks.notNull(command, "command").toUpperCase(Locale.ROOT), idempotent);
    return new RetryOptions(maxRedirects, minDelay, maxDelay, writesAtLeastOnce, overrides);
  }
}
