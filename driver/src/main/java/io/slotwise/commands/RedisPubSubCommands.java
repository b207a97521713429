package io.slotwise.commands;

/**
 * Publishing commands ({@code PUBLISH}, {@code SPUBLISH}); subscribing is done with {@link
 * io.slotwise.SlotwiseClient#subscription(io.slotwise.pubsub.PubSubMessageListener)}. Each call
 * waits for its reply. Part of {@link RedisCommands}, whose notes on overloads, {@code null}
 * replies and exceptions apply. Thread-safe; obtained from {@link
 * io.slotwise.SlotwiseClient#sync()} and closed with the client, never on its own.
 */
public interface RedisPubSubCommands {

  /**
   * {@code PUBLISH}: sends {@code message} to the subscribers of {@code channel}; returns the
   * number of subscribers that received it on the node that took the command (in a cluster the
   * message reaches every node's subscribers, but only that node's are counted). See {@link
   * io.slotwise.SlotwiseClient#subscription(io.slotwise.pubsub.PubSubMessageListener)} to
   * subscribe.
   */
  long publish(String channel, String message);

  /** Same as {@link #publish(String, String)}, with {@code byte[]} in place of {@code String}. */
  long publish(byte[] channel, byte[] message);

  /**
   * {@code SPUBLISH} (Redis 7): publishes on a sharded channel, sent to the node owning the
   * channel's slot; returns the number of subscribers that received it.
   */
  long spublish(String channel, String message);

  /** Same as {@link #spublish(String, String)}, with {@code byte[]} in place of {@code String}. */
  long spublish(byte[] channel, byte[] message);
}
