package io.slotwise.pubsub;

/**
 * Receives the messages of a {@link Subscription}. Called on an I/O thread, one message at a time
 * per connection, in the order the server sent them: implementations must return quickly and never
 * block (hand work to an executor). An exception thrown here is logged and the next message is
 * delivered.
 */
@FunctionalInterface
public interface PubSubListener {

  /**
   * A message published on a channel subscribed with {@link Subscription#subscribe} ({@code
   * PUBLISH}) or {@link Subscription#ssubscribe} ({@code SPUBLISH}). Text is decoded as UTF-8.
   */
  void message(String channel, String message);

  /**
   * A message on {@code channel}, received because it matches {@code pattern} ({@code PSUBSCRIBE}).
   */
  default void patternMessage(String pattern, String channel, String message) {}
}
