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

  // --- read-only scripts, functions, the script helper (issue 14) ---------------------------

  /**
   * {@code EVAL_RO}: like {@link #eval(String, List, List)} for a script that only reads (the
   * server refuses writes in it); may go to a replica when {@link io.slotwise.ReadFrom} allows.
   */
  CompletableFuture<Object> evalReadOnly(String script, List<String> keys, List<String> args);

  /** Same as {@link #evalReadOnly(String, List, List)}, bulk replies as {@code byte[]}. */
  CompletableFuture<Object> evalReadOnly(byte[] script, List<byte[]> keys, List<byte[]> args);

  /** {@code EVALSHA_RO}: like {@link #evalReadOnly(String, List, List)} by the script's SHA1. */
  CompletableFuture<Object> evalshaReadOnly(String sha, List<String> keys, List<String> args);

  /** Same as {@link #evalshaReadOnly(String, List, List)}, bulk replies as {@code byte[]}. */
  CompletableFuture<Object> evalshaReadOnly(byte[] sha, List<byte[]> keys, List<byte[]> args);

  /**
   * {@code EVALSHA} of {@code script}, and on {@code NOSCRIPT} (the node does not have it cached)
   * {@code EVAL} of its source once, on the node the keys route to (which caches it there). See
   * {@link RedisScript}. Replies as {@link #eval(String, List, List)}.
   */
  CompletableFuture<Object> eval(RedisScript script, List<String> keys, List<String> args);

  /** Same as {@link #eval(RedisScript, List, List)}, binary keys, arguments and bulk replies. */
  CompletableFuture<Object> evalBytes(RedisScript script, List<byte[]> keys, List<byte[]> args);

  /**
   * {@code SCRIPT EXISTS sha...} asked of every master (the one server, standalone): for each SHA1
   * in order, {@code true} only when every master has the script cached (so that {@code EVALSHA}
   * finds it whatever slot its keys are in).
   */
  CompletableFuture<List<Boolean>> scriptExists(String... shas);

  /**
   * {@code FCALL function numkeys key... arg...}: the function's reply converted as by {@link
   * AsyncRedisGenericCommands#execute(String...)}. Routed by the first key (any master when there
   * is none); in cluster mode all keys must share a slot. The library must be loaded on the node
   * that runs it: {@link #functionLoad(String)} loads it on every master.
   */
  CompletableFuture<Object> fcall(String function, List<String> keys, List<String> args);

  /** Same as {@link #fcall(String, List, List)}, with binary keys, arguments and bulk replies. */
  CompletableFuture<Object> fcall(byte[] function, List<byte[]> keys, List<byte[]> args);

  /**
   * {@code FCALL_RO}: like {@link #fcall(String, List, List)} for a function flagged {@code
   * no-writes}; may go to a replica when {@link io.slotwise.ReadFrom} allows.
   */
  CompletableFuture<Object> fcallReadOnly(String function, List<String> keys, List<String> args);

  /** Same as {@link #fcallReadOnly(String, List, List)}, binary. */
  CompletableFuture<Object> fcallReadOnly(byte[] function, List<byte[]> keys, List<byte[]> args);

  /**
   * {@code FUNCTION LOAD code} on every master (the one server, standalone): each node's answer,
   * the library name. Fails on a node that already has the library (see {@link
   * #functionLoad(String, boolean)}); not atomic across masters: check {@link
   * NodeResults#allSucceeded()}.
   */
  CompletableFuture<NodeResults<String>> functionLoad(String code);

  /** {@code FUNCTION LOAD [REPLACE] code} on every master; see {@link #functionLoad(String)}. */
  CompletableFuture<NodeResults<String>> functionLoad(String code, boolean replace);

  /** {@code FUNCTION DELETE library} on every master: {@code "OK"} from each. */
  CompletableFuture<NodeResults<String>> functionDelete(String libraryName);

  /** {@code FUNCTION FLUSH} on every master: {@code "OK"} from each. */
  CompletableFuture<NodeResults<String>> functionFlush();

  /** {@code FUNCTION FLUSH ASYNC} ({@code async}) or {@code SYNC} on every master. */
  CompletableFuture<NodeResults<String>> functionFlush(boolean async);

  /**
   * {@code FUNCTION RESTORE payload policy} on every master: {@code "OK"} from each. {@code
   * payload} comes from {@link #functionDump()}.
   */
  CompletableFuture<NodeResults<String>> functionRestore(
      byte[] payload, FunctionRestorePolicy policy);

  /**
   * {@code FUNCTION LIST} of one master (any; they agree when loaded with {@code functionLoad}).
   */
  CompletableFuture<List<FunctionLibrary>> functionList();

  /**
   * {@code FUNCTION LIST LIBRARYNAME pattern [WITHCODE]} of one master: the libraries whose name
   * matches the glob {@code pattern}, with their source when {@code withCode}.
   */
  CompletableFuture<List<FunctionLibrary>> functionList(
      String libraryNamePattern, boolean withCode);

  /** {@code FUNCTION DUMP} of one master: a payload for {@link #functionRestore}. */
  CompletableFuture<byte[]> functionDump();
}
