package io.slotwise.commands;

import io.slotwise.cluster.ClusterNode;
import java.util.List;

/**
 * One shard of {@code CLUSTER SHARDS}: its slot ranges and its nodes (master and replicas).
 * Immutable and thread-safe.
 *
 * @param slots the slot ranges the shard serves (none for a master without slots)
 * @param nodes the shard's nodes, in the server's order
 */
public record ClusterShard(List<SlotRange> slots, List<Node> nodes) {

  /** Freezes the lists. */
  public ClusterShard {
    slots = List.copyOf(slots);
    nodes = List.copyOf(nodes);
  }

  /**
   * The shard's master, or {@code null} when the server listed none (a shard being failed over).
   */
  public Node master() {
    return nodes.stream().filter(n -> n.role() == ClusterNode.Role.MASTER).findFirst().orElse(null);
  }

  /**
   * One node of a shard, as the server described it.
   *
   * @param id the 40-character node id
   * @param endpoint the preferred endpoint (an IP address or host name, {@code ?} when unknown)
   * @param ip the node's IP address
   * @param hostname its announced host name, or {@code null}
   * @param port its plain-text port, or 0 when it has only a TLS port
   * @param tlsPort its TLS port, or 0 when it has none
   * @param role master or replica
   * @param replicationOffset its replication offset
   * @param health online, failed or loading
   */
  public record Node(
      String id,
      String endpoint,
      String ip,
      String hostname,
      int port,
      int tlsPort,
      ClusterNode.Role role,
      long replicationOffset,
      ClusterNode.Health health) {}
}
