package io.slotwise.internal.command;

import io.slotwise.commands.ExpireCondition;
import io.slotwise.commands.RedisKeyCommands;
import io.slotwise.commands.RestoreArgs;
import io.slotwise.commands.SortArgs;
import java.util.List;

/**
 * The key commands issue 14 added to {@link RedisKeyCommands}, as default methods of {@link
 * SyncCommandsImpl} beside {@link SyncKeyOps}: each waits on its async twin. Holds no state;
 * thread-safe as its implementor.
 */
public interface SyncKeyExtendedOps extends SyncOps, RedisKeyCommands {

  @Override
  default boolean expire(String key, long seconds, ExpireCondition condition) {
    return await(async().expire(key, seconds, condition), "EXPIRE");
  }

  @Override
  default boolean expire(byte[] key, long seconds, ExpireCondition condition) {
    return await(async().expire(key, seconds, condition), "EXPIRE");
  }

  @Override
  default boolean pexpire(String key, long millis, ExpireCondition condition) {
    return await(async().pexpire(key, millis, condition), "PEXPIRE");
  }

  @Override
  default boolean pexpire(byte[] key, long millis, ExpireCondition condition) {
    return await(async().pexpire(key, millis, condition), "PEXPIRE");
  }

  @Override
  default boolean expireat(String key, long unixSeconds) {
    return await(async().expireat(key, unixSeconds), "EXPIREAT");
  }

  @Override
  default boolean expireat(byte[] key, long unixSeconds) {
    return await(async().expireat(key, unixSeconds), "EXPIREAT");
  }

  @Override
  default boolean expireat(String key, long unixSeconds, ExpireCondition condition) {
    return await(async().expireat(key, unixSeconds, condition), "EXPIREAT");
  }

  @Override
  default boolean expireat(byte[] key, long unixSeconds, ExpireCondition condition) {
    return await(async().expireat(key, unixSeconds, condition), "EXPIREAT");
  }

  @Override
  default boolean pexpireat(String key, long unixMillis) {
    return await(async().pexpireat(key, unixMillis), "PEXPIREAT");
  }

  @Override
  default boolean pexpireat(byte[] key, long unixMillis) {
    return await(async().pexpireat(key, unixMillis), "PEXPIREAT");
  }

  @Override
  default boolean pexpireat(String key, long unixMillis, ExpireCondition condition) {
    return await(async().pexpireat(key, unixMillis, condition), "PEXPIREAT");
  }

  @Override
  default boolean pexpireat(byte[] key, long unixMillis, ExpireCondition condition) {
    return await(async().pexpireat(key, unixMillis, condition), "PEXPIREAT");
  }

  @Override
  default long expiretime(String key) {
    return await(async().expiretime(key), "EXPIRETIME");
  }

  @Override
  default long expiretime(byte[] key) {
    return await(async().expiretime(key), "EXPIRETIME");
  }

  @Override
  default long pexpiretime(String key) {
    return await(async().pexpiretime(key), "PEXPIRETIME");
  }

  @Override
  default long pexpiretime(byte[] key) {
    return await(async().pexpiretime(key), "PEXPIRETIME");
  }

  @Override
  default boolean renamenx(String key, String newKey) {
    return await(async().renamenx(key, newKey), "RENAMENX");
  }

  @Override
  default boolean renamenx(byte[] key, byte[] newKey) {
    return await(async().renamenx(key, newKey), "RENAMENX");
  }

  @Override
  default boolean copy(String source, String destination, boolean replace) {
    return await(async().copy(source, destination, replace), "COPY");
  }

  @Override
  default boolean copy(byte[] source, byte[] destination, boolean replace) {
    return await(async().copy(source, destination, replace), "COPY");
  }

  @Override
  default boolean copy(String source, String destination, long db, boolean replace) {
    return await(async().copy(source, destination, db, replace), "COPY");
  }

  @Override
  default boolean copy(byte[] source, byte[] destination, long db, boolean replace) {
    return await(async().copy(source, destination, db, replace), "COPY");
  }

  @Override
  default List<String> sort(String key, SortArgs sortArgs) {
    return await(async().sort(key, sortArgs), "SORT");
  }

  @Override
  default List<byte[]> sort(byte[] key, SortArgs sortArgs) {
    return await(async().sort(key, sortArgs), "SORT");
  }

  @Override
  default List<String> sortRo(String key, SortArgs sortArgs) {
    return await(async().sortRo(key, sortArgs), "SORT_RO");
  }

  @Override
  default List<byte[]> sortRo(byte[] key, SortArgs sortArgs) {
    return await(async().sortRo(key, sortArgs), "SORT_RO");
  }

  @Override
  default List<String> sort(String key) {
    return await(async().sort(key), "SORT");
  }

  @Override
  default List<byte[]> sort(byte[] key) {
    return await(async().sort(key), "SORT");
  }

  @Override
  default long sortStore(String key, String destination, SortArgs sortArgs) {
    return await(async().sortStore(key, destination, sortArgs), "SORT");
  }

  @Override
  default long sortStore(byte[] key, byte[] destination, SortArgs sortArgs) {
    return await(async().sortStore(key, destination, sortArgs), "SORT");
  }

  @Override
  default String objectEncoding(String key) {
    return await(async().objectEncoding(key), "OBJECT ENCODING");
  }

  @Override
  default String objectEncoding(byte[] key) {
    return await(async().objectEncoding(key), "OBJECT ENCODING");
  }

  @Override
  default Long objectFreq(String key) {
    return await(async().objectFreq(key), "OBJECT FREQ");
  }

  @Override
  default Long objectFreq(byte[] key) {
    return await(async().objectFreq(key), "OBJECT FREQ");
  }

  @Override
  default Long objectIdletime(String key) {
    return await(async().objectIdletime(key), "OBJECT IDLETIME");
  }

  @Override
  default Long objectIdletime(byte[] key) {
    return await(async().objectIdletime(key), "OBJECT IDLETIME");
  }

  @Override
  default Long objectRefcount(String key) {
    return await(async().objectRefcount(key), "OBJECT REFCOUNT");
  }

  @Override
  default Long objectRefcount(byte[] key) {
    return await(async().objectRefcount(key), "OBJECT REFCOUNT");
  }

  @Override
  default byte[] dump(String key) {
    return await(async().dump(key), "DUMP");
  }

  @Override
  default byte[] dump(byte[] key) {
    return await(async().dump(key), "DUMP");
  }

  @Override
  default String restore(String key, long ttl, byte[] serialized) {
    return await(async().restore(key, ttl, serialized), "RESTORE");
  }

  @Override
  default String restore(byte[] key, long ttl, byte[] serialized) {
    return await(async().restore(key, ttl, serialized), "RESTORE");
  }

  @Override
  default String restore(String key, long ttl, byte[] serialized, RestoreArgs restoreArgs) {
    return await(async().restore(key, ttl, serialized, restoreArgs), "RESTORE");
  }

  @Override
  default String restore(byte[] key, long ttl, byte[] serialized, RestoreArgs restoreArgs) {
    return await(async().restore(key, ttl, serialized, restoreArgs), "RESTORE");
  }
}
