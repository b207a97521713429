package io.slotwise.internal.command;

import io.slotwise.commands.RedisPubSubCommands;

/**
 * The publishing commands of {@link SyncCommandsImpl}, as default methods that wait on {@link
 * SyncOps#async()} with {@link SyncOps#await}. Holds no state; thread-safe as its implementor.
 */
public interface SyncPubSubOps extends SyncOps, RedisPubSubCommands {
  @Override
  default long publish(String channel, String message) {
    return await(async().publish(channel, message), "PUBLISH");
  }

  @Override
  default long publish(byte[] channel, byte[] message) {
    return await(async().publish(channel, message), "PUBLISH");
  }

  @Override
  default long spublish(String channel, String message) {
    return await(async().spublish(channel, message), "SPUBLISH");
  }

  @Override
  default long spublish(byte[] channel, byte[] message) {
    return await(async().spublish(channel, message), "SPUBLISH");
  }
}
