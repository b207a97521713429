package io.slotwise.internal.command;

import io.slotwise.commands.RedisSortedSetCommands;
import io.slotwise.commands.ScoredValue;
import io.slotwise.commands.ZAggregateArgs;
import java.util.List;

/**
 * The sorted set commands that combine several keys ({@code ZUNION}, {@code ZINTER}, {@code ZDIFF},
 * their {@code STORE} forms, {@code ZINTERCARD}), as default methods of {@link SyncCommandsImpl}
 * beside {@link SyncSortedSetExtendedOps}: each waits on its async twin. Holds no state;
 * thread-safe as its implementor.
 */
public interface SyncSortedSetCombineOps extends SyncOps, RedisSortedSetCommands {

  @Override
  default List<String> zunion(ZAggregateArgs aggregateArgs, String... keys) {
    return await(async().zunion(aggregateArgs, keys), "ZUNION");
  }

  @Override
  default List<byte[]> zunion(ZAggregateArgs aggregateArgs, byte[]... keys) {
    return await(async().zunion(aggregateArgs, keys), "ZUNION");
  }

  @Override
  default List<ScoredValue<String>> zunionWithScores(ZAggregateArgs aggregateArgs, String... keys) {
    return await(async().zunionWithScores(aggregateArgs, keys), "ZUNION");
  }

  @Override
  default List<ScoredValue<byte[]>> zunionWithScores(ZAggregateArgs aggregateArgs, byte[]... keys) {
    return await(async().zunionWithScores(aggregateArgs, keys), "ZUNION");
  }

  @Override
  default long zunionstore(String destination, ZAggregateArgs aggregateArgs, String... keys) {
    return await(async().zunionstore(destination, aggregateArgs, keys), "ZUNIONSTORE");
  }

  @Override
  default long zunionstore(byte[] destination, ZAggregateArgs aggregateArgs, byte[]... keys) {
    return await(async().zunionstore(destination, aggregateArgs, keys), "ZUNIONSTORE");
  }

  @Override
  default List<String> zinter(ZAggregateArgs aggregateArgs, String... keys) {
    return await(async().zinter(aggregateArgs, keys), "ZINTER");
  }

  @Override
  default List<byte[]> zinter(ZAggregateArgs aggregateArgs, byte[]... keys) {
    return await(async().zinter(aggregateArgs, keys), "ZINTER");
  }

  @Override
  default List<ScoredValue<String>> zinterWithScores(ZAggregateArgs aggregateArgs, String... keys) {
    return await(async().zinterWithScores(aggregateArgs, keys), "ZINTER");
  }

  @Override
  default List<ScoredValue<byte[]>> zinterWithScores(ZAggregateArgs aggregateArgs, byte[]... keys) {
    return await(async().zinterWithScores(aggregateArgs, keys), "ZINTER");
  }

  @Override
  default long zinterstore(String destination, ZAggregateArgs aggregateArgs, String... keys) {
    return await(async().zinterstore(destination, aggregateArgs, keys), "ZINTERSTORE");
  }

  @Override
  default long zinterstore(byte[] destination, ZAggregateArgs aggregateArgs, byte[]... keys) {
    return await(async().zinterstore(destination, aggregateArgs, keys), "ZINTERSTORE");
  }

  @Override
  default List<String> zdiff(String... keys) {
    return await(async().zdiff(keys), "ZDIFF");
  }

  @Override
  default List<byte[]> zdiff(byte[]... keys) {
    return await(async().zdiff(keys), "ZDIFF");
  }

  @Override
  default List<ScoredValue<String>> zdiffWithScores(String... keys) {
    return await(async().zdiffWithScores(keys), "ZDIFF");
  }

  @Override
  default List<ScoredValue<byte[]>> zdiffWithScores(byte[]... keys) {
    return await(async().zdiffWithScores(keys), "ZDIFF");
  }

  @Override
  default long zdiffstore(String destination, String... keys) {
    return await(async().zdiffstore(destination, keys), "ZDIFFSTORE");
  }

  @Override
  default long zdiffstore(byte[] destination, byte[]... keys) {
    return await(async().zdiffstore(destination, keys), "ZDIFFSTORE");
  }

  @Override
  default long zintercard(String... keys) {
    return await(async().zintercard(keys), "ZINTERCARD");
  }

  @Override
  default long zintercard(byte[]... keys) {
    return await(async().zintercard(keys), "ZINTERCARD");
  }

  @Override
  default long zintercard(long limit, String... keys) {
    return await(async().zintercard(limit, keys), "ZINTERCARD");
  }

  @Override
  default long zintercard(long limit, byte[]... keys) {
    return await(async().zintercard(limit, keys), "ZINTERCARD");
  }
}
