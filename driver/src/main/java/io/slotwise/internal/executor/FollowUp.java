package io.slotwise.internal.executor;

import io.slotwise.HostAndPort;

/**
 * What a caller of the retry loop does next, once {@link Attempts} has carried out a {@link
 * RetryStep} (counted it, told the router and the recorder, computed the backoff): the part only
 * the caller can do, because only it knows how to send (a shared connection, a borrowed exclusive
 * one, a whole {@code MULTI}/{@code EXEC} block, a subscribe command). Immutable values.
 */
public sealed interface FollowUp {

  /**
   * The reply the caller just handed over is final: convert it and complete the caller. One shared
   * instance ({@link #COMPLETE}): the common case allocates nothing.
   */
  record Complete() implements FollowUp {}

  /** The one {@link Complete}. */
  FollowUp COMPLETE = new Complete();

  /** The unit ends with this error (already built with the slot, the nodes tried, the cause). */
  record Fail(Throwable error) implements FollowUp {}

  /**
   * Send again after {@code delayNanos} (zero: at once).
   *
   * @param target the node to send to, or null to route by the command's key (or its pinned node)
   * @param asking whether {@code ASKING} goes just before it, on the same connection
   */
  record Resend(HostAndPort target, boolean asking, long delayNanos) implements FollowUp {}

  /**
   * A retry would start after the deadline: nothing to send; the caller's deadline ends the unit,
   * with the last error as the cause.
   */
  record AwaitDeadline() implements FollowUp {}
}
