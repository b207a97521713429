package io.slotwise.internal.executor;

import io.slotwise.RedisTimeoutException;
import io.slotwise.internal.protocol.Reply;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * How a unit of the retry loop ends, counted once: the client's counters behind {@code stats()},
 * the recorder, the caller's future. Used by {@link Attempts}; stateless, thread-safe.
 */
final class UnitOutcomes {
  private UnitOutcomes() {}

  /**
   * Fails {@code future} with {@code error} unless it is done already. Counted first, so that a
   * caller who sees the failure also sees it counted (a timeout as a timeout too); the count is
   * taken back if another outcome won the race.
   *
   * @return whether this failure won
   */
  static boolean fail(
      RetryLoop loop, String name, long startNanos, CompletableFuture<?> future, Throwable error) {
    boolean timeout = error instanceof RedisTimeoutException;
    count(loop, timeout, 1);
    if (future.completeExceptionally(error)) {
      reportFailure(loop, name, startNanos, timeout);
      return true;
    }
    count(loop, timeout, -1);
    return false;
  }

  /** For a caller that throws rather than completes a future (a transaction): counts it. */
  static <E extends RuntimeException> E failed(
      RetryLoop loop, String name, long startNanos, E error) {
    boolean timeout = error instanceof RedisTimeoutException;
    count(loop, timeout, 1);
    reportFailure(loop, name, startNanos, timeout);
    return error;
  }

  /**
   * Converts the final reply and completes {@code future} with it, counting the success; a
   * converter that throws fails the future instead (counted as a failure).
   *
   * @return whether this call completed the future (false: it was already done, e.g. timed out)
   */
  static <T> boolean complete(
      RetryLoop loop,
      String name,
      long startNanos,
      CompletableFuture<T> future,
      Function<Reply, T> converter,
      Reply reply) {
    T value;
    try {
      value = converter.apply(reply);
    } catch (RuntimeException e) {
      return fail(loop, name, startNanos, future, e);
    }
    if (future.complete(value)) {
      loop.recordOutcome(name, startNanos, true);
      return true;
    }
    return false;
  }

  private static void count(RetryLoop loop, boolean timeout, int delta) {
    loop.counters().failed.add(delta);
    if (timeout) {
      loop.counters().timeouts.add(delta);
    }
  }

  private static void reportFailure(RetryLoop loop, String name, long startNanos, boolean timeout) {
    if (timeout) {
      loop.recorder().timedOut(name);
    }
    loop.recordOutcome(name, startNanos, false);
  }
}
