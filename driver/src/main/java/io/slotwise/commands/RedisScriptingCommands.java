package io.slotwise.commands;

import java.util.List;

/**
 * Lua scripting commands ({@code EVAL}, {@code EVALSHA}, {@code SCRIPT LOAD}, {@code SCRIPT
 * FLUSH}). Each call waits for its reply. Part of {@link RedisCommands}, whose notes on overloads,
 * {@code null} replies and exceptions apply. Thread-safe; obtained from {@link
 * io.slotwise.SlotwiseClient#sync()} and closed with the client, never on its own.
 */
public interface RedisScriptingCommands {

  /**
   * {@code EVAL}: the script's reply converted as by {@link
   * RedisGenericCommands#execute(String...)}. Routed by the first key (any node when there is
   * none); in cluster mode all keys must share a slot.
   */
  Object eval(String script, List<String> keys, List<String> args);

  /** {@code EVAL}, bulk replies as {@code byte[]}. */
  Object eval(byte[] script, List<byte[]> keys, List<byte[]> args);

  /** {@code EVALSHA}: like {@link #eval(String, List, List)} by the script's SHA1. */
  Object evalsha(String sha, List<String> keys, List<String> args);

  /**
   * Same as {@link #evalsha(String, List, List)}, with {@code byte[]} in place of {@code String}.
   */
  Object evalsha(byte[] sha, List<byte[]> keys, List<byte[]> args);

  /**
   * {@code SCRIPT LOAD} on every master (the one server, standalone): the script's SHA1, so that
   * {@code EVALSHA} finds it whatever slot its keys are in.
   */
  String scriptLoad(String script);

  /** Same as {@link #scriptLoad(String)}, with {@code byte[]} in place of {@code String}. */
  String scriptLoad(byte[] script);

  /** {@code SCRIPT FLUSH} on every master (the one server, standalone); "OK" once all answered. */
  String scriptFlush();
}
