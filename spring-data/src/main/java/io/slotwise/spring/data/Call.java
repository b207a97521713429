package io.slotwise.spring.data;

import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.commands.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One Spring Data Redis method as a Redis command: its argument vector, the conversion of the
 * generic reply into the method's type, and, for the multi-key commands Slotwise splits by slot
 * ({@code DEL}, {@code MGET}, {@code MSET}...), the typed Slotwise call that does the splitting.
 * {@link CommandRunner} decides whether it runs now, joins a pipeline or is queued in a
 * transaction. Immutable.
 *
 * @param method the Spring Data method name, for messages
 * @param args the command as sent in a transaction (and, without {@code sync}, always)
 * @param sync the typed blocking call, or {@code null} to send {@code args} as they are
 * @param async the typed pipelined call, or {@code null} to send {@code args} as they are
 * @param convert the generic reply ({@code byte[]}, {@code Long}, {@code List}...) to the result
 * @param keyIndex where the first key is in {@code args} (past the end for keyless commands)
 */
record Call<T>(
    String method,
    byte[][] args,
    Function<RedisCommands, Object> sync,
    Function<AsyncRedisCommands, CompletableFuture<?>> async,
    Function<Object, T> convert,
    int keyIndex) {

  static <T> Call<T> of(String method, Function<Object, T> convert, byte[]... args) {
    return new Call<>(method, args, null, null, convert, 1);
  }

  static <T> Call<T> keyless(String method, Function<Object, T> convert, byte[]... args) {
    return new Call<>(method, args, null, null, convert, Integer.MAX_VALUE);
  }

  /** This call with its first key at {@code index} of {@code args}. */
  Call<T> keyAt(int index) {
    return new Call<>(method, args, sync, async, convert, index);
  }

  static <T> Call<T> typed(
      String method,
      Function<RedisCommands, Object> sync,
      Function<AsyncRedisCommands, CompletableFuture<?>> async,
      Function<Object, T> convert,
      byte[]... args) {
    return new Call<>(method, args, sync, async, convert, 1);
  }

  /**
   * The key that picks a transaction's node: {@code args[1]} for every key-first command; the
   * commands whose first key is elsewhere ({@code BITOP}, {@code EVAL}, {@code XREAD}...) are built
   * with {@link #keyAt}.
   */
  byte[] key() {
    return keyIndex < args.length ? args[keyIndex] : null;
  }

  /** The command name, upper case. */
  String commandName() {
    return new String(args[0], StandardCharsets.UTF_8);
  }
}
