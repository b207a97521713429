package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.pubsub.PubSubMessage;
import io.slotwise.pubsub.PubSubMessageListener;
import io.slotwise.pubsub.Subscription;
import io.slotwise.testkit.Isolated;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Classic pub/sub on real servers: messages, patterns, unsubscribe, resubscribe after restart. */
@ExtendWith(RedisExtension.class)
class PubSubIT {

  /** Collects messages as "channel=message" or "pattern|channel=message", and as they came. */
  static final class Inbox implements PubSubMessageListener {
    final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    final BlockingQueue<PubSubMessage> messages = new LinkedBlockingQueue<>();

    @Override
    public void onMessage(PubSubMessage m) {
      messages.add(m);
      received.add(
          (m.kind() == PubSubMessage.Kind.PATTERN ? m.patternText() + "|" : "")
              + m.channelText()
              + "="
              + m.text());
    }

    String next() throws InterruptedException {
      return received.poll(5, TimeUnit.SECONDS);
    }
  }

  /**
   * Publishes {@code message} every 100 ms until the inbox has it (messages sent while a
   * subscription is re-established are lost by design); returns the milliseconds it took.
   */
  static long publishUntilReceived(
      Inbox inbox, Duration bound, java.util.function.Consumer<String> publish, String expected)
      throws InterruptedException {
    long t0 = System.nanoTime();
    long deadline = t0 + bound.toNanos();
    int n = 0;
    while (System.nanoTime() < deadline) {
      String message = "m" + n++;
      try {
        publish.accept(message);
      } catch (SlotwiseException e) {
        // the server (or the slot's owner) is not reachable yet: try again
      }
      String got;
      while ((got = inbox.received.poll(100, TimeUnit.MILLISECONDS)) != null) {
        if (got.startsWith(expected)) {
          return (System.nanoTime() - t0) / 1_000_000;
        }
      }
    }
    throw new AssertionError("no message on " + expected + " within " + bound);
  }

  @Test
  void receivesChannelAndPatternMessages(RedisServerProcess server) throws Exception {
    Inbox inbox = new Inbox();
    try (SlotwiseClient client = SlotwiseClient.standalone(server.address().toString());
        Subscription subscription = client.subscription(inbox)) {
      subscription.subscribe("news", "sports");
      subscription.psubscribe("weather.*");
      assertThat(subscription.channels()).containsExactlyInAnyOrder("news", "sports");
      assertThat(client.sync().publish("news", "hello")).isEqualTo(1);
      assertThat(inbox.next()).isEqualTo("news=hello");
      assertThat(client.sync().publish("weather.paris", "rain")).isEqualTo(1);
      assertThat(inbox.next()).isEqualTo("weather.*|weather.paris=rain");
      // The shared connection is untouched by the subscription.
      client.sync().set("k", "v");
      assertThat(client.sync().get("k")).isEqualTo("v");
      subscription.unsubscribe("news");
      assertThat(client.sync().publish("news", "gone")).isZero();
      assertThat(client.sync().publish("sports", "goal")).isEqualTo(1);
      assertThat(inbox.next()).isEqualTo("sports=goal");
    }
    try (SlotwiseClient client = SlotwiseClient.standalone(server.address().toString())) {
      assertThat(client.sync().publish("sports", "after close")).isZero();
    }
  }

  /** Issue 14: a two-argument lambda used to drop every pattern message silently. */
  @Test
  @SuppressWarnings("deprecation") // the earlier listener shape, kept working
  void aLambdaListenerReceivesPatternMessages(RedisServerProcess server) throws Exception {
    BlockingQueue<String> received = new LinkedBlockingQueue<>();
    try (SlotwiseClient client = SlotwiseClient.standalone(server.address().toString());
        Subscription subscription =
            client.subscription((channel, message) -> received.add(channel + "=" + message))) {
      subscription.psubscribe("lambda.*");
      assertThat(client.sync().publish("lambda.x", "hi")).isEqualTo(1);
      assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo("lambda.x=hi");
    }
  }

  /** Bytes that are not UTF-8 (an invalid lead byte, a lone continuation byte, NUL, 0xFF). */
  static final byte[] NOT_UTF8 = {(byte) 0xC3, 0x28, (byte) 0x80, 0, (byte) 0xFF, (byte) 0xFE};

