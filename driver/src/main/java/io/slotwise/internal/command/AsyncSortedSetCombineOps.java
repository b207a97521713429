package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.u;
import static io.slotwise.internal.command.AsyncOps.us;

import io.slotwise.commands.AsyncRedisSortedSetCommands;
import io.slotwise.commands.ScoredValue;
import io.slotwise.commands.ZAggregateArgs;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The sorted set commands that combine several keys ({@code ZUNION}, {@code ZINTER}, {@code ZDIFF},
 * their {@code STORE} forms, {@code ZINTERCARD}), as default methods of {@link AsyncCommandsImpl}
 * beside {@link AsyncSortedSetExtendedOps}; each hands its future out through {@link
 * AsyncOps#handOut} exactly once. All keys must share one slot in cluster mode. Holds no state;
 * thread-safe as its implementor.
 */
public interface AsyncSortedSetCombineOps extends AsyncOps, AsyncRedisSortedSetCommands {

  @Override
  default CompletableFuture<List<String>> zunion(ZAggregateArgs aggregateArgs, String... keys) {
    return run(
        SortedSetCommandBuilder.combine(
            "ZUNION",
            null,
            us(keys, "keys"),
            Args.requireObject(aggregateArgs, "aggregateArgs"),
            false),
        Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<byte[]>> zunion(ZAggregateArgs aggregateArgs, byte[]... keys) {
    return run(
        SortedSetCommandBuilder.combine(
            "ZUNION", null, keys, Args.requireObject(aggregateArgs, "aggregateArgs"), false),
        Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<List<ScoredValue<String>>> zunionWithScores(
      ZAggregateArgs aggregateArgs, String... keys) {
    return run(
        SortedSetCommandBuilder.combine(
            "ZUNION",
            null,
            us(keys, "keys"),
            Args.requireObject(aggregateArgs, "aggregateArgs"),
            true),
        Converters.scored(Converters::string));
  }

  @Override
  default CompletableFuture<List<ScoredValue<byte[]>>> zunionWithScores(
      ZAggregateArgs aggregateArgs, byte[]... keys) {
    return run(
        SortedSetCommandBuilder.combine(
            "ZUNION", null, keys, Args.requireObject(aggregateArgs, "aggregateArgs"), true),
        Converters.scored(Converters::bytes));
  }

  @Override
  default CompletableFuture<Long> zunionstore(
      String destination, ZAggregateArgs aggregateArgs, String... keys) {
    return run(
        SortedSetCommandBuilder.combine(
            "ZUNIONSTORE",
            u(destination, "destination"),
            us(keys, "keys"),
            Args.requireObject(aggregateArgs, "aggregateArgs"),
            false),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zunionstore(
      byte[] destination, ZAggregateArgs aggregateArgs, byte[]... keys) {
    return run(
        SortedSetCommandBuilder.combine(
            "ZUNIONSTORE",
            Args.require(destination, "destination"),
            keys,
            Args.requireObject(aggregateArgs, "aggregateArgs"),
            false),
        Converters::integer);
  }

  @Override
  default CompletableFuture<List<String>> zinter(ZAggregateArgs aggregateArgs, String... keys) {
    return run(
        SortedSetCommandBuilder.combine(
            "ZINTER",
            null,
            us(keys, "keys"),
            Args.requireObject(aggregateArgs, "aggregateArgs"),
            false),
        Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<byte[]>> zinter(ZAggregateArgs aggregateArgs, byte[]... keys) {
    return run(
        SortedSetCommandBuilder.combine(
            "ZINTER", null, keys, Args.requireObject(aggregateArgs, "aggregateArgs"), false),
        Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<List<ScoredValue<String>>> zinterWithScores(
      ZAggregateArgs aggregateArgs, String... keys) {
    return run(
        SortedSetCommandBuilder.combine(
            "ZINTER",
            null,
            us(keys, "keys"),
            Args.requireObject(aggregateArgs, "aggregateArgs"),
            true),
        Converters.scored(Converters::string));
  }

  @Override
  default CompletableFuture<List<ScoredValue<byte[]>>> zinterWithScores(
      ZAggregateArgs aggregateArgs, byte[]... keys) {
    return run(
        SortedSetCommandBuilder.combine(
            "ZINTER", null, keys, Args.requireObject(aggregateArgs, "aggregateArgs"), true),
        Converters.scored(Converters::bytes));
  }

  @Override
  default CompletableFuture<Long> zinterstore(
      String destination, ZAggregateArgs aggregateArgs, String... keys) {
    return run(
        SortedSetCommandBuilder.combine(
            "ZINTERSTORE",
            u(destination, "destination"),
            us(keys, "keys"),
            Args.requireObject(aggregateArgs, "aggregateArgs"),
            false),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zinterstore(
      byte[] destination, ZAggregateArgs aggregateArgs, byte[]... keys) {
    return run(
        SortedSetCommandBuilder.combine(
            "ZINTERSTORE",
            Args.require(destination, "destination"),
            keys,
            Args.requireObject(aggregateArgs, "aggregateArgs"),
            false),
        Converters::integer);
  }

  @Override
  default CompletableFuture<List<String>> zdiff(String... keys) {
    return run(
        SortedSetCommandBuilder.combine("ZDIFF", null, us(keys, "keys"), null, false),
        Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<byte[]>> zdiff(byte[]... keys) {
    return run(
        SortedSetCommandBuilder.combine("ZDIFF", null, keys, null, false), Converters.BYTES_LIST);
  }

  @Override
  default CompletableFuture<List<ScoredValue<String>>> zdiffWithScores(String... keys) {
    return run(
        SortedSetCommandBuilder.combine("ZDIFF", null, us(keys, "keys"), null, true),
        Converters.scored(Converters::string));
  }

  @Override
  default CompletableFuture<List<ScoredValue<byte[]>>> zdiffWithScores(byte[]... keys) {
    return run(
        SortedSetCommandBuilder.combine("ZDIFF", null, keys, null, true),
        Converters.scored(Converters::bytes));
  }

  @Override
  default CompletableFuture<Long> zdiffstore(String destination, String... keys) {
    return run(
        SortedSetCommandBuilder.combine(
            "ZDIFFSTORE", u(destination, "destination"), us(keys, "keys"), null, false),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zdiffstore(byte[] destination, byte[]... keys) {
    return run(
        SortedSetCommandBuilder.combine(
            "ZDIFFSTORE", Args.require(destination, "destination"), keys, null, false),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zintercard(String... keys) {
    return zintercard(0, keys);
  }

  @Override
  default CompletableFuture<Long> zintercard(byte[]... keys) {
    return zintercard(0, keys);
  }

  @Override
  default CompletableFuture<Long> zintercard(long limit, String... keys) {
    return run(SortedSetCommandBuilder.zintercard(limit, us(keys, "keys")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> zintercard(long limit, byte[]... keys) {
    return run(SortedSetCommandBuilder.zintercard(limit, keys), Converters::integer);
  }
}
