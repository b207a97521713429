package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.transport.NodeConnection;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The nodes known to hang: a command to one of them timed out and it has not answered since (a
 * frozen process, a cut-off host). The router writes no command to such a node — they wait for it
 * or for the promotion of a replica — so that a hung master costs only the commands that were
 * already written to it.
 *
 * <p>Each hung node gets one {@code PING} at a time on its shared connection: its reply (or any
 * other reply from the node) clears the mark; a connection failure sends another after {@link
 * #REPROBE}; a closed connection (the node left the topology) forgets the node.
 *
 * <p>Thread-safe; the command path reads one volatile counter while no node hangs. Owns nothing:
 * connections belong to the router.
 */
final class NodeFailureProbe {
  /**
   * Between probes of a node whose connection failed: it reconnects in the background meanwhile.
   */
  static final Duration REPROBE = Duration.ofMillis(100);

  private static final Command PING = Command.keyless(true, "PING");

  private final Function<HostAndPort, NodeConnection> connections;
  private final ScheduledExecutorService scheduler;
  private final Set<HostAndPort> hung = ConcurrentHashMap.newKeySet();
  private final AtomicInteger count = new AtomicInteger();

  /**
   * @param connections the shared connection to a node of the topology, or null when it left
   */
  NodeFailureProbe(
      Function<HostAndPort, NodeConnection> connections, ScheduledExecutorService scheduler) {
    this.connections = connections;
    this.scheduler = scheduler;
  }

  /** A command to {@code node} got no reply in time: hold its commands until it answers. */
  void timedOut(HostAndPort node) {
    if (hung.add(node)) {
      count.incrementAndGet();
      probe(node);
    }
  }

  /** Whether {@code node} hangs. */
  boolean isHung(HostAndPort node) {
    return count.get() != 0 && hung.contains(node);
  }

  /** {@code node} answered: it no longer hangs. Cheap while no node hangs. */
  void answered(HostAndPort node) {
    if (count.get() != 0 && hung.remove(node)) {
      count.decrementAndGet();
    }
  }

  private void probe(HostAndPort node) {
    if (!hung.contains(node)) {
      return;
    }
    NodeConnection connection;
    try {
      connection = connections.apply(node);
    } catch (RuntimeException closed) {
      connection = null;
    }
    if (connection == null) {
      answered(node); // the router is closed or the node left: nothing to wait for
      return;
    }
    connection
        .request(PING)
        .whenComplete(
            (reply, failure) -> {
              if (failure == null || failure instanceof SlotwiseClosedException) {
                answered(node);
              } else {
                reprobe(node);
              }
            });
  }

  private void reprobe(HostAndPort node) {
    try {
      scheduler.schedule(() -> probe(node), REPROBE.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException shutDown) {
      answered(node);
    }
  }
}
