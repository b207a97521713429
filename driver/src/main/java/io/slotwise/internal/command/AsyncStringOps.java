package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.u;
import static io.slotwise.internal.command.AsyncOps.us;

import io.slotwise.commands.AsyncRedisStringCommands;
import io.slotwise.commands.GetExArgs;
import io.slotwise.commands.LcsResult;
import io.slotwise.commands.SetArgs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The string and counter commands of {@link AsyncCommandsImpl}, as default methods over what {@link
 * AsyncOps} provides; each hands its future out through {@link AsyncOps#handOut} exactly once.
 * Holds no state; thread-safe as its implementor.
 */
public interface AsyncStringOps extends AsyncOps, AsyncRedisStringCommands {
  @Override
  default CompletableFuture<String> get(String key) {
    return run(CommandBuilder.get(u(key, "key")), Converters::string);
  }

  @Override
  default CompletableFuture<byte[]> get(byte[] key) {
    return run(CommandBuilder.get(key), Converters::bytes);
  }

  @Override
  default CompletableFuture<String> set(String key, String value) {
    return set(u(key, "key"), u(value, "value"));
  }

  @Override
  default CompletableFuture<String> set(byte[] key, byte[] value) {
    return set(key, value, SetArgs.create());
  }

  @Override
  default CompletableFuture<String> set(String key, String value, SetArgs setArgs) {
    return set(u(key, "key"), u(value, "value"), setArgs);
  }

  @Override
  default CompletableFuture<String> set(byte[] key, byte[] value, SetArgs setArgs) {
    return run(CommandBuilder.set(key, value, setArgs), Converters::string);
  }

  @Override
  default CompletableFuture<String> setGet(String key, String value) {
    return setGet(key, value, SetArgs.create());
  }

  @Override
  default CompletableFuture<byte[]> setGet(byte[] key, byte[] value) {
    return setGet(key, value, SetArgs.create());
  }

  @Override
  default CompletableFuture<String> setGet(String key, String value, SetArgs setArgs) {
    return run(
        CommandBuilder.setGet(u(key, "key"), u(value, "value"), setArgs), Converters::string);
  }

  @Override
  default CompletableFuture<byte[]> setGet(byte[] key, byte[] value, SetArgs setArgs) {
    return run(CommandBuilder.setGet(key, value, setArgs), Converters::bytes);
  }

  @Override
  default CompletableFuture<String> getdel(String key) {
    return run(CommandBuilder.getdel(u(key, "key")), Converters::string);
  }

  @Override
  default CompletableFuture<byte[]> getdel(byte[] key) {
    return run(CommandBuilder.getdel(key), Converters::bytes);
  }

  @Override
  default CompletableFuture<Long> append(String key, String value) {
    return run(CommandBuilder.append(u(key, "key"), u(value, "value")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> append(byte[] key, byte[] value) {
    return run(CommandBuilder.append(key, value), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> strlen(String key) {
    return run(CommandBuilder.strlen(u(key, "key")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> strlen(byte[] key) {
    return run(CommandBuilder.strlen(key), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> setrange(String key, long offset, String value) {
    return run(
        CommandBuilder.setrange(u(key, "key"), offset, u(value, "value")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> setrange(byte[] key, long offset, byte[] value) {
    return run(CommandBuilder.setrange(key, offset, value), Converters::integer);
  }

  @Override
  default CompletableFuture<String> getrange(String key, long start, long end) {
    return run(CommandBuilder.getrange(u(key, "key"), start, end), Converters::string);
  }

  @Override
  default CompletableFuture<byte[]> getrange(byte[] key, long start, long end) {
    return run(CommandBuilder.getrange(key, start, end), Converters::bytes);
  }

  @Override
  default CompletableFuture<List<String>> mget(String... keys) {
    return handOut(dispatcher().mget(us(keys, "keys")).thenApply(AsyncStringOps::decodeAll));
  }

  @Override
  default CompletableFuture<List<byte[]>> mget(byte[]... keys) {
    return handOut(dispatcher().mget(Args.requireAll(keys, "keys")));
  }

  @Override
  default CompletableFuture<String> mset(Map<String, String> keyValues) {
    return msetBytes(Args.utf8Map(keyValues, "keyValues"));
  }

  @Override
  default CompletableFuture<String> msetBytes(Map<byte[], byte[]> keyValues) {
    return handOut(
        dispatcher().mset(Args.requireEntries(keyValues, "keyValues")).thenApply(v -> "OK"));
  }

  @Override
  default CompletableFuture<Long> incr(String key) {
    return run(CommandBuilder.incr(u(key, "key")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> incr(byte[] key) {
    return run(CommandBuilder.incr(key), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> incrby(String key, long amount) {
    return run(CommandBuilder.incrby(u(key, "key"), amount), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> incrby(byte[] key, long amount) {
    return run(CommandBuilder.incrby(key, amount), Converters::integer);
  }

  @Override
  default CompletableFuture<Double> incrbyfloat(String key, double amount) {
    return run(CommandBuilder.incrbyfloat(u(key, "key"), amount), Converters::decimal);
  }

  @Override
  default CompletableFuture<Double> incrbyfloat(byte[] key, double amount) {
    return run(CommandBuilder.incrbyfloat(key, amount), Converters::decimal);
  }

  @Override
  default CompletableFuture<Long> decr(String key) {
    return run(CommandBuilder.decr(u(key, "key")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> decr(byte[] key) {
    return run(CommandBuilder.decr(key), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> decrby(String key, long amount) {
    return run(CommandBuilder.decrby(u(key, "key"), amount), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> decrby(byte[] key, long amount) {
    return run(CommandBuilder.decrby(key, amount), Converters::integer);
  }

  private static List<String> decodeAll(List<byte[]> values) {
    String[] out = new String[values.size()];
    for (int i = 0; i < out.length; i++) {
      byte[] v = values.get(i);
      out[i] = v == null ? null : new String(v, StandardCharsets.UTF_8);
    }
    return java.util.Arrays.asList(out);
  }

  // Added by issue 14: the gaps in this family.

  @Override
  default CompletableFuture<String> setex(String key, long seconds, String value) {
    return run(
        KeyspaceCommandBuilder.setex(u(key, "key"), seconds, u(value, "value")),
        Converters::string);
  }

  @Override
  default CompletableFuture<String> setex(byte[] key, long seconds, byte[] value) {
    return run(KeyspaceCommandBuilder.setex(key, seconds, value), Converters::string);
  }

  @Override
  default CompletableFuture<String> psetex(String key, long millis, String value) {
    return run(
        KeyspaceCommandBuilder.psetex(u(key, "key"), millis, u(value, "value")),
        Converters::string);
  }

  @Override
  default CompletableFuture<String> psetex(byte[] key, long millis, byte[] value) {
    return run(KeyspaceCommandBuilder.psetex(key, millis, value), Converters::string);
  }

  @Override
  default CompletableFuture<String> getex(String key, GetExArgs getExArgs) {
    return run(KeyspaceCommandBuilder.getex(u(key, "key"), getExArgs), Converters::string);
  }

  @Override
  default CompletableFuture<byte[]> getex(byte[] key, GetExArgs getExArgs) {
    return run(KeyspaceCommandBuilder.getex(key, getExArgs), Converters::bytes);
  }

  @Override
  default CompletableFuture<String> getset(String key, String value) {
    return run(KeyspaceCommandBuilder.getset(u(key, "key"), u(value, "value")), Converters::string);
  }

  @Override
  default CompletableFuture<byte[]> getset(byte[] key, byte[] value) {
    return run(KeyspaceCommandBuilder.getset(key, value), Converters::bytes);
  }

  @Override
  default CompletableFuture<String> lcs(String key1, String key2) {
    return run(KeyspaceCommandBuilder.lcs(u(key1, "key1"), u(key2, "key2")), Converters::string);
  }

  @Override
  default CompletableFuture<byte[]> lcs(byte[] key1, byte[] key2) {
    return run(KeyspaceCommandBuilder.lcs(key1, key2), Converters::bytes);
  }

  @Override
  default CompletableFuture<Long> lcsLen(String key1, String key2) {
    return run(
        KeyspaceCommandBuilder.lcsLen(u(key1, "key1"), u(key2, "key2")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> lcsLen(byte[] key1, byte[] key2) {
    return run(KeyspaceCommandBuilder.lcsLen(key1, key2), Converters::integer);
  }

  @Override
  default CompletableFuture<LcsResult> lcsIdx(
      String key1, String key2, long minMatchLen, boolean withMatchLen) {
    return run(
        KeyspaceCommandBuilder.lcsIdx(u(key1, "key1"), u(key2, "key2"), minMatchLen, withMatchLen),
        ResultConverters::lcs);
  }

  @Override
  default CompletableFuture<LcsResult> lcsIdx(
      byte[] key1, byte[] key2, long minMatchLen, boolean withMatchLen) {
    return run(
        KeyspaceCommandBuilder.lcsIdx(key1, key2, minMatchLen, withMatchLen),
        ResultConverters::lcs);
  }

  @Override
  default CompletableFuture<Boolean> setnx(String key, String value) {
    return run(KeyspaceCommandBuilder.setnx(u(key, "key"), u(value, "value")), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> setnx(byte[] key, byte[] value) {
    return run(KeyspaceCommandBuilder.setnx(key, value), Converters::bool);
  }
}
