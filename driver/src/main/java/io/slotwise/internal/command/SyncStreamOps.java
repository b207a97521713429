package io.slotwise.internal.command;

import io.slotwise.commands.AutoClaimResult;
import io.slotwise.commands.PendingMessage;
import io.slotwise.commands.PendingSummary;
import io.slotwise.commands.RedisStreamCommands;
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
import java.util.List;
import java.util.Map;

/**
 * The stream commands of {@link SyncCommandsImpl}, as default methods that wait on {@link
 * SyncOps#async()} with {@link SyncOps#await}. Holds no state; thread-safe as its implementor.
 */
public interface SyncStreamOps extends SyncOps, RedisStreamCommands {
  @Override
  default String xadd(String key, Map<String, String> fields) {
    return await(async().xadd(key, fields), "XADD");
  }

  @Override
  default String xadd(byte[] key, Map<byte[], byte[]> fields) {
    return await(async().xadd(key, fields), "XADD");
  }

  @Override
  default String xadd(String key, XAddArgs args, Map<String, String> fields) {
    return await(async().xadd(key, args, fields), "XADD");
  }

  @Override
  default String xadd(byte[] key, XAddArgs args, Map<byte[], byte[]> fields) {
    return await(async().xadd(key, args, fields), "XADD");
  }

  @Override
  default long xlen(String key) {
    return await(async().xlen(key), "XLEN");
  }

  @Override
  default long xlen(byte[] key) {
    return await(async().xlen(key), "XLEN");
  }

  @Override
  default List<StreamEntry<String>> xrange(String key, String start, String end) {
    return await(async().xrange(key, start, end), "XRANGE");
  }

  @Override
  default List<StreamEntry<byte[]>> xrange(byte[] key, String start, String end) {
    return await(async().xrange(key, start, end), "XRANGE");
  }

  @Override
  default List<StreamEntry<String>> xrange(String key, String start, String end, long count) {
    return await(async().xrange(key, start, end, count), "XRANGE");
  }

  @Override
  default List<StreamEntry<byte[]>> xrange(byte[] key, String start, String end, long count) {
    return await(async().xrange(key, start, end, count), "XRANGE");
  }

  @Override
  default List<StreamEntry<String>> xrevrange(String key, String end, String start) {
    return await(async().xrevrange(key, end, start), "XREVRANGE");
  }

  @Override
  default List<StreamEntry<byte[]>> xrevrange(byte[] key, String end, String start) {
    return await(async().xrevrange(key, end, start), "XREVRANGE");
  }

  @Override
  default List<StreamEntry<String>> xrevrange(String key, String end, String start, long count) {
    return await(async().xrevrange(key, end, start, count), "XREVRANGE");
  }

  @Override
  default List<StreamEntry<byte[]>> xrevrange(byte[] key, String end, String start, long count) {
    return await(async().xrevrange(key, end, start, count), "XREVRANGE");
  }

  @Override
  default long xdel(String key, String... ids) {
    return await(async().xdel(key, ids), "XDEL");
  }

  @Override
  default long xdel(byte[] key, String... ids) {
    return await(async().xdel(key, ids), "XDEL");
  }

  @Override
  default long xtrim(String key, XTrimArgs trim) {
    return await(async().xtrim(key, trim), "XTRIM");
  }

  @Override
  default long xtrim(byte[] key, XTrimArgs trim) {
    return await(async().xtrim(key, trim), "XTRIM");
  }

  @Override
  default List<StreamMessages<String, String>> xread(XReadArgs args, String[] keys, String[] ids) {
    return awaitBlocking(
        async().xread(args, keys, ids), "XREAD", StreamCommandBuilder.blockFor(args));
  }

  @Override
  default List<StreamMessages<byte[], byte[]>> xread(XReadArgs args, byte[][] keys, String[] ids) {
    return awaitBlocking(
        async().xread(args, keys, ids), "XREAD", StreamCommandBuilder.blockFor(args));
  }

  @Override
  default List<StreamMessages<String, String>> xread(XReadArgs args, String key, String id) {
    return awaitBlocking(
        async().xread(args, key, id), "XREAD", StreamCommandBuilder.blockFor(args));
  }

  @Override
  default List<StreamMessages<byte[], byte[]>> xread(XReadArgs args, byte[] key, String id) {
    return awaitBlocking(
        async().xread(args, key, id), "XREAD", StreamCommandBuilder.blockFor(args));
  }

  @Override
  default List<StreamMessages<String, String>> xreadgroup(
      String group, String consumer, XReadArgs args, String[] keys, String[] ids) {
    return awaitBlocking(
        async().xreadgroup(group, consumer, args, keys, ids),
        "XREADGROUP",
        StreamCommandBuilder.blockFor(args));
  }

  @Override
  default List<StreamMessages<byte[], byte[]>> xreadgroup(
      String group, String consumer, XReadArgs args, byte[][] keys, String[] ids) {
    return awaitBlocking(
        async().xreadgroup(group, consumer, args, keys, ids),
        "XREADGROUP",
        StreamCommandBuilder.blockFor(args));
  }

  @Override
  default List<StreamMessages<String, String>> xreadgroup(
      String group, String consumer, XReadArgs args, String key, String id) {
    return awaitBlocking(
        async().xreadgroup(group, consumer, args, key, id),
        "XREADGROUP",
        StreamCommandBuilder.blockFor(args));
  }

  @Override
  default List<StreamMessages<byte[], byte[]>> xreadgroup(
      String group, String consumer, XReadArgs args, byte[] key, String id) {
    return awaitBlocking(
        async().xreadgroup(group, consumer, args, key, id),
        "XREADGROUP",
        StreamCommandBuilder.blockFor(args));
  }

