package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.u;

import io.slotwise.commands.AsyncRedisPubSubCommands;
import io.slotwise.internal.protocol.Command;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * The publishing commands of {@link AsyncCommandsImpl}, as default methods over what {@link
 * AsyncOps} provides; each hands its future out through {@link AsyncOps#handOut} exactly once.
 * Holds no state; thread-safe as its implementor.
 */
public interface AsyncPubSubOps extends AsyncOps, AsyncRedisPubSubCommands {
  @Override
  default CompletableFuture<Long> publish(String channel, String message) {
    return publish(u(channel, "channel"), u(message, "message"));
  }

  @Override
  default CompletableFuture<Long> publish(byte[] channel, byte[] message) {
    return run(pubsub("PUBLISH", channel, message, new int[0]), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> spublish(String channel, String message) {
    return spublish(u(channel, "channel"), u(message, "message"));
  }

  @Override
  default CompletableFuture<Long> spublish(byte[] channel, byte[] message) {
    return run(pubsub("SPUBLISH", channel, message, new int[] {1}), Converters::integer);
  }

  private static Command pubsub(String name, byte[] channel, byte[] message, int[] keys) {
    byte[][] args = {
      name.getBytes(StandardCharsets.US_ASCII),
      Args.require(channel, "channel"),
      Args.require(message, "message")
    };
    return Command.of(name, args, keys, false);
  }
}
