package io.slotwise.pubsub;

import java.util.concurrent.CompletableFuture;

/**
 * The operations of a {@link Subscription}, returning futures: a subscribe future completes when
 * the server confirmed every name (its push frame arrived), an unsubscribe future when the round
 * that sends it is over. A subscribe future fails with {@link io.slotwise.RedisTimeoutException}
 * when the names are not confirmed within three command timeouts (they stay wanted and are retried
 * in the background), and with {@link io.slotwise.SlotwiseClosedException} when the subscription is
 * closed. Futures complete on a client thread (I/O or scheduler): chain only quick, non-blocking
 * work there, or chain with {@code thenRunAsync(..., executor)} and the like.
 *
 * <p>Thread-safe; a view of its {@link Subscription}, which owns the connections.
 */
public interface AsyncSubscription {

  /** {@code SUBSCRIBE}; completes when every channel is confirmed. */
  CompletableFuture<Void> subscribe(String... channels);

  /** {@link #subscribe(String...)} with binary channel names. */
  CompletableFuture<Void> subscribe(byte[]... channels);

  /** {@code UNSUBSCRIBE}. */
  CompletableFuture<Void> unsubscribe(String... channels);

  /** {@link #unsubscribe(String...)} with binary channel names. */
  CompletableFuture<Void> unsubscribe(byte[]... channels);

  /** {@code PSUBSCRIBE}; completes when every pattern is confirmed. */
  CompletableFuture<Void> psubscribe(String... patterns);

  /** {@link #psubscribe(String...)} with binary patterns. */
  CompletableFuture<Void> psubscribe(byte[]... patterns);

  /** {@code PUNSUBSCRIBE}. */
  CompletableFuture<Void> punsubscribe(String... patterns);

  /** {@link #punsubscribe(String...)} with binary patterns. */
  CompletableFuture<Void> punsubscribe(byte[]... patterns);

  /** {@code SSUBSCRIBE} (Redis 7); completes when every sharded channel is confirmed. */
  CompletableFuture<Void> ssubscribe(String... channels);

  /** {@link #ssubscribe(String...)} with binary channel names. */
  CompletableFuture<Void> ssubscribe(byte[]... channels);

  /** {@code SUNSUBSCRIBE}. */
  CompletableFuture<Void> sunsubscribe(String... channels);

  /** {@link #sunsubscribe(String...)} with binary channel names. */
  CompletableFuture<Void> sunsubscribe(byte[]... channels);
}
