package io.slotwise.internal.executor;

import io.slotwise.internal.transport.NodeConnection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts invocations together ({@link Invocation#startAll}): arms their deadlines as one batch,
 * routes each one's first attempt, and writes those bound for one node back to back with one {@link
 * NodeConnection#sendAll}, nodes in the order of their first invocation, invocations in the given
 * order. An invocation queued behind retries of its slot, or whose routing failed (a retry is
 * arranged), is not written now.
 *
 * <p>Costs per batch, not per command: one array of node numbers, one exact-size array per node,
 * and the list of distinct nodes, searched linearly while a batch meets few of them (a cluster's
 * masters) and through a map beyond {@link #LINEAR_NODES}. Stateless; runs on the caller's thread.
 */
final class NodeBatches {
  /** Distinct nodes up to which a linear search beats hashing (a batch meets the masters only). */
  static final int LINEAR_NODES = 16;

  private NodeBatches() {}

  static void start(List<? extends Invocation<?>> invocations) {
    int n = invocations.size();
    if (n == 0) {
      return;
    }
    CommandExecutor executor = invocations.get(0).executor;
    long start = executor.nanoTime();
    for (int i = 0; i < n; i++) {
      invocations.get(i).begin(start);
    }
    executor.deadlines().trackAll(invocations, start + executor.timeoutNanos());
    int[] nodeOf = new int[n];
    NodeConnection[] nodes = new NodeConnection[Math.min(n, 4)];
    int[] counts = new int[nodes.length];
    int distinct = 0;
    Map<NodeConnection, Integer> many = null;
    for (int i = 0; i < n; i++) {
      Invocation<?> invocation = invocations.get(i);
      NodeConnection connection = invocation.joinedLane() ? null : invocation.routeFirst();
      if (connection == null) {
        nodeOf[i] = -1; // behind retries of its slot, or a retry is arranged
        continue;
      }
      int k =
          many != null ? many.getOrDefault(connection, -1) : indexOf(nodes, distinct, connection);
      if (k < 0) {
        if (distinct == nodes.length) {
          nodes = Arrays.copyOf(nodes, distinct * 2);
          counts = Arrays.copyOf(counts, distinct * 2);
        }
        k = distinct++;
        nodes[k] = connection;
        if (many != null) {
          many.put(connection, k);
        } else if (distinct > LINEAR_NODES) {
          many = new HashMap<>();
          for (int j = 0; j < distinct; j++) {
            many.put(nodes[j], j);
          }
        }
      }
      nodeOf[i] = k;
      counts[k]++;
    }
    send(invocations, nodeOf, nodes, counts, distinct);
  }

  private static int indexOf(NodeConnection[] nodes, int distinct, NodeConnection connection) {
    for (int k = 0; k < distinct; k++) {
      if (nodes[k] == connection) {
        return k;
      }
    }
    return -1;
  }

  private static void send(
      List<? extends Invocation<?>> invocations,
      int[] nodeOf,
      NodeConnection[] nodes,
      int[] counts,
      int distinct) {
    if (distinct == 1) {
      if (counts[0] == invocations.size()) {
        nodes[0].sendAll(invocations); // the whole batch to one node, as given
        return;
      }
    }
    Invocation<?>[][] batches = new Invocation<?>[distinct][];
    for (int k = 0; k < distinct; k++) {
      batches[k] = new Invocation<?>[counts[k]];
      counts[k] = 0;
    }
    for (int i = 0; i < nodeOf.length; i++) {
      int k = nodeOf[i];
      if (k >= 0) {
        batches[k][counts[k]++] = invocations.get(i);
      }
    }
    for (int k = 0; k < distinct; k++) {
      nodes[k].sendAll(Arrays.asList(batches[k]));
    }
  }
}
