package io.slotwise.pubsub;

/**
 * The earlier, text-only listener shape, kept so that existing code compiles and runs. Prefer
 * {@link PubSubMessageListener}: bytes as sent, and one callback for every kind of message.
 *
 * <p>Migration: {@code client.subscription((channel, message) -> ...)} becomes {@code
 * client.subscription(m -> ... m.channelText() ... m.text())}; an implementation overriding {@link
 * #patternMessage} reads {@link PubSubMessage#patternText()} of {@link PubSubMessage.Kind#PATTERN}
 * messages instead.
 *
 * <p>Called like a {@link PubSubMessageListener} (same delivery threads and order); text is decoded
 * as UTF-8. Thread-safety: see {@link PubSubMessageListener}.
 *
 * @deprecated use {@link PubSubMessageListener} with {@link
 *     io.slotwise.SlotwiseClient#subscription(PubSubMessageListener)}
 */
@Deprecated
@FunctionalInterface
public interface PubSubListener {

  /**
   * A message published on a channel subscribed with {@link Subscription#subscribe} ({@code
   * PUBLISH}) or {@link Subscription#ssubscribe} ({@code SPUBLISH}), and — unless {@link
   * #patternMessage} is overridden — one received through a pattern.
   */
  void message(String channel, String message);

  /**
   * A message on {@code channel}, received because it matches {@code pattern} ({@code PSUBSCRIBE}).
   * Default: {@link #message(String, String)} with the channel and the message, so that a lambda
   * receives pattern messages too (it used to drop them silently).
   */
  default void patternMessage(String pattern, String channel, String message) {
    message(channel, message);
  }

  /** This listener as a {@link PubSubMessageListener} (text decoded as UTF-8). */
  default PubSubMessageListener asMessageListener() {
    return m -> {
      if (m.kind() == PubSubMessage.Kind.PATTERN) {
        patternMessage(m.patternText(), m.channelText(), m.text());
      } else {
        message(m.channelText(), m.text());
      }
    };
  }
}
