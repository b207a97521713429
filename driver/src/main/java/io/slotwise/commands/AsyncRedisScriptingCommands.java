package io.slotwise.commands;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Lua scripting commands ({@code EVAL}, {@code EVALSHA}, {@code SCRIPT LOAD}, {@code SCRIPT
 * FLUSH}). Each call returns a {@link CompletableFuture} at once. Part of {@link
 * AsyncRedisCommands}, whose notes on futures, threads and argument checks apply. Thread-safe;
 * obtained from {@link io.slotwise.SlotwiseClient#async()} and closed with the client, never on its
 * own.
 */
public interface AsyncRedisScriptingCommands {

  /**
   * {@code EVAL}: the script's reply converted as by {@link RedisCommands#execute(String...)}.
   * Routed by the first key (any node when there is none); in cluster mode all keys must share a
   * slot.
   */
  CompletableFuture<Object> eval(String script, List<String> keys, List<String> args);

  /** {@code EVAL}, bulk replies as {@code byte[]}. */
  CompletableFuture<Object> eval(byte[] script, List<byte[]> keys, List<byte[]> args);

  /** {@code EVALSHA}: like {@link RedisCommands#eval(String, List, List)} by the script's SHA1. */
  CompletableFuture<Object> evalsha(String sha, List<String> keys, List<String> args);

  /**
   * Same as {@link #evalsha(String, List, List)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<Object> evalsha(byte[] sha, List<byte[]> keys, List<byte[]> args);

  /**
   * {@code SCRIPT LOAD} on every master (the one server, standalone): the script's SHA1, so that
   * {@code EVALSHA} finds it whatever slot its keys are in.
   */
  CompletableFuture<String> scriptLoad(String script);

  /** Same as {@link #scriptLoad(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<String> scriptLoad(byte[] script);

  /** {@code SCRIPT FLUSH} on every master (the one server, standalone); "OK" once all answered. */
  CompletableFuture<String> scriptFlush();
}
