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

  // --- read-only scripts, functions, the script helper (issue 14) ---------------------------

  /**
   * {@code EVAL_RO}: like {@link #eval(String, List, List)} for a script that only reads (the
   * server refuses writes in it); may go to a replica when {@link io.slotwise.ReadFrom} allows.
   */
  Object evalReadOnly(String script, List<String> keys, List<String> args);

  /** Same as {@link #evalReadOnly(String, List, List)}, bulk replies as {@code byte[]}. */
  Object evalReadOnly(byte[] script, List<byte[]> keys, List<byte[]> args);

  /** {@code EVALSHA_RO}: like {@link #evalReadOnly(String, List, List)} by the script's SHA1. */
  Object evalshaReadOnly(String sha, List<String> keys, List<String> args);

  /** Same as {@link #evalshaReadOnly(String, List, List)}, bulk replies as {@code byte[]}. */
  Object evalshaReadOnly(byte[] sha, List<byte[]> keys, List<byte[]> args);

  /**
   * {@code EVALSHA} of {@code script}, and on {@code NOSCRIPT} (the node does not have it cached)
   * {@code EVAL} of its source once, on the node the keys route to (which caches it there). See
   * {@link RedisScript}. Replies as {@link #eval(String, List, List)}.
   */
  Object eval(RedisScript script, List<String> keys, List<String> args);

  /** Same as {@link #eval(RedisScript, List, List)}, binary keys, arguments and bulk replies. */
  Object evalBytes(RedisScript script, List<byte[]> keys, List<byte[]> args);

  /**
   * {@code SCRIPT EXISTS sha...} asked of every master (the one server, standalone): for each SHA1
   * in order, {@code true} only when every master has the script cached (so that {@code EVALSHA}
   * finds it whatever slot its keys are in).
   */
  List<Boolean> scriptExists(String... shas);

  /**
   * {@code FCALL function numkeys key... arg...}: the function's reply converted as by {@link
   * RedisGenericCommands#execute(String...)}. Routed by the first key (any master when there is
   * none); in cluster mode all keys must share a slot. The library must be loaded on the node that
   * runs it: {@link #functionLoad(String)} loads it on every master.
   */
  Object fcall(String function, List<String> keys, List<String> args);

  /** Same as {@link #fcall(String, List, List)}, with binary keys, arguments and bulk replies. */
  Object fcall(byte[] function, List<byte[]> keys, List<byte[]> args);

  /**
   * {@code FCALL_RO}: like {@link #fcall(String, List, List)} for a function flagged {@code
   * no-writes}; may go to a replica when {@link io.slotwise.ReadFrom} allows.
   */
  Object fcallReadOnly(String function, List<String> keys, List<String> args);

  /** Same as {@link #fcallReadOnly(String, List, List)}, binary. */
  Object fcallReadOnly(byte[] function, List<byte[]> keys, List<byte[]> args);

  /**
   * {@code FUNCTION LOAD code} on every master (the one server, standalone): each node's answer,
   * the library name. Fails on a node that already has the library (see {@link
   * #functionLoad(String, boolean)}); not atomic across masters: check {@link
   * NodeResults#allSucceeded()}.
   */
  NodeResults<String> functionLoad(String code);

  /** {@code FUNCTION LOAD [REPLACE] code} on every master; see {@link #functionLoad(String)}. */
  NodeResults<String> functionLoad(String code, boolean replace);

  /** {@code FUNCTION DELETE library} on every master: {@code "OK"} from each. */
  NodeResults<String> functionDelete(String libraryName);

  /** {@code FUNCTION FLUSH} on every master: {@code "OK"} from each. */
  NodeResults<String> functionFlush();

  /** {@code FUNCTION FLUSH ASYNC} ({@code async}) or {@code SYNC} on every master. */
  NodeResults<String> functionFlush(boolean async);

  /**
   * {@code FUNCTION RESTORE payload policy} on every master: {@code "OK"} from each. {@code
   * payload} comes from {@link #functionDump()}.
   */
  NodeResults<String> functionRestore(byte[] payload, FunctionRestorePolicy policy);

  /**
   * {@code FUNCTION LIST} of one master (any; they agree when loaded with {@code functionLoad}).
   */
  List<FunctionLibrary> functionList();

  /**
   * {@code FUNCTION LIST LIBRARYNAME pattern [WITHCODE]} of one master: the libraries whose name
   * matches the glob {@code pattern}, with their source when {@code withCode}.
   */
  List<FunctionLibrary> functionList(String libraryNamePattern, boolean withCode);

  /** {@code FUNCTION DUMP} of one master: a payload for {@link #functionRestore}. */
  byte[] functionDump();
}
