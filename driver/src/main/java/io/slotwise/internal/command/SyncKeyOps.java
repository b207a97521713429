package io.slotwise.internal.command;

import io.slotwise.commands.RedisKeyCommands;

/**
 * The key commands of {@link SyncCommandsImpl}, as default methods that wait on {@link
 * SyncOps#async()} with {@link SyncOps#await}. Holds no state; thread-safe as its implementor.
 */
public interface SyncKeyOps extends SyncOps, RedisKeyCommands {
  @Override
  default long del(String... keys) {
    return await(async().del(keys), "DEL");
  }

  @Override
  default long del(byte[]... keys) {
    return await(async().del(keys), "DEL");
  }

  @Override
  default long unlink(String... keys) {
    return await(async().unlink(keys), "UNLINK");
  }

  @Override
  default long unlink(byte[]... keys) {
    return await(async().unlink(keys), "UNLINK");
  }

  @Override
  default long exists(String... keys) {
    return await(async().exists(keys), "EXISTS");
  }

  @Override
  default long exists(byte[]... keys) {
    return await(async().exists(keys), "EXISTS");
  }

  @Override
  default long touch(String... keys) {
    return await(async().touch(keys), "TOUCH");
  }

  @Override
  default long touch(byte[]... keys) {
    return await(async().touch(keys), "TOUCH");
  }

  @Override
  default boolean expire(String key, long seconds) {
    return await(async().expire(key, seconds), "EXPIRE");
  }

  @Override
  default boolean expire(byte[] key, long seconds) {
    return await(async().expire(key, seconds), "EXPIRE");
  }

  @Override
  default boolean pexpire(String key, long millis) {
    return await(async().pexpire(key, millis), "PEXPIRE");
  }

  @Override
  default boolean pexpire(byte[] key, long millis) {
    return await(async().pexpire(key, millis), "PEXPIRE");
  }

  @Override
  default long ttl(String key) {
    return await(async().ttl(key), "TTL");
  }

  @Override
  default long ttl(byte[] key) {
    return await(async().ttl(key), "TTL");
  }

  @Override
  default long pttl(String key) {
    return await(async().pttl(key), "PTTL");
  }

  @Override
  default long pttl(byte[] key) {
    return await(async().pttl(key), "PTTL");
  }

  @Override
  default boolean persist(String key) {
    return await(async().persist(key), "PERSIST");
  }

  @Override
  default boolean persist(byte[] key) {
    return await(async().persist(key), "PERSIST");
  }

  @Override
  default String type(String key) {
    return await(async().type(key), "TYPE");
  }

  @Override
  default String type(byte[] key) {
    return await(async().type(key), "TYPE");
  }

  @Override
  default String rename(String key, String newKey) {
    return await(async().rename(key, newKey), "RENAME");
  }

  @Override
  default String rename(byte[] key, byte[] newKey) {
    return await(async().rename(key, newKey), "RENAME");
  }
}
