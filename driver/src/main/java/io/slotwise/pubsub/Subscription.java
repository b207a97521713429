package io.slotwise.pubsub;

import java.util.Set;

/**
 * A set of pub/sub subscriptions kept alive on dedicated RESP3 connections, from {@link
 * io.slotwise.SlotwiseClient#subscription(PubSubMessageListener)}.
 *
 * <ul>
 *   <li><b>Classic</b> ({@link #subscribe}, {@link #psubscribe}): one connection to one master (a
 *       cluster broadcasts {@code PUBLISH} to every node, so any node hears every channel).
 *   <li><b>Sharded</b> ({@link #ssubscribe}, Redis 7): one connection per node owning a subscribed
 *       channel's slot ({@code SlotHash} of the channel name).
 * </ul>
 *
 * <p>Names are binary-safe: each method takes {@code String}s (encoded as UTF-8) or {@code byte[]}s
 * (sent as they are). The sync methods here wait; {@link #async()} gives the same operations
 * returning futures.
 *
 * <p><b>Staying subscribed.</b> What the application asked for is kept apart from what each server
 * confirmed. A check round compares them every quarter second (and at once after a change or an
 * {@code sunsubscribe} push): it asks each connection's server what the connection is subscribed to
 * ({@code CLIENT INFO}; after a reconnect or a server restart, nothing), resubscribes what is
 * missing, moves a shard channel whose slot now lives elsewhere (after a slot migration — Redis 7
 * sends {@code sunsubscribe} when the slot leaves — or a failover; a {@code MOVED} answer updates
 * the slot map), and replaces the classic connection when its node is no longer a master. Messages
 * published while a subscription is being re-established are lost: pub/sub is at-most-once.
 *
 * <p><b>Threads.</b> A subscription holds no thread: its rounds are non-blocking steps on the
 * client's scheduler and I/O threads, and its messages go to the client's shared delivery threads
 * (see {@link PubSubMessageListener} for the delivery thread and order).
 *
 * <p>Thread-safe. The caller owns it and must {@link #close()} it (closing the client closes it
 * too); closing unsubscribes by closing the connections.
 */
public interface Subscription extends AutoCloseable {

  /** At most this many threads deliver the messages of all the subscriptions of one client. */
  int DELIVERY_THREADS = 4;

  /**
   * At most this many messages wait for a slow listener per connection; further ones are dropped
   * (and logged) until the listener catches up.
   */
  int MAX_QUEUED = 65_536;

  /**
   * {@code SUBSCRIBE}: waits until the server confirmed every channel (bounded by three command
   * timeouts).
   *
   * @throws io.slotwise.RedisTimeoutException when not confirmed in time (the subscription stays
   *     wanted and is retried in the background)
   * @throws IllegalArgumentException when {@code channels} is empty or holds a null
   */
  Subscription subscribe(String... channels);

  /** {@link #subscribe(String...)} with binary channel names. */
  Subscription subscribe(byte[]... channels);

  /** {@code UNSUBSCRIBE} these channels; waits for the round that sends it. */
  Subscription unsubscribe(String... channels);

  /** {@link #unsubscribe(String...)} with binary channel names. */
  Subscription unsubscribe(byte[]... channels);

  /**
   * {@code PSUBSCRIBE} glob-style patterns; their messages come as {@link
   * PubSubMessage.Kind#PATTERN}. Waits like {@link #subscribe(String...)}.
   */
  Subscription psubscribe(String... patterns);

  /** {@link #psubscribe(String...)} with binary patterns. */
  Subscription psubscribe(byte[]... patterns);

  /** {@code PUNSUBSCRIBE} these patterns. */
  Subscription punsubscribe(String... patterns);

  /** {@link #punsubscribe(String...)} with binary patterns. */
  Subscription punsubscribe(byte[]... patterns);

  /**
   * {@code SSUBSCRIBE} (Redis 7): sharded channels, each on the node owning its slot, followed
   * across slot migrations and failovers. Waits like {@link #subscribe(String...)}.
   */
  Subscription ssubscribe(String... channels);

  /** {@link #ssubscribe(String...)} with binary channel names. */
  Subscription ssubscribe(byte[]... channels);

  /** {@code SUNSUBSCRIBE} these sharded channels. */
  Subscription sunsubscribe(String... channels);

  /** {@link #sunsubscribe(String...)} with binary channel names. */
  Subscription sunsubscribe(byte[]... channels);

  /** The same operations, returning futures instead of waiting; a view of this subscription. */
  AsyncSubscription async();

  /** The channels asked for (confirmed or being re-established), decoded as UTF-8. */
  Set<String> channels();

  /** The patterns asked for (confirmed or being re-established), decoded as UTF-8. */
  Set<String> patterns();

  /** The sharded channels asked for (confirmed or being re-established), decoded as UTF-8. */
  Set<String> shardChannels();

  /**
   * Closes every connection (the servers drop the subscriptions) and stops the checks. Idempotent.
   */
  @Override
  void close();
}
