package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.u;
import static io.slotwise.internal.command.AsyncOps.us;

import io.slotwise.commands.AsyncRedisStreamCommands;
import io.slotwise.commands.AutoClaimResult;
import io.slotwise.commands.PendingMessage;
import io.slotwise.commands.PendingSummary;
import io.slotwise.commands.StreamConsumerInfo;
import io.slotwise.commands.StreamEntry;
import io.slotwise.commands.StreamGroupInfo;
import io.slotwise.commands.StreamInfo;
import io.slotwise.commands.StreamMessages;
import io.slotwise.commands.XAddArgs;
import io.slotwise.commands.XClaimArgs;
import io.slotwise.commands.XGroupCreateArgs;
import io.slotwise.commands.XPendingArgs;
import io.slotwise.commands.XReadArgs;
import io.slotwise.commands.XTrimArgs;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The stream commands of {@link AsyncCommandsImpl}, as default methods over what {@link AsyncOps}
 * provides; each hands its future out through {@link AsyncOps#handOut} exactly once. Holds no
 * state; thread-safe as its implementor.
 */
public interface AsyncStreamOps extends AsyncOps, AsyncRedisStreamCommands {
  @Override
  default CompletableFuture<String> xadd(String key, Map<String, String> fields) {
    return run(
        StreamCommandBuilder.xadd(u(key, "key"), XAddArgs.create(), Args.utf8Map(fields, "fields")),
        Converters::string);
  }

  @Override
  default CompletableFuture<String> xadd(byte[] key, Map<byte[], byte[]> fields) {
    return run(StreamCommandBuilder.xadd(key, XAddArgs.create(), fields), Converters::string);
  }

  @Override
  default CompletableFuture<String> xadd(String key, XAddArgs args, Map<String, String> fields) {
    return run(
        StreamCommandBuilder.xadd(u(key, "key"), args, Args.utf8Map(fields, "fields")),
        Converters::string);
  }

  @Override
  default CompletableFuture<String> xadd(byte[] key, XAddArgs args, Map<byte[], byte[]> fields) {
    return run(StreamCommandBuilder.xadd(key, args, fields), Converters::string);
  }

  @Override
  default CompletableFuture<Long> xlen(String key) {
    return run(StreamCommandBuilder.xlen(u(key, "key")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> xlen(byte[] key) {
    return run(StreamCommandBuilder.xlen(key), Converters::integer);
  }

  @Override
  default CompletableFuture<List<StreamEntry<String>>> xrange(
      String key, String start, String end) {
    return run(
        StreamCommandBuilder.range("XRANGE", u(key, "key"), start, end, 0),
        StreamConverters.entries(Converters::string));
  }

  @Override
  default CompletableFuture<List<StreamEntry<byte[]>>> xrange(
      byte[] key, String start, String end) {
    return run(
        StreamCommandBuilder.range("XRANGE", key, start, end, 0),
        StreamConverters.entries(Converters::bytes));
  }

  @Override
  default CompletableFuture<List<StreamEntry<String>>> xrange(
      String key, String start, String end, long count) {
    return run(
        StreamCommandBuilder.range(
            "XRANGE", u(key, "key"), start, end, StreamCommandBuilder.count(count)),
        StreamConverters.entries(Converters::string));
  }

  @Override
  default CompletableFuture<List<StreamEntry<byte[]>>> xrange(
      byte[] key, String start, String end, long count) {
    return run(
        StreamCommandBuilder.range("XRANGE", key, start, end, StreamCommandBuilder.count(count)),
        StreamConverters.entries(Converters::bytes));
  }

  @Override
  default CompletableFuture<List<StreamEntry<String>>> xrevrange(
      String key, String end, String start) {
    return run(
        StreamCommandBuilder.range("XREVRANGE", u(key, "key"), end, start, 0),
        StreamConverters.entries(Converters::string));
  }

  @Override
  default CompletableFuture<List<StreamEntry<byte[]>>> xrevrange(
      byte[] key, String end, String start) {
    return run(
        StreamCommandBuilder.range("XREVRANGE", key, end, start, 0),
        StreamConverters.entries(Converters::bytes));
  }

  @Override
  default CompletableFuture<List<StreamEntry<String>>> xrevrange(
      String key, String end, String start, long count) {
    return run(
        StreamCommandBuilder.range(
            "XREVRANGE", u(key, "key"), end, start, StreamCommandBuilder.count(count)),
        StreamConverters.entries(Converters::string));
  }

  @Override
  default CompletableFuture<List<StreamEntry<byte[]>>> xrevrange(
      byte[] key, String end, String start, long count) {
    return run(
        StreamCommandBuilder.range("XREVRANGE", key, end, start, StreamCommandBuilder.count(count)),
        StreamConverters.entries(Converters::bytes));
  }

  @Override
  default CompletableFuture<Long> xdel(String key, String... ids) {
    return run(StreamCommandBuilder.xdel(u(key, "key"), ids), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> xdel(byte[] key, String... ids) {
    return run(StreamCommandBuilder.xdel(key, ids), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> xtrim(String key, XTrimArgs trim) {
    return run(StreamCommandBuilder.xtrim(u(key, "key"), trim), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> xtrim(byte[] key, XTrimArgs trim) {
    return run(StreamCommandBuilder.xtrim(key, trim), Converters::integer);
  }

  @Override
  default CompletableFuture<List<StreamMessages<String, String>>> xread(
      XReadArgs args, String[] keys, String[] ids) {
    return read(
        args,
        StreamCommandBuilder.xread(args, us(keys, "keys"), ids),
        StreamConverters.messages(Converters::string));
  }

  @Override
  default CompletableFuture<List<StreamMessages<byte[], byte[]>>> xread(
      XReadArgs args, byte[][] keys, String[] ids) {
    return read(
        args,
        StreamCommandBuilder.xread(args, Args.requireAll(keys, "keys"), ids),
        StreamConverters.messages(Converters::bytes));
  }

  @Override
  default CompletableFuture<List<StreamMessages<String, String>>> xread(
      XReadArgs args, String key, String id) {
    return read(
        args,
        StreamCommandBuilder.xread(
            args, StreamCommandBuilder.one(u(key, "key")), StreamCommandBuilder.one(id, "id")),
        StreamConverters.messages(Converters::string));
  }

  @Override
  default CompletableFuture<List<StreamMessages<byte[], byte[]>>> xread(
      XReadArgs args, byte[] key, String id) {
    return read(
        args,
        StreamCommandBuilder.xread(
            args, StreamCommandBuilder.one(key), StreamCommandBuilder.one(id, "id")),
        StreamConverters.messages(Converters::bytes));
  }

  @Override
  default CompletableFuture<List<StreamMessages<String, String>>> xreadgroup(
      String group, String consumer, XReadArgs args, String[] keys, String[] ids) {
    return read(
        args,
        StreamCommandBuilder.xreadgroup(group, consumer, args, us(keys, "keys"), ids),
        StreamConverters.messages(Converters::string));
  }

  @Override
  default CompletableFuture<List<StreamMessages<byte[], byte[]>>> xreadgroup(
      String group, String consumer, XReadArgs args, byte[][] keys, String[] ids) {
    return read(
        args,
        StreamCommandBuilder.xreadgroup(group, consumer, args, Args.requireAll(keys, "keys"), ids),
        StreamConverters.messages(Converters::bytes));
  }

  @Override
  default CompletableFuture<List<StreamMessages<String, String>>> xreadgroup(
      String group, String consumer, XReadArgs args, String key, String id) {
    return read(
        args,
        StreamCommandBuilder.xreadgroup(
            group,
            consumer,
            args,
            StreamCommandBuilder.one(u(key, "key")),
            StreamCommandBuilder.one(id, "id")),
        StreamConverters.messages(Converters::string));
  }

  @Override
  default CompletableFuture<List<StreamMessages<byte[], byte[]>>> xreadgroup(
      String group, String consumer, XReadArgs args, byte[] key, String id) {
    return read(
        args,
        StreamCommandBuilder.xreadgroup(
            group,
            consumer,
            args,
            StreamCommandBuilder.one(key),
            StreamCommandBuilder.one(id, "id")),
        StreamConverters.messages(Converters::bytes));
  }

  @Override
  default CompletableFuture<String> xgroupCreate(String key, String group, String id) {
    return run(
        StreamCommandBuilder.xgroupCreate(u(key, "key"), group, id, XGroupCreateArgs.create()),
        Converters::string);
  }

  @Override
  default CompletableFuture<String> xgroupCreate(byte[] key, String group, String id) {
    return run(
        StreamCommandBuilder.xgroupCreate(key, group, id, XGroupCreateArgs.create()),
        Converters::string);
  }

  @Override
  default CompletableFuture<String> xgroupCreate(
      String key, String group, String id, XGroupCreateArgs args) {
    return run(
        StreamCommandBuilder.xgroupCreate(u(key, "key"), group, id, args), Converters::string);
  }

  @Override
  default CompletableFuture<String> xgroupCreate(
      byte[] key, String group, String id, XGroupCreateArgs args) {
    return run(StreamCommandBuilder.xgroupCreate(key, group, id, args), Converters::string);
  }

  @Override
  default CompletableFuture<String> xgroupSetid(String key, String group, String id) {
    return run(
        StreamCommandBuilder.xgroup("XGROUP SETID", u(key, "key"), group, id), Converters::string);
  }

  @Override
  default CompletableFuture<String> xgroupSetid(byte[] key, String group, String id) {
    return run(StreamCommandBuilder.xgroup("XGROUP SETID", key, group, id), Converters::string);
  }

  @Override
  default CompletableFuture<Boolean> xgroupDestroy(String key, String group) {
    return run(
        StreamCommandBuilder.xgroup("XGROUP DESTROY", u(key, "key"), group), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> xgroupDestroy(byte[] key, String group) {
    return run(StreamCommandBuilder.xgroup("XGROUP DESTROY", key, group), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> xgroupCreateconsumer(
      String key, String group, String consumer) {
    return run(
        StreamCommandBuilder.xgroup("XGROUP CREATECONSUMER", u(key, "key"), group, consumer),
        Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> xgroupCreateconsumer(
      byte[] key, String group, String consumer) {
    return run(
        StreamCommandBuilder.xgroup("XGROUP CREATECONSUMER", key, group, consumer),
        Converters::bool);
  }

  @Override
  default CompletableFuture<Long> xgroupDelconsumer(String key, String group, String consumer) {
    return run(
        StreamCommandBuilder.xgroup("XGROUP DELCONSUMER", u(key, "key"), group, consumer),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> xgroupDelconsumer(byte[] key, String group, String consumer) {
    return run(
        StreamCommandBuilder.xgroup("XGROUP DELCONSUMER", key, group, consumer),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> xack(String key, String group, String... ids) {
    return run(StreamCommandBuilder.xack(u(key, "key"), group, ids), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> xack(byte[] key, String group, String... ids) {
    return run(StreamCommandBuilder.xack(key, group, ids), Converters::integer);
  }

  @Override
  default CompletableFuture<PendingSummary> xpending(String key, String group) {
    return run(
        StreamCommandBuilder.xpending(u(key, "key"), group, null),
        StreamConverters::pendingSummary);
  }

  @Override
  default CompletableFuture<PendingSummary> xpending(byte[] key, String group) {
    return run(StreamCommandBuilder.xpending(key, group, null), StreamConverters::pendingSummary);
  }

  @Override
  default CompletableFuture<List<PendingMessage>> xpending(
      String key, String group, XPendingArgs args) {
    return run(
        StreamCommandBuilder.xpending(u(key, "key"), group, StreamCommandBuilder.require(args)),
        StreamConverters.PENDING_MESSAGES);
  }

  @Override
  default CompletableFuture<List<PendingMessage>> xpending(
      byte[] key, String group, XPendingArgs args) {
    return run(
        StreamCommandBuilder.xpending(key, group, StreamCommandBuilder.require(args)),
        StreamConverters.PENDING_MESSAGES);
  }

  @Override
  default CompletableFuture<List<StreamEntry<String>>> xclaim(
      String key,
      String group,
      String consumer,
      long minIdleMillis,
      XClaimArgs args,
      String... ids) {
    return run(
        StreamCommandBuilder.xclaim(
            u(key, "key"), group, consumer, minIdleMillis, args, false, ids),
        StreamConverters.entries(Converters::string));
  }

  @Override
  default CompletableFuture<List<StreamEntry<byte[]>>> xclaim(
      byte[] key,
      String group,
      String consumer,
      long minIdleMillis,
      XClaimArgs args,
      String... ids) {
    return run(
        StreamCommandBuilder.xclaim(key, group, consumer, minIdleMillis, args, false, ids),
        StreamConverters.entries(Converters::bytes));
  }

  @Override
  default CompletableFuture<List<String>> xclaimJustId(
      String key,
      String group,
      String consumer,
      long minIdleMillis,
      XClaimArgs args,
      String... ids) {
    return run(
        StreamCommandBuilder.xclaim(u(key, "key"), group, consumer, minIdleMillis, args, true, ids),
        Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<String>> xclaimJustId(
      byte[] key,
      String group,
      String consumer,
      long minIdleMillis,
      XClaimArgs args,
      String... ids) {
    return run(
        StreamCommandBuilder.xclaim(key, group, consumer, minIdleMillis, args, true, ids),
        Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<AutoClaimResult<String>> xautoclaim(
      String key, String group, String consumer, long minIdleMillis, String start, long count) {
    return run(
        StreamCommandBuilder.xautoclaim(
            u(key, "key"), group, consumer, minIdleMillis, start, count),
        StreamConverters.autoClaim(Converters::string));
  }

  @Override
  default CompletableFuture<AutoClaimResult<byte[]>> xautoclaim(
      byte[] key, String group, String consumer, long minIdleMillis, String start, long count) {
    return run(
        StreamCommandBuilder.xautoclaim(key, group, consumer, minIdleMillis, start, count),
        StreamConverters.autoClaim(Converters::bytes));
  }

  @Override
  default CompletableFuture<StreamInfo<String>> xinfoStream(String key) {
    return run(
        StreamCommandBuilder.xinfo("XINFO STREAM", u(key, "key"), null),
        StreamConverters.streamInfo(Converters::string));
  }

  @Override
  default CompletableFuture<StreamInfo<byte[]>> xinfoStream(byte[] key) {
    return run(
        StreamCommandBuilder.xinfo("XINFO STREAM", key, null),
        StreamConverters.streamInfo(Converters::bytes));
  }

  @Override
  default CompletableFuture<List<StreamGroupInfo>> xinfoGroups(String key) {
    return run(
        StreamCommandBuilder.xinfo("XINFO GROUPS", u(key, "key"), null), StreamConverters.GROUPS);
  }

  @Override
  default CompletableFuture<List<StreamGroupInfo>> xinfoGroups(byte[] key) {
    return run(StreamCommandBuilder.xinfo("XINFO GROUPS", key, null), StreamConverters.GROUPS);
  }

  @Override
  default CompletableFuture<List<StreamConsumerInfo>> xinfoConsumers(String key, String group) {
    return run(
        StreamCommandBuilder.xinfo(
            "XINFO CONSUMERS", u(key, "key"), StreamCommandBuilder.one(group, "group")[0]),
        StreamConverters.CONSUMERS);
  }

  @Override
  default CompletableFuture<List<StreamConsumerInfo>> xinfoConsumers(byte[] key, String group) {
    return run(
        StreamCommandBuilder.xinfo(
            "XINFO CONSUMERS", key, StreamCommandBuilder.one(group, "group")[0]),
        StreamConverters.CONSUMERS);
  }

  /**
   * Sends an {@code XREAD}/{@code XREADGROUP}: with {@code BLOCK} on an exclusive connection
   * (failed where there is none: pipelines and transactions), never on the shared one; else as any
   * command.
   */
  private <T> CompletableFuture<T> read(
      XReadArgs args, Command command, Function<Reply, T> converter) {
    Duration blockFor = StreamCommandBuilder.blockFor(args);
    if (blockFor.isNegative()) {
      return run(command, converter);
    }
    return handOut(dispatcher().executeBlocking(command, converter, blockFor));
  }
}
