package io.slotwise.internal.cluster;

import io.slotwise.cluster.ClusterNode;
import io.slotwise.cluster.ClusterNode.Health;
import java.util.Objects;

/**
 * What the routing needs to know about {@link ClusterNode} values beyond their accessors: the
 * health word of {@code CLUSTER SHARDS}, and whether two snapshots describe a node alike. Pure and
 * stateless.
 */
final class ClusterNodes {
  private ClusterNodes() {}

  /**
   * The health of a {@code CLUSTER SHARDS} node entry: {@code online}, {@code loading}, else
   * (including {@code fail} and {@code failed}) {@link Health#FAILED}; {@link Health#ONLINE} when
   * absent ({@code null}, as in {@code CLUSTER SLOTS}).
   */
  static Health health(String text) {
    if (text == null) {
      return Health.ONLINE;
    }
    switch (text) {
      case "online":
        return Health.ONLINE;
      case "loading":
        return Health.LOADING;
      default:
        return Health.FAILED;
    }
  }

  /**
   * Whether both describe the same node in the same state: id, address, role, health, and alike
   * replicas in any order. The replication offset is ignored, so that a refresh that only saw the
   * offsets move does not count as a change.
   */
  static boolean sameAs(ClusterNode a, ClusterNode b) {
    if (a == b) {
      return true;
    }
    if (!a.address().equals(b.address())
        || a.role() != b.role()
        || a.health() != b.health()
        || !Objects.equals(a.id(), b.id())
        || a.replicas().size() != b.replicas().size()) {
      return false;
    }
    for (ClusterNode r : a.replicas()) {
      boolean found = false;
      for (ClusterNode o : b.replicas()) {
        if (sameAs(r, o)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }
}
