package io.slotwise.internal.cluster;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts recent failures of one node: {@link #record} says when {@code threshold} failures fell
 * within {@code window} with no success between them, and {@link #isSuspect()} whether the node's
 * last outcome was a failure. Thread-safe; {@link #reset()} is cheap when nothing was counted (one
 * volatile read), so it can run on every successful reply.
 *
 * <p>Keeps a router-wide count of the instances that hold a failure (dirty: counted or suspect), so
 * that a router can skip the per-reply lookup while no node has failed.
 */
public final class NodeFailures {
  private final AtomicInteger dirtyCount;
  private volatile int count;
  private volatile boolean suspect;
  private long firstNanos;
  private boolean discarded;

  /**
   * @param dirtyCount shared by a router's instances: how many of them are dirty now
   */
  NodeFailures(AtomicInteger dirtyCount) {
    this.dirtyCount = dirtyCount;
  }

  /**
   * Records one failure at {@code now}; true (and the count restarts) when the threshold is met.
   */
  synchronized boolean record(long now, long windowNanos, int threshold) {
    if (!suspect && !discarded) {
      dirtyCount.incrementAndGet(); // clean (suspect is set by every failure) → dirty
    }
    suspect = true;
    if (count == 0 || now - firstNanos > windowNanos) {
      firstNanos = now;
      count = 1;
    } else {
      count++;
    }
    if (count >= threshold) {
      count = 0;
      return true;
    }
    return false;
  }

  /** A success: the failures so far no longer count. */
  void reset() {
    if (count != 0 || suspect) {
      synchronized (this) {
        clean();
      }
    }
  }

  /** The node is gone from the router: cleans up and stops counting in the shared count. */
  synchronized void discard() {
    clean();
    discarded = true;
  }

  private void clean() {
    if (suspect && !discarded) {
      dirtyCount.decrementAndGet();
    }
    count = 0;
    suspect = false;
  }

  /** Whether the node failed (or timed out) since its last success. */
  boolean isSuspect() {
    return suspect;
  }
}
