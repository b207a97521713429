package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A router's failure bookkeeping: one {@link NodeFailures} per node that has failed, and a count of
 * the nodes holding a failure now, so that {@link #succeeded} — called on every reply — costs one
 * volatile read while no node has failed. Thread-safe.
 */
public final class NodeFailureTable {
  private final Map<HostAndPort, NodeFailures> failures = new ConcurrentHashMap<>();
  private final AtomicInteger dirty = new AtomicInteger();
  private final long windowNanos;

  /**
   * @param windowNanos failures further apart than this do not add up
   */
  NodeFailureTable(long windowNanos) {
    this.windowNanos = windowNanos;
  }

  /**
   * Records one failure of {@code node} at {@code now}; true when it is the {@code threshold}-th
   * within the window with no success between (the count then restarts).
   */
  boolean failed(HostAndPort node, long now, int threshold) {
    return failures
        .computeIfAbsent(node, a -> new NodeFailures(dirty))
        .record(now, windowNanos, threshold);
  }

  /** A reply arrived from {@code node}: its failures so far no longer count. */
  void succeeded(HostAndPort node) {
    if (dirty.get() == 0) {
      return; // no node has failed since its last success: nothing to reset
    }
    NodeFailures f = failures.get(node);
    if (f != null) {
      f.reset();
    }
  }

  /** Whether {@code node} failed (or timed out) since its last success. */
  boolean isSuspect(HostAndPort node) {
    NodeFailures f = failures.get(node);
    return f != null && f.isSuspect();
  }

  /** {@code node} left the router: forgets its failures. */
  void discard(HostAndPort node) {
    NodeFailures f = failures.remove(node);
    if (f != null) {
      f.discard();
    }
  }
}
