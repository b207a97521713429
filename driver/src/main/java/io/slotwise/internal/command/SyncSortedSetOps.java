package io.slotwise.internal.command;

import io.slotwise.commands.RedisSortedSetCommands;
import io.slotwise.commands.ScoredValue;
import java.util.List;
import java.util.Map;

/**
 * The sorted set commands of {@link SyncCommandsImpl}, as default methods that wait on {@link
 * SyncOps#async()} with {@link SyncOps#await}. Holds no state; thread-safe as its implementor.
 */
public interface SyncSortedSetOps extends SyncOps, RedisSortedSetCommands {
  @Override
  default long zadd(String key, double score, String member) {
    return await(async().zadd(key, score, member), "ZADD");
  }

  @Override
  default long zadd(byte[] key, double score, byte[] member) {
    return await(async().zadd(key, score, member), "ZADD");
  }

  @Override
  default long zadd(String key, Map<String, Double> memberScores) {
    return await(async().zadd(key, memberScores), "ZADD");
  }

  @Override
  default long zadd(byte[] key, Map<byte[], Double> memberScores) {
    return await(async().zadd(key, memberScores), "ZADD");
  }

  @Override
  default long zrem(String key, String... members) {
    return await(async().zrem(key, members), "ZREM");
  }

  @Override
  default long zrem(byte[] key, byte[]... members) {
    return await(async().zrem(key, members), "ZREM");
  }

  @Override
  default Double zscore(String key, String member) {
    return await(async().zscore(key, member), "ZSCORE");
  }

  @Override
  default Double zscore(byte[] key, byte[] member) {
    return await(async().zscore(key, member), "ZSCORE");
  }

  @Override
  default double zincrby(String key, double amount, String member) {
    return await(async().zincrby(key, amount, member), "ZINCRBY");
  }

  @Override
  default double zincrby(byte[] key, double amount, byte[] member) {
    return await(async().zincrby(key, amount, member), "ZINCRBY");
  }

  @Override
  default long zcard(String key) {
    return await(async().zcard(key), "ZCARD");
  }

  @Override
  default long zcard(byte[] key) {
    return await(async().zcard(key), "ZCARD");
  }

  @Override
  default long zcount(String key, double min, double max) {
    return await(async().zcount(key, min, max), "ZCOUNT");
  }

  @Override
  default long zcount(byte[] key, double min, double max) {
    return await(async().zcount(key, min, max), "ZCOUNT");
  }

  @Override
  default Long zrank(String key, String member) {
    return await(async().zrank(key, member), "ZRANK");
  }

  @Override
  default Long zrank(byte[] key, byte[] member) {
    return await(async().zrank(key, member), "ZRANK");
  }

  @Override
  default Long zrevrank(String key, String member) {
    return await(async().zrevrank(key, member), "ZREVRANK");
  }

  @Override
  default Long zrevrank(byte[] key, byte[] member) {
    return await(async().zrevrank(key, member), "ZREVRANK");
  }

  @Override
  default List<String> zrange(String key, long start, long stop) {
    return await(async().zrange(key, start, stop), "ZRANGE");
  }

  @Override
  default List<byte[]> zrange(byte[] key, long start, long stop) {
    return await(async().zrange(key, start, stop), "ZRANGE");
  }

  @Override
  default List<String> zrevrange(String key, long start, long stop) {
    return await(async().zrevrange(key, start, stop), "ZREVRANGE");
  }

  @Override
  default List<byte[]> zrevrange(byte[] key, long start, long stop) {
    return await(async().zrevrange(key, start, stop), "ZREVRANGE");
  }

  @Override
  default List<ScoredValue<String>> zrangeWithScores(String key, long start, long stop) {
    return await(async().zrangeWithScores(key, start, stop), "ZRANGE");
  }

  @Override
  default List<ScoredValue<byte[]>> zrangeWithScores(byte[] key, long start, long stop) {
    return await(async().zrangeWithScores(key, start, stop), "ZRANGE");
  }

  @Override
  default List<String> zrangebyscore(String key, double min, double max) {
    return await(async().zrangebyscore(key, min, max), "ZRANGEBYSCORE");
  }

  @Override
  default List<byte[]> zrangebyscore(byte[] key, double min, double max) {
    return await(async().zrangebyscore(key, min, max), "ZRANGEBYSCORE");
  }
}
