package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.ReadFrom;
import io.slotwise.cluster.ClusterNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Picks the node for a read-only command from a slot's master and its replicas, following a {@link
 * ReadFrom} policy (see there for each policy's rule). Pure apart from a round-robin counter: the
 * health test and the latency table are injected, so it is unit-tested without a network.
 *
 * <p>Thread-safe and lock-free: one array walk over a handful of replicas per read.
 */
public final class ReadSelector {
  private final ReadFrom policy;
  private final Predicate<HostAndPort> healthy;
  private final ToLongFunction<HostAndPort> latency;
  private final AtomicInteger turn = new AtomicInteger();

  /**
   * @param healthy whether the client may use a node now (connected, last command did not fail)
   * @param latency a node's measured round trip in nanoseconds, {@code Long.MAX_VALUE} if unknown
   */
  ReadSelector(
      ReadFrom policy, Predicate<HostAndPort> healthy, ToLongFunction<HostAndPort> latency) {
    this.policy = policy;
    this.healthy = healthy;
    this.latency = latency;
  }

  /** The address to read the slot of {@code master} from. */
  HostAndPort pick(ClusterNode master) {
    List<ClusterNode> replicas = master.replicas();
    HostAndPort own = master.address();
    switch (policy) {
      case MASTER:
        return own;
      case MASTER_PREFERRED:
        if (healthy.test(own)) {
          return own;
        }
        return orElse(healthyReplica(replicas), own);
      case REPLICA:
        if (replicas.isEmpty()) {
          return own; // none listed at all: the master holds the only copy left
        }
        int start = next(replicas.size());
        HostAndPort replica = healthyReplica(replicas, start);
        // None healthy: wait for a listed replica (it may be reconnecting) rather than read from
        // the master.
        return replica != null ? replica : replicas.get(start).address();
      case REPLICA_PREFERRED:
        return orElse(healthyReplica(replicas), own);
      case ANY:
        return any(own, replicas);
      case LOWEST_LATENCY:
        return fastest(own, replicas);
      default:
        throw new AssertionError(policy);
    }
  }

  private HostAndPort healthyReplica(List<ClusterNode> replicas) {
    return replicas.isEmpty() ? null : healthyReplica(replicas, next(replicas.size()));
  }

  private HostAndPort healthyReplica(List<ClusterNode> replicas, int start) {
    int n = replicas.size();
    for (int i = 0; i < n; i++) {
      HostAndPort a = replicas.get((start + i) % n).address();
      if (healthy.test(a)) {
        return a;
      }
    }
    return null;
  }

  private HostAndPort any(HostAndPort own, List<ClusterNode> replicas) {
    int n = replicas.size() + 1;
    int start = next(n);
    for (int i = 0; i < n; i++) {
      int k = (start + i) % n;
      HostAndPort a = k == 0 ? own : replicas.get(k - 1).address();
      if (healthy.test(a)) {
        return a;
      }
    }
    return own;
  }

  private HostAndPort fastest(HostAndPort own, List<ClusterNode> replicas) {
    HostAndPort best = null;
    long bestNanos = Long.MAX_VALUE;
    if (healthy.test(own)) {
      bestNanos = latency.applyAsLong(own);
      best = bestNanos == Long.MAX_VALUE ? null : own;
    }
    for (ClusterNode r : replicas) {
      HostAndPort a = r.address();
      long nanos = latency.applyAsLong(a);
      if (nanos < bestNanos && healthy.test(a)) {
        best = a;
        bestNanos = nanos;
      }
    }
    return best != null ? best : own;
  }

  private int next(int n) {
    return Math.floorMod(turn.getAndIncrement(), n);
  }

  private static HostAndPort orElse(HostAndPort a, HostAndPort b) {
    return a != null ? a : b;
  }
}
