package io.slotwise.internal.command;

import io.slotwise.commands.RedisSetCommands;
import io.slotwise.commands.ScanArgs;
import io.slotwise.commands.ScanResult;
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

  // Added by issue 14: the gaps in this family.

  @Override
  default ScanResult<String> sscan(String key, String cursor) {
    return await(async().sscan(key, cursor), "SSCAN");
  }

  @Override
  default ScanResult<byte[]> sscan(byte[] key, String cursor) {
    return await(async().sscan(key, cursor), "SSCAN");
  }

  @Override
  default ScanResult<String> sscan(String key, String cursor, ScanArgs scanArgs) {
    return await(async().sscan(key, cursor, scanArgs), "SSCAN");
  }

  @Override
  default ScanResult<byte[]> sscan(byte[] key, String cursor, ScanArgs scanArgs) {
    return await(async().sscan(key, cursor, scanArgs), "SSCAN");
  }

  @Override
  default List<Boolean> smismember(String key, String... members) {
    return await(async().smismember(key, members), "SMISMEMBER");
  }

  @Override
  default List<Boolean> smismember(byte[] key, byte[]... members) {
    return await(async().smismember(key, members), "SMISMEMBER");
  }

  @Override
  default long sintercard(String... keys) {
    return await(async().sintercard(keys), "SINTERCARD");
  }

  @Override
  default long sintercard(byte[]... keys) {
    return await(async().sintercard(keys), "SINTERCARD");
  }

  @Override
  default long sintercard(long limit, String... keys) {
    return await(async().sintercard(limit, keys), "SINTERCARD");
  }

  @Override
  default long sintercard(long limit, byte[]... keys) {
    return await(async().sintercard(limit, keys), "SINTERCARD");
  }

  @Override
  default long sinterstore(String destination, String... keys) {
    return await(async().sinterstore(destination, keys), "SINTERSTORE");
  }

  @Override
  default long sinterstore(byte[] destination, byte[]... keys) {
    return await(async().sinterstore(destination, keys), "SINTERSTORE");
  }

  @Override
  default long sunionstore(String destination, String... keys) {
    return await(async().sunionstore(destination, keys), "SUNIONSTORE");
  }

  @Override
  default long sunionstore(byte[] destination, byte[]... keys) {
    return await(async().sunionstore(destination, keys), "SUNIONSTORE");
  }

  @Override
  default long sdiffstore(String destination, String... keys) {
    return await(async().sdiffstore(destination, keys), "SDIFFSTORE");
  }

  @Override
  default long sdiffstore(byte[] destination, byte[]... keys) {
    return await(async().sdiffstore(destination, keys), "SDIFFSTORE");
  }

  @Override
  default Iterable<String> sscanIterable(String key, ScanArgs scanArgs) {
    Args.requireObject(key, "key");
    Args.requireObject(scanArgs, "scanArgs");
    return ScanIterator.iterable(cursor -> sscan(key, cursor, scanArgs));
  }

  @Override
  default Iterable<byte[]> sscanIterable(byte[] key, ScanArgs scanArgs) {
    Args.require(key, "key");
    Args.requireObject(scanArgs, "scanArgs");
    return ScanIterator.iterable(cursor -> sscan(key, cursor, scanArgs));
  }

  @Override
  default boolean smove(String source, String destination, String member) {
    return await(async().smove(source, destination, member), "SMOVE");
  }

  @Override
  default boolean smove(byte[] source, byte[] destination, byte[] member) {
    return await(async().smove(source, destination, member), "SMOVE");
  }

  @Override
  default Set<String> spop(String key, long count) {
    return await(async().spop(key, count), "SPOP");
  }

  @Override
  default List<byte[]> spop(byte[] key, long count) {
    return await(async().spop(key, count), "SPOP");
  }

  @Override
  default List<String> srandmember(String key, long count) {
    return await(async().srandmember(key, count), "SRANDMEMBER");
  }

  @Override
  default List<byte[]> srandmember(byte[] key, long count) {
    return await(async().srandmember(key, count), "SRANDMEMBER");
  }
}
