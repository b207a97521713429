package io.slotwise.cluster;

/**
 * Counts recent failures of one node: {@link #record} says when {@code threshold} failures fell
 * within {@code window} with no success between them, and {@link #isSuspect()} whether the node's
 * last outcome was a failure. Thread-safe; {@link #reset()} is cheap when nothing was counted (one
 * volatile read), so it can run on every successful reply.
 */
final class NodeFailures {
  private volatile int count;
  private volatile boolean suspect;
  private long firstNanos;

  /**
   * Records one failure at {@code now}; true (and the count restarts) when the threshold is met.
   */
  synchronized boolean record(long now, long windowNanos, int threshold) {
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
        count = 0;
        suspect = false;
      }
    }
  }

  /** Whether the node failed (or timed out) since its last success. */
  boolean isSuspect() {
    return suspect;
  }
}
