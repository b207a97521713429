package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.u;

import io.slotwise.commands.AsyncRedisKeyCommands;
import io.slotwise.commands.ExpireCondition;
import io.slotwise.commands.RestoreArgs;
import io.slotwise.commands.SortArgs;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The key commands issue 14 added to {@link AsyncRedisKeyCommands}, as default methods of {@link
 * AsyncCommandsImpl} beside {@link AsyncKeyOps}; each hands its future out through {@link
 * AsyncOps#handOut} exactly once. Holds no state; thread-safe as its implementor.
 */
public interface AsyncKeyExtendedOps extends AsyncOps, AsyncRedisKeyCommands {

  @Override
  default CompletableFuture<Boolean> expire(String key, long seconds, ExpireCondition condition) {
    return run(
        KeyspaceCommandBuilder.expire("EXPIRE", u(key, "key"), seconds, condition),
        Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> expire(byte[] key, long seconds, ExpireCondition condition) {
    return run(KeyspaceCommandBuilder.expire("EXPIRE", key, seconds, condition), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> pexpire(String key, long millis, ExpireCondition condition) {
    return run(
        KeyspaceCommandBuilder.expire("PEXPIRE", u(key, "key"), millis, condition),
        Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> pexpire(byte[] key, long millis, ExpireCondition condition) {
    return run(KeyspaceCommandBuilder.expire("PEXPIRE", key, millis, condition), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> expireat(String key, long unixSeconds) {
    return run(KeyspaceCommandBuilder.expireat(u(key, "key"), unixSeconds), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> expireat(byte[] key, long unixSeconds) {
    return run(KeyspaceCommandBuilder.expireat(key, unixSeconds), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> expireat(
      String key, long unixSeconds, ExpireCondition condition) {
    return run(
        KeyspaceCommandBuilder.expire("EXPIREAT", u(key, "key"), unixSeconds, condition),
        Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> expireat(
      byte[] key, long unixSeconds, ExpireCondition condition) {
    return run(
        KeyspaceCommandBuilder.expire("EXPIREAT", key, unixSeconds, condition), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> pexpireat(String key, long unixMillis) {
    return run(KeyspaceCommandBuilder.pexpireat(u(key, "key"), unixMillis), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> pexpireat(byte[] key, long unixMillis) {
    return run(KeyspaceCommandBuilder.pexpireat(key, unixMillis), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> pexpireat(
      String key, long unixMillis, ExpireCondition condition) {
    return run(
        KeyspaceCommandBuilder.expire("PEXPIREAT", u(key, "key"), unixMillis, condition),
        Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> pexpireat(
      byte[] key, long unixMillis, ExpireCondition condition) {
    return run(
        KeyspaceCommandBuilder.expire("PEXPIREAT", key, unixMillis, condition), Converters::bool);
  }

  @Override
  default CompletableFuture<Long> expiretime(String key) {
    return run(KeyspaceCommandBuilder.expiretime(u(key, "key")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> expiretime(byte[] key) {
    return run(KeyspaceCommandBuilder.expiretime(key), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> pexpiretime(String key) {
    return run(KeyspaceCommandBuilder.pexpiretime(u(key, "key")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> pexpiretime(byte[] key) {
    return run(KeyspaceCommandBuilder.pexpiretime(key), Converters::integer);
  }

  @Override
  default CompletableFuture<Boolean> renamenx(String key, String newKey) {
    return run(
        KeyspaceCommandBuilder.renamenx(u(key, "key"), u(newKey, "newKey")), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> renamenx(byte[] key, byte[] newKey) {
    return run(KeyspaceCommandBuilder.renamenx(key, newKey), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> copy(String source, String destination, boolean replace) {
    return copy(u(source, "source"), u(destination, "destination"), replace);
  }

  @Override
  default CompletableFuture<Boolean> copy(byte[] source, byte[] destination, boolean replace) {
    return run(
        KeyspaceCommandBuilder.copy(source, destination, -1, replace, dispatcher().splitsBySlot()),
        Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> copy(
      String source, String destination, long db, boolean replace) {
    return copy(u(source, "source"), u(destination, "destination"), db, replace);
  }

  @Override
  default CompletableFuture<Boolean> copy(
      byte[] source, byte[] destination, long db, boolean replace) {
    return run(
        KeyspaceCommandBuilder.copy(
            source, destination, requireDb(db), replace, dispatcher().splitsBySlot()),
        Converters::bool);
  }

  @Override
  default CompletableFuture<List<String>> sort(String key, SortArgs sortArgs) {
    return run(
        KeyspaceCommandBuilder.sort(
            "SORT", u(key, "key"), sortArgs, null, dispatcher().splitsBySlot()),
        Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<byte[]>> sort(byte[] key, SortArgs sortArgs) {
    return run(
        KeyspaceCommandBuilder.sort("SORT", key, sortArgs, null, dispatcher().splitsBySlot()),
        Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<List<String>> sortRo(String key, SortArgs sortArgs) {
    return run(
        KeyspaceCommandBuilder.sort(
            "SORT_RO", u(key, "key"), sortArgs, null, dispatcher().splitsBySlot()),
        Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<byte[]>> sortRo(byte[] key, SortArgs sortArgs) {
    return run(
        KeyspaceCommandBuilder.sort("SORT_RO", key, sortArgs, null, dispatcher().splitsBySlot()),
        Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<List<String>> sort(String key) {
    return sort(key, SortArgs.create());
  }

  @Override
  default CompletableFuture<List<byte[]>> sort(byte[] key) {
    return sort(key, SortArgs.create());
  }

  @Override
  default CompletableFuture<Long> sortStore(String key, String destination, SortArgs sortArgs) {
    return sortStore(u(key, "key"), u(destination, "destination"), sortArgs);
  }

  @Override
  default CompletableFuture<Long> sortStore(byte[] key, byte[] destination, SortArgs sortArgs) {
    return run(
        KeyspaceCommandBuilder.sort(
            "SORT",
            key,
            sortArgs,
            Args.require(destination, "destination"),
            dispatcher().splitsBySlot()),
        Converters::integer);
  }

  @Override
  default CompletableFuture<String> objectEncoding(String key) {
    return objectEncoding(u(key, "key"));
  }

  @Override
  default CompletableFuture<String> objectEncoding(byte[] key) {
    return run(KeyspaceCommandBuilder.objectEncoding(key), Converters::string);
  }

  @Override
  default CompletableFuture<Long> objectFreq(String key) {
    return objectFreq(u(key, "key"));
  }

  @Override
  default CompletableFuture<Long> objectFreq(byte[] key) {
    return run(KeyspaceCommandBuilder.objectFreq(key), Converters::nullableInteger);
  }

  @Override
  default CompletableFuture<Long> objectIdletime(String key) {
    return objectIdletime(u(key, "key"));
  }

  @Override
  default CompletableFuture<Long> objectIdletime(byte[] key) {
    return run(KeyspaceCommandBuilder.objectIdletime(key), Converters::nullableInteger);
  }

  @Override
  default CompletableFuture<Long> objectRefcount(String key) {
    return objectRefcount(u(key, "key"));
  }

  @Override
  default CompletableFuture<Long> objectRefcount(byte[] key) {
    return run(KeyspaceCommandBuilder.objectRefcount(key), Converters::nullableInteger);
  }

  @Override
  default CompletableFuture<byte[]> dump(String key) {
    return dump(u(key, "key"));
  }

  @Override
  default CompletableFuture<byte[]> dump(byte[] key) {
    return run(KeyspaceCommandBuilder.dump(key), Converters::bytes);
  }

  @Override
  default CompletableFuture<String> restore(String key, long ttl, byte[] serialized) {
    return restore(u(key, "key"), ttl, serialized, RestoreArgs.create());
  }

  @Override
  default CompletableFuture<String> restore(byte[] key, long ttl, byte[] serialized) {
    return restore(key, ttl, serialized, RestoreArgs.create());
  }

  @Override
  default CompletableFuture<String> restore(
      String key, long ttl, byte[] serialized, RestoreArgs restoreArgs) {
    return restore(u(key, "key"), ttl, serialized, restoreArgs);
  }

  @Override
  default CompletableFuture<String> restore(
      byte[] key, long ttl, byte[] serialized, RestoreArgs restoreArgs) {
    return run(
        KeyspaceCommandBuilder.restore(key, ttl, serialized, restoreArgs), Converters::string);
  }

  private static long requireDb(long db) {
    if (db < 0) {
      throw new IllegalArgumentException("db must be >= 0, got " + db);
    }
    return db;
  }
}
