package io.slotwise.cluster;

import io.slotwise.HostAndPort;
import java.util.List;

/**
 * One node of a Redis Cluster as a topology snapshot saw it. Immutable and thread-safe.
 *
 * @param id the 40-character node id, or {@code null} when the node is known only by its address (a
 *     {@code MOVED} target that no refresh has described yet)
 * @param address where the client connects, after the configured address remapper
 * @param role master or replica
 * @param health as {@code CLUSTER SHARDS} reports it ({@link Health#ONLINE} when unknown)
 * @param replicationOffset the replication offset reported, or -1 when unknown
 * @param replicas the online replicas of a master (empty for a replica)
 */
public record ClusterNode(
    String id,
    HostAndPort address,
    Role role,
    Health health,
    long replicationOffset,
    List<ClusterNode> replicas) {

  /** A node's role in its shard. */
  public enum Role {
    MASTER,
    REPLICA
  }

  /** A node's health as {@code CLUSTER SHARDS} reports it. */
  public enum Health {
    ONLINE,
    LOADING,
    FAILED
  }

  /** Validates the fields and freezes the replica list. */
  public ClusterNode {
    if (address == null) {
      throw new IllegalArgumentException("address must not be null");
    }
    if (role == null) {
      throw new IllegalArgumentException("role must not be null");
    }
    if (health == null) {
      throw new IllegalArgumentException("health must not be null");
    }
    replicas = replicas == null ? List.of() : List.copyOf(replicas);
    if (role == Role.REPLICA && !replicas.isEmpty()) {
      throw new IllegalArgumentException("a replica cannot have replicas: " + address);
    }
  }

  /** A master known only by its address (for example the target of a {@code MOVED}). */
  public static ClusterNode masterAt(HostAndPort address) {
    return new ClusterNode(null, address, Role.MASTER, Health.ONLINE, -1, List.of());
  }

  /** Whether the node's role is {@link Role#MASTER}. */
  public boolean isMaster() {
    return role == Role.MASTER;
  }

  @Override
  public String toString() {
    return (role == Role.MASTER ? "master " : "replica ")
        + address
        + (id == null ? "" : " " + (id.length() > 8 ? id.substring(0, 8) : id))
        + (health == Health.ONLINE ? "" : " " + health)
        + (replicas.isEmpty() ? "" : " replicas=" + replicas.stream().map(r -> r.address).toList());
  }
}
