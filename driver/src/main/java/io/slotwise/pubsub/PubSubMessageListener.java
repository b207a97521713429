package io.slotwise.pubsub;

/**
 * Receives every message of a {@link Subscription} — channel, pattern and sharded alike — as one
 * {@link PubSubMessage}, so that a lambda misses nothing:
 *
 * <pre>{@code
 * client.subscription(m -> log.info("{} {}: {}", m.kind(), m.channelText(), m.text()));
 * }</pre>
 *
 * <p><b>Delivery thread.</b> Never an I/O thread: messages are handed to a small pool of delivery
 * threads shared by the client's subscriptions ({@code slotwise-pubsub-N}, at most {@value
 * io.slotwise.pubsub.Subscription#DELIVERY_THREADS}, idle ones stop). Messages received on one
 * connection are delivered one at a time, in the order the server sent them; messages of different
 * connections (the classic connection, each shard's connection) may be delivered concurrently, so
 * an implementation shared by several connections must be thread-safe. A slow listener delays only
 * the messages behind it on its own connection (up to {@value
 * io.slotwise.pubsub.Subscription#MAX_QUEUED} queued per connection; further messages are dropped
 * and logged) and never the commands or other subscriptions of the client. An exception thrown here
 * is logged and the next message is delivered.
 */
@FunctionalInterface
public interface PubSubMessageListener {

  /** One message, owned by the listener from now on. */
  void onMessage(PubSubMessage message);
}
