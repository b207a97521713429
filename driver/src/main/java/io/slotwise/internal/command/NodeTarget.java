package io.slotwise.internal.command;

import io.slotwise.HostAndPort;
import io.slotwise.internal.executor.Dispatcher;
import java.util.List;

/**
 * Which nodes a node selection addresses: one given node, every master, or every node; resolved
 * against the dispatcher's topology each time a command is sent. Immutable and thread-safe.
 */
public final class NodeTarget {
  private enum Kind {
    ONE,
    MASTERS,
    ALL
  }

  private final Kind kind;
  private final HostAndPort node;

  private NodeTarget(Kind kind, HostAndPort node) {
    this.kind = kind;
    this.node = node;
  }

  /** The one node {@code node} (any node the client can reach, master or replica). */
  public static NodeTarget node(HostAndPort node) {
    return new NodeTarget(Kind.ONE, Args.requireObject(node, "node"));
  }

  /** Every master (cluster), the one server (standalone). */
  public static NodeTarget masters() {
    return new NodeTarget(Kind.MASTERS, null);
  }

  /** Every master and replica (cluster), the one server, every healthy proxy (Codis). */
  public static NodeTarget all() {
    return new NodeTarget(Kind.ALL, null);
  }

  /** The nodes addressed right now; may be empty while no topology is known. */
  public List<HostAndPort> resolve(Dispatcher dispatcher) {
    return switch (kind) {
      case ONE -> List.of(node);
      case MASTERS -> dispatcher.masters();
      case ALL -> dispatcher.nodes();
    };
  }

  @Override
  public String toString() {
    return switch (kind) {
      case ONE -> "node " + node;
      case MASTERS -> "every master";
      case ALL -> "every node";
    };
  }
}
