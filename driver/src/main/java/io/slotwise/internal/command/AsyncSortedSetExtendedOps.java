package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.u;
import static io.slotwise.internal.command.AsyncOps.us;

import io.slotwise.commands.AsyncRedisSortedSetCommands;
import io.slotwise.commands.KeyValue;
import io.slotwise.commands.ScanArgs;
import io.slotwise.commands.ScanResult;
import io.slotwise.commands.ScoreEnd;
import io.slotwise.commands.ScoredValue;
import io.slotwise.commands.ZRangeArgs;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The sorted set commands issue 14 added to {@link AsyncRedisSortedSetCommands}, as default methods
 * of {@link AsyncCommandsImpl} beside {@link AsyncSortedSetOps}; each hands its future out through
 * {@link AsyncOps#handOut} exactly once. Holds no state; thread-safe as its implementor.
 */
public interface AsyncSortedSetExtendedOps extends AsyncOps, AsyncRedisSortedSetCommands {

  @Override
  default CompletableFuture<List<String>> zrange(String key, ZRangeArgs range) {
    return run(SortedSetCommandBuilder.zrange(u(key, "key"), range, false), Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<byte[]>> zrange(byte[] key, ZRangeArgs range) {
    return run(SortedSetCommandBuilder.zrange(key, range, false), Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<List<ScoredValue<String>>> zrangeWithScores(
      String key, ZRangeArgs range) {
    return run(
        SortedSetCommandBuilder.zrange(u(key, "key"), range, true),
        Converters.scored(Converters::string));
  }

  @Override
  default CompletableFuture<List<ScoredValue<byte[]>>> zrangeWithScores(
      byte[] key, ZRangeArgs range) {
    return run(
        SortedSetCommandBuilder.zrange(key, range, true), Converters.scored(Converters::bytes));
  }

  @Override
  default CompletableFuture<Long> zrangestore(String destination, String source, ZRangeArgs range) {
    return run(
        SortedSetCommandBuilder.zrangestore(
            u(destination, "destination"), u(source, "source"), range),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zrangestore(byte[] destination, byte[] source, ZRangeArgs range) {
    return run(
        SortedSetCommandBuilder.zrangestore(destination, source, range), Converters::integer);
  }

  @Override
  default CompletableFuture<ScoredValue<String>> zpopmin(String key) {
    return run(
        SortedSetCommandBuilder.zpop(ScoreEnd.MIN, u(key, "key")),
        ResultConverters.firstScored(Converters::string));
  }

  @Override
  default CompletableFuture<ScoredValue<byte[]>> zpopmin(byte[] key) {
    return run(
        SortedSetCommandBuilder.zpop(ScoreEnd.MIN, key),
        ResultConverters.firstScored(Converters::bytes));
  }

  @Override
  default CompletableFuture<List<ScoredValue<String>>> zpopmin(String key, int count) {
    return run(
        SortedSetCommandBuilder.zpop(ScoreEnd.MIN, u(key, "key"), count),
        Converters.scored(Converters::string));
  }

  @Override
  default CompletableFuture<List<ScoredValue<byte[]>>> zpopmin(byte[] key, int count) {
    return run(
        SortedSetCommandBuilder.zpop(ScoreEnd.MIN, key, count),
        Converters.scored(Converters::bytes));
  }

  @Override
  default CompletableFuture<ScoredValue<String>> zpopmax(String key) {
    return run(
        SortedSetCommandBuilder.zpop(ScoreEnd.MAX, u(key, "key")),
        ResultConverters.firstScored(Converters::string));
  }

  @Override
  default CompletableFuture<ScoredValue<byte[]>> zpopmax(byte[] key) {
    return run(
        SortedSetCommandBuilder.zpop(ScoreEnd.MAX, key),
        ResultConverters.firstScored(Converters::bytes));
  }

  @Override
  default CompletableFuture<List<ScoredValue<String>>> zpopmax(String key, int count) {
    return run(
        SortedSetCommandBuilder.zpop(ScoreEnd.MAX, u(key, "key"), count),
        Converters.scored(Converters::string));
  }

  @Override
  default CompletableFuture<List<ScoredValue<byte[]>>> zpopmax(byte[] key, int count) {
    return run(
        SortedSetCommandBuilder.zpop(ScoreEnd.MAX, key, count),
        Converters.scored(Converters::bytes));
  }

  @Override
  default CompletableFuture<KeyValue<String, List<ScoredValue<String>>>> zmpop(
      ScoreEnd end, int count, String... keys) {
    return run(
        SortedSetCommandBuilder.zmpop(end, count, us(keys, "keys")),
        ResultConverters.keyAnd(Converters::string, Converters.scored(Converters::string)));
  }

  @Override
  default CompletableFuture<KeyValue<byte[], List<ScoredValue<byte[]>>>> zmpop(
      ScoreEnd end, int count, byte[]... keys) {
    return run(
        SortedSetCommandBuilder.zmpop(end, count, keys),
        ResultConverters.keyAnd(Converters::bytes, Converters.scored(Converters::bytes)));
  }

  @Override
  default CompletableFuture<String> zrandmember(String key) {
    return run(SortedSetCommandBuilder.zrandmember(u(key, "key")), Converters::string);
  }

  @Override
  default CompletableFuture<byte[]> zrandmember(byte[] key) {
    return run(SortedSetCommandBuilder.zrandmember(key), Converters::bytes);
  }

  @Override
  default CompletableFuture<List<String>> zrandmember(String key, long count) {
    return run(
        SortedSetCommandBuilder.zrandmember(u(key, "key"), count, false), Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<byte[]>> zrandmember(byte[] key, long count) {
    return run(SortedSetCommandBuilder.zrandmember(key, count, false), Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<List<ScoredValue<String>>> zrandmemberWithScores(
      String key, long count) {
    return run(
        SortedSetCommandBuilder.zrandmember(u(key, "key"), count, true),
        Converters.scored(Converters::string));
  }

  @Override
  default CompletableFuture<List<ScoredValue<byte[]>>> zrandmemberWithScores(
      byte[] key, long count) {
    return run(
        SortedSetCommandBuilder.zrandmember(key, count, true),
        Converters.scored(Converters::bytes));
  }

  @Override
  default CompletableFuture<List<Double>> zmscore(String key, String... members) {
    return run(
        SortedSetCommandBuilder.zmscore(u(key, "key"), us(members, "members")),
        Converters.list(Converters::nullableDecimal));
  }

  @Override
  default CompletableFuture<List<Double>> zmscore(byte[] key, byte[]... members) {
    return run(
        SortedSetCommandBuilder.zmscore(key, members),
        Converters.list(Converters::nullableDecimal));
  }

  @Override
  default CompletableFuture<ScanResult<ScoredValue<String>>> zscan(String key, String cursor) {
    return run(
        HashListSetCommandBuilder.scan("ZSCAN", u(key, "key"), cursor, ScanArgs.create()),
        ResultConverters.scanPairs(ResultConverters.flatScored(Converters::string)));
  }

  @Override
  default CompletableFuture<ScanResult<ScoredValue<byte[]>>> zscan(byte[] key, String cursor) {
    return run(
        HashListSetCommandBuilder.scan("ZSCAN", key, cursor, ScanArgs.create()),
        ResultConverters.scanPairs(ResultConverters.flatScored(Converters::bytes)));
  }

  @Override
  default CompletableFuture<ScanResult<ScoredValue<String>>> zscan(
      String key, String cursor, ScanArgs scanArgs) {
    return run(
        HashListSetCommandBuilder.scan("ZSCAN", u(key, "key"), cursor, scanArgs),
        ResultConverters.scanPairs(ResultConverters.flatScored(Converters::string)));
  }

  @Override
  default CompletableFuture<ScanResult<ScoredValue<byte[]>>> zscan(
      byte[] key, String cursor, ScanArgs scanArgs) {
    return run(
        HashListSetCommandBuilder.scan("ZSCAN", key, cursor, scanArgs),
        ResultConverters.scanPairs(ResultConverters.flatScored(Converters::bytes)));
  }

  @Override
  default CompletableFuture<Long> zlexcount(String key, String min, String max) {
    return run(
        SortedSetCommandBuilder.lexRange("ZLEXCOUNT", u(key, "key"), u(min, "min"), u(max, "max")),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zlexcount(byte[] key, byte[] min, byte[] max) {
    return run(SortedSetCommandBuilder.lexRange("ZLEXCOUNT", key, min, max), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zremrangebyrank(String key, long start, long stop) {
    return run(
        SortedSetCommandBuilder.zremrangebyrank(u(key, "key"), start, stop), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zremrangebyrank(byte[] key, long start, long stop) {
    return run(SortedSetCommandBuilder.zremrangebyrank(key, start, stop), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zremrangebyscore(String key, double min, double max) {
    return run(
        SortedSetCommandBuilder.zremrangebyscore(u(key, "key"), min, max), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zremrangebyscore(byte[] key, double min, double max) {
    return run(SortedSetCommandBuilder.zremrangebyscore(key, min, max), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zremrangebylex(String key, String min, String max) {
    return run(
        SortedSetCommandBuilder.lexRange(
            "ZREMRANGEBYLEX", u(key, "key"), u(min, "min"), u(max, "max")),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zremrangebylex(byte[] key, byte[] min, byte[] max) {
    return run(
        SortedSetCommandBuilder.lexRange("ZREMRANGEBYLEX", key, min, max), Converters::integer);
  }
}
