package io.slotwise.commands;

import java.util.concurrent.CompletableFuture;

/**
 * Publishing commands ({@code PUBLISH}, {@code SPUBLISH}); subscribing is done with {@link
 * io.slotwise.SlotwiseClient#subscription(io.slotwise.pubsub.PubSubMessageListener)}. Each call
 * returns a {@link CompletableFuture} at once. Part of {@link AsyncRedisCommands}, whose notes on
 * futures, threads and argument checks apply. Thread-safe; obtained from {@link
 * io.slotwise.SlotwiseClient#async()} and closed with the client, never on its own.
 */
public interface AsyncRedisPubSubCommands {

  /**
   * {@code PUBLISH}: sends {@code message} to the subscribers of {@code channel}; returns the
   * number of subscribers that received it on the node that took the command (in a cluster the
   * message reaches every node's subscribers, but only that node's are counted). See {@link
   * io.slotwise.SlotwiseClient#subscription(io.slotwise.pubsub.PubSubMessageListener)} to
   * subscribe.
   */
  CompletableFuture<Long> publish(String channel, String message);

  /** Same as {@link #publish(String, String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> publish(byte[] channel, byte[] message);

  /**
   * {@code SPUBLISH} (Redis 7): publishes on a sharded channel, sent to the node owning the
   * channel's slot; returns the number of subscribers that received it.
   */
  CompletableFuture<Long> spublish(String channel, String message);

  /** Same as {@link #spublish(String, String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> spublish(byte[] channel, byte[] message);
}