  static byte[] bytes(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(
      value = SlotwiseConfig.Protocol.class,
      names = {"RESP2", "RESP3"})
  void binaryNamesAndPayloadsArriveIntact(
      SlotwiseConfig.Protocol protocol, RedisServerProcess server) throws Exception {
    Inbox inbox = new Inbox();
    byte[] channel = {'b', 'i', 'n', ':', (byte) 0xFF, (byte) 0x80};
    byte[] pattern = {'b', 'p', 'a', 't', (byte) 0xFE, '*'};
    byte[] matching = {'b', 'p', 'a', 't', (byte) 0xFE, 'x', (byte) 0xC3};
    SlotwiseConfig config =
        SlotwiseConfig.standalone(server.address().toString()).protocol(protocol).build();
    try (SlotwiseClient client = SlotwiseClient.create(config);
        Subscription subscription = client.subscription(inbox)) {
      subscription.subscribe(channel);
      subscription.psubscribe(pattern);
      assertThat(client.sync().publish(channel, NOT_UTF8)).isEqualTo(1);
      PubSubMessage m = inbox.messages.poll(5, TimeUnit.SECONDS);
      assertThat(m).isNotNull();
      assertThat(m.kind()).isEqualTo(PubSubMessage.Kind.CHANNEL);
      assertThat(m.pattern()).isNull();
      assertThat(m.channel()).isEqualTo(channel);
      assertThat(m.payload()).isEqualTo(NOT_UTF8);

      assertThat(client.sync().publish(matching, NOT_UTF8)).isEqualTo(1);
      m = inbox.messages.poll(5, TimeUnit.SECONDS);
      assertThat(m).isNotNull();
      assertThat(m.kind()).isEqualTo(PubSubMessage.Kind.PATTERN);
      assertThat(m.pattern()).isEqualTo(pattern);
      assertThat(m.channel()).isEqualTo(matching);
      assertThat(m.payload()).isEqualTo(NOT_UTF8);

      subscription.unsubscribe(channel);
      subscription.punsubscribe(pattern);
      assertThat(client.sync().publish(channel, NOT_UTF8)).isZero();
      assertThat(subscription.channels()).isEmpty();
    }
  }

  /** The listener shape of issue 14: one lambda, every kind of message. */
  @Test
  void aMessageLambdaReceivesChannelAndPatternMessages(RedisServerProcess server) throws Exception {
    BlockingQueue<PubSubMessage> received = new LinkedBlockingQueue<>();
    try (SlotwiseClient client = SlotwiseClient.standalone(server.address().toString());
        Subscription subscription = client.subscription(received::add)) {
      subscription.subscribe("plain").psubscribe("pat.*");
      client.sync().publish("plain", "one");
      client.sync().publish("pat.x", "two");
      PubSubMessage first = received.poll(5, TimeUnit.SECONDS);
      PubSubMessage second = received.poll(5, TimeUnit.SECONDS);
      assertThat(first)
          .isEqualTo(
              new PubSubMessage(PubSubMessage.Kind.CHANNEL, null, bytes("plain"), bytes("one")));
      assertThat(second)
          .isEqualTo(
              new PubSubMessage(
                  PubSubMessage.Kind.PATTERN, bytes("pat.*"), bytes("pat.x"), bytes("two")));
      assertThat(second.patternText()).isEqualTo("pat.*");
      assertThat(second.text()).isEqualTo("two");
    }
  }

  /**
   * An async subscribe completes only once the server confirmed: a PUBLISH right after it (no
   * polling) reaches the subscriber.
   */
  @Test
  void asyncSubscribeCompletesOnceTheServerConfirmed(RedisServerProcess server) throws Exception {
    Inbox inbox = new Inbox();
    try (SlotwiseClient client = SlotwiseClient.standalone(server.address().toString());
        Subscription subscription = client.subscription(inbox)) {
      java.util.concurrent.CompletableFuture<Void> channels =
          subscription.async().subscribe("async:a", "async:b");
      java.util.concurrent.CompletableFuture<Void> patterns =
          subscription.async().psubscribe(bytes("async.p.*"));
      channels.get(10, TimeUnit.SECONDS);
      assertThat(client.sync().publish("async:a", "1")).isEqualTo(1);
      assertThat(client.sync().publish("async:b", "2")).isEqualTo(1);
      patterns.get(10, TimeUnit.SECONDS);
      assertThat(client.sync().publish("async.p.x", "3")).isEqualTo(1);
      assertThat(List.of(inbox.next(), inbox.next(), inbox.next()))
          .containsExactly("async:a=1", "async:b=2", "async.p.*|async.p.x=3");
      subscription.async().unsubscribe("async:a").get(10, TimeUnit.SECONDS);
      assertThat(client.sync().publish("async:a", "gone")).isZero();
      subscription.close();
      assertThat(subscription.async().subscribe("late"))
          .failsWithin(Duration.ofSeconds(5))
          .withThrowableOfType(java.util.concurrent.ExecutionException.class)
          .withCauseInstanceOf(SlotwiseClosedException.class);
    }
  }

  /**
   * A listener that blocks stalls neither the client's commands nor other subscriptions, even with
   * one I/O thread: messages are delivered off the event loop.
   */
  @Test
  void aBlockedListenerStallsNeitherCommandsNorOtherSubscriptions(RedisServerProcess server)
      throws Exception {
    java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    PubSubMessageListener blocking =
        m -> {
          entered.countDown();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    Inbox other = new Inbox();
    SlotwiseConfig config =
        SlotwiseConfig.standalone(server.address().toString())
            .ioThreads(1)
            .commandTimeout(Duration.ofSeconds(2))
            .build();
    try (SlotwiseClient client = SlotwiseClient.create(config);
        Subscription slow = client.subscription(blocking);
        Subscription fast = client.subscription(other)) {
      slow.subscribe("slow");
      fast.subscribe("fast");
      client.sync().publish("slow", "1");
      client.sync().publish("slow", "2"); // queued behind the blocked one
      assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
      client.sync().set("during", "blocked");
      assertThat(client.sync().get("during")).isEqualTo("blocked");
      assertThat(client.sync().publish("fast", "hi")).isEqualTo(1);
      assertThat(other.next()).isEqualTo("fast=hi");
    } finally {
      release.countDown();
    }
  }

  /** Issue 14: each subscription used to hold a thread of its own. */
  @Test
  void twoHundredSubscriptionsDoNotCreateTwoHundredThreads(RedisServerProcess server)
      throws Exception {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    List<Subscription> subscriptions = new java.util.ArrayList<>();
    Inbox inbox = new Inbox();
    try (SlotwiseClient client = SlotwiseClient.standalone(server.address().toString())) {
      client.sync().ping();
      int before = threads.getThreadCount();
      for (int i = 0; i < 200; i++) {
        Subscription s = client.subscription(inbox);
        subscriptions.add(s);
        s.subscribe("many:" + i);
      }
      int during = threads.getThreadCount();
      System.out.printf(
          "[PubSubIT] threads: %d before, %d with 200 subscriptions%n", before, during);
      assertThat(during - before).as("threads added by 200 subscriptions").isLessThan(20);
      assertThat(client.sync().publish("many:199", "last")).isEqualTo(1);
      assertThat(inbox.next()).isEqualTo("many:199=last");
    } finally {
      subscriptions.forEach(Subscription::close);
    }
  }

  @Test
  void classicMessagesReachAClusterSubscriberWhicheverNodeTookThePublish(LocalRedisCluster cluster)
      throws Exception {
    Inbox inbox = new Inbox();
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds());
        Subscription subscription = client.subscription(inbox)) {
      subscription.subscribe("broadcast");
      for (RedisServerProcess node : cluster.masters()) {
        node.call("PUBLISH", "broadcast", "from " + node.port());
        assertThat(inbox.next()).isEqualTo("broadcast=from " + node.port());
      }
      client.sync().publish("broadcast", "via client");
      assertThat(inbox.next()).isEqualTo("broadcast=via client");
    }
  }

