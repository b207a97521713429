package io.slotwise.internal.command;

import io.slotwise.commands.GetExArgs;
import io.slotwise.commands.LcsResult;
import io.slotwise.commands.RedisStringCommands;
import io.slotwise.commands.SetArgs;
import java.util.List;
import java.util.Map;

/**
 * The string and counter commands of {@link SyncCommandsImpl}, as default methods that wait on
 * {@link SyncOps#async()} with {@link SyncOps#await}. Holds no state; thread-safe as its
 * implementor.
 */
public interface SyncStringOps extends SyncOps, RedisStringCommands {
  @Override
  default String get(String key) {
    return await(async().get(key), "GET");
  }

  @Override
  default byte[] get(byte[] key) {
    return await(async().get(key), "GET");
  }

  @Override
  default String set(String key, String value) {
    return await(async().set(key, value), "SET");
  }

  @Override
  default String set(byte[] key, byte[] value) {
    return await(async().set(key, value), "SET");
  }

  @Override
  default String set(String key, String value, SetArgs setArgs) {
    return await(async().set(key, value, setArgs), "SET");
  }

  @Override
  default String set(byte[] key, byte[] value, SetArgs setArgs) {
    return await(async().set(key, value, setArgs), "SET");
  }

  @Override
  default String setGet(String key, String value) {
    return await(async().setGet(key, value), "SET");
  }

  @Override
  default byte[] setGet(byte[] key, byte[] value) {
    return await(async().setGet(key, value), "SET");
  }

  @Override
  default String setGet(String key, String value, SetArgs setArgs) {
    return await(async().setGet(key, value, setArgs), "SET");
  }

  @Override
  default byte[] setGet(byte[] key, byte[] value, SetArgs setArgs) {
    return await(async().setGet(key, value, setArgs), "SET");
  }

  @Override
  default String getdel(String key) {
    return await(async().getdel(key), "GETDEL");
  }

  @Override
  default byte[] getdel(byte[] key) {
    return await(async().getdel(key), "GETDEL");
  }

  @Override
  default long append(String key, String value) {
    return await(async().append(key, value), "APPEND");
  }

  @Override
  default long append(byte[] key, byte[] value) {
    return await(async().append(key, value), "APPEND");
  }

  @Override
  default long strlen(String key) {
    return await(async().strlen(key), "STRLEN");
  }

  @Override
  default long strlen(byte[] key) {
    return await(async().strlen(key), "STRLEN");
  }

  @Override
  default long setrange(String key, long offset, String value) {
    return await(async().setrange(key, offset, value), "SETRANGE");
  }

  @Override
  default long setrange(byte[] key, long offset, byte[] value) {
    return await(async().setrange(key, offset, value), "SETRANGE");
  }

  @Override
  default String getrange(String key, long start, long end) {
    return await(async().getrange(key, start, end), "GETRANGE");
  }

  @Override
  default byte[] getrange(byte[] key, long start, long end) {
    return await(async().getrange(key, start, end), "GETRANGE");
  }

  @Override
  default List<String> mget(String... keys) {
    return await(async().mget(keys), "MGET");
  }

  @Override
  default List<byte[]> mget(byte[]... keys) {
    return await(async().mget(keys), "MGET");
  }

  @Override
  default String mset(Map<String, String> keyValues) {
    return await(async().mset(keyValues), "MSET");
  }

  @Override
  default String msetBytes(Map<byte[], byte[]> keyValues) {
    return await(async().msetBytes(keyValues), "MSET");
  }

  @Override
  default long incr(String key) {
    return await(async().incr(key), "INCR");
  }

  @Override
  default long incr(byte[] key) {
    return await(async().incr(key), "INCR");
  }

  @Override
  default long incrby(String key, long amount) {
    return await(async().incrby(key, amount), "INCRBY");
  }

  @Override
  default long incrby(byte[] key, long amount) {
    return await(async().incrby(key, amount), "INCRBY");
  }

  @Override
  default double incrbyfloat(String key, double amount) {
    return await(async().incrbyfloat(key, amount), "INCRBYFLOAT");
  }

  @Override
  default double incrbyfloat(byte[] key, double amount) {
    return await(async().incrbyfloat(key, amount), "INCRBYFLOAT");
  }

  @Override
  default long decr(String key) {
    return await(async().decr(key), "DECR");
  }

  @Override
  default long decr(byte[] key) {
    return await(async().decr(key), "DECR");
  }

  @Override
  default long decrby(String key, long amount) {
    return await(async().decrby(key, amount), "DECRBY");
  }

  @Override
  default long decrby(byte[] key, long amount) {
    return await(async().decrby(key, amount), "DECRBY");
  }

  // Added by issue 14: the gaps in this family.

  @Override
  default String setex(String key, long seconds, String value) {
    return await(async().setex(key, seconds, value), "SETEX");
  }

  @Override
  default String setex(byte[] key, long seconds, byte[] value) {
    return await(async().setex(key, seconds, value), "SETEX");
  }

  @Override
  default String psetex(String key, long millis, String value) {
    return await(async().psetex(key, millis, value), "PSETEX");
  }

  @Override
  default String psetex(byte[] key, long millis, byte[] value) {
    return await(async().psetex(key, millis, value), "PSETEX");
  }

  @Override
  default String getex(String key, GetExArgs getExArgs) {
    return await(async().getex(key, getExArgs), "GETEX");
  }

  @Override
  default byte[] getex(byte[] key, GetExArgs getExArgs) {
    return await(async().getex(key, getExArgs), "GETEX");
  }

  @Override
  default String getset(String key, String value) {
    return await(async().getset(key, value), "GETSET");
  }

  @Override
  default byte[] getset(byte[] key, byte[] value) {
    return await(async().getset(key, value), "GETSET");
  }

  @Override
  default String lcs(String key1, String key2) {
    return await(async().lcs(key1, key2), "LCS");
  }

  @Override
  default byte[] lcs(byte[] key1, byte[] key2) {
    return await(async().lcs(key1, key2), "LCS");
  }

  @Override
  default long lcsLen(String key1, String key2) {
    return await(async().lcsLen(key1, key2), "LCS");
  }

  @Override
  default long lcsLen(byte[] key1, byte[] key2) {
    return await(async().lcsLen(key1, key2), "LCS");
  }

  @Override
  default LcsResult lcsIdx(String key1, String key2, long minMatchLen, boolean withMatchLen) {
    return await(async().lcsIdx(key1, key2, minMatchLen, withMatchLen), "LCS");
  }

  @Override
  default LcsResult lcsIdx(byte[] key1, byte[] key2, long minMatchLen, boolean withMatchLen) {
    return await(async().lcsIdx(key1, key2, minMatchLen, withMatchLen), "LCS");
  }

  @Override
  default boolean setnx(String key, String value) {
    return await(async().setnx(key, value), "SETNX");
  }

  @Override
  default boolean setnx(byte[] key, byte[] value) {
    return await(async().setnx(key, value), "SETNX");
  }
}
