package io.slotwise.internal.command;

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
}
