package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.u;
import static io.slotwise.internal.command.AsyncOps.us;

import io.slotwise.commands.AsyncRedisSetCommands;
import io.slotwise.commands.ScanArgs;
import io.slotwise.commands.ScanResult;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The set commands of {@link AsyncCommandsImpl}, as default methods over what {@link AsyncOps}
 * provides; each hands its future out through {@link AsyncOps#handOut} exactly once. Holds no
 * state; thread-safe as its implementor.
 */
public interface AsyncSetOps extends AsyncOps, AsyncRedisSetCommands {
  @Override
  default CompletableFuture<Long> sadd(String key, String... members) {
    return run(
        CollectionCommandBuilder.sadd(u(key, "key"), us(members, "members")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> sadd(byte[] key, byte[]... members) {
    return run(CollectionCommandBuilder.sadd(key, members), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> srem(String key, String... members) {
    return run(
        CollectionCommandBuilder.srem(u(key, "key"), us(members, "members")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> srem(byte[] key, byte[]... members) {
    return run(CollectionCommandBuilder.srem(key, members), Converters::integer);
  }

  @Override
  default CompletableFuture<Set<String>> smembers(String key) {
    return run(CollectionCommandBuilder.smembers(u(key, "key")), Converters::stringSet);
  }

  @Override
  default CompletableFuture<List<byte[]>> smembers(byte[] key) {
    return run(CollectionCommandBuilder.smembers(key), Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<Boolean> sismember(String key, String member) {
    return run(
        CollectionCommandBuilder.sismember(u(key, "key"), u(member, "member")), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> sismember(byte[] key, byte[] member) {
    return run(CollectionCommandBuilder.sismember(key, member), Converters::bool);
  }

  @Override
  default CompletableFuture<Long> scard(String key) {
    return run(CollectionCommandBuilder.scard(u(key, "key")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> scard(byte[] key) {
    return run(CollectionCommandBuilder.scard(key), Converters::integer);
  }

  @Override
  default CompletableFuture<String> spop(String key) {
    return run(CollectionCommandBuilder.spop(u(key, "key")), Converters::string);
  }

  @Override
  default CompletableFuture<byte[]> spop(byte[] key) {
    return run(CollectionCommandBuilder.spop(key), Converters::bytes);
  }

  @Override
  default CompletableFuture<String> srandmember(String key) {
    return run(CollectionCommandBuilder.srandmember(u(key, "key")), Converters::string);
  }

  @Override
  default CompletableFuture<byte[]> srandmember(byte[] key) {
    return run(CollectionCommandBuilder.srandmember(key), Converters::bytes);
  }

  @Override
  default CompletableFuture<Set<String>> sinter(String... keys) {
    return run(CollectionCommandBuilder.sinter(us(keys, "keys")), Converters::stringSet);
  }

  @Override
  default CompletableFuture<List<byte[]>> sinter(byte[]... keys) {
    return run(CollectionCommandBuilder.sinter(keys), Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<Set<String>> sunion(String... keys) {
    return run(CollectionCommandBuilder.sunion(us(keys, "keys")), Converters::stringSet);
  }

  @Override
  default CompletableFuture<List<byte[]>> sunion(byte[]... keys) {
    return run(CollectionCommandBuilder.sunion(keys), Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<Set<String>> sdiff(String... keys) {
    return run(CollectionCommandBuilder.sdiff(us(keys, "keys")), Converters::stringSet);
  }

  @Override
  default CompletableFuture<List<byte[]>> sdiff(byte[]... keys) {
    return run(CollectionCommandBuilder.sdiff(keys), Converters.BYTES_LIST);
  }

  // Added by issue 14: the gaps in this family.

  @Override
  default CompletableFuture<ScanResult<String>> sscan(String key, String cursor) {
    return run(
        HashListSetCommandBuilder.scan("SSCAN", u(key, "key"), cursor, ScanArgs.create()),
        ResultConverters.scanPage(Converters::string));
  }

  @Override
  default CompletableFuture<ScanResult<byte[]>> sscan(byte[] key, String cursor) {
    return run(
        HashListSetCommandBuilder.scan("SSCAN", key, cursor, ScanArgs.create()),
        ResultConverters.scanPage(Converters::bytes));
  }

  @Override
  default CompletableFuture<ScanResult<String>> sscan(
      String key, String cursor, ScanArgs scanArgs) {
    return run(
        HashListSetCommandBuilder.scan("SSCAN", u(key, "key"), cursor, scanArgs),
        ResultConverters.scanPage(Converters::string));
  }

  @Override
  default CompletableFuture<ScanResult<byte[]>> sscan(
      byte[] key, String cursor, ScanArgs scanArgs) {
    return run(
        HashListSetCommandBuilder.scan("SSCAN", key, cursor, scanArgs),
        ResultConverters.scanPage(Converters::bytes));
  }

  @Override
  default CompletableFuture<List<Boolean>> smismember(String key, String... members) {
    return run(
        HashListSetCommandBuilder.smismember(u(key, "key"), us(members, "members")),
        Converters.list(Converters::bool));
  }

  @Override
  default CompletableFuture<List<Boolean>> smismember(byte[] key, byte[]... members) {
    return run(
        HashListSetCommandBuilder.smismember(key, members), Converters.list(Converters::bool));
  }

  @Override
  default CompletableFuture<Long> sintercard(String... keys) {
    return sintercard(0, keys);
  }

  @Override
  default CompletableFuture<Long> sintercard(byte[]... keys) {
    return sintercard(0, keys);
  }

  @Override
  default CompletableFuture<Long> sintercard(long limit, String... keys) {
    return run(HashListSetCommandBuilder.sintercard(limit, us(keys, "keys")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> sintercard(long limit, byte[]... keys) {
    return run(HashListSetCommandBuilder.sintercard(limit, keys), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> sinterstore(String destination, String... keys) {
    return run(
        HashListSetCommandBuilder.store(
            "SINTERSTORE", u(destination, "destination"), us(keys, "keys")),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> sinterstore(byte[] destination, byte[]... keys) {
    return run(
        HashListSetCommandBuilder.store("SINTERSTORE", destination, keys), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> sunionstore(String destination, String... keys) {
    return run(
        HashListSetCommandBuilder.store(
            "SUNIONSTORE", u(destination, "destination"), us(keys, "keys")),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> sunionstore(byte[] destination, byte[]... keys) {
    return run(
        HashListSetCommandBuilder.store("SUNIONSTORE", destination, keys), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> sdiffstore(String destination, String... keys) {
    return run(
        HashListSetCommandBuilder.store(
            "SDIFFSTORE", u(destination, "destination"), us(keys, "keys")),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> sdiffstore(byte[] destination, byte[]... keys) {
    return run(
        HashListSetCommandBuilder.store("SDIFFSTORE", destination, keys), Converters::integer);
  }

  @Override
  default CompletableFuture<Boolean> smove(String source, String destination, String member) {
    return run(
        HashListSetCommandBuilder.smove(
            u(source, "source"), u(destination, "destination"), u(member, "member")),
        Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> smove(byte[] source, byte[] destination, byte[] member) {
    return run(HashListSetCommandBuilder.smove(source, destination, member), Converters::bool);
  }

  @Override
  default CompletableFuture<Set<String>> spop(String key, long count) {
    return run(HashListSetCommandBuilder.spop(u(key, "key"), count), Converters::stringSet);
  }

  @Override
  default CompletableFuture<List<byte[]>> spop(byte[] key, long count) {
    return run(HashListSetCommandBuilder.spop(key, count), Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<List<String>> srandmember(String key, long count) {
    return run(HashListSetCommandBuilder.srandmember(u(key, "key"), count), Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<byte[]>> srandmember(byte[] key, long count) {
    return run(HashListSetCommandBuilder.srandmember(key, count), Converters.BYTES_LIST);
  }
}
