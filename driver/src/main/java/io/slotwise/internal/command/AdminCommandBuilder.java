package io.slotwise.internal.command;

import static io.slotwise.internal.command.Args.require;
import static io.slotwise.internal.command.Args.requireObject;
import static io.slotwise.internal.command.CommandWords.cmd;
import static io.slotwise.internal.command.CommandWords.count;
import static io.slotwise.internal.command.CommandWords.key;
import static io.slotwise.internal.command.CommandWords.num;
import static io.slotwise.internal.command.CommandWords.word;

import io.slotwise.commands.ClientKillArgs;
import io.slotwise.commands.FunctionRestorePolicy;
import io.slotwise.internal.protocol.Command;
import java.util.List;

/**
 * The byte-level commands of functions, read-only scripts and the typed server and cluster commands
 * (issue 14): {@code FCALL}, {@code EVAL_RO}, {@code FUNCTION ...}, {@code SCRIPT EXISTS}, {@code
 * CONFIG}, {@code SLOWLOG}, {@code CLIENT}, {@code MEMORY USAGE}, {@code CLUSTER ...}. Key
 * positions and flags come from {@link CommandTable}; arguments are checked here and named in the
 * exception. Stateless and thread-safe.
 */
final class AdminCommandBuilder {
  private AdminCommandBuilder() {}

  // Scripts and functions

  /**
   * {@code name body numkeys key... arg...}: {@code EVAL_RO}, {@code EVALSHA_RO}, {@code FCALL}.
   */
  static Command withKeys(String name, byte[] body, byte[][] keys, byte[][] args) {
    requireObject(keys, "keys");
    requireObject(args, "args");
    byte[][] a = new byte[2 + keys.length + args.length][];
    a[0] = body;
    a[1] = num(keys.length);
    for (int i = 0; i < keys.length; i++) {
      a[2 + i] = key(keys[i]);
    }
    System.arraycopy(args, 0, a, 2 + keys.length, args.length);
    return cmd(name, a);
  }

  static Command scriptExists(byte[][] shas) {
    if (shas.length == 0) {
      throw new IllegalArgumentException("shas must not be empty");
    }
    return cmd("SCRIPT EXISTS", shas);
  }

  static Command functionLoad(byte[] code, boolean replace) {
    require(code, "code");
    return replace ? cmd("FUNCTION LOAD", word("REPLACE"), code) : cmd("FUNCTION LOAD", code);
  }

  static Command functionDelete(byte[] library) {
    return cmd("FUNCTION DELETE", require(library, "libraryName"));
  }

  static Command functionFlush(Boolean async) {
    return async == null
        ? cmd("FUNCTION FLUSH")
        : cmd("FUNCTION FLUSH", word(async ? "ASYNC" : "SYNC"));
  }

  static Command functionRestore(byte[] payload, FunctionRestorePolicy policy) {
    return cmd(
        "FUNCTION RESTORE",
        require(payload, "payload"),
        word(requireObject(policy, "policy").name()));
  }

  /** {@code FUNCTION LIST [LIBRARYNAME pattern] [WITHCODE]}; {@code pattern} null for all. */
  static Command functionList(byte[] pattern, boolean withCode) {
    if (pattern == null) {
      return withCode ? cmd("FUNCTION LIST", word("WITHCODE")) : cmd("FUNCTION LIST");
    }
    byte[] name = word("LIBRARYNAME");
    return withCode
        ? cmd("FUNCTION LIST", name, pattern, word("WITHCODE"))
        : cmd("FUNCTION LIST", name, pattern);
  }

  static Command functionDump() {
    return cmd("FUNCTION DUMP");
  }

  // Server

  static Command time() {
    return cmd("TIME");
  }

  static Command flushdb(Boolean async) {
    return async == null ? cmd("FLUSHDB") : cmd("FLUSHDB", word(async ? "ASYNC" : "SYNC"));
  }

  static Command memoryUsage(byte[] key) {
    return cmd("MEMORY USAGE", key(key));
  }

  static Command configGet(byte[] parameter) {
    return cmd("CONFIG GET", require(parameter, "parameter"));
  }

  static Command configSet(byte[] parameter, byte[] value) {
    return cmd("CONFIG SET", require(parameter, "parameter"), require(value, "value"));
  }

  static Command slowlogGet(int count) {
    return cmd("SLOWLOG GET", count(count));
  }

  static Command slowlogLen() {
    return cmd("SLOWLOG LEN");
  }

  static Command slowlogReset() {
    return cmd("SLOWLOG RESET");
  }

  static Command clientList() {
    return cmd("CLIENT LIST");
  }

  static Command clientInfo() {
    return cmd("CLIENT INFO");
  }

  static Command clientId() {
    return cmd("CLIENT ID");
  }

  static Command clientKill(ClientKillArgs filters) {
    List<String> words = requireObject(filters, "filters").words();
    if (words.isEmpty()) {
      throw new IllegalArgumentException("filters must name at least one filter, e.g. id(...)");
    }
    byte[][] a = new byte[words.size()][];
    for (int i = 0; i < a.length; i++) {
      a[i] = Args.utf8(words.get(i), "filters");
    }
    return cmd("CLIENT KILL", a);
  }

  static Command clusterInfo() {
    return cmd("CLUSTER INFO");
  }

  static Command clusterNodes() {
    return cmd("CLUSTER NODES");
  }

  static Command clusterShards() {
    return cmd("CLUSTER SHARDS");
  }
}
