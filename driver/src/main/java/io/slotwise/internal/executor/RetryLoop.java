package io.slotwise.internal.executor;

import io.slotwise.SlotwiseException;
import io.slotwise.SlotwiseStats;
import io.slotwise.internal.transport.Router;
import io.slotwise.metrics.SlotwiseRecorder;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The client's one retry loop: what every path that sends commands shares — shared-connection
 * commands ({@link Invocation}), blocking commands on exclusive connections ({@link
 * ExclusiveCall}), transactions ({@link TransactionRunner}) and subscriptions. It holds the
 * redirect bound, the backoff settings, the counters behind {@link
 * io.slotwise.SlotwiseClient#stats()}, the recorder, and the router that hears of redirects and
 * node failures. Each unit of work gets its own {@link Attempts} from it, which asks {@link
 * RetryPolicy} what to do and carries the decision out.
 *
 * <p>Thread-safe; created by the {@link CommandExecutor} and shared with the exclusive connections
 * and the subscriptions of the same client. Holds no thread: delayed attempts run on the given
 * scheduler, which belongs to the transport.
 */
public final class RetryLoop {
  private final Router router;
  private final ScheduledExecutorService scheduler;
  private final LongSupplier clock;
  private final int maxRedirects;
  private final long minDelayNanos;
  private final long maxDelayNanos;
  private final SlotwiseRecorder recorder;
  private final ExecutorCounters counters = new ExecutorCounters();

  /**
   * @param maxRedirects {@code MOVED}/{@code ASK} redirects one unit may follow
   * @param minDelay the first retry's backoff (before jitter)
   * @param maxDelay the cap of the exponential backoff
   */
  public RetryLoop(
      Router router,
      ScheduledExecutorService scheduler,
      LongSupplier clock,
      int maxRedirects,
      Duration minDelay,
      Duration maxDelay,
      SlotwiseRecorder recorder) {
    this.router = router;
    this.scheduler = scheduler;
    this.clock = clock;
    this.maxRedirects = maxRedirects;
    this.minDelayNanos = minDelay.toNanos();
    this.maxDelayNanos = maxDelay.toNanos();
    this.recorder = recorder;
  }

  /**
   * The attempts of one command: {@code MOVED} and {@code ASK} are followed to the target at once,
   * retries wait a backoff, all until {@code deadlineNanos}.
   */
  Attempts command(String name, byte[] key, long startNanos, long deadlineNanos) {
    return new Attempts(
        this, name, key, Attempts.Unit.COMMAND, Integer.MAX_VALUE, startNanos, deadlineNanos);
  }

  /**
   * The attempts of a unit that cannot be preceded by {@code ASKING} (a {@code WATCH} and its
   * {@code MULTI}/{@code EXEC} block), retried whole at most {@code maxAttempts} times in all; no
   * deadline of its own (each step waits at most the command timeout).
   */
  Attempts block(String name, byte[] key, int maxAttempts) {
    long now = nanoTime();
    return new Attempts(this, name, key, Attempts.Unit.BLOCK, maxAttempts, now, Long.MAX_VALUE);
  }

  /**
   * The attempts of a transaction: as {@link #block(String, byte[], int)}, and waits for a slot
   * split by a migration (which do not count as attempts) end at {@code budgetNanos} from now.
   */
  Attempts transaction(String name, byte[] key, int maxAttempts, long budgetNanos) {
    long now = nanoTime();
    return new Attempts(this, name, key, Attempts.Unit.BLOCK, maxAttempts, now, now + budgetNanos);
  }

  /**
   * The attempts of one subscribe-family command of a pub/sub check round: its outcome is counted
   * and reported like any other, and the subscription's next round is its retry.
   *
   * @param key the shard channel (for the slot in messages), or null
   */
  public Attempts subscription(String name, byte[] key) {
    return block(name, key, Integer.MAX_VALUE);
  }

  /** Counters since the client started. */
  public SlotwiseStats stats() {
    return counters.snapshot();
  }

  /**
   * Delay before retry number {@code retry} (0-based): exponential from the minimum, capped at the
   * maximum, with jitter in the upper half so that many clients do not retry in lockstep.
   */
  long backoffNanos(int retry) {
    long cap = minDelayNanos << Math.min(retry, 20);
    if (cap <= 0 || cap > maxDelayNanos) {
      cap = maxDelayNanos;
    }
    long half = cap / 2;
    return half + ThreadLocalRandom.current().nextLong(half + 1);
  }

  /**
   * Runs {@code attempt} after {@code delayNanos}: at once on this thread when zero (a redirect),
   * else on the scheduler.
   *
   * @throws RejectedExecutionException when the scheduler is shut down (the client is closing)
   */
  void resend(long delayNanos, Runnable attempt) {
    if (delayNanos <= 0) {
      attempt.run();
    } else {
      scheduler.schedule(attempt, delayNanos, TimeUnit.NANOSECONDS);
    }
  }

  /** Waits out a backoff on the caller's thread (a transaction, which runs there). */
  void pause(long delayNanos) {
    if (delayNanos <= 0) {
      return;
    }
    try {
      TimeUnit.NANOSECONDS.sleep(delayNanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlotwiseException("interrupted while waiting to retry", e);
    }
  }

  long nanoTime() {
    return clock.getAsLong();
  }

  Router router() {
    return router;
  }

  int maxRedirects() {
    return maxRedirects;
  }

  ExecutorCounters counters() {
    return counters;
  }

  SlotwiseRecorder recorder() {
    return recorder;
  }

  /** Reports a unit's outcome; measures nothing when no recorder is configured. */
  void recordOutcome(String name, long startNanos, boolean success) {
    if (recorder != SlotwiseRecorder.NOOP) {
      recorder.commandCompleted(name, nanoTime() - startNanos, success);
    }
  }
}
