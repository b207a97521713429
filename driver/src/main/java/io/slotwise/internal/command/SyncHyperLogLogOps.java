package io.slotwise.internal.command;

import io.slotwise.commands.RedisHyperLogLogCommands;

/**
 * The HyperLogLog commands of {@link SyncCommandsImpl}, as default methods that wait on {@link
 * SyncOps#async()} with {@link SyncOps#await}. Holds no state; thread-safe as its implementor.
 */
public interface SyncHyperLogLogOps extends SyncOps, RedisHyperLogLogCommands {
  @Override
  default boolean pfadd(String key, String... elements) {
    return await(async().pfadd(key, elements), "PFADD");
  }

  @Override
  default boolean pfadd(byte[] key, byte[]... elements) {
    return await(async().pfadd(key, elements), "PFADD");
  }

  @Override
  default long pfcount(String... keys) {
    return await(async().pfcount(keys), "PFCOUNT");
  }

  @Override
  default long pfcount(byte[]... keys) {
    return await(async().pfcount(keys), "PFCOUNT");
  }

  @Override
  default String pfmerge(String destination, String... sources) {
    return await(async().pfmerge(destination, sources), "PFMERGE");
  }

  @Override
  default String pfmerge(byte[] destination, byte[]... sources) {
    return await(async().pfmerge(destination, sources), "PFMERGE");
  }
}
