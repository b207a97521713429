package io.slotwise.internal.executor;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps retried commands in submission order: a command that must be sent again after a backoff
 * ({@code CLUSTERDOWN}, a refused connection, a node that is down) parks in the FIFO lane of its
 * slot, and the lane is released as a whole, in order, when the backoff of the command that opened
 * it ends. While a lane exists, a new command for the same slot joins its end instead of overtaking
 * it. Two writes of one key retried after {@code CLUSTERDOWN} or a reconnect are therefore sent
 * again in the order they were submitted, on the same connection, instead of each after its own
 * random backoff.
 *
 * <p>A released command that cannot be sent (no route yet, its node still down) parks again, and
 * the commands behind it in the release park behind it without being tried: the next release starts
 * with it. Commands refused by the server after they were sent park again in the order their
 * replies arrive, which on one connection is the order they were sent.
 *
 * <p>What can still reorder (stated in the README): a write whose refusal and the acceptance of a
 * later write of the same slot straddle the moment the server's state changed (two pipelined
 * writes, the first answered {@code CLUSTERDOWN}, the second accepted); and commands of different
 * slots, which share no lane.
 *
 * <p>Thread-safe. A lane exists exactly while its release is scheduled or running; while no lane
 * exists the command path reads one volatile counter.
 */
final class RetryLanes {
  /** The lane of commands that are not routed by slot (standalone, Codis): one for all. */
  static final int SINGLE_LANE = 0;

  /** Not in any lane: keyless or pinned commands retry on their own. */
  static final int NO_LANE = -1;

  private final ScheduledExecutorService scheduler;
  private final Map<Integer, Lane> lanes = new ConcurrentHashMap<>();
  private final AtomicInteger active = new AtomicInteger();

  /** One slot's waiting commands. Guarded by itself. */
  private static final class Lane {
    final ArrayDeque<Runnable> next = new ArrayDeque<>(); // wait for the next release
    final ArrayDeque<Runnable> releasing = new ArrayDeque<>(); // being sent by the releaser
    Thread releaser; // non-null while a release runs
    boolean scheduled;
    boolean stopRelease; // a released command parked again: the rest waits behind it
    boolean failover; // whether the last command parked here waits out a failover
    boolean removed;
  }

  RetryLanes(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
  }

  /**
   * Parks {@code send} at the end of lane {@code lane} until its next release; the first command of
   * a round schedules the release after {@code delayNanos}.
   *
   * @throws java.util.concurrent.RejectedExecutionException when the scheduler is shut down
   */
  void park(int lane, Runnable send, long delayNanos, boolean failover) {
    while (true) {
      Lane l = lanes.computeIfAbsent(lane, k -> newLane());
      synchronized (l) {
        if (l.removed) {
          continue; // released and emptied meanwhile: open a new one
        }
        l.next.addLast(send);
        l.failover = failover;
        if (l.releaser == Thread.currentThread()) {
          l.stopRelease = true; // parked again while being released
        }
        if (!l.scheduled) {
          scheduler.schedule(() -> release(lane, l), delayNanos, TimeUnit.NANOSECONDS);
          l.scheduled = true;
        }
        return;
      }
    }
  }

  /** What {@link #joinIfWaiting} did. */
  enum Joined {
    /** Nothing waits in the lane: send at once. */
    NO,
    /** Queued behind commands that wait for a backoff. */
    YES,
    /**
     * Queued behind commands that wait out a failover: the command waits for it too, so it gets the
     * failover budget as if it had been refused itself.
     */
    BEHIND_FAILOVER
  }

  /** Queues {@code send} behind the commands waiting in {@code lane}, if any. */
  Joined joinIfWaiting(int lane, Runnable send) {
    if (lane == NO_LANE || active.get() == 0) {
      return Joined.NO;
    }
    Lane l = lanes.get(lane);
    if (l == null) {
      return Joined.NO;
    }
    synchronized (l) {
      if (l.removed) {
        return Joined.NO;
      }
      if (l.releaser != null && l.next.isEmpty()) {
        l.releasing.addLast(send); // sent in this release, after those before it
      } else {
        l.next.addLast(send);
      }
      return l.failover ? Joined.BEHIND_FAILOVER : Joined.YES;
    }
  }

  /** Lanes that hold or are releasing commands now. */
  int activeLanes() {
    return active.get();
  }

  private Lane newLane() {
    active.incrementAndGet();
    return new Lane();
  }

  private void release(int lane, Lane l) {
    synchronized (l) {
      l.scheduled = false;
      l.releaser = Thread.currentThread();
      l.releasing.addAll(l.next);
      l.next.clear();
    }
    while (true) {
      Runnable send;
      synchronized (l) {
        if (l.stopRelease) {
          l.stopRelease = false;
          l.next.addAll(l.releasing); // behind the one that parked again, in order
          l.releasing.clear();
          l.releaser = null;
          return; // its park scheduled the next release
        }
        send = l.releasing.pollFirst();
        if (send == null) {
          l.releaser = null;
          if (l.next.isEmpty() && !l.scheduled) {
            l.removed = true;
            lanes.remove(lane, l);
            active.decrementAndGet();
          }
          return;
        }
      }
      send.run();
    }
  }
}