  @Test
  void resubscribesAfterTheServerRestarts(@Isolated RedisServerProcess server) throws Exception {
    Inbox inbox = new Inbox();
    try (SlotwiseClient client = SlotwiseClient.standalone(server.address().toString());
        Subscription subscription = client.subscription(inbox)) {
      subscription.subscribe("alerts");
      subscription.psubscribe("log.*");
      client.sync().publish("alerts", "before");
      assertThat(inbox.next()).isEqualTo("alerts=before");
      long t0 = System.nanoTime();
      server.restart();
      long restartMs = (System.nanoTime() - t0) / 1_000_000;
      long channelMs =
          publishUntilReceived(
              inbox, Duration.ofSeconds(20), m -> client.sync().publish("alerts", m), "alerts=");
      long patternMs =
          publishUntilReceived(
              inbox,
              Duration.ofSeconds(5),
              m -> client.sync().publish("log.app", m),
              "log.*|log.app=");
      System.out.printf(
          "[PubSubIT] server restart took %d ms; first channel message %d ms after it, first"
              + " pattern message %d ms later%n",
          restartMs, channelMs, patternMs);
      assertThat(subscription.channels()).isEqualTo(java.util.Set.of("alerts"));
      assertThat(List.copyOf(subscription.patterns())).containsExactly("log.*");
    }
  }
}
