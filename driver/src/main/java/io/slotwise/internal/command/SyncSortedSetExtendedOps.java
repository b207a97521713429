package io.slotwise.internal.command;

import io.slotwise.commands.KeyValue;
import io.slotwise.commands.RedisSortedSetCommands;
import io.slotwise.commands.ScanArgs;
import io.slotwise.commands.ScanResult;
import io.slotwise.commands.ScoreEnd;
import io.slotwise.commands.ScoredValue;
import io.slotwise.commands.ZRangeArgs;
import java.util.List;

/**
 * The sorted set commands issue 14 added to {@link RedisSortedSetCommands}, as default methods of
 * {@link SyncCommandsImpl} beside {@link SyncSortedSetOps}: each waits on its async twin. Holds no
 * state; thread-safe as its implementor.
 */
public interface SyncSortedSetExtendedOps extends SyncOps, RedisSortedSetCommands {

  @Override
  default List<String> zrange(String key, ZRangeArgs range) {
    return await(async().zrange(key, range), "ZRANGE");
  }

  @Override
  default List<byte[]> zrange(byte[] key, ZRangeArgs range) {
    return await(async().zrange(key, range), "ZRANGE");
  }

  @Override
  default List<ScoredValue<String>> zrangeWithScores(String key, ZRangeArgs range) {
    return await(async().zrangeWithScores(key, range), "ZRANGE");
  }

  @Override
  default List<ScoredValue<byte[]>> zrangeWithScores(byte[] key, ZRangeArgs range) {
    return await(async().zrangeWithScores(key, range), "ZRANGE");
  }

  @Override
  default long zrangestore(String destination, String source, ZRangeArgs range) {
    return await(async().zrangestore(destination, source, range), "ZRANGESTORE");
  }

  @Override
  default long zrangestore(byte[] destination, byte[] source, ZRangeArgs range) {
    return await(async().zrangestore(destination, source, range), "ZRANGESTORE");
  }

  @Override
  default ScoredValue<String> zpopmin(String key) {
    return await(async().zpopmin(key), "ZPOPMIN");
  }

  @Override
  default ScoredValue<byte[]> zpopmin(byte[] key) {
    return await(async().zpopmin(key), "ZPOPMIN");
  }

  @Override
  default List<ScoredValue<String>> zpopmin(String key, int count) {
    return await(async().zpopmin(key, count), "ZPOPMIN");
  }

  @Override
  default List<ScoredValue<byte[]>> zpopmin(byte[] key, int count) {
    return await(async().zpopmin(key, count), "ZPOPMIN");
  }

  @Override
  default ScoredValue<String> zpopmax(String key) {
    return await(async().zpopmax(key), "ZPOPMAX");
  }

  @Override
  default ScoredValue<byte[]> zpopmax(byte[] key) {
    return await(async().zpopmax(key), "ZPOPMAX");
  }

  @Override
  default List<ScoredValue<String>> zpopmax(String key, int count) {
    return await(async().zpopmax(key, count), "ZPOPMAX");
  }

  @Override
  default List<ScoredValue<byte[]>> zpopmax(byte[] key, int count) {
    return await(async().zpopmax(key, count), "ZPOPMAX");
  }

  @Override
  default KeyValue<String, List<ScoredValue<String>>> zmpop(
      ScoreEnd end, int count, String... keys) {
    return await(async().zmpop(end, count, keys), "ZMPOP");
  }

  @Override
  default KeyValue<byte[], List<ScoredValue<byte[]>>> zmpop(
      ScoreEnd end, int count, byte[]... keys) {
    return await(async().zmpop(end, count, keys), "ZMPOP");
  }

  @Override
  default String zrandmember(String key) {
    return await(async().zrandmember(key), "ZRANDMEMBER");
  }

  @Override
  default byte[] zrandmember(byte[] key) {
    return await(async().zrandmember(key), "ZRANDMEMBER");
  }

  @Override
  default List<String> zrandmember(String key, long count) {
    return await(async().zrandmember(key, count), "ZRANDMEMBER");
  }

  @Override
  default List<byte[]> zrandmember(byte[] key, long count) {
    return await(async().zrandmember(key, count), "ZRANDMEMBER");
  }

  @Override
  default List<ScoredValue<String>> zrandmemberWithScores(String key, long count) {
    return await(async().zrandmemberWithScores(key, count), "ZRANDMEMBER");
  }

  @Override
  default List<ScoredValue<byte[]>> zrandmemberWithScores(byte[] key, long count) {
    return await(async().zrandmemberWithScores(key, count), "ZRANDMEMBER");
  }

  @Override
  default List<Double> zmscore(String key, String... members) {
    return await(async().zmscore(key, members), "ZMSCORE");
  }

  @Override
  default List<Double> zmscore(byte[] key, byte[]... members) {
    return await(async().zmscore(key, members), "ZMSCORE");
  }

  @Override
  default ScanResult<ScoredValue<String>> zscan(String key, String cursor) {
    return await(async().zscan(key, cursor), "ZSCAN");
  }

  @Override
  default ScanResult<ScoredValue<byte[]>> zscan(byte[] key, String cursor) {
    return await(async().zscan(key, cursor), "ZSCAN");
  }

  @Override
  default ScanResult<ScoredValue<String>> zscan(String key, String cursor, ScanArgs scanArgs) {
    return await(async().zscan(key, cursor, scanArgs), "ZSCAN");
  }

  @Override
  default ScanResult<ScoredValue<byte[]>> zscan(byte[] key, String cursor, ScanArgs scanArgs) {
    return await(async().zscan(key, cursor, scanArgs), "ZSCAN");
  }

  @Override
  default Iterable<ScoredValue<String>> zscanIterable(String key, ScanArgs scanArgs) {
    Args.requireObject(key, "key");
    Args.requireObject(scanArgs, "scanArgs");
    return ScanIterator.iterable(cursor -> zscan(key, cursor, scanArgs));
  }

  @Override
  default Iterable<ScoredValue<byte[]>> zscanIterable(byte[] key, ScanArgs scanArgs) {
    Args.require(key, "key");
    Args.requireObject(scanArgs, "scanArgs");
    return ScanIterator.iterable(cursor -> zscan(key, cursor, scanArgs));
  }

  @Override
  default long zlexcount(String key, String min, String max) {
    return await(async().zlexcount(key, min, max), "ZLEXCOUNT");
  }

  @Override
  default long zlexcount(byte[] key, byte[] min, byte[] max) {
    return await(async().zlexcount(key, min, max), "ZLEXCOUNT");
  }

  @Override
  default long zremrangebyrank(String key, long start, long stop) {
    return await(async().zremrangebyrank(key, start, stop), "ZREMRANGEBYRANK");
  }

  @Override
  default long zremrangebyrank(byte[] key, long start, long stop) {
    return await(async().zremrangebyrank(key, start, stop), "ZREMRANGEBYRANK");
  }

  @Override
  default long zremrangebyscore(String key, double min, double max) {
    return await(async().zremrangebyscore(key, min, max), "ZREMRANGEBYSCORE");
  }

  @Override
  default long zremrangebyscore(byte[] key, double min, double max) {
    return await(async().zremrangebyscore(key, min, max), "ZREMRANGEBYSCORE");
  }

  @Override
  default long zremrangebylex(String key, String min, String max) {
    return await(async().zremrangebylex(key, min, max), "ZREMRANGEBYLEX");
  }

  @Override
  default long zremrangebylex(byte[] key, byte[] min, byte[] max) {
    return await(async().zremrangebylex(key, min, max), "ZREMRANGEBYLEX");
  }
}
