package io.slotwise.commands;

import java.util.concurrent.CompletableFuture;

/**
 * Any command by name ({@code execute}), routed by its keys. Each call returns a {@link
 * CompletableFuture} at once. Part of {@link AsyncRedisCommands}, whose notes on futures, threads
 * and argument checks apply. Thread-safe; obtained from {@link io.slotwise.SlotwiseClient#async()}
 * and closed with the client, never on its own.
 */
public interface AsyncRedisGenericCommands {

  /**
   * Any command, {@code args[0]} being its name: status → {@code String}, bulk → {@code String},
   * integer → {@code Long}, double → {@code Double}, boolean → {@code Boolean}, array/set → {@code
   * List}, map → {@code Map}, null → {@code null}.
   *
   * <p>Routing in cluster mode: keys of commands the driver knows come from its table; for any
   * other command from the server's {@code COMMAND INFO} (asked once per command name and cached),
   * or, for commands whose keys move with the arguments ({@code movablekeys}: {@code LMPOP}, {@code
   * ZUNIONSTORE}, {@code SORT}...), from {@code COMMAND GETKEYS} on each call. A command without
   * keys, or that the server does not know, goes to any master. All keys must share a slot.
   */
  CompletableFuture<Object> execute(String... args);

  /** Like {@link RedisCommands#execute(String...)}, bulk replies as {@code byte[]}. */
  CompletableFuture<Object> execute(byte[]... args);

  /**
   * Any command, {@code args[0]} being its name, routed as {@link #execute(String...)}; the reply,
   * in its raw form (see {@link ReplyConverter}), turned into {@code T} by {@code converter}.
   *
   * <pre>{@code
   * CompletableFuture<Long> added = redis.execute(ReplyConverter.integer(), "SADD", "tags", "a", "b");
   * }</pre>
   */
  <T> CompletableFuture<T> execute(ReplyConverter<T> converter, String... args);

  /** Same as {@link #execute(ReplyConverter, String...)}, with {@code byte[]} arguments. */
  <T> CompletableFuture<T> execute(ReplyConverter<T> converter, byte[]... args);
}
