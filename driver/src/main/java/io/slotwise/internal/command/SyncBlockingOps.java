package io.slotwise.internal.command;

import io.slotwise.commands.KeyValue;
import io.slotwise.commands.ListDirection;
import io.slotwise.commands.RedisBlockingCommands;
import io.slotwise.commands.ScoredValue;
import java.time.Duration;

/**
 * The blocking commands of {@link SyncCommandsImpl}, as default methods that wait on {@link
 * SyncOps#async()} with {@link SyncOps#await}. Holds no state; thread-safe as its implementor.
 */
public interface SyncBlockingOps extends SyncOps, RedisBlockingCommands {
  @Override
  default KeyValue<String, String> blpop(Duration timeout, String... keys) {
    return awaitBlocking(async().blpop(timeout, keys), "BLPOP", BlockingCommands.timeout(timeout));
  }

  @Override
  default KeyValue<String, String> blpop(double timeoutSeconds, String... keys) {
    return awaitBlocking(
        async().blpop(timeoutSeconds, keys), "BLPOP", BlockingCommands.timeout(timeoutSeconds));
  }

  @Override
  default KeyValue<byte[], byte[]> blpop(Duration timeout, byte[]... keys) {
    return awaitBlocking(async().blpop(timeout, keys), "BLPOP", BlockingCommands.timeout(timeout));
  }

  @Override
  default KeyValue<byte[], byte[]> blpop(double timeoutSeconds, byte[]... keys) {
    return awaitBlocking(
        async().blpop(timeoutSeconds, keys), "BLPOP", BlockingCommands.timeout(timeoutSeconds));
  }

  @Override
  default KeyValue<String, String> brpop(Duration timeout, String... keys) {
    return awaitBlocking(async().brpop(timeout, keys), "BRPOP", BlockingCommands.timeout(timeout));
  }

  @Override
  default KeyValue<String, String> brpop(double timeoutSeconds, String... keys) {
    return awaitBlocking(
        async().brpop(timeoutSeconds, keys), "BRPOP", BlockingCommands.timeout(timeoutSeconds));
  }

  @Override
  default KeyValue<byte[], byte[]> brpop(Duration timeout, byte[]... keys) {
    return awaitBlocking(async().brpop(timeout, keys), "BRPOP", BlockingCommands.timeout(timeout));
  }

  @Override
  default KeyValue<byte[], byte[]> brpop(double timeoutSeconds, byte[]... keys) {
    return awaitBlocking(
        async().brpop(timeoutSeconds, keys), "BRPOP", BlockingCommands.timeout(timeoutSeconds));
  }

  @Override
  default KeyValue<String, ScoredValue<String>> bzpopmin(Duration timeout, String... keys) {
    return awaitBlocking(
        async().bzpopmin(timeout, keys), "BZPOPMIN", BlockingCommands.timeout(timeout));
  }

  @Override
  default KeyValue<String, ScoredValue<String>> bzpopmin(double timeoutSeconds, String... keys) {
    return awaitBlocking(
        async().bzpopmin(timeoutSeconds, keys),
        "BZPOPMIN",
        BlockingCommands.timeout(timeoutSeconds));
  }

  @Override
  default KeyValue<byte[], ScoredValue<byte[]>> bzpopmin(Duration timeout, byte[]... keys) {
    return awaitBlocking(
        async().bzpopmin(timeout, keys), "BZPOPMIN", BlockingCommands.timeout(timeout));
  }

  @Override
  default KeyValue<byte[], ScoredValue<byte[]>> bzpopmin(double timeoutSeconds, byte[]... keys) {
    return awaitBlocking(
        async().bzpopmin(timeoutSeconds, keys),
        "BZPOPMIN",
        BlockingCommands.timeout(timeoutSeconds));
  }

  @Override
  default KeyValue<String, ScoredValue<String>> bzpopmax(Duration timeout, String... keys) {
    return awaitBlocking(
        async().bzpopmax(timeout, keys), "BZPOPMAX", BlockingCommands.timeout(timeout));
  }

  @Override
  default KeyValue<String, ScoredValue<String>> bzpopmax(double timeoutSeconds, String... keys) {
    return awaitBlocking(
        async().bzpopmax(timeoutSeconds, keys),
        "BZPOPMAX",
        BlockingCommands.timeout(timeoutSeconds));
  }

  @Override
  default KeyValue<byte[], ScoredValue<byte[]>> bzpopmax(Duration timeout, byte[]... keys) {
    return awaitBlocking(
        async().bzpopmax(timeout, keys), "BZPOPMAX", BlockingCommands.timeout(timeout));
  }

  @Override
  default KeyValue<byte[], ScoredValue<byte[]>> bzpopmax(double timeoutSeconds, byte[]... keys) {
    return awaitBlocking(
        async().bzpopmax(timeoutSeconds, keys),
        "BZPOPMAX",
        BlockingCommands.timeout(timeoutSeconds));
  }

  @Override
  default String blmove(
      String source, String destination, ListDirection from, ListDirection to, Duration timeout) {
    return awaitBlocking(
        async().blmove(source, destination, from, to, timeout),
        "BLMOVE",
        BlockingCommands.timeout(timeout));
  }

  @Override
  default String blmove(
      String source,
      String destination,
      ListDirection from,
      ListDirection to,
      double timeoutSeconds) {
    return awaitBlocking(
        async().blmove(source, destination, from, to, timeoutSeconds),
        "BLMOVE",
        BlockingCommands.timeout(timeoutSeconds));
  }

  @Override
  default byte[] blmove(
      byte[] source, byte[] destination, ListDirection from, ListDirection to, Duration timeout) {
    return awaitBlocking(
        async().blmove(source, destination, from, to, timeout),
        "BLMOVE",
        BlockingCommands.timeout(timeout));
  }

  @Override
  default byte[] blmove(
      byte[] source,
      byte[] destination,
      ListDirection from,
      ListDirection to,
      double timeoutSeconds) {
    return awaitBlocking(
        async().blmove(source, destination, from, to, timeoutSeconds),
        "BLMOVE",
        BlockingCommands.timeout(timeoutSeconds));
  }
}
