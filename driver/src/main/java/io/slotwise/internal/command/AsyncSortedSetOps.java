package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.u;
import static io.slotwise.internal.command.AsyncOps.us;

import io.slotwise.commands.AsyncRedisSortedSetCommands;
import io.slotwise.commands.ScoredValue;
import io.slotwise.internal.protocol.Reply;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The sorted set commands of {@link AsyncCommandsImpl}, as default methods over what {@link
 * AsyncOps} provides; each hands its future out through {@link AsyncOps#handOut} exactly once.
 * Holds no state; thread-safe as its implementor.
 */
public interface AsyncSortedSetOps extends AsyncOps, AsyncRedisSortedSetCommands {
  Function<Reply, List<ScoredValue<String>>> STRING_SCORED = Converters.scored(Converters::string);

  Function<Reply, List<ScoredValue<byte[]>>> BYTES_SCORED = Converters.scored(Converters::bytes);

  @Override
  default CompletableFuture<Long> zadd(String key, Map<String, Double> memberScores) {
    return zadd(u(key, "key"), Args.utf8Scores(memberScores, "memberScores"));
  }

  @Override
  default CompletableFuture<Long> zadd(byte[] key, Map<byte[], Double> memberScores) {
    return run(CollectionCommandBuilder.zadd(key, memberScores), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zadd(String key, double score, String member) {
    return run(
        CollectionCommandBuilder.zadd(u(key, "key"), score, u(member, "member")),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zadd(byte[] key, double score, byte[] member) {
    return run(CollectionCommandBuilder.zadd(key, score, member), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zrem(String key, String... members) {
    return run(
        CollectionCommandBuilder.zrem(u(key, "key"), us(members, "members")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zrem(byte[] key, byte[]... members) {
    return run(CollectionCommandBuilder.zrem(key, members), Converters::integer);
  }

  @Override
  default CompletableFuture<Double> zscore(String key, String member) {
    return run(
        CollectionCommandBuilder.zscore(u(key, "key"), u(member, "member")),
        Converters::nullableDecimal);
  }

  @Override
  default CompletableFuture<Double> zscore(byte[] key, byte[] member) {
    return run(CollectionCommandBuilder.zscore(key, member), Converters::nullableDecimal);
  }

  @Override
  default CompletableFuture<Double> zincrby(String key, double amount, String member) {
    return run(
        CollectionCommandBuilder.zincrby(u(key, "key"), amount, u(member, "member")),
        Converters::decimal);
  }

  @Override
  default CompletableFuture<Double> zincrby(byte[] key, double amount, byte[] member) {
    return run(CollectionCommandBuilder.zincrby(key, amount, member), Converters::decimal);
  }

  @Override
  default CompletableFuture<Long> zcard(String key) {
    return run(CollectionCommandBuilder.zcard(u(key, "key")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zcard(byte[] key) {
    return run(CollectionCommandBuilder.zcard(key), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zcount(String key, double min, double max) {
    return run(CollectionCommandBuilder.zcount(u(key, "key"), min, max), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zcount(byte[] key, double min, double max) {
    return run(CollectionCommandBuilder.zcount(key, min, max), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zrank(String key, String member) {
    return run(
        CollectionCommandBuilder.zrank(u(key, "key"), u(member, "member")),
        Converters::nullableInteger);
  }

  @Override
  default CompletableFuture<Long> zrank(byte[] key, byte[] member) {
    return run(CollectionCommandBuilder.zrank(key, member), Converters::nullableInteger);
  }

  @Override
  default CompletableFuture<Long> zrevrank(String key, String member) {
    return run(
        CollectionCommandBuilder.zrevrank(u(key, "key"), u(member, "member")),
        Converters::nullableInteger);
  }

  @Override
  default CompletableFuture<Long> zrevrank(byte[] key, byte[] member) {
    return run(CollectionCommandBuilder.zrevrank(key, member), Converters::nullableInteger);
  }

  @Override
  default CompletableFuture<List<String>> zrange(String key, long start, long stop) {
    return run(CollectionCommandBuilder.zrange(u(key, "key"), start, stop), Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<byte[]>> zrange(byte[] key, long start, long stop) {
    return run(CollectionCommandBuilder.zrange(key, start, stop), Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<List<String>> zrevrange(String key, long start, long stop) {
    return run(
        CollectionCommandBuilder.zrevrange(u(key, "key"), start, stop), Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<byte[]>> zrevrange(byte[] key, long start, long stop) {
    return run(CollectionCommandBuilder.zrevrange(key, start, stop), Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<List<ScoredValue<String>>> zrangeWithScores(
      String key, long start, long stop) {
    return run(
        CollectionCommandBuilder.zrangeWithScores(u(key, "key"), start, stop), STRING_SCORED);
  }

  @Override
  default CompletableFuture<List<ScoredValue<byte[]>>> zrangeWithScores(
      byte[] key, long start, long stop) {
    return run(CollectionCommandBuilder.zrangeWithScores(key, start, stop), BYTES_SCORED);
  }

  @Override
  default CompletableFuture<List<String>> zrangebyscore(String key, double min, double max) {
    return run(
        CollectionCommandBuilder.zrangebyscore(u(key, "key"), min, max), Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<byte[]>> zrangebyscore(byte[] key, double min, double max) {
    return run(CollectionCommandBuilder.zrangebyscore(key, min, max), Converters.BYTES_LIST);
  }
}
