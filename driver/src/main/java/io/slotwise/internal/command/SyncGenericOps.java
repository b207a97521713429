package io.slotwise.internal.command;

import io.slotwise.commands.RedisGenericCommands;
import io.slotwise.commands.ReplyConverter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The generic ({@code execute}) commands of {@link SyncCommandsImpl}, as default methods that wait
 * on {@link SyncOps#async()} with {@link SyncOps#await}. Holds no state; thread-safe as its
 * implementor.
 */
public interface SyncGenericOps extends SyncOps, RedisGenericCommands {
  @Override
  default Object execute(String... args) {
    return awaitGeneric(async().execute(args), args == null ? null : Args.utf8All(args, "args"));
  }

  @Override
  default Object execute(byte[]... args) {
    return awaitGeneric(async().execute(args), args);
  }

  private static String commandName(Object[] args) {
    if (args == null || args.length == 0 || args[0] == null) {
      return "command";
    }
    return args[0] instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : args[0].toString();
  }

  /** A generic command: blocking ones are waited for as long as they may block. */
  private Object awaitGeneric(CompletableFuture<Object> future, byte[][] args) {
    String name = commandName(args);
    Duration blockFor = BlockingCommands.NOT_BLOCKING;
    if (args != null && args.length > 0 && args[0] != null) {
      try {
        blockFor = BlockingCommands.blockFor(name.toUpperCase(java.util.Locale.ROOT), args);
      } catch (IllegalArgumentException e) {
        blockFor = BlockingCommands.NOT_BLOCKING; // the future reports the bad argument
      }
    }
    return blockFor.isNegative() ? await(future, name) : awaitBlocking(future, name, blockFor);
  }

  @Override
  default <T> T execute(ReplyConverter<T> converter, String... args) {
    return await(async().execute(converter, args), "the command");
  }

  @Override
  default <T> T execute(ReplyConverter<T> converter, byte[]... args) {
    return await(async().execute(converter, args), "the command");
  }
}
