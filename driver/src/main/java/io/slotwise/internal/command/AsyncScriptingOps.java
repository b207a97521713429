package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.u;

import io.slotwise.RedisProtocolException;
import io.slotwise.commands.AsyncRedisScriptingCommands;
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
}
