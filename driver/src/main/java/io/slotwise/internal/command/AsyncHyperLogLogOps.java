package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.u;
import static io.slotwise.internal.command.AsyncOps.us;

import io.slotwise.commands.AsyncRedisHyperLogLogCommands;
import java.util.concurrent.CompletableFuture;

/**
 * The HyperLogLog commands of {@link AsyncCommandsImpl}, as default methods over what {@link
 * AsyncOps} provides; each hands its future out through {@link AsyncOps#handOut} exactly once.
 * Holds no state; thread-safe as its implementor.
 */
public interface AsyncHyperLogLogOps extends AsyncOps, AsyncRedisHyperLogLogCommands {
  @Override
  default CompletableFuture<Boolean> pfadd(String key, String... elements) {
    return run(
        BitCommandBuilder.keyAndValues("PFADD", u(key, "key"), us(elements, "elements")),
        Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> pfadd(byte[] key, byte[]... elements) {
    return run(
        BitCommandBuilder.keyAndValues("PFADD", key, Args.requireAll(elements, "elements")),
        Converters::bool);
  }

  @Override
  default CompletableFuture<Long> pfcount(String... keys) {
    return run(BitCommandBuilder.keys("PFCOUNT", us(keys, "keys")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> pfcount(byte[]... keys) {
    return run(
        BitCommandBuilder.keys("PFCOUNT", Args.requireAll(keys, "keys")), Converters::integer);
  }

  @Override
  default CompletableFuture<String> pfmerge(String destination, String... sources) {
    return run(
        BitCommandBuilder.keyAndValues(
            "PFMERGE", u(destination, "destination"), us(sources, "sources")),
        Converters::string);
  }

  @Override
  default CompletableFuture<String> pfmerge(byte[] destination, byte[]... sources) {
    return run(
        BitCommandBuilder.keyAndValues("PFMERGE", destination, Args.requireAll(sources, "sources")),
        Converters::string);
  }
}
