package io.slotwise.commands;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Stream commands ({@code XADD}, {@code XRANGE}, {@code XREAD}, consumer groups, ...). Each call
 * returns a {@link CompletableFuture} at once. Part of {@link AsyncRedisCommands}, whose notes on
 * futures, threads and argument checks apply. Thread-safe; obtained from {@link
 * io.slotwise.SlotwiseClient#async()} and closed with the client, never on its own.
 *
 * <p>Entry ids, group and consumer names are text in both overloads ({@code byte[]} keys and field
 * values are binary). Entries come as {@link StreamEntry} (fields in insertion order). A command
 * naming several streams ({@code XREAD}, {@code XREADGROUP}) needs them in one slot in cluster mode
 * ({@code {hash tags}}), else {@link io.slotwise.cluster.CrossSlotException} before sending.
 */
public interface AsyncRedisStreamCommands {

  /**
   * {@code XADD key * field value ...}: the new entry's id. The fields are added in the map's
   * iteration order.
   */
  CompletableFuture<String> xadd(String key, Map<String, String> fields);

  /** Same as {@link #xadd(String, Map)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<String> xadd(byte[] key, Map<byte[], byte[]> fields);

  /**
   * {@code XADD} with options: the entry's id, or {@code null} when {@code NOMKSTREAM} found no
   * stream.
   */
  CompletableFuture<String> xadd(String key, XAddArgs args, Map<String, String> fields);

  /**
   * Same as {@link #xadd(String, XAddArgs, Map)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<String> xadd(byte[] key, XAddArgs args, Map<byte[], byte[]> fields);

  /** {@code XLEN}: the number of entries; 0 when the key is absent. */
  CompletableFuture<Long> xlen(String key);

  /** Same as {@link #xlen(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> xlen(byte[] key);

  /**
   * {@code XRANGE}: entries with ids from {@code start} to {@code end} ({@code -} and {@code +} for
   * the ends; {@code (} before an id excludes it), oldest first.
   */
  CompletableFuture<List<StreamEntry<String>>> xrange(String key, String start, String end);

  /**
   * Same as {@link #xrange(String, String, String)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<List<StreamEntry<byte[]>>> xrange(byte[] key, String start, String end);

  /** {@code XRANGE ... COUNT count}: at most {@code count} ({@code >= 1}) entries. */
  CompletableFuture<List<StreamEntry<String>>> xrange(
      String key, String start, String end, long count);

  /**
   * Same as {@link #xrange(String, String, String, long)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<List<StreamEntry<byte[]>>> xrange(
      byte[] key, String start, String end, long count);

  /** {@code XREVRANGE}: entries from {@code end} down to {@code start}, newest first. */
  CompletableFuture<List<StreamEntry<String>>> xrevrange(String key, String end, String start);

  /**
   * Same as {@link #xrevrange(String, String, String)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<List<StreamEntry<byte[]>>> xrevrange(byte[] key, String end, String start);

  /** {@code XREVRANGE ... COUNT count}: at most {@code count} ({@code >= 1}) entries. */
  CompletableFuture<List<StreamEntry<String>>> xrevrange(
      String key, String end, String start, long count);

  /**
   * Same as {@link #xrevrange(String, String, String, long)}, with {@code byte[]} in place of
   * {@code String}.
   */
  CompletableFuture<List<StreamEntry<byte[]>>> xrevrange(
      byte[] key, String end, String start, long count);

  /** {@code XDEL}: how many of the entries existed and were deleted. */
  CompletableFuture<Long> xdel(String key, String... ids);

  /** Same as {@link #xdel(String, String...)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> xdel(byte[] key, String... ids);

  /** {@code XTRIM}: how many entries were evicted. */
  CompletableFuture<Long> xtrim(String key, XTrimArgs trim);

  /** Same as {@link #xtrim(String, XTrimArgs)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> xtrim(byte[] key, XTrimArgs trim);

  /**
   * {@code XREAD [COUNT n] [BLOCK ms] STREAMS key... id...}: the entries after each {@code ids[i]}
   * ({@code $}: only new ones) of {@code keys[i]}, per stream with entries; empty when none came
   * (also after a {@code BLOCK} timed out). In cluster mode every key must share one slot, else
   * {@link io.slotwise.cluster.CrossSlotException} before sending. With {@code BLOCK} it runs on an
   * exclusive connection.
   */
  CompletableFuture<List<StreamMessages<String, String>>> xread(
      XReadArgs args, String[] keys, String[] ids);

  /**
   * Same as {@link #xread(XReadArgs, String[], String[])}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<List<StreamMessages<byte[], byte[]>>> xread(
      XReadArgs args, byte[][] keys, String[] ids);

  /** {@code XREAD} of one stream, after {@code id}. */
  CompletableFuture<List<StreamMessages<String, String>>> xread(
      XReadArgs args, String key, String id);

  /**
   * Same as {@link #xread(XReadArgs, String, String)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<List<StreamMessages<byte[], byte[]>>> xread(
      XReadArgs args, byte[] key, String id);

  /**
   * {@code XREADGROUP GROUP group consumer [COUNT n] [BLOCK ms] [NOACK] STREAMS key... id...}:
   * {@code >} reads entries never delivered to the group, another id re-reads the consumer's
   * pending ones. Keys as for {@code xread}.
   */
  CompletableFuture<List<StreamMessages<String, String>>> xreadgroup(
      String group, String consumer, XReadArgs args, String[] keys, String[] ids);

  /**
   * Same as {@link #xreadgroup(String, String, XReadArgs, String[], String[])}, with {@code byte[]}
   * in place of {@code String}.
   */
  CompletableFuture<List<StreamMessages<byte[], byte[]>>> xreadgroup(
      String group, String consumer, XReadArgs args, byte[][] keys, String[] ids);

  /** {@code XREADGROUP} of one stream. */
  CompletableFuture<List<StreamMessages<String, String>>> xreadgroup(
      String group, String consumer, XReadArgs args, String key, String id);

  /**
   * Same as {@link #xreadgroup(String, String, XReadArgs, String, String)}, with {@code byte[]} in
   * place of {@code String}.
   */
  CompletableFuture<List<StreamMessages<byte[], byte[]>>> xreadgroup(
      String group, String consumer, XReadArgs args, byte[] key, String id);

  /**
   * {@code XGROUP CREATE key group id}: {@code OK}; {@code id} is where the group starts ({@code
   * $}: new entries only, {@code 0}: all).
   */
  CompletableFuture<String> xgroupCreate(String key, String group, String id);

  /**
   * Same as {@link #xgroupCreate(String, String, String)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<String> xgroupCreate(byte[] key, String group, String id);

  /** {@code XGROUP CREATE} with {@code MKSTREAM} / {@code ENTRIESREAD}: {@code OK}. */
  CompletableFuture<String> xgroupCreate(
      String key, String group, String id, XGroupCreateArgs args);

  /**
   * Same as {@link #xgroupCreate(String, String, String, XGroupCreateArgs)}, with {@code byte[]} in
   * place of {@code String}.
   */
  CompletableFuture<String> xgroupCreate(
      byte[] key, String group, String id, XGroupCreateArgs args);

  /** {@code XGROUP SETID}: {@code OK}; the group's last delivered id becomes {@code id}. */
  CompletableFuture<String> xgroupSetid(String key, String group, String id);

  /**
   * Same as {@link #xgroupSetid(String, String, String)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<String> xgroupSetid(byte[] key, String group, String id);

  /** {@code XGROUP DESTROY}: {@code true} when the group existed. */
  CompletableFuture<Boolean> xgroupDestroy(String key, String group);

  /**
   * Same as {@link #xgroupDestroy(String, String)}, with {@code byte[]} in place of {@code String}.
   */
  CompletableFuture<Boolean> xgroupDestroy(byte[] key, String group);

  /** {@code XGROUP CREATECONSUMER}: {@code true} when the consumer is new. */
  CompletableFuture<Boolean> xgroupCreateconsumer(String key, String group, String consumer);

  /**
   * Same as {@link #xgroupCreateconsumer(String, String, String)}, with {@code byte[]} in place of
   * {@code String}.
   */
  CompletableFuture<Boolean> xgroupCreateconsumer(byte[] key, String group, String consumer);

  /**
   * {@code XGROUP DELCONSUMER}: how many entries the consumer had pending (they are no longer
   * pending).
   */
  CompletableFuture<Long> xgroupDelconsumer(String key, String group, String consumer);

  /**
   * Same as {@link #xgroupDelconsumer(String, String, String)}, with {@code byte[]} in place of
   * {@code String}.
   */
  CompletableFuture<Long> xgroupDelconsumer(byte[] key, String group, String consumer);

  /** {@code XACK}: how many of the ids were pending and are now acknowledged. */
  CompletableFuture<Long> xack(String key, String group, String... ids);

  /**
   * Same as {@link #xack(String, String, String...)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<Long> xack(byte[] key, String group, String... ids);

  /** {@code XPENDING key group}: the summary of the group's pending entries. */
  CompletableFuture<PendingSummary> xpending(String key, String group);

  /** Same as {@link #xpending(String, String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<PendingSummary> xpending(byte[] key, String group);

  /**
   * {@code XPENDING key group [IDLE ms] start end count [consumer]}: the pending entries, oldest
   * first.
   */
  CompletableFuture<List<PendingMessage>> xpending(String key, String group, XPendingArgs args);

  /**
   * Same as {@link #xpending(String, String, XPendingArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<List<PendingMessage>> xpending(byte[] key, String group, XPendingArgs args);

  /**
   * {@code XCLAIM}: the entries among {@code ids} idle for at least {@code minIdleMillis}, now
   * delivered to {@code consumer}.
   */
  CompletableFuture<List<StreamEntry<String>>> xclaim(
      String key,
      String group,
      String consumer,
      long minIdleMillis,
      XClaimArgs args,
      String... ids);

  /**
   * Same as {@link #xclaim(String, String, String, long, XClaimArgs, String...)}, with {@code
   * byte[]} in place of {@code String}.
   */
  CompletableFuture<List<StreamEntry<byte[]>>> xclaim(
      byte[] key,
      String group,
      String consumer,
      long minIdleMillis,
      XClaimArgs args,
      String... ids);

  /** {@code XCLAIM ... JUSTID}: the ids claimed; the delivery count is not incremented. */
  CompletableFuture<List<String>> xclaimJustId(
      String key,
      String group,
      String consumer,
      long minIdleMillis,
      XClaimArgs args,
      String... ids);

  /**
   * Same as {@link #xclaimJustId(String, String, String, long, XClaimArgs, String...)}, with {@code
   * byte[]} in place of {@code String}.
   */
  CompletableFuture<List<String>> xclaimJustId(
      byte[] key,
      String group,
      String consumer,
      long minIdleMillis,
      XClaimArgs args,
      String... ids);

  /**
   * {@code XAUTOCLAIM key group consumer min-idle start COUNT count}: claims up to {@code count}
   * pending entries idle for at least {@code minIdleMillis}, scanning from {@code start} ({@code
   * 0-0} first).
   */
  CompletableFuture<AutoClaimResult<String>> xautoclaim(
      String key, String group, String consumer, long minIdleMillis, String start, long count);

  /**
   * Same as {@link #xautoclaim(String, String, String, long, String, long)}, with {@code byte[]} in
   * place of {@code String}.
   */
  CompletableFuture<AutoClaimResult<byte[]>> xautoclaim(
      byte[] key, String group, String consumer, long minIdleMillis, String start, long count);

  /** {@code XINFO STREAM}: the stream's length, ids and first and last entries. */
  CompletableFuture<StreamInfo<String>> xinfoStream(String key);

  /** Same as {@link #xinfoStream(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<StreamInfo<byte[]>> xinfoStream(byte[] key);

  /** {@code XINFO GROUPS}: the stream's consumer groups. */
  CompletableFuture<List<StreamGroupInfo>> xinfoGroups(String key);

  /** Same as {@link #xinfoGroups(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<List<StreamGroupInfo>> xinfoGroups(byte[] key);

  /** {@code XINFO CONSUMERS}: the group's consumers. */
  CompletableFuture<List<StreamConsumerInfo>> xinfoConsumers(String key, String group);

  /**
   * Same as {@link #xinfoConsumers(String, String)}, with {@code byte[]} in place of {@code
   * String}.
   */
  CompletableFuture<List<StreamConsumerInfo>> xinfoConsumers(byte[] key, String group);
}