  @Override
  default String xgroupCreate(String key, String group, String id) {
    return await(async().xgroupCreate(key, group, id), "XGROUP CREATE");
  }

  @Override
  default String xgroupCreate(byte[] key, String group, String id) {
    return await(async().xgroupCreate(key, group, id), "XGROUP CREATE");
  }

  @Override
  default String xgroupCreate(String key, String group, String id, XGroupCreateArgs args) {
    return await(async().xgroupCreate(key, group, id, args), "XGROUP CREATE");
  }

  @Override
  default String xgroupCreate(byte[] key, String group, String id, XGroupCreateArgs args) {
    return await(async().xgroupCreate(key, group, id, args), "XGROUP CREATE");
  }

  @Override
  default String xgroupSetid(String key, String group, String id) {
    return await(async().xgroupSetid(key, group, id), "XGROUP SETID");
  }

  @Override
  default String xgroupSetid(byte[] key, String group, String id) {
    return await(async().xgroupSetid(key, group, id), "XGROUP SETID");
  }

  @Override
  default boolean xgroupDestroy(String key, String group) {
    return await(async().xgroupDestroy(key, group), "XGROUP DESTROY");
  }

  @Override
  default boolean xgroupDestroy(byte[] key, String group) {
    return await(async().xgroupDestroy(key, group), "XGROUP DESTROY");
  }

  @Override
  default boolean xgroupCreateconsumer(String key, String group, String consumer) {
    return await(async().xgroupCreateconsumer(key, group, consumer), "XGROUP CREATECONSUMER");
  }

  @Override
  default boolean xgroupCreateconsumer(byte[] key, String group, String consumer) {
    return await(async().xgroupCreateconsumer(key, group, consumer), "XGROUP CREATECONSUMER");
  }

  @Override
  default long xgroupDelconsumer(String key, String group, String consumer) {
    return await(async().xgroupDelconsumer(key, group, consumer), "XGROUP DELCONSUMER");
  }

  @Override
  default long xgroupDelconsumer(byte[] key, String group, String consumer) {
    return await(async().xgroupDelconsumer(key, group, consumer), "XGROUP DELCONSUMER");
  }

  @Override
  default long xack(String key, String group, String... ids) {
    return await(async().xack(key, group, ids), "XACK");
  }

  @Override
  default long xack(byte[] key, String group, String... ids) {
    return await(async().xack(key, group, ids), "XACK");
  }

  @Override
  default PendingSummary xpending(String key, String group) {
    return await(async().xpending(key, group), "XPENDING");
  }

  @Override
  default PendingSummary xpending(byte[] key, String group) {
    return await(async().xpending(key, group), "XPENDING");
  }

  @Override
  default List<PendingMessage> xpending(String key, String group, XPendingArgs args) {
    return await(async().xpending(key, group, args), "XPENDING");
  }

  @Override
  default List<PendingMessage> xpending(byte[] key, String group, XPendingArgs args) {
    return await(async().xpending(key, group, args), "XPENDING");
  }

  @Override
  default List<StreamEntry<String>> xclaim(
      String key,
      String group,
      String consumer,
      long minIdleMillis,
      XClaimArgs args,
      String... ids) {
    return await(async().xclaim(key, group, consumer, minIdleMillis, args, ids), "XCLAIM");
  }

  @Override
  default List<StreamEntry<byte[]>> xclaim(
      byte[] key,
      String group,
      String consumer,
      long minIdleMillis,
      XClaimArgs args,
      String... ids) {
    return await(async().xclaim(key, group, consumer, minIdleMillis, args, ids), "XCLAIM");
  }

  @Override
  default List<String> xclaimJustId(
      String key,
      String group,
      String consumer,
      long minIdleMillis,
      XClaimArgs args,
      String... ids) {
    return await(async().xclaimJustId(key, group, consumer, minIdleMillis, args, ids), "XCLAIM");
  }

  @Override
  default List<String> xclaimJustId(
      byte[] key,
      String group,
      String consumer,
      long minIdleMillis,
      XClaimArgs args,
      String... ids) {
    return await(async().xclaimJustId(key, group, consumer, minIdleMillis, args, ids), "XCLAIM");
  }

  @Override
  default AutoClaimResult<String> xautoclaim(
      String key, String group, String consumer, long minIdleMillis, String start, long count) {
    return await(
        async().xautoclaim(key, group, consumer, minIdleMillis, start, count), "XAUTOCLAIM");
  }

  @Override
  default AutoClaimResult<byte[]> xautoclaim(
      byte[] key, String group, String consumer, long minIdleMillis, String start, long count) {
    return await(
        async().xautoclaim(key, group, consumer, minIdleMillis, start, count), "XAUTOCLAIM");
  }

  @Override
  default StreamInfo<String> xinfoStream(String key) {
    return await(async().xinfoStream(key), "XINFO STREAM");
  }

  @Override
  default StreamInfo<byte[]> xinfoStream(byte[] key) {
    return await(async().xinfoStream(key), "XINFO STREAM");
  }

  @Override
  default List<StreamGroupInfo> xinfoGroups(String key) {
    return await(async().xinfoGroups(key), "XINFO GROUPS");
  }

  @Override
  default List<StreamGroupInfo> xinfoGroups(byte[] key) {
    return await(async().xinfoGroups(key), "XINFO GROUPS");
  }

  @Override
  default List<StreamConsumerInfo> xinfoConsumers(String key, String group) {
    return await(async().xinfoConsumers(key, group), "XINFO CONSUMERS");
  }

  @Override
  default List<StreamConsumerInfo> xinfoConsumers(byte[] key, String group) {
    return await(async().xinfoConsumers(key, group), "XINFO CONSUMERS");
  }
}
