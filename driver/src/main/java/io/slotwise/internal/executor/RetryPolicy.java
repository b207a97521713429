package io.slotwise.internal.executor;

import io.slotwise.HostAndPort;
import io.slotwise.RedisBackpressureException;
import io.slotwise.RedisConnectionException;
import io.slotwise.RedisServerException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.cluster.CrossSlotException;
import io.slotwise.internal.cluster.Redirect;
import io.slotwise.internal.protocol.Reply;

/**
 * The decision table of the retry loop, as pure functions: given what happened to one attempt, what
 * comes next. {@link Attempts} carries the decision out (counters, router, backoff) and tells its
 * caller what to send; this class neither counts nor sends.
 *
 * <p>Limits live with the attempt (redirect count, deadline); this class only reads them.
 * Stateless.
 */
final class RetryPolicy {
  private RetryPolicy() {}

  /**
   * After a reply.
   *
   * @param reply the server's reply to the attempt
   * @param sender the node that sent it (an empty host in a redirect means this node)
   * @param redirects redirects already followed by this command
   * @param maxRedirects the configured bound
   * @param commandName for messages
   */
  static RetryStep onReply(
      Reply reply, HostAndPort sender, int redirects, int maxRedirects, String commandName) {
    if (!(reply instanceof Reply.Error error)) {
      return RetryStep.COMPLETE;
    }
    Redirect redirect = Redirect.parse(error, sender);
    if (redirect != null) {
      if (redirects >= maxRedirects) {
        // Past the bound: the caller's exception names the slot and the nodes seen.
        return new RetryStep.TooManyRedirects();
      }
      return redirect.kind() == Redirect.Kind.MOVED
          ? new RetryStep.Moved(redirect.slot(), redirect.address())
          : new RetryStep.Ask(redirect.slot(), redirect.address());
    }
    RedisServerException refused = new RedisServerException(commandName, error.message());
    switch (error.code()) {
      case "TRYAGAIN":
        // A multi-key command hit a slot being migrated with keys on both sides.
        return new RetryStep.RetryLater(RetryStep.Cause.TRYAGAIN, refused);
      case "CLUSTERDOWN":
      case "MASTERDOWN":
        return new RetryStep.RetryLater(RetryStep.Cause.CLUSTERDOWN, refused);
      case "LOADING":
        return new RetryStep.RetryLater(RetryStep.Cause.LOADING, refused);
      case "READONLY":
        // A write reached a node that was demoted to replica by a failover: the map is stale. It
        // was not executed, so it is retried even when not idempotent.
        return new RetryStep.RetryLater(RetryStep.Cause.READONLY, refused);
      default:
        return new RetryStep.ServerError(refused);
    }
  }

  /**
   * After a transport failure.
   *
   * @param written whether the command may have reached the server
   * @param retrySafe whether running it twice is harmless (a read, an idempotent command, or the
   *     user chose at-least-once)
   */
  static RetryStep onFailure(Throwable cause, boolean written, boolean retrySafe) {
    if (cause instanceof SlotwiseClosedException || cause instanceof RedisBackpressureException) {
      // Closed: nothing will ever answer. Over the in-flight bound: fail at once rather than hold
      // the command in a retry queue, which would make the bound meaningless.
      return new RetryStep.Fatal(cause);
    }
    if (!written || retrySafe) {
      return new RetryStep.RetryLater(RetryStep.Cause.CONNECTION, cause);
    }
    return new RetryStep.OutcomeUnknown(cause);
  }

  /**
   * When no connection could be had for the next attempt (routing, or borrowing an exclusive
   * connection, threw): nothing was sent.
   *
   * @param waited whether getting the connection already waited its own bound (an exclusive pool's
   *     max wait, a connect timeout): then a {@link RedisConnectionException} ends the command
   *     rather than waiting again, possibly forever for a blocking command
   */
  static RetryStep onNoConnection(RuntimeException cause, boolean waited) {
    if (isPermanent(cause) || (waited && cause instanceof RedisConnectionException)) {
      return new RetryStep.Fatal(cause);
    }
    return new RetryStep.RetryLater(RetryStep.Cause.NO_ROUTE, cause);
  }

  /**
   * When the node a command would go to is known to hang (a command to it timed out and it has not
   * answered since): the command is not sent, and waits for the node or a promoted replica.
   */
  static RetryStep onNodeDown(Throwable cause) {
    return new RetryStep.RetryLater(RetryStep.Cause.NODE_DOWN, cause);
  }

  /**
   * Whether a retry for this cause is part of a failover — the node unreachable or hung, the slot
   * without a master, the cluster down, a demoted master — so that the command may wait for the
   * promotion within the failover budget rather than the command timeout. Not {@code TRYAGAIN} (a
   * migration) nor {@code LOADING}.
   */
  static boolean waitsOutFailover(RetryStep.Cause cause) {
    return switch (cause) {
      case CONNECTION, NO_ROUTE, CLUSTERDOWN, READONLY, NODE_DOWN -> true;
      case TRYAGAIN, LOADING -> false;
    };
  }

  /**
   * Whether a routing failure can never succeed on retry (bad arguments, keys in several slots, a
   * closed client): those fail at once instead of waiting for the deadline.
   */
  static boolean isPermanent(RuntimeException e) {
    return e instanceof IllegalArgumentException
        || e instanceof UnsupportedOperationException
        || e instanceof CrossSlotException
        || e instanceof SlotwiseClosedException;
  }
}
