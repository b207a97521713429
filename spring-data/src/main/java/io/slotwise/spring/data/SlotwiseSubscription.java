package io.slotwise.spring.data;

import io.slotwise.SlotwiseClient;
import io.slotwise.pubsub.PubSubMessage;
import io.slotwise.pubsub.PubSubMessageListener;
import io.slotwise.pubsub.Subscription;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import org.springframework.data.redis.connection.DefaultMessage;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.SubscriptionListener;
import org.springframework.data.redis.connection.util.AbstractSubscription;

/**
 * A Spring Data {@code Subscription} on a Slotwise {@link Subscription}: dedicated pub/sub
 * connections that Slotwise keeps subscribed across reconnects, failovers and slot migrations.
 * Messages reach the {@link MessageListener} on Slotwise's shared pub/sub delivery pool (in order
 * per connection); subscribe and unsubscribe confirmations reach it too when it is a {@link
 * SubscriptionListener} (Spring's listener container waits for them).
 *
 * <p>Channel names, patterns and payloads travel as bytes, exactly as published. (Only an
 * unsubscribe-all names the current channels and patterns as UTF-8 text.)
 *
 * <p>Thread-safe (Spring's container subscribes from one thread while another waits in {@link
 * #awaitClosed()}).
 */
final class SlotwiseSubscription extends AbstractSubscription {
  private final Subscription subscription;
  private final CountDownLatch closed = new CountDownLatch(1);

  SlotwiseSubscription(SlotwiseClient client, MessageListener listener) {
    super(listener);
    this.subscription = client.subscription(relay(listener));
  }

  /** Channel, pattern and payload reach Spring as the server sent them (byte for byte). */
  private static PubSubMessageListener relay(MessageListener listener) {
    return m ->
        listener.onMessage(
            new DefaultMessage(m.channel(), m.payload()),
            m.kind() == PubSubMessage.Kind.PATTERN ? m.pattern() : null);
  }

  @Override
  protected void doSubscribe(byte[]... channels) {
    subscription.subscribe(channels);
    confirm(channels, false, true);
  }

  @Override
  protected void doUnsubscribe(boolean all, byte[]... channels) {
    String[] names = all ? subscription.channels().toArray(new String[0]) : strings(channels);
    if (names.length > 0) {
      subscription.unsubscribe(names);
    }
    confirm(bytes(names), false, false);
  }

  @Override
  protected void doPsubscribe(byte[]... patterns) {
    subscription.psubscribe(patterns);
    confirm(patterns, true, true);
  }

  @Override
  protected void doPUnsubscribe(boolean all, byte[]... patterns) {
    String[] names = all ? subscription.patterns().toArray(new String[0]) : strings(patterns);
    if (names.length > 0) {
      subscription.punsubscribe(names);
    }
    confirm(bytes(names), true, false);
  }

  @Override
  protected void doClose() {
    try {
      subscription.close();
    } finally {
      closed.countDown();
    }
  }

  /** Blocks until this subscription is closed (as Spring's blocking subscribe contract wants). */
  void awaitClosed() {
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
    }
  }

  /**
   * Tells a {@link SubscriptionListener} after the call that subscribed has returned (as a driver
   * reading the server's confirmation does): Spring's container subscribes further from inside
   * these callbacks.
   */
  private void confirm(byte[][] names, boolean pattern, boolean subscribed) {
    if (getListener() instanceof SubscriptionListener listener) {
      java.util.concurrent.CompletableFuture.runAsync(
          () -> notify(listener, names, pattern, subscribed));
    }
  }

  private void notify(
      SubscriptionListener listener, byte[][] names, boolean pattern, boolean subscribed) {
    long count = subscription.channels().size() + subscription.patterns().size();
    for (byte[] name : names) {
      if (pattern && subscribed) {
        listener.onPatternSubscribed(name, count);
      } else if (pattern) {
        listener.onPatternUnsubscribed(name, count);
      } else if (subscribed) {
        listener.onChannelSubscribed(name, count);
      } else {
        listener.onChannelUnsubscribed(name, count);
      }
    }
  }

  private static String[] strings(byte[][] names) {
    String[] out = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = new String(names[i], StandardCharsets.UTF_8);
    }
    return out;
  }

  private static byte[][] bytes(String[] names) {
    byte[][] out = new byte[names.length][];
    for (int i = 0; i < names.length; i++) {
      out[i] = utf8(names[i]);
    }
    return out;
  }

  private static byte[] utf8(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }
}
