package io.slotwise.internal.command;

import io.slotwise.commands.KeyValue;
import io.slotwise.commands.LPosArgs;
import io.slotwise.commands.ListDirection;
import io.slotwise.commands.RedisListCommands;
import java.util.List;

/**
 * The list commands of {@link SyncCommandsImpl}, as default methods that wait on {@link
 * SyncOps#async()} with {@link SyncOps#await}. Holds no state; thread-safe as its implementor.
 */
public interface SyncListOps extends SyncOps, RedisListCommands {
  @Override
  default long lpush(String key, String... values) {
    return await(async().lpush(key, values), "LPUSH");
  }

  @Override
  default long lpush(byte[] key, byte[]... values) {
    return await(async().lpush(key, values), "LPUSH");
  }

  @Override
  default long rpush(String key, String... values) {
    return await(async().rpush(key, values), "RPUSH");
  }

  @Override
  default long rpush(byte[] key, byte[]... values) {
    return await(async().rpush(key, values), "RPUSH");
  }

  @Override
  default String lpop(String key) {
    return await(async().lpop(key), "LPOP");
  }

  @Override
  default byte[] lpop(byte[] key) {
    return await(async().lpop(key), "LPOP");
  }

  @Override
  default List<String> lpop(String key, int count) {
    return await(async().lpop(key, count), "LPOP");
  }

  @Override
  default List<byte[]> lpop(byte[] key, int count) {
    return await(async().lpop(key, count), "LPOP");
  }

  @Override
  default String rpop(String key) {
    return await(async().rpop(key), "RPOP");
  }

  @Override
  default byte[] rpop(byte[] key) {
    return await(async().rpop(key), "RPOP");
  }

  @Override
  default List<String> rpop(String key, int count) {
    return await(async().rpop(key, count), "RPOP");
  }

  @Override
  default List<byte[]> rpop(byte[] key, int count) {
    return await(async().rpop(key, count), "RPOP");
  }

  @Override
  default long llen(String key) {
    return await(async().llen(key), "LLEN");
  }

  @Override
  default long llen(byte[] key) {
    return await(async().llen(key), "LLEN");
  }

  @Override
  default List<String> lrange(String key, long start, long stop) {
    return await(async().lrange(key, start, stop), "LRANGE");
  }

  @Override
  default List<byte[]> lrange(byte[] key, long start, long stop) {
    return await(async().lrange(key, start, stop), "LRANGE");
  }

  @Override
  default String lindex(String key, long index) {
    return await(async().lindex(key, index), "LINDEX");
  }

  @Override
  default byte[] lindex(byte[] key, long index) {
    return await(async().lindex(key, index), "LINDEX");
  }

  @Override
  default String lset(String key, long index, String value) {
    return await(async().lset(key, index, value), "LSET");
  }

  @Override
  default String lset(byte[] key, long index, byte[] value) {
    return await(async().lset(key, index, value), "LSET");
  }

  @Override
  default long lrem(String key, long count, String value) {
    return await(async().lrem(key, count, value), "LREM");
  }

  @Override
  default long lrem(byte[] key, long count, byte[] value) {
    return await(async().lrem(key, count, value), "LREM");
  }

  @Override
  default String ltrim(String key, long start, long stop) {
    return await(async().ltrim(key, start, stop), "LTRIM");
  }

  @Override
  default String ltrim(byte[] key, long start, long stop) {
    return await(async().ltrim(key, start, stop), "LTRIM");
  }

  @Override
  default long linsert(String key, boolean before, String pivot, String value) {
    return await(async().linsert(key, before, pivot, value), "LINSERT");
  }

  @Override
  default long linsert(byte[] key, boolean before, byte[] pivot, byte[] value) {
    return await(async().linsert(key, before, pivot, value), "LINSERT");
  }

  // Added by issue 14: the gaps in this family.

  @Override
  default Long lpos(String key, String element) {
    return await(async().lpos(key, element), "LPOS");
  }

  @Override
  default Long lpos(byte[] key, byte[] element) {
    return await(async().lpos(key, element), "LPOS");
  }

  @Override
  default Long lpos(String key, String element, LPosArgs lposArgs) {
    return await(async().lpos(key, element, lposArgs), "LPOS");
  }

  @Override
  default Long lpos(byte[] key, byte[] element, LPosArgs lposArgs) {
    return await(async().lpos(key, element, lposArgs), "LPOS");
  }

  @Override
  default List<Long> lpos(String key, String element, long count, LPosArgs lposArgs) {
    return await(async().lpos(key, element, count, lposArgs), "LPOS");
  }

  @Override
  default List<Long> lpos(byte[] key, byte[] element, long count, LPosArgs lposArgs) {
    return await(async().lpos(key, element, count, lposArgs), "LPOS");
  }

  @Override
  default String lmove(String source, String destination, ListDirection from, ListDirection to) {
    return await(async().lmove(source, destination, from, to), "LMOVE");
  }

  @Override
  default byte[] lmove(byte[] source, byte[] destination, ListDirection from, ListDirection to) {
    return await(async().lmove(source, destination, from, to), "LMOVE");
  }

  @Override
  default KeyValue<String, List<String>> lmpop(ListDirection from, int count, String... keys) {
    return await(async().lmpop(from, count, keys), "LMPOP");
  }

  @Override
  default KeyValue<byte[], List<byte[]>> lmpop(ListDirection from, int count, byte[]... keys) {
    return await(async().lmpop(from, count, keys), "LMPOP");
  }

  @Override
  default long lpushx(String key, String... values) {
    return await(async().lpushx(key, values), "LPUSHX");
  }

  @Override
  default long lpushx(byte[] key, byte[]... values) {
    return await(async().lpushx(key, values), "LPUSHX");
  }

  @Override
  default long rpushx(String key, String... values) {
    return await(async().rpushx(key, values), "RPUSHX");
  }

  @Override
  default long rpushx(byte[] key, byte[]... values) {
    return await(async().rpushx(key, values), "RPUSHX");
  }
}
