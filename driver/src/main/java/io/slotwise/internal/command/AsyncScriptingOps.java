package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.u;

import io.slotwise.RedisProtocolException;
import io.slotwise.commands.AsyncRedisScriptingCommands;
import io.slotwise.commands.FunctionLibrary;
import io.slotwise.commands.FunctionRestorePolicy;
import io.slotwise.commands.NodeResults;
import io.slotwise.commands.RedisScript;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The scripting commands of {@link AsyncCommandsImpl}, as default methods over what {@link
 * AsyncOps} provides; each hands its future out through {@link AsyncOps#handOut} exactly once.
 * Holds no state; thread-safe as its implementor.
 */
public interface AsyncScriptingOps extends AsyncOps, AsyncRedisScriptingCommands {
  @Override
  default CompletableFuture<Object> eval(String script, List<String> keys, List<String> args) {
    Command c =
        CommandBuilder.eval(
            u(script, "script"), Args.utf8List(keys, "keys"), Args.utf8List(args, "args"));
    return run(c, Converters.generic("EVAL", true));
  }

  @Override
  default CompletableFuture<Object> eval(byte[] script, List<byte[]> keys, List<byte[]> args) {
    Command c =
        CommandBuilder.eval(script, Args.bytesList(keys, "keys"), Args.bytesList(args, "args"));
    return run(c, Converters.generic("EVAL", false));
  }

  @Override
  default CompletableFuture<Object> evalsha(String sha, List<String> keys, List<String> args) {
    Command c =
        CommandBuilder.evalsha(
            u(sha, "sha"), Args.utf8List(keys, "keys"), Args.utf8List(args, "args"));
    return run(c, Converters.generic("EVALSHA", true));
  }

  @Override
  default CompletableFuture<Object> evalsha(byte[] sha, List<byte[]> keys, List<byte[]> args) {
    Command c =
        CommandBuilder.evalsha(sha, Args.bytesList(keys, "keys"), Args.bytesList(args, "args"));
    return run(c, Converters.generic("EVALSHA", false));
  }

  @Override
  default CompletableFuture<String> scriptLoad(String script) {
    return scriptLoad(u(script, "script"));
  }

  @Override
  default CompletableFuture<String> scriptLoad(byte[] script) {
    return handOut(
        dispatcher().fanOut(CommandBuilder.scriptLoad(script), AsyncScriptingOps::sameSha));
  }

  @Override
  default CompletableFuture<String> scriptFlush() {
    return handOut(keyless().scriptFlush());
  }

  /** The SHA1 every master answered to {@code SCRIPT LOAD}; they must agree. */
  private static String sameSha(List<Reply> replies) {
    String sha = null;
    for (Reply r : replies) {
      String s = Converters.string(r);
      if (sha == null) {
        sha = s;
      } else if (!sha.equals(s)) {
        throw new RedisProtocolException("SCRIPT LOAD answered different SHA1s: " + sha + ", " + s);
      }
    }
    if (sha == null) {
      throw new RedisProtocolException("SCRIPT LOAD reached no node");
    }
    return sha;
  }

  // --- read-only scripts, functions, the script helper (issue 14) ---------------------------

  @Override
  default CompletableFuture<Object> evalReadOnly(
      String script, List<String> keys, List<String> args) {
    return run(
        scriptRo("EVAL_RO", u(script, "script"), keys, args), Converters.generic("EVAL_RO", true));
  }

  @Override
  default CompletableFuture<Object> evalReadOnly(
      byte[] script, List<byte[]> keys, List<byte[]> args) {
    return run(
        AdminCommandBuilder.withKeys(
            "EVAL_RO",
            Args.require(script, "script"),
            Args.bytesList(keys, "keys"),
            Args.bytesList(args, "args")),
        Converters.generic("EVAL_RO", false));
  }

  @Override
  default CompletableFuture<Object> evalshaReadOnly(
      String sha, List<String> keys, List<String> args) {
    return run(
        scriptRo("EVALSHA_RO", u(sha, "sha"), keys, args), Converters.generic("EVALSHA_RO", true));
  }

  @Override
  default CompletableFuture<Object> evalshaReadOnly(
      byte[] sha, List<byte[]> keys, List<byte[]> args) {
    return run(
        AdminCommandBuilder.withKeys(
            "EVALSHA_RO",
            Args.require(sha, "sha"),
            Args.bytesList(keys, "keys"),
            Args.bytesList(args, "args")),
        Converters.generic("EVALSHA_RO", false));
  }

  @Override
  default CompletableFuture<Object> eval(RedisScript script, List<String> keys, List<String> args) {
    return handOut(
        ScriptFallback.eval(
            dispatcher(), script, Args.utf8List(keys, "keys"), Args.utf8List(args, "args"), true));
  }

  @Override
  default CompletableFuture<Object> evalBytes(
      RedisScript script, List<byte[]> keys, List<byte[]> args) {
    return handOut(
        ScriptFallback.eval(
            dispatcher(),
            script,
            Args.bytesList(keys, "keys"),
            Args.bytesList(args, "args"),
            false));
  }

  @Override
  default CompletableFuture<List<Boolean>> scriptExists(String... shas) {
    byte[][] words = AsyncOps.us(shas, "shas");
    return handOut(
        dispatcher()
            .fanOut(
                AdminCommandBuilder.scriptExists(words),
                replies -> FunctionReplies.existsOnAll(replies, words.length)));
  }

  @Override
  default CompletableFuture<Object> fcall(String function, List<String> keys, List<String> args) {
    return run(
        scriptRo("FCALL", u(function, "function"), keys, args), Converters.generic("FCALL", true));
  }

  @Override
  default CompletableFuture<Object> fcall(byte[] function, List<byte[]> keys, List<byte[]> args) {
    return run(
        AdminCommandBuilder.withKeys(
            "FCALL",
            Args.require(function, "function"),
            Args.bytesList(keys, "keys"),
            Args.bytesList(args, "args")),
        Converters.generic("FCALL", false));
  }

  @Override
  default CompletableFuture<Object> fcallReadOnly(
      String function, List<String> keys, List<String> args) {
    return run(
        scriptRo("FCALL_RO", u(function, "function"), keys, args),
        Converters.generic("FCALL_RO", true));
  }

  @Override
  default CompletableFuture<Object> fcallReadOnly(
      byte[] function, List<byte[]> keys, List<byte[]> args) {
    return run(
        AdminCommandBuilder.withKeys(
            "FCALL_RO",
            Args.require(function, "function"),
            Args.bytesList(keys, "keys"),
            Args.bytesList(args, "args")),
        Converters.generic("FCALL_RO", false));
  }

  @Override
  default CompletableFuture<NodeResults<String>> functionLoad(String code) {
    return functionLoad(code, false);
  }

  @Override
  default CompletableFuture<NodeResults<String>> functionLoad(String code, boolean replace) {
    return onMasters(AdminCommandBuilder.functionLoad(u(code, "code"), replace));
  }

  @Override
  default CompletableFuture<NodeResults<String>> functionDelete(String libraryName) {
    return onMasters(AdminCommandBuilder.functionDelete(u(libraryName, "libraryName")));
  }

  @Override
  default CompletableFuture<NodeResults<String>> functionFlush() {
    return onMasters(AdminCommandBuilder.functionFlush(null));
  }

  @Override
  default CompletableFuture<NodeResults<String>> functionFlush(boolean async) {
    return onMasters(AdminCommandBuilder.functionFlush(async));
  }

  @Override
  default CompletableFuture<NodeResults<String>> functionRestore(
      byte[] payload, FunctionRestorePolicy policy) {
    return onMasters(AdminCommandBuilder.functionRestore(payload, policy));
  }

  @Override
  default CompletableFuture<List<FunctionLibrary>> functionList() {
    return run(AdminCommandBuilder.functionList(null, false), FunctionReplies::libraries);
  }

  @Override
  default CompletableFuture<List<FunctionLibrary>> functionList(
      String libraryNamePattern, boolean withCode) {
    return run(
        AdminCommandBuilder.functionList(u(libraryNamePattern, "libraryNamePattern"), withCode),
        FunctionReplies::libraries);
  }

  @Override
  default CompletableFuture<byte[]> functionDump() {
    return run(AdminCommandBuilder.functionDump(), Converters::bytes);
  }

  /** {@code command} on every master, each node's reply as text. */
  private CompletableFuture<NodeResults<String>> onMasters(Command command) {
    return handOut(
        NodeFanOut.send(dispatcher(), dispatcher().masters(), command, Converters::string));
  }

  /** {@code name body numkeys key... arg...} with text keys and arguments. */
  private static Command scriptRo(String name, byte[] body, List<String> keys, List<String> args) {
    return AdminCommandBuilder.withKeys(
        name, body, Args.utf8List(keys, "keys"), Args.utf8List(args, "args"));
  }
}
