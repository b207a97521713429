package io.slotwise.internal.command;

import io.slotwise.commands.KeyValue;
import io.slotwise.commands.RedisHashCommands;
import io.slotwise.commands.ScanArgs;
import io.slotwise.commands.ScanResult;
import java.util.List;
import java.util.Map;

/**
 * The hash commands of {@link SyncCommandsImpl}, as default methods that wait on {@link
 * SyncOps#async()} with {@link SyncOps#await}. Holds no state; thread-safe as its implementor.
 */
public interface SyncHashOps extends SyncOps, RedisHashCommands {
  @Override
  default long hset(String key, String field, String value) {
    return await(async().hset(key, field, value), "HSET");
  }

  @Override
  default long hset(byte[] key, byte[] field, byte[] value) {
    return await(async().hset(key, field, value), "HSET");
  }

  @Override
  default long hset(String key, Map<String, String> fieldValues) {
    return await(async().hset(key, fieldValues), "HSET");
  }

  @Override
  default long hset(byte[] key, Map<byte[], byte[]> fieldValues) {
    return await(async().hset(key, fieldValues), "HSET");
  }

  @Override
  default boolean hsetnx(String key, String field, String value) {
    return await(async().hsetnx(key, field, value), "HSETNX");
  }

  @Override
  default boolean hsetnx(byte[] key, byte[] field, byte[] value) {
    return await(async().hsetnx(key, field, value), "HSETNX");
  }

  @Override
  default String hget(String key, String field) {
    return await(async().hget(key, field), "HGET");
  }

  @Override
  default byte[] hget(byte[] key, byte[] field) {
    return await(async().hget(key, field), "HGET");
  }

  @Override
  default List<String> hmget(String key, String... fields) {
    return await(async().hmget(key, fields), "HMGET");
  }

  @Override
  default List<byte[]> hmget(byte[] key, byte[]... fields) {
    return await(async().hmget(key, fields), "HMGET");
  }

  @Override
  default Map<String, String> hgetall(String key) {
    return await(async().hgetall(key), "HGETALL");
  }

  @Override
  default List<Map.Entry<byte[], byte[]>> hgetall(byte[] key) {
    return await(async().hgetall(key), "HGETALL");
  }

  @Override
  default long hdel(String key, String... fields) {
    return await(async().hdel(key, fields), "HDEL");
  }

  @Override
  default long hdel(byte[] key, byte[]... fields) {
    return await(async().hdel(key, fields), "HDEL");
  }

  @Override
  default boolean hexists(String key, String field) {
    return await(async().hexists(key, field), "HEXISTS");
  }

  @Override
  default boolean hexists(byte[] key, byte[] field) {
    return await(async().hexists(key, field), "HEXISTS");
  }

  @Override
  default long hlen(String key) {
    return await(async().hlen(key), "HLEN");
  }

  @Override
  default long hlen(byte[] key) {
    return await(async().hlen(key), "HLEN");
  }

  @Override
  default List<String> hkeys(String key) {
    return await(async().hkeys(key), "HKEYS");
  }

  @Override
  default List<byte[]> hkeys(byte[] key) {
    return await(async().hkeys(key), "HKEYS");
  }

  @Override
  default List<String> hvals(String key) {
    return await(async().hvals(key), "HVALS");
  }

  @Override
  default List<byte[]> hvals(byte[] key) {
    return await(async().hvals(key), "HVALS");
  }

  @Override
  default long hincrby(String key, String field, long amount) {
    return await(async().hincrby(key, field, amount), "HINCRBY");
  }

  @Override
  default long hincrby(byte[] key, byte[] field, long amount) {
    return await(async().hincrby(key, field, amount), "HINCRBY");
  }

  @Override
  default double hincrbyfloat(String key, String field, double amount) {
    return await(async().hincrbyfloat(key, field, amount), "HINCRBYFLOAT");
  }

  @Override
  default double hincrbyfloat(byte[] key, byte[] field, double amount) {
    return await(async().hincrbyfloat(key, field, amount), "HINCRBYFLOAT");
  }

  // Added by issue 14: the gaps in this family.

  @Override
  default ScanResult<KeyValue<String, String>> hscan(String key, String cursor) {
    return await(async().hscan(key, cursor), "HSCAN");
  }

  @Override
  default ScanResult<KeyValue<byte[], byte[]>> hscan(byte[] key, String cursor) {
    return await(async().hscan(key, cursor), "HSCAN");
  }

  @Override
  default ScanResult<KeyValue<String, String>> hscan(String key, String cursor, ScanArgs scanArgs) {
    return await(async().hscan(key, cursor, scanArgs), "HSCAN");
  }

  @Override
  default ScanResult<KeyValue<byte[], byte[]>> hscan(byte[] key, String cursor, ScanArgs scanArgs) {
    return await(async().hscan(key, cursor, scanArgs), "HSCAN");
  }

  @Override
  default String hrandfield(String key) {
    return await(async().hrandfield(key), "HRANDFIELD");
  }

  @Override
  default byte[] hrandfield(byte[] key) {
    return await(async().hrandfield(key), "HRANDFIELD");
  }

  @Override
  default List<String> hrandfield(String key, long count) {
    return await(async().hrandfield(key, count), "HRANDFIELD");
  }

  @Override
  default List<byte[]> hrandfield(byte[] key, long count) {
    return await(async().hrandfield(key, count), "HRANDFIELD");
  }

  @Override
  default List<KeyValue<String, String>> hrandfieldWithValues(String key, long count) {
    return await(async().hrandfieldWithValues(key, count), "HRANDFIELD");
  }

  @Override
  default List<KeyValue<byte[], byte[]>> hrandfieldWithValues(byte[] key, long count) {
    return await(async().hrandfieldWithValues(key, count), "HRANDFIELD");
  }

  @Override
  default long hstrlen(String key, String field) {
    return await(async().hstrlen(key, field), "HSTRLEN");
  }

  @Override
  default long hstrlen(byte[] key, byte[] field) {
    return await(async().hstrlen(key, field), "HSTRLEN");
  }

  @Override
  default Iterable<KeyValue<String, String>> hscanIterable(String key, ScanArgs scanArgs) {
    Args.requireObject(key, "key");
    Args.requireObject(scanArgs, "scanArgs");
    return ScanIterator.iterable(cursor -> hscan(key, cursor, scanArgs));
  }

  @Override
  default Iterable<KeyValue<byte[], byte[]>> hscanIterable(byte[] key, ScanArgs scanArgs) {
    Args.require(key, "key");
    Args.requireObject(scanArgs, "scanArgs");
    return ScanIterator.iterable(cursor -> hscan(key, cursor, scanArgs));
  }
}
