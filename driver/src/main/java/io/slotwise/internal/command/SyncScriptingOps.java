package io.slotwise.internal.command;

import io.slotwise.commands.FunctionLibrary;
import io.slotwise.commands.FunctionRestorePolicy;
import io.slotwise.commands.NodeResults;
import io.slotwise.commands.RedisScript;
import io.slotwise.commands.RedisScriptingCommands;
import java.util.List;

/**
 * The scripting commands of {@link SyncCommandsImpl}, as default methods that wait on {@link
 * SyncOps#async()} with {@link SyncOps#await}. Holds no state; thread-safe as its implementor.
 */
public interface SyncScriptingOps extends SyncOps, RedisScriptingCommands {
  @Override
  default Object eval(String script, List<String> keys, List<String> args) {
    return await(async().eval(script, keys, args), "EVAL");
  }

  @Override
  default Object eval(byte[] script, List<byte[]> keys, List<byte[]> args) {
    return await(async().eval(script, keys, args), "EVAL");
  }

  @Override
  default Object evalsha(String sha, List<String> keys, List<String> args) {
    return await(async().evalsha(sha, keys, args), "EVALSHA");
  }

  @Override
  default Object evalsha(byte[] sha, List<byte[]> keys, List<byte[]> args) {
    return await(async().evalsha(sha, keys, args), "EVALSHA");
  }

  @Override
  default String scriptLoad(String script) {
    return await(async().scriptLoad(script), "SCRIPT LOAD");
  }

  @Override
  default String scriptLoad(byte[] script) {
    return await(async().scriptLoad(script), "SCRIPT LOAD");
  }

  @Override
  default String scriptFlush() {
    return await(async().scriptFlush(), "SCRIPT FLUSH");
  }

  // --- issue 14 ---

  @Override
  default Object evalReadOnly(String script, List<String> keys, List<String> args) {
    return await(async().evalReadOnly(script, keys, args), "EVAL_RO");
  }

  @Override
  default Object evalReadOnly(byte[] script, List<byte[]> keys, List<byte[]> args) {
    return await(async().evalReadOnly(script, keys, args), "EVAL_RO");
  }

  @Override
  default Object evalshaReadOnly(String sha, List<String> keys, List<String> args) {
    return await(async().evalshaReadOnly(sha, keys, args), "EVALSHA_RO");
  }

  @Override
  default Object evalshaReadOnly(byte[] sha, List<byte[]> keys, List<byte[]> args) {
    return await(async().evalshaReadOnly(sha, keys, args), "EVALSHA_RO");
  }

  @Override
  default Object eval(RedisScript script, List<String> keys, List<String> args) {
    return await(async().eval(script, keys, args), "EVALSHA");
  }

  @Override
  default Object evalBytes(RedisScript script, List<byte[]> keys, List<byte[]> args) {
    return await(async().evalBytes(script, keys, args), "EVALSHA");
  }

  @Override
  default List<Boolean> scriptExists(String... shas) {
    return await(async().scriptExists(shas), "SCRIPT EXISTS");
  }

  @Override
  default Object fcall(String function, List<String> keys, List<String> args) {
    return await(async().fcall(function, keys, args), "FCALL");
  }

  @Override
  default Object fcall(byte[] function, List<byte[]> keys, List<byte[]> args) {
    return await(async().fcall(function, keys, args), "FCALL");
  }

  @Override
  default Object fcallReadOnly(String function, List<String> keys, List<String> args) {
    return await(async().fcallReadOnly(function, keys, args), "FCALL_RO");
  }

  @Override
  default Object fcallReadOnly(byte[] function, List<byte[]> keys, List<byte[]> args) {
    return await(async().fcallReadOnly(function, keys, args), "FCALL_RO");
  }

  @Override
  default NodeResults<String> functionLoad(String code) {
    return await(async().functionLoad(code), "FUNCTION LOAD");
  }

  @Override
  default NodeResults<String> functionLoad(String code, boolean replace) {
    return await(async().functionLoad(code, replace), "FUNCTION LOAD");
  }

  @Override
  default NodeResults<String> functionDelete(String libraryName) {
    return await(async().functionDelete(libraryName), "FUNCTION DELETE");
  }

  @Override
  default NodeResults<String> functionFlush() {
    return await(async().functionFlush(), "FUNCTION FLUSH");
  }

  @Override
  default NodeResults<String> functionFlush(boolean async) {
    return await(async().functionFlush(async), "FUNCTION FLUSH");
  }

  @Override
  default NodeResults<String> functionRestore(byte[] payload, FunctionRestorePolicy policy) {
    return await(async().functionRestore(payload, policy), "FUNCTION RESTORE");
  }

  @Override
  default List<FunctionLibrary> functionList() {
    return await(async().functionList(), "FUNCTION LIST");
  }

  @Override
  default List<FunctionLibrary> functionList(String libraryNamePattern, boolean withCode) {
    return await(async().functionList(libraryNamePattern, withCode), "FUNCTION LIST");
  }

  @Override
  default byte[] functionDump() {
    return await(async().functionDump(), "FUNCTION DUMP");
  }
}
