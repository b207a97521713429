package io.slotwise.internal.executor;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Command deadlines without one timer per command.
 *
 * <p>A timer per command (a scheduled task armed at the start and cancelled at the reply) costs an
 * allocation and two priority-queue operations on the scheduler's thread for every command, though
 * nearly every command completes within a millisecond. Instead, every started invocation is
 * appended to one lock-free FIFO. While the FIFO is not empty a sweep runs every {@code period}; it
 * takes the entries started more than one period ago: the completed ones (nearly all) are dropped,
 * and each one still pending gets a real timer for the rest of its deadline ({@link
 * Invocation#onSweep}). A fast command thus costs one queue append; only slow commands pay for a
 * timer; the deadline itself is exact either way; and the FIFO holds about two periods of traffic.
 *
 * <p>Every command has the same timeout and is appended when it starts, so the FIFO is (up to
 * thread races of a few nanoseconds) in deadline order and the sweep stops at the first young
 * entry. Thread-safe; {@link #track} is lock-free. Lives as long as its executor; it holds no
 * thread of its own (sweeps run on the scheduler only while commands are tracked).
 */
public final class DeadlineSweeper {
  /**
   * The longest sweep period: at most two periods of commands wait in the FIFO (about 20k entries
   * at a million commands per second), and a period is far longer than a typical round trip, so
   * that few commands need a timer.
   */
  static final long MAX_PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  /** The shortest period, for very short command timeouts. */
  static final long MIN_PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final ScheduledExecutorService scheduler;
  private final LongSupplier clock;
  private final long timeoutNanos;
  private final long periodNanos;
  private final Queue<Tracked> recent = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean sweepScheduled = new AtomicBoolean();
  private final Runnable sweep = this::sweep;

  DeadlineSweeper(ScheduledExecutorService scheduler, LongSupplier clock, long timeoutNanos) {
    this.scheduler = scheduler;
    this.clock = clock;
    this.timeoutNanos = timeoutNanos;
    // An eighth of the timeout: a pending command gets its timer long before its deadline.
    this.periodNanos = Math.max(MIN_PERIOD_NANOS, Math.min(MAX_PERIOD_NANOS, timeoutNanos / 8));
  }

  /** What the sweeper watches: one invocation, or a batch started together. */
  interface Tracked {
    /** The (earliest) deadline, set when started. */
    long deadlineNanos();

    /** Called once the entry is older than a sweep period. */
    void onSweep(long now);
  }

  /** Watches an invocation that has just started (its deadline set). */
  void track(Invocation<?> invocation) {
    enqueue(invocation);
  }

  /**
   * Watches invocations started together, whose deadlines were all set at {@code deadlineNanos} or
   * later: one queue entry for the whole batch (a pipeline's or a cross-slot command's parts).
   */
  void trackAll(List<? extends Invocation<?>> invocations, long deadlineNanos) {
    if (invocations.size() == 1) {
      enqueue(invocations.get(0));
    } else if (!invocations.isEmpty()) {
      enqueue(new Batch(invocations, deadlineNanos));
    }
  }

  private record Batch(List<? extends Invocation<?>> invocations, long deadlineNanos)
      implements Tracked {
    @Override
    public void onSweep(long now) {
      for (Invocation<?> invocation : invocations) {
        invocation.onSweep(now);
      }
    }
  }

  private void enqueue(Tracked entry) {
    recent.offer(entry);
    if (!sweepScheduled.get() && sweepScheduled.compareAndSet(false, true)) {
      scheduleSweep();
    }
  }

  private void scheduleSweep() {
    try {
      scheduler.schedule(sweep, periodNanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException shutDown) {
      // The client is closing: its connections fail every pending command.
      sweepScheduled.set(false);
    }
  }

  private void sweep() {
    long now = clock.getAsLong();
    // Started at or before this instant: more than one period ago.
    long startedBy = now - periodNanos;
    Tracked head;
    while ((head = recent.peek()) != null && head.deadlineNanos() - timeoutNanos <= startedBy) {
      recent.poll();
      head.onSweep(now);
    }
    sweepScheduled.set(false);
    if (!recent.isEmpty() && sweepScheduled.compareAndSet(false, true)) {
      scheduleSweep();
    }
  }
}
