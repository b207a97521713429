package io.slotwise.pubsub;

import java.util.Set;

/**
 * A set of pub/sub subscriptions kept alive on dedicated RESP3 connections, from {@link
 * io.slotwise.SlotwiseClient#subscription(PubSubListener)}.
 *
 * <ul>
 *   <li><b>Classic</b> ({@link #subscribe}, {@link #psubscribe}): one connection to one master (a
 *       cluster broadcasts {@code PUBLISH} to every node, so any node hears every channel).
 *   <li><b>Sharded</b> ({@link #ssubscribe}, Redis 7): one connection per node owning a subscribed
 *       channel's slot ({@code SlotHash} of the channel name).
 * </ul>
 *
 * <p><b>Staying subscribed.</b> What the application asked for is kept apart from what each server
 * confirmed. A background thread compares them every quarter second (and at once after a change or
 * an {@code sunsubscribe} push): it asks each connection's server what the connection is subscribed
 * to ({@code CLIENT INFO}; after a reconnect or a server restart, nothing), resubscribes what is
 * missing, moves a shard channel whose slot now lives elsewhere (after a slot migration — Redis 7
 * sends {@code sunsubscribe} when the slot leaves — or a failover; a {@code MOVED} answer updates
 * the slot map), and replaces the classic connection when its node is no longer a master. Messages
 * published while a subscription is being re-established are lost: pub/sub is at-most-once.
 *
 * <p>Thread-safe. The caller owns it and must {@link #close()} it (closing the client closes it
 * too); closing unsubscribes by closing the connections and stops the thread. The listener runs on
 * I/O threads (see {@link PubSubListener}).
 */
public interface Subscription extends AutoCloseable {
  /**
   * {@code SUBSCRIBE}: waits until the server confirmed every channel (bounded by the command
   * timeout).
   *
   * @throws io.slotwise.RedisTimeoutException when not confirmed in time (the subscription stays
   *     wanted and is retried in the background)
   */
  Subscription subscribe(String... channels);

  /** {@code UNSUBSCRIBE} these channels; waits like {@link #subscribe}. */
  Subscription unsubscribe(String... channels);

  /**
   * {@code PSUBSCRIBE} glob-style patterns; messages reach {@link PubSubListener#patternMessage}.
   */
  Subscription psubscribe(String... patterns);

  /** {@code PUNSUBSCRIBE} these patterns. */
  Subscription punsubscribe(String... patterns);

  /**
   * {@code SSUBSCRIBE} (Redis 7): sharded channels, each on the node owning its slot, followed
   * across slot migrations and failovers.
   */
  Subscription ssubscribe(String... channels);

  /** {@code SUNSUBSCRIBE} these sharded channels. */
  Subscription sunsubscribe(String... channels);

  /** The channels asked for (confirmed or being re-established). */
  Set<String> channels();

  /** The patterns asked for (confirmed or being re-established). */
  Set<String> patterns();

  /** The sharded channels asked for (confirmed or being re-established). */
  Set<String> shardChannels();

  /**
   * Closes every connection (the servers drop the subscriptions) and stops the checks. Idempotent.
   */
  @Override
  void close();
}
