package io.slotwise.internal.transport;

import io.slotwise.internal.protocol.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands an {@link Outbound} its outcome, so that a throwing callback is logged instead of breaking
 * the event loop's work in progress (the rest of a batch, the rest of a decoded chunk). Stateless.
 */
final class Delivery {
  private static final Logger log = LoggerFactory.getLogger(Delivery.class);

  private Delivery() {}

  /** Calls {@link Outbound#onReply}. */
  static void reply(Outbound o, Reply reply) {
    try {
      o.onReply(reply);
    } catch (RuntimeException e) {
      log.warn("onReply callback of {} threw", o.command().name(), e);
    }
  }

  /** Calls {@link Outbound#onFailure}. */
  static void failure(Outbound o, Throwable cause, boolean written) {
    try {
      o.onFailure(cause, written);
    } catch (RuntimeException e) {
      log.warn("onFailure callback of {} threw", o.command().name(), e);
    }
  }
}
