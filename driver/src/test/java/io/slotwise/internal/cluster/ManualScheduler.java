package io.slotwise.internal.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler and clock driven by the test: tasks run only inside {@link #advance} / {@link
 * #runDue}, on the calling thread, in time order. Not thread-safe beyond its synchronized methods;
 * tests drive it from one thread.
 */
public final class ManualScheduler extends AbstractExecutorService
    implements ScheduledExecutorService {
  private final PriorityQueue<Task<?>> queue = new PriorityQueue<>();
  private long now = 1_000_000_000L;
  private long sequence;
  private boolean shutdown;

  public synchronized long nanoTime() {
    return now;
  }

  /** Moves the clock forward, running every task that falls due, in order. */
  public void advance(Duration d) {
    long target;
    synchronized (this) {
      target = now + d.toNanos();
    }
    while (true) {
      Task<?> next;
      synchronized (this) {
        next = queue.peek();
        if (next == null || next.at > target) {
          now = target;
          return;
        }
        queue.poll();
        now = Math.max(now, next.at);
      }
      next.runTask();
    }
  }

  /** Runs every task due now (including ones they schedule for now). */
  public void runDue() {
    advance(Duration.ZERO);
  }

  public synchronized int pending() {
    return queue.size();
  }

  private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
    private long at;
    private final long period;
    private final long seq = sequence++;

    Task(Callable<V> callable, long at, long period) {
      super(callable);
      this.at = at;
      this.period = period;
    }

    void runTask() {
      if (period > 0) {
        if (runAndReset()) {
          synchronized (ManualScheduler.this) {
            at += period;
            queue.add(this);
          }
        }
      } else {
        run();
      }
    }

    @Override
    public boolean cancel(boolean mayInterrupt) {
      synchronized (ManualScheduler.this) {
        queue.remove(this);
      }
      return super.cancel(mayInterrupt);
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(at - nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed o) {
      Task<?> t = (Task<?>) o;
      return at != t.at ? Long.compare(at, t.at) : Long.compare(seq, t.seq);
    }
  }

  private synchronized <V> Task<V> add(Callable<V> c, long delayNanos, long period) {
    if (shutdown) {
      throw new java.util.concurrent.RejectedExecutionException("shut down");
    }
    Task<V> t = new Task<>(c, now + Math.max(0, delayNanos), period);
    queue.add(t);
    return t;
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    return add(
        () -> {
          command.run();
          return null;
        },
        unit.toNanos(delay),
        0);
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    return add(callable, unit.toNanos(delay), 0);
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(
      Runnable command, long initialDelay, long period, TimeUnit unit) {
    return add(
        () -> {
          command.run();
          return null;
        },
        unit.toNanos(initialDelay),
        unit.toNanos(period));
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(
      Runnable command, long initialDelay, long delay, TimeUnit unit) {
    return scheduleAtFixedRate(command, initialDelay, delay, unit);
  }

  @Override
  public void execute(Runnable command) {
    schedule(command, 0, TimeUnit.NANOSECONDS);
  }

  @Override
  public synchronized void shutdown() {
    shutdown = true;
  }

  @Override
  public synchronized List<Runnable> shutdownNow() {
    shutdown = true;
    List<Runnable> left = new ArrayList<>(queue);
    queue.clear();
    return left;
  }

  @Override
  public synchronized boolean isShutdown() {
    return shutdown;
  }

  @Override
  public synchronized boolean isTerminated() {
    return shutdown && queue.isEmpty();
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return isTerminated();
  }
}
