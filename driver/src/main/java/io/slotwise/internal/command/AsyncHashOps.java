package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.u;
import static io.slotwise.internal.command.AsyncOps.us;

import io.slotwise.commands.AsyncRedisHashCommands;
import io.slotwise.commands.KeyValue;
import io.slotwise.commands.ScanArgs;
import io.slotwise.commands.ScanResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The hash commands of {@link AsyncCommandsImpl}, as default methods over what {@link AsyncOps}
 * provides; each hands its future out through {@link AsyncOps#handOut} exactly once. Holds no
 * state; thread-safe as its implementor.
 */
public interface AsyncHashOps extends AsyncOps, AsyncRedisHashCommands {
  @Override
  default CompletableFuture<Long> hset(String key, Map<String, String> fieldValues) {
    return hset(u(key, "key"), Args.utf8Map(fieldValues, "fieldValues"));
  }

  @Override
  default CompletableFuture<Long> hset(byte[] key, Map<byte[], byte[]> fieldValues) {
    return run(CollectionCommandBuilder.hset(key, fieldValues), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> hset(String key, String field, String value) {
    return run(
        CollectionCommandBuilder.hset(u(key, "key"), u(field, "field"), u(value, "value")),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> hset(byte[] key, byte[] field, byte[] value) {
    return run(CollectionCommandBuilder.hset(key, field, value), Converters::integer);
  }

  @Override
  default CompletableFuture<Boolean> hsetnx(String key, String field, String value) {
    return run(
        CollectionCommandBuilder.hsetnx(u(key, "key"), u(field, "field"), u(value, "value")),
        Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> hsetnx(byte[] key, byte[] field, byte[] value) {
    return run(CollectionCommandBuilder.hsetnx(key, field, value), Converters::bool);
  }

  @Override
  default CompletableFuture<String> hget(String key, String field) {
    return run(CollectionCommandBuilder.hget(u(key, "key"), u(field, "field")), Converters::string);
  }

  @Override
  default CompletableFuture<byte[]> hget(byte[] key, byte[] field) {
    return run(CollectionCommandBuilder.hget(key, field), Converters::bytes);
  }

  @Override
  default CompletableFuture<List<String>> hmget(String key, String... fields) {
    return run(
        CollectionCommandBuilder.hmget(u(key, "key"), us(fields, "fields")),
        Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<byte[]>> hmget(byte[] key, byte[]... fields) {
    return run(CollectionCommandBuilder.hmget(key, fields), Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<Map<String, String>> hgetall(String key) {
    return run(CollectionCommandBuilder.hgetall(u(key, "key")), Converters::stringMap);
  }

  @Override
  default CompletableFuture<List<Map.Entry<byte[], byte[]>>> hgetall(byte[] key) {
    return run(CollectionCommandBuilder.hgetall(key), Converters::bytesEntries);
  }

  @Override
  default CompletableFuture<Long> hdel(String key, String... fields) {
    return run(
        CollectionCommandBuilder.hdel(u(key, "key"), us(fields, "fields")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> hdel(byte[] key, byte[]... fields) {
    return run(CollectionCommandBuilder.hdel(key, fields), Converters::integer);
  }

  @Override
  default CompletableFuture<Boolean> hexists(String key, String field) {
    return run(
        CollectionCommandBuilder.hexists(u(key, "key"), u(field, "field")), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> hexists(byte[] key, byte[] field) {
    return run(CollectionCommandBuilder.hexists(key, field), Converters::bool);
  }

  @Override
  default CompletableFuture<Long> hlen(String key) {
    return run(CollectionCommandBuilder.hlen(u(key, "key")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> hlen(byte[] key) {
    return run(CollectionCommandBuilder.hlen(key), Converters::integer);
  }

  @Override
  default CompletableFuture<List<String>> hkeys(String key) {
    return run(CollectionCommandBuilder.hkeys(u(key, "key")), Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<byte[]>> hkeys(byte[] key) {
    return run(CollectionCommandBuilder.hkeys(key), Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<List<String>> hvals(String key) {
    return run(CollectionCommandBuilder.hvals(u(key, "key")), Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<byte[]>> hvals(byte[] key) {
    return run(CollectionCommandBuilder.hvals(key), Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<Long> hincrby(String key, String field, long amount) {
    return run(
        CollectionCommandBuilder.hincrby(u(key, "key"), u(field, "field"), amount),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> hincrby(byte[] key, byte[] field, long amount) {
    return run(CollectionCommandBuilder.hincrby(key, field, amount), Converters::integer);
  }

  @Override
  default CompletableFuture<Double> hincrbyfloat(String key, String field, double amount) {
    return run(
        CollectionCommandBuilder.hincrbyfloat(u(key, "key"), u(field, "field"), amount),
        Converters::decimal);
  }

  @Override
  default CompletableFuture<Double> hincrbyfloat(byte[] key, byte[] field, double amount) {
    return run(CollectionCommandBuilder.hincrbyfloat(key, field, amount), Converters::decimal);
  }

  // Added by issue 14: the gaps in this family.

  @Override
  default CompletableFuture<ScanResult<KeyValue<String, String>>> hscan(String key, String cursor) {
    return run(
        HashListSetCommandBuilder.scan("HSCAN", u(key, "key"), cursor, ScanArgs.create()),
        ResultConverters.scanPairs(
            ResultConverters.flatPairs(Converters::string, Converters::string)));
  }

  @Override
  default CompletableFuture<ScanResult<KeyValue<byte[], byte[]>>> hscan(byte[] key, String cursor) {
    return run(
        HashListSetCommandBuilder.scan("HSCAN", key, cursor, ScanArgs.create()),
        ResultConverters.scanPairs(
            ResultConverters.flatPairs(Converters::bytes, Converters::bytes)));
  }

  @Override
  default CompletableFuture<ScanResult<KeyValue<String, String>>> hscan(
      String key, String cursor, ScanArgs scanArgs) {
    return run(
        HashListSetCommandBuilder.scan("HSCAN", u(key, "key"), cursor, scanArgs),
        ResultConverters.scanPairs(
            ResultConverters.flatPairs(Converters::string, Converters::string)));
  }

  @Override
  default CompletableFuture<ScanResult<KeyValue<byte[], byte[]>>> hscan(
      byte[] key, String cursor, ScanArgs scanArgs) {
    return run(
        HashListSetCommandBuilder.scan("HSCAN", key, cursor, scanArgs),
        ResultConverters.scanPairs(
            ResultConverters.flatPairs(Converters::bytes, Converters::bytes)));
  }

  @Override
  default CompletableFuture<String> hrandfield(String key) {
    return run(HashListSetCommandBuilder.hrandfield(u(key, "key")), Converters::string);
  }

  @Override
  default CompletableFuture<byte[]> hrandfield(byte[] key) {
    return run(HashListSetCommandBuilder.hrandfield(key), Converters::bytes);
  }

  @Override
  default CompletableFuture<List<String>> hrandfield(String key, long count) {
    return run(
        HashListSetCommandBuilder.hrandfield(u(key, "key"), count, false), Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<byte[]>> hrandfield(byte[] key, long count) {
    return run(HashListSetCommandBuilder.hrandfield(key, count, false), Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<List<KeyValue<String, String>>> hrandfieldWithValues(
      String key, long count) {
    return run(
        HashListSetCommandBuilder.hrandfield(u(key, "key"), count, true),
        ResultConverters.pairs(Converters::string, Converters::string));
  }

  @Override
  default CompletableFuture<List<KeyValue<byte[], byte[]>>> hrandfieldWithValues(
      byte[] key, long count) {
    return run(
        HashListSetCommandBuilder.hrandfield(key, count, true),
        ResultConverters.pairs(Converters::bytes, Converters::bytes));
  }

  @Override
  default CompletableFuture<Long> hstrlen(String key, String field) {
    return run(
        HashListSetCommandBuilder.hstrlen(u(key, "key"), u(field, "field")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> hstrlen(byte[] key, byte[] field) {
    return run(HashListSetCommandBuilder.hstrlen(key, field), Converters::integer);
  }
}
