package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.u;
import static io.slotwise.internal.command.AsyncOps.us;

import io.slotwise.commands.AsyncRedisBlockingCommands;
import io.slotwise.commands.KeyValue;
import io.slotwise.commands.ListDirection;
import io.slotwise.commands.ScoredValue;
import io.slotwise.internal.protocol.Reply;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The blocking commands of {@link AsyncCommandsImpl}, as default methods over what {@link AsyncOps}
 * provides; each hands its future out through {@link AsyncOps#handOut} exactly once. Holds no
 * state; thread-safe as its implementor.
 */
public interface AsyncBlockingOps extends AsyncOps, AsyncRedisBlockingCommands {
  Function<Reply, KeyValue<String, String>> STRING_KV =
      BlockingCommands.keyValue(Converters::string, Converters::string);

  Function<Reply, KeyValue<byte[], byte[]>> BYTES_KV =
      BlockingCommands.keyValue(Converters::bytes, Converters::bytes);

  Function<Reply, KeyValue<String, ScoredValue<String>>> STRING_KS =
      BlockingCommands.keyScored(Converters::string);

  Function<Reply, KeyValue<byte[], ScoredValue<byte[]>>> BYTES_KS =
      BlockingCommands.keyScored(Converters::bytes);

  @Override
  default CompletableFuture<KeyValue<String, String>> blpop(Duration timeout, String... keys) {
    return blocking("BLPOP", us(keys, "keys"), BlockingCommands.timeout(timeout), STRING_KV);
  }

  @Override
  default CompletableFuture<KeyValue<String, String>> blpop(double timeoutSeconds, String... keys) {
    return blocking("BLPOP", us(keys, "keys"), BlockingCommands.timeout(timeoutSeconds), STRING_KV);
  }

  @Override
  default CompletableFuture<KeyValue<byte[], byte[]>> blpop(Duration timeout, byte[]... keys) {
    return blocking(
        "BLPOP", Args.requireAll(keys, "keys"), BlockingCommands.timeout(timeout), BYTES_KV);
  }

  @Override
  default CompletableFuture<KeyValue<byte[], byte[]>> blpop(double timeoutSeconds, byte[]... keys) {
    return blocking(
        "BLPOP", Args.requireAll(keys, "keys"), BlockingCommands.timeout(timeoutSeconds), BYTES_KV);
  }

  @Override
  default CompletableFuture<KeyValue<String, String>> brpop(Duration timeout, String... keys) {
    return blocking("BRPOP", us(keys, "keys"), BlockingCommands.timeout(timeout), STRING_KV);
  }

  @Override
  default CompletableFuture<KeyValue<String, String>> brpop(double timeoutSeconds, String... keys) {
    return blocking("BRPOP", us(keys, "keys"), BlockingCommands.timeout(timeoutSeconds), STRING_KV);
  }

  @Override
  default CompletableFuture<KeyValue<byte[], byte[]>> brpop(Duration timeout, byte[]... keys) {
    return blocking(
        "BRPOP", Args.requireAll(keys, "keys"), BlockingCommands.timeout(timeout), BYTES_KV);
  }

  @Override
  default CompletableFuture<KeyValue<byte[], byte[]>> brpop(double timeoutSeconds, byte[]... keys) {
    return blocking(
        "BRPOP", Args.requireAll(keys, "keys"), BlockingCommands.timeout(timeoutSeconds), BYTES_KV);
  }

  @Override
  default CompletableFuture<KeyValue<String, ScoredValue<String>>> bzpopmin(
      Duration timeout, String... keys) {
    return blocking("BZPOPMIN", us(keys, "keys"), BlockingCommands.timeout(timeout), STRING_KS);
  }

  @Override
  default CompletableFuture<KeyValue<String, ScoredValue<String>>> bzpopmin(
      double timeoutSeconds, String... keys) {
    return blocking(
        "BZPOPMIN", us(keys, "keys"), BlockingCommands.timeout(timeoutSeconds), STRING_KS);
  }

  @Override
  default CompletableFuture<KeyValue<byte[], ScoredValue<byte[]>>> bzpopmin(
      Duration timeout, byte[]... keys) {
    return blocking(
        "BZPOPMIN", Args.requireAll(keys, "keys"), BlockingCommands.timeout(timeout), BYTES_KS);
  }

  @Override
  default CompletableFuture<KeyValue<byte[], ScoredValue<byte[]>>> bzpopmin(
      double timeoutSeconds, byte[]... keys) {
    return blocking(
        "BZPOPMIN",
        Args.requireAll(keys, "keys"),
        BlockingCommands.timeout(timeoutSeconds),
        BYTES_KS);
  }

  @Override
  default CompletableFuture<KeyValue<String, ScoredValue<String>>> bzpopmax(
      Duration timeout, String... keys) {
    return blocking("BZPOPMAX", us(keys, "keys"), BlockingCommands.timeout(timeout), STRING_KS);
  }

  @Override
  default CompletableFuture<KeyValue<String, ScoredValue<String>>> bzpopmax(
      double timeoutSeconds, String... keys) {
    return blocking(
        "BZPOPMAX", us(keys, "keys"), BlockingCommands.timeout(timeoutSeconds), STRING_KS);
  }

  @Override
  default CompletableFuture<KeyValue<byte[], ScoredValue<byte[]>>> bzpopmax(
      Duration timeout, byte[]... keys) {
    return blocking(
        "BZPOPMAX", Args.requireAll(keys, "keys"), BlockingCommands.timeout(timeout), BYTES_KS);
  }

  @Override
  default CompletableFuture<KeyValue<byte[], ScoredValue<byte[]>>> bzpopmax(
      double timeoutSeconds, byte[]... keys) {
    return blocking(
        "BZPOPMAX",
        Args.requireAll(keys, "keys"),
        BlockingCommands.timeout(timeoutSeconds),
        BYTES_KS);
  }

  @Override
  default CompletableFuture<String> blmove(
      String source, String destination, ListDirection from, ListDirection to, Duration timeout) {
    Duration t = BlockingCommands.timeout(timeout);
    return handOut(
        dispatcher()
            .executeBlocking(
                BlockingCommands.blmove(
                    u(source, "source"), u(destination, "destination"), from, to, t),
                Converters::string,
                t));
  }

  @Override
  default CompletableFuture<String> blmove(
      String source,
      String destination,
      ListDirection from,
      ListDirection to,
      double timeoutSeconds) {
    Duration t = BlockingCommands.timeout(timeoutSeconds);
    return handOut(
        dispatcher()
            .executeBlocking(
                BlockingCommands.blmove(
                    u(source, "source"), u(destination, "destination"), from, to, t),
                Converters::string,
                t));
  }

  @Override
  default CompletableFuture<byte[]> blmove(
      byte[] source, byte[] destination, ListDirection from, ListDirection to, Duration timeout) {
    Duration t = BlockingCommands.timeout(timeout);
    return handOut(
        dispatcher()
            .executeBlocking(
                BlockingCommands.blmove(
                    Args.require(source, "source"),
                    Args.require(destination, "destination"),
                    from,
                    to,
                    t),
                Converters::bytes,
                t));
  }

  @Override
  default CompletableFuture<byte[]> blmove(
      byte[] source,
      byte[] destination,
      ListDirection from,
      ListDirection to,
      double timeoutSeconds) {
    Duration t = BlockingCommands.timeout(timeoutSeconds);
    return handOut(
        dispatcher()
            .executeBlocking(
                BlockingCommands.blmove(
                    Args.require(source, "source"),
                    Args.require(destination, "destination"),
                    from,
                    to,
                    t),
                Converters::bytes,
                t));
  }

  private <K, V> CompletableFuture<V> blocking(
      String name, byte[][] keys, Duration timeout, Function<Reply, V> converter) {
    return handOut(
        dispatcher()
            .executeBlocking(BlockingCommands.pop(name, keys, timeout), converter, timeout));
  }
}
