package io.slotwise.internal.executor;

import io.slotwise.HostAndPort;
import io.slotwise.RedisServerException;

/**
 * What the retry loop does next with a command, decided by {@link RetryPolicy} from the last
 * outcome alone (a pure function of reply/failure and attempt state, so it is unit-testable).
 * {@link Attempts} carries it out. Immutable values.
 */
public sealed interface RetryStep {

  /**
   * A resend caused by a slot being migrated: {@code ASK} (followed, or waited out by a unit that
   * cannot follow it) or {@code TRYAGAIN}. Not a failed attempt: bounded by the redirect count and
   * the deadline only.
   */
  default boolean isMigration() {
    return this instanceof Ask
        || (this instanceof RetryLater later && later.cause() == Cause.TRYAGAIN);
  }

  /** Whether the step sends the command again (a redirect or a later retry). */
  default boolean sendsAgain() {
    return this instanceof Moved || this instanceof Ask || this instanceof RetryLater;
  }

  /** The reply is final: convert it and complete the caller's future. */
  record Complete() implements RetryStep {}

  /** The server refused the command with this error; not retried. */
  record ServerError(RedisServerException error) implements RetryStep {}

  /** More redirects than allowed. */
  record TooManyRedirects() implements RetryStep {}

  /** A write was sent, its connection broke, and resending it might apply it twice. */
  record OutcomeUnknown(Throwable cause) implements RetryStep {}

  /** A failure no retry can mend (the client was closed). */
  record Fatal(Throwable cause) implements RetryStep {}

  /** {@code MOVED}: the slot lives at {@code address} now; update the map and resend there. */
  record Moved(int slot, HostAndPort address) implements RetryStep {}

  /** {@code ASK}: resend once to {@code address}, preceded by {@code ASKING}; map unchanged. */
  record Ask(int slot, HostAndPort address) implements RetryStep {}

  /**
   * A transient state ({@code TRYAGAIN}, {@code CLUSTERDOWN}, a refused connection...); {@code
   * error} is the server's refusal or the failure, reported as the cause if the deadline passes.
   */
  record RetryLater(Cause cause, Throwable error) implements RetryStep {}

  /** Why a command is retried later; also the names of the retry counters. */
  enum Cause {
    TRYAGAIN,
    CLUSTERDOWN,
    LOADING,
    READONLY,
    CONNECTION,
    NO_ROUTE,
    /**
     * The slot's master stopped answering (a timeout): held, not sent, until it or a successor
     * does.
     */
    NODE_DOWN
  }

  RetryStep COMPLETE = new Complete();
}
