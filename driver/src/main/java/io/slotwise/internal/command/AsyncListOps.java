package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.u;
import static io.slotwise.internal.command.AsyncOps.us;

import io.slotwise.commands.AsyncRedisListCommands;
import io.slotwise.commands.KeyValue;
import io.slotwise.commands.LPosArgs;
import io.slotwise.commands.ListDirection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The list commands of {@link AsyncCommandsImpl}, as default methods over what {@link AsyncOps}
 * provides; each hands its future out through {@link AsyncOps#handOut} exactly once. Holds no
 * state; thread-safe as its implementor.
 */
public interface AsyncListOps extends AsyncOps, AsyncRedisListCommands {
  @Override
  default CompletableFuture<Long> lpush(String key, String... values) {
    return run(
        CollectionCommandBuilder.lpush(u(key, "key"), us(values, "values")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> lpush(byte[] key, byte[]... values) {
    return run(CollectionCommandBuilder.lpush(key, values), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> rpush(String key, String... values) {
    return run(
        CollectionCommandBuilder.rpush(u(key, "key"), us(values, "values")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> rpush(byte[] key, byte[]... values) {
    return run(CollectionCommandBuilder.rpush(key, values), Converters::integer);
  }

  @Override
  default CompletableFuture<String> lpop(String key) {
    return run(CollectionCommandBuilder.lpop(u(key, "key")), Converters::string);
  }

  @Override
  default CompletableFuture<byte[]> lpop(byte[] key) {
    return run(CollectionCommandBuilder.lpop(key), Converters::bytes);
  }

  @Override
  default CompletableFuture<List<String>> lpop(String key, int count) {
    return run(CollectionCommandBuilder.lpop(u(key, "key"), count), Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<byte[]>> lpop(byte[] key, int count) {
    return run(CollectionCommandBuilder.lpop(key, count), Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<String> rpop(String key) {
    return run(CollectionCommandBuilder.rpop(u(key, "key")), Converters::string);
  }

  @Override
  default CompletableFuture<byte[]> rpop(byte[] key) {
    return run(CollectionCommandBuilder.rpop(key), Converters::bytes);
  }

  @Override
  default CompletableFuture<List<String>> rpop(String key, int count) {
    return run(CollectionCommandBuilder.rpop(u(key, "key"), count), Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<byte[]>> rpop(byte[] key, int count) {
    return run(CollectionCommandBuilder.rpop(key, count), Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<Long> llen(String key) {
    return run(CollectionCommandBuilder.llen(u(key, "key")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> llen(byte[] key) {
    return run(CollectionCommandBuilder.llen(key), Converters::integer);
  }

  @Override
  default CompletableFuture<List<String>> lrange(String key, long start, long stop) {
    return run(CollectionCommandBuilder.lrange(u(key, "key"), start, stop), Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<byte[]>> lrange(byte[] key, long start, long stop) {
    return run(CollectionCommandBuilder.lrange(key, start, stop), Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<String> lindex(String key, long index) {
    return run(CollectionCommandBuilder.lindex(u(key, "key"), index), Converters::string);
  }

  @Override
  default CompletableFuture<byte[]> lindex(byte[] key, long index) {
    return run(CollectionCommandBuilder.lindex(key, index), Converters::bytes);
  }

  @Override
  default CompletableFuture<String> lset(String key, long index, String value) {
    return run(
        CollectionCommandBuilder.lset(u(key, "key"), index, u(value, "value")), Converters::string);
  }

  @Override
  default CompletableFuture<String> lset(byte[] key, long index, byte[] value) {
    return run(CollectionCommandBuilder.lset(key, index, value), Converters::string);
  }

  @Override
  default CompletableFuture<Long> lrem(String key, long count, String value) {
    return run(
        CollectionCommandBuilder.lrem(u(key, "key"), count, u(value, "value")),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> lrem(byte[] key, long count, byte[] value) {
    return run(CollectionCommandBuilder.lrem(key, count, value), Converters::integer);
  }

  @Override
  default CompletableFuture<String> ltrim(String key, long start, long stop) {
    return run(CollectionCommandBuilder.ltrim(u(key, "key"), start, stop), Converters::string);
  }

  @Override
  default CompletableFuture<String> ltrim(byte[] key, long start, long stop) {
    return run(CollectionCommandBuilder.ltrim(key, start, stop), Converters::string);
  }

  @Override
  default CompletableFuture<Long> linsert(String key, boolean before, String pivot, String value) {
    return run(
        CollectionCommandBuilder.linsert(
            u(key, "key"), before, u(pivot, "pivot"), u(value, "value")),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> linsert(byte[] key, boolean before, byte[] pivot, byte[] value) {
    return run(CollectionCommandBuilder.linsert(key, before, pivot, value), Converters::integer);
  }

  // Added by issue 14: the gaps in this family.

  @Override
  default CompletableFuture<Long> lpos(String key, String element) {
    return lpos(key, element, LPosArgs.create());
  }

  @Override
  default CompletableFuture<Long> lpos(byte[] key, byte[] element) {
    return lpos(key, element, LPosArgs.create());
  }

  @Override
  default CompletableFuture<Long> lpos(String key, String element, LPosArgs lposArgs) {
    return lpos(u(key, "key"), u(element, "element"), lposArgs);
  }

  @Override
  default CompletableFuture<Long> lpos(byte[] key, byte[] element, LPosArgs lposArgs) {
    return run(
        HashListSetCommandBuilder.lpos(key, element, lposArgs, -1), Converters::nullableInteger);
  }

  @Override
  default CompletableFuture<List<Long>> lpos(
      String key, String element, long count, LPosArgs lposArgs) {
    return lpos(u(key, "key"), u(element, "element"), count, lposArgs);
  }

  @Override
  default CompletableFuture<List<Long>> lpos(
      byte[] key, byte[] element, long count, LPosArgs lposArgs) {
    return run(
        HashListSetCommandBuilder.lpos(key, element, lposArgs, requireCount(count)),
        Converters.list(Converters::integer));
  }

  @Override
  default CompletableFuture<String> lmove(
      String source, String destination, ListDirection from, ListDirection to) {
    return run(
        HashListSetCommandBuilder.lmove(
            u(source, "source"), u(destination, "destination"), from, to),
        Converters::string);
  }

  @Override
  default CompletableFuture<byte[]> lmove(
      byte[] source, byte[] destination, ListDirection from, ListDirection to) {
    return run(HashListSetCommandBuilder.lmove(source, destination, from, to), Converters::bytes);
  }

  @Override
  default CompletableFuture<KeyValue<String, List<String>>> lmpop(
      ListDirection from, int count, String... keys) {
    return run(
        HashListSetCommandBuilder.lmpop(from, count, us(keys, "keys")),
        ResultConverters.keyAnd(Converters::string, Converters.STRING_LIST));
  }

  @Override
  default CompletableFuture<KeyValue<byte[], List<byte[]>>> lmpop(
      ListDirection from, int count, byte[]... keys) {
    return run(
        HashListSetCommandBuilder.lmpop(from, count, keys),
        ResultConverters.keyAnd(Converters::bytes, Converters.BYTES_LIST));
  }

  private static long requireCount(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0 (0 = all matches), got " + count);
    }
    return count;
  }

  @Override
  default CompletableFuture<Long> lpushx(String key, String... values) {
    return run(
        HashListSetCommandBuilder.pushx("LPUSHX", u(key, "key"), us(values, "values")),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> lpushx(byte[] key, byte[]... values) {
    return run(HashListSetCommandBuilder.pushx("LPUSHX", key, values), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> rpushx(String key, String... values) {
    return run(
        HashListSetCommandBuilder.pushx("RPUSHX", u(key, "key"), us(values, "values")),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> rpushx(byte[] key, byte[]... values) {
    return run(HashListSetCommandBuilder.pushx("RPUSHX", key, values), Converters::integer);
  }
}
