package io.slotwise.internal.executor;

import io.slotwise.internal.transport.DirectLinks;
import io.slotwise.internal.transport.IoThreads;
import io.slotwise.internal.transport.NodeConnection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts invocations together (a pipeline's batch, a cross-slot call's parts): arms their deadlines
 * as one batch, routes each one's first attempt, and writes those bound for one node back to back
 * with one {@link NodeConnection#sendAll}, nodes in the order of their first invocation,
 * invocations in the given order. An invocation queued behind retries of its slot, or whose routing
 * failed (a retry is arranged), is not written now.
 *
 * <p>Costs per batch, not per command: one array of node numbers, one exact-size array per node,
 * and the list of distinct nodes, searched linearly while a batch meets few of them (a cluster's
 * masters) and through a map beyond {@link #LINEAR_NODES}. Stateless; runs on the caller's thread.
 */
final class NodeBatches {
  /** Distinct nodes up to which a linear search beats hashing (a batch meets the masters only). */
  static final int LINEAR_NODES = 16;

  private NodeBatches() {}

  /**
   * @param direct whether each node's batch may go on a caller-thread link of the calling thread
   *     (see {@link DirectLinks}; never on an I/O thread): all batches are written first, then the
   *     replies of each read in turn, before this returns
   */
  static void start(List<? extends Invocation<?>> invocations, boolean direct) {
    startTogether(invocations, direct && !IoThreads.isIoThread());
  }

  private static void startTogether(List<? extends Invocation<?>> invocations, boolean direct) {
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
    send(invocations, nodeOf, nodes, counts, distinct, direct);
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
      int distinct,
      boolean direct) {
    if (distinct == 1 && counts[0] == invocations.size()) {
      // The whole batch to one node, as given.
      finish(write(nodes[0], invocations, direct));
      return;
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
    DirectLinks.Written[] written = new DirectLinks.Written[distinct];
    for (int k = 0; k < distinct; k++) {
      written[k] = write(nodes[k], Arrays.asList(batches[k]), direct);
    }
    for (int k = 0; k < distinct; k++) {
      finish(written[k]);
    }
  }

  /**
   * Writes one node's batch: on a caller-thread link when {@code direct} and one is free (its
   * replies are read by {@link #finish}), else on the shared connection.
   */
  private static DirectLinks.Written write(
      NodeConnection node, List<? extends Invocation<?>> batch, boolean direct) {
    DirectLinks links = direct ? node.directLinks() : null;
    DirectLinks.Written written = links == null ? null : links.writeAll(batch);
    if (written == null) {
      node.sendAll(batch);
    }
    return written;
  }

  private static void finish(DirectLinks.Written written) {
    if (written != null) {
      written.readAll();
    }
  }
}
