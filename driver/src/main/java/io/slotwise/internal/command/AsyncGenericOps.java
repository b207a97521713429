package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.us;

import io.slotwise.commands.AsyncRedisGenericCommands;
import io.slotwise.commands.ReplyConverter;
import java.util.concurrent.CompletableFuture;

/**
 * The generic ({@code execute}) commands of {@link AsyncCommandsImpl}, as default methods over what
 * {@link AsyncOps} provides; each hands its future out through {@link AsyncOps#handOut} exactly
 * once. Holds no state; thread-safe as its implementor.
 */
public interface AsyncGenericOps extends AsyncOps, AsyncRedisGenericCommands {
  @Override
  default CompletableFuture<Object> execute(String... args) {
    return generic(us(args, "args"), true);
  }

  @Override
  default CompletableFuture<Object> execute(byte[]... args) {
    return generic(Args.requireAll(args, "args"), false);
  }

  /** A generic command, its keys found by {@link KeyPositionResolver} (cluster mode). */
  private CompletableFuture<Object> generic(byte[][] args, boolean text) {
    // Not run(...): the future handed out is the composed one, and the command may only be built
    // once COMMAND INFO answers, on an I/O thread.
    return handOut(
        keyPositions()
            .resolve(args)
            .thenCompose(c -> dispatcher().execute(c, Converters.generic(c.name(), text))));
  }

  @Override
  default <T> CompletableFuture<T> execute(ReplyConverter<T> converter, String... args) {
    Args.requireObject(converter, "converter");
    return typed(us(args, "args"), converter);
  }

  @Override
  default <T> CompletableFuture<T> execute(ReplyConverter<T> converter, byte[]... args) {
    Args.requireObject(converter, "converter");
    return typed(Args.requireAll(args, "args"), converter);
  }

  /** A generic command whose raw reply (bulk as {@code byte[]}) {@code converter} converts. */
  private <T> CompletableFuture<T> typed(byte[][] args, ReplyConverter<T> converter) {
    return handOut(
        keyPositions()
            .resolve(args)
            .thenCompose(
                c ->
                    dispatcher()
                        .execute(
                            c, Converters.generic(c.name(), false).andThen(converter::convert))));
  }
}
