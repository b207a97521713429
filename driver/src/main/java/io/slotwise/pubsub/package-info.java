/**
 * Publish/subscribe: a {@link io.slotwise.pubsub.Subscription} (from {@link
 * io.slotwise.SlotwiseClient#subscription}) holds the channel and pattern subscriptions of one
 * dedicated connection and delivers their messages to a {@link io.slotwise.pubsub.PubSubListener}.
 * Publishing is a command of {@link io.slotwise.commands.RedisPubSubCommands}.
 *
 * <p>Public API.
 */
package io.slotwise.pubsub;
