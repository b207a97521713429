package io.slotwise.spring.data;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.springframework.data.redis.connection.RedisScriptingCommands;
import org.springframework.data.redis.connection.ReturnType;

/**
 * {@link RedisScriptingCommands} on Slotwise. A script's keys must share a slot in cluster mode;
 * {@code SCRIPT FLUSH} runs on every master, {@code SCRIPT LOAD} on one (Spring Data's script
 * executor answers {@code NOSCRIPT} with {@code EVAL}, so a node without the script still runs it).
 * Not thread-safe (one per connection).
 */
final class SlotwiseScriptingCommands extends Family implements RedisScriptingCommands {

  SlotwiseScriptingCommands(CommandRunner runner) {
    super(runner);
  }

  @Override
  public void scriptFlush() {
    byte[][] args = Cmd.of("SCRIPT").word("FLUSH").build();
    run(
        new Call<>(
            "scriptFlush",
            args,
            c -> c.scriptFlush(),
            c -> c.scriptFlush(),
            Replies.STATUS,
            Integer.MAX_VALUE));
  }

  @Override
  public void scriptKill() {
    run(Call.keyless("scriptKill", Replies.STATUS, Cmd.of("SCRIPT").word("KILL").build()));
  }

  @Override
  public String scriptLoad(byte[] script) {
    byte[][] args = Cmd.of("SCRIPT").word("LOAD").add(script).build();
    return run(Call.keyless("scriptLoad", Replies::string, args));
  }

  @Override
  public java.util.List<Boolean> scriptExists(String... scriptShas) {
    Cmd cmd = Cmd.of("SCRIPT").word("EXISTS");
    for (String sha : require(scriptShas, "scriptExists", "scriptShas")) {
      cmd.word(require(sha, "scriptExists", "sha"));
    }
    return run(Call.keyless("scriptExists", Replies::booleanList, cmd.build()));
  }

  @Override
  public <T> T eval(byte[] script, ReturnType returnType, int numKeys, byte[]... keysAndArgs) {
    return script("eval", "EVAL", script, returnType, numKeys, keysAndArgs);
  }

  @Override
  public <T> T evalSha(
      String scriptSha, ReturnType returnType, int numKeys, byte[]... keysAndArgs) {
    byte[] sha = require(scriptSha, "evalSha", "scriptSha").getBytes(StandardCharsets.US_ASCII);
    return script("evalSha", "EVALSHA", sha, returnType, numKeys, keysAndArgs);
  }

  @Override
  public <T> T evalSha(
      byte[] scriptSha, ReturnType returnType, int numKeys, byte[]... keysAndArgs) {
    return script("evalSha", "EVALSHA", scriptSha, returnType, numKeys, keysAndArgs);
  }

  private <T> T script(
      String method,
      String name,
      byte[] script,
      ReturnType returnType,
      int numKeys,
      byte[][] keysAndArgs) {
    Cmd cmd = Cmd.of(name).add(script).add(numKeys);
    if (keysAndArgs != null) {
      cmd.add(keysAndArgs);
    }
    Function<Object, T> convert = reply -> convert(reply, returnType);
    Call<T> call = Call.of(method, convert, cmd.build());
    return run(call.keyAt(numKeys > 0 ? 3 : Integer.MAX_VALUE));
  }

  @SuppressWarnings("unchecked")
  static <T> T convert(Object reply, ReturnType type) {
    if (type == null) {
      return (T) reply;
    }
    return (T)
        switch (type) {
          case BOOLEAN -> reply == null ? Boolean.FALSE : Replies.toBoolean(reply);
          case INTEGER -> Replies.toLong(reply);
          case STATUS -> Replies.string(reply);
          case VALUE -> reply instanceof byte[] || reply == null ? reply : Replies.bytes(reply);
          case MULTI -> reply == null ? null : Replies.list(reply);
        };
  }
}
