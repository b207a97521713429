package io.slotwise.commands;

import java.time.Duration;

/**
 * Blocking commands ({@code BLPOP}, {@code BRPOP}, {@code BZPOPMIN}, {@code BZPOPMAX}, {@code
 * BLMOVE}), each run on an exclusive connection, never on the shared one. Each call waits for its
 * reply. Part of {@link RedisCommands}, whose notes on overloads, {@code null} replies and
 * exceptions apply. Thread-safe; obtained from {@link io.slotwise.SlotwiseClient#sync()} and closed
 * with the client, never on its own.
 */
public interface RedisBlockingCommands {

  /**
   * {@code BLPOP}: the first element of the first non-empty list among {@code keys}, waiting up to
   * {@code timeout} ({@code 0}: forever) for one; {@code null} on timeout. Runs on an exclusive
   * connection to the keys' slot owner (all keys must share a slot in cluster mode), never on the
   * shared connection.
   */
  KeyValue<String, String> blpop(Duration timeout, String... keys);

  /**
   * Same as {@link #blpop(Duration, String...)}, with the timeout in seconds, a decimal (e.g.
   * {@code 0.5}).
   */
  KeyValue<String, String> blpop(double timeoutSeconds, String... keys);

  /**
   * Same as {@link #blpop(Duration, String...)}, with {@code byte[]} in place of {@code String}.
   */
  KeyValue<byte[], byte[]> blpop(Duration timeout, byte[]... keys);

  /** Same as {@link #blpop(double, String...)}, with {@code byte[]} in place of {@code String}. */
  KeyValue<byte[], byte[]> blpop(double timeoutSeconds, byte[]... keys);

  /** {@code BRPOP}: like {@link #blpop(Duration, String...)}, from the tail. */
  KeyValue<String, String> brpop(Duration timeout, String... keys);

  /**
   * Same as {@link #brpop(Duration, String...)}, with the timeout in seconds, a decimal (e.g.
   * {@code 0.5}).
   */
  KeyValue<String, String> brpop(double timeoutSeconds, String... keys);

  /**
   * Same as {@link #brpop(Duration, String...)}, with {@code byte[]} in place of {@code String}.
   */
  KeyValue<byte[], byte[]> brpop(Duration timeout, byte[]... keys);

  /** Same as {@link #brpop(double, String...)}, with {@code byte[]} in place of {@code String}. */
  KeyValue<byte[], byte[]> brpop(double timeoutSeconds, byte[]... keys);

  /**
   * {@code BZPOPMIN}: the lowest-scored member of the first non-empty sorted set, waiting up to
   * {@code timeout} ({@code 0}: forever); {@code null} on timeout. Exclusive connection, as {@link
   * #blpop(Duration, String...)}.
   */
  KeyValue<String, ScoredValue<String>> bzpopmin(Duration timeout, String... keys);

  /**
   * Same as {@link #bzpopmin(Duration, String...)}, with the timeout in seconds, a decimal (e.g.
   * {@code 0.5}).
   */
  KeyValue<String, ScoredValue<String>> bzpopmin(double timeoutSeconds, String... keys);

  /**
   * Same as {@link #bzpopmin(Duration, String...)}, with {@code byte[]} in place of {@code String}.
   */
  KeyValue<byte[], ScoredValue<byte[]>> bzpopmin(Duration timeout, byte[]... keys);

  /**
   * Same as {@link #bzpopmin(double, String...)}, with {@code byte[]} in place of {@code String}.
   */
  KeyValue<byte[], ScoredValue<byte[]>> bzpopmin(double timeoutSeconds, byte[]... keys);

  /** {@code BZPOPMAX}: like {@link #bzpopmin(Duration, String...)}, the highest score. */
  KeyValue<String, ScoredValue<String>> bzpopmax(Duration timeout, String... keys);

  /**
   * Same as {@link #bzpopmax(Duration, String...)}, with the timeout in seconds, a decimal (e.g.
   * {@code 0.5}).
   */
  KeyValue<String, ScoredValue<String>> bzpopmax(double timeoutSeconds, String... keys);

  /**
   * Same as {@link #bzpopmax(Duration, String...)}, with {@code byte[]} in place of {@code String}.
   */
  KeyValue<byte[], ScoredValue<byte[]>> bzpopmax(Duration timeout, byte[]... keys);

  /**
   * Same as {@link #bzpopmax(double, String...)}, with {@code byte[]} in place of {@code String}.
   */
  KeyValue<byte[], ScoredValue<byte[]>> bzpopmax(double timeoutSeconds, byte[]... keys);

  /**
   * {@code BLMOVE}: pops an element from one end of {@code source} and pushes it to one end of
   * {@code destination}, waiting up to {@code timeout} ({@code 0}: forever) for one; returns the
   * element, or {@code null} on timeout. Both keys must share a slot in cluster mode.
   */
  String blmove(
      String source, String destination, ListDirection from, ListDirection to, Duration timeout);

  /**
   * Same as {@link #blmove(String, String, ListDirection, ListDirection, Duration)}, with the
   * timeout in seconds, a decimal (e.g. {@code 0.5}).
   */
  String blmove(
      String source,
      String destination,
      ListDirection from,
      ListDirection to,
      double timeoutSeconds);

  /**
   * Same as {@link #blmove(String, String, ListDirection, ListDirection, Duration)}, with {@code
   * byte[]} in place of {@code String}.
   */
  byte[] blmove(
      byte[] source, byte[] destination, ListDirection from, ListDirection to, Duration timeout);

  /**
   * Same as {@link #blmove(String, String, ListDirection, ListDirection, double)}, with {@code
   * byte[]} in place of {@code String}.
   */
  byte[] blmove(
      byte[] source,
      byte[] destination,
      ListDirection from,
      ListDirection to,
      double timeoutSeconds);
}
