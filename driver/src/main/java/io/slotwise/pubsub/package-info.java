/**
 * Publish/subscribe: a {@link io.slotwise.pubsub.Subscription} (from {@link
 * io.slotwise.SlotwiseClient#subscription}) holds channel, pattern and sharded subscriptions on
 * dedicated connections and delivers their messages, as {@link io.slotwise.pubsub.PubSubMessage}s,
 * to a {@link io.slotwise.pubsub.PubSubMessageListener}; {@link
 * io.slotwise.pubsub.AsyncSubscription} is its future-returning view. Publishing is a command of
 * {@link io.slotwise.commands.RedisPubSubCommands}.
 *
 * <p>Public API.
 */
package io.slotwise.pubsub;
