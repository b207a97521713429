package io.slotwise.internal.command;

import io.slotwise.RedisServerException;
import io.slotwise.commands.RedisScript;
import io.slotwise.internal.executor.Dispatcher;
import io.slotwise.internal.protocol.Command;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * {@link RedisScript}'s way: {@code EVALSHA} first; on {@code NOSCRIPT}, {@code EVAL} of the source
 * once, routed by the same keys, so to the same node (which caches the script as it runs it). Any
 * other failure, and a failure of the {@code EVAL}, is the caller's. Stateless; thread-safe.
 */
final class ScriptFallback {
  private ScriptFallback() {}

  static CompletableFuture<Object> eval(
      Dispatcher dispatcher, RedisScript script, byte[][] keys, byte[][] args, boolean text) {
    Args.requireObject(script, "script");
    Command evalsha = CommandBuilder.evalsha(Args.utf8(script.sha1(), "sha1"), keys, args);
    Command eval = CommandBuilder.eval(script.source(), keys, args);
    return dispatcher
        .execute(evalsha, Converters.generic("EVALSHA", text))
        .exceptionallyCompose(
            e ->
                isNoScript(e)
                    ? dispatcher.execute(eval, Converters.generic("EVAL", text))
                    : CompletableFuture.failedFuture(e));
  }

  /** Whether {@code e} is (or wraps) the server's {@code NOSCRIPT} error. */
  static boolean isNoScript(Throwable e) {
    Throwable t = e;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t instanceof RedisServerException s && "NOSCRIPT".equals(s.errorCode());
  }
}
