package io.slotwise.internal.executor;

import io.slotwise.HostAndPort;
import io.slotwise.RedisBackpressureException;
import io.slotwise.RedisServerException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.internal.cluster.Redirect;
import io.slotwise.internal.protocol.Reply;

/**
 * The decision table of the retry loop, as pure functions: given what happened to one attempt, what
 * comes next. The loop itself ({@link Invocation}) only carries the decision out.
 *
 * <p>Limits live with the attempt (redirect count, deadline); this class only reads them.
 */
public final class RetryPolicy {
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
    switch (error.code()) {
      case "TRYAGAIN":
        // A multi-key command hit a slot being migrated with keys on both sides.
        return new RetryStep.RetryLater(RetryStep.Cause.TRYAGAIN, null);
      case "CLUSTERDOWN":
        return new RetryStep.RetryLater(RetryStep.Cause.CLUSTERDOWN, null);
      case "LOADING":
        return new RetryStep.RetryLater(RetryStep.Cause.LOADING, null);
      case "MASTERDOWN":
        return new RetryStep.RetryLater(RetryStep.Cause.CLUSTERDOWN, null);
      case "READONLY":
        // A write reached a node that was demoted to replica by a failover: the map is stale. It
        // was not executed, so it is retried even when not idempotent.
        return new RetryStep.RetryLater(
            RetryStep.Cause.READONLY, new RedisServerException(commandName, error.message()));
      default:
        return new RetryStep.ServerError(new RedisServerException(commandName, error.message()));
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
}
