package io.slotwise.internal.command;

import io.slotwise.commands.RedisSetCommands;
import java.util.List;
import java.util.Set;

/**
 * The set commands of {@link SyncCommandsImpl}, as default methods that wait on {@link
 * SyncOps#async()} with {@link SyncOps#await}. Holds no state; thread-safe as its implementor.
 */
public interface SyncSetOps extends SyncOps, RedisSetCommands {
  @Override
  default long sadd(String key, String... members) {
    return await(async().sadd(key, members), "SADD");
  }

  @Override
  default long sadd(byte[] key, byte[]... members) {
    return await(async().sadd(key, members), "SADD");
  }

  @Override
  default long srem(String key, String... members) {
    return await(async().srem(key, members), "SREM");
  }

  @Override
  default long srem(byte[] key, byte[]... members) {
    return await(async().srem(key, members), "SREM");
  }

  @Override
  default Set<String> smembers(String key) {
    return await(async().smembers(key), "SMEMBERS");
  }

  @Override
  default List<byte[]> smembers(byte[] key) {
    return await(async().smembers(key), "SMEMBERS");
  }

  @Override
  default boolean sismember(String key, String member) {
    return await(async().sismember(key, member), "SISMEMBER");
  }

  @Override
  default boolean sismember(byte[] key, byte[] member) {
    return await(async().sismember(key, member), "SISMEMBER");
  }

  @Override
  default long scard(String key) {
    return await(async().scard(key), "SCARD");
  }

  @Override
  default long scard(byte[] key) {
    return await(async().scard(key), "SCARD");
  }

  @Override
  default String spop(String key) {
    return await(async().spop(key), "SPOP");
  }

  @Override
  default byte[] spop(byte[] key) {
    return await(async().spop(key), "SPOP");
  }

  @Override
  default String srandmember(String key) {
    return await(async().srandmember(key), "SRANDMEMBER");
  }

  @Override
  default byte[] srandmember(byte[] key) {
    return await(async().srandmember(key), "SRANDMEMBER");
  }

  @Override
  default Set<String> sinter(String... keys) {
    return await(async().sinter(keys), "SINTER");
  }

  @Override
  default List<byte[]> sinter(byte[]... keys) {
    return await(async().sinter(keys), "SINTER");
  }

  @Override
  default Set<String> sunion(String... keys) {
    return await(async().sunion(keys), "SUNION");
  }

  @Override
  default List<byte[]> sunion(byte[]... keys) {
    return await(async().sunion(keys), "SUNION");
  }

  @Override
  default Set<String> sdiff(String... keys) {
    return await(async().sdiff(keys), "SDIFF");
  }

  @Override
  default List<byte[]> sdiff(byte[]... keys) {
    return await(async().sdiff(keys), "SDIFF");
  }
}
