package io.slotwise.internal.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.slotwise.HostAndPort;
import io.slotwise.metrics.ConnectionInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-node gauges of {@link MicrometerRecorder}: {@code slotwise.connections} and {@code
 * slotwise.commands.inflight}, registered when a node's first connection opens and removed when its
 * last one closes, so that nodes that left the topology do not linger. The gauges read the live
 * connections ({@link ConnectionInfo#isConnected()}, {@link ConnectionInfo#inFlight()}) when the
 * registry is scraped. Thread-safe; opening and closing are rare and take a lock.
 */
public final class NodeGauges {
  private final MeterRegistry registry;
  private final Tags common;
  private final Map<HostAndPort, Node> nodes = new HashMap<>();
  private boolean closed;

  public NodeGauges(MeterRegistry registry, Tags common) {
    this.registry = registry;
    this.common = common;
  }

  public synchronized void opened(ConnectionInfo connection) {
    if (closed) {
      return;
    }
    nodes.computeIfAbsent(connection.address(), this::register).connections.add(connection);
  }

  public synchronized void closed(ConnectionInfo connection) {
    Node node = nodes.get(connection.address());
    if (node != null && node.connections.remove(connection) && node.connections.isEmpty()) {
      nodes.remove(connection.address());
      node.remove(registry);
    }
  }

  public synchronized void close() {
    closed = true;
    for (Node node : nodes.values()) {
      node.remove(registry);
    }
    nodes.clear();
  }

  private Node register(HostAndPort address) {
    Node node = new Node();
    Tags tags = common.and("node", address.toString());
    node.connected =
        Gauge.builder("slotwise.connections", node, Node::connected)
            .description("Connected connections to the node")
            .tags(tags)
            .register(registry);
    node.inFlight =
        Gauge.builder("slotwise.commands.inflight", node, Node::inFlight)
            .description("Commands written to the node and awaiting their reply")
            .tags(tags)
            .register(registry);
    return node;
  }

  private static final class Node {
    final Set<ConnectionInfo> connections = ConcurrentHashMap.newKeySet();
    Gauge connected;
    Gauge inFlight;

    double connected() {
      int n = 0;
      for (ConnectionInfo c : connections) {
        if (c.isConnected()) {
          n++;
        }
      }
      return n;
    }

    double inFlight() {
      long n = 0;
      for (ConnectionInfo c : connections) {
        n += c.inFlight();
      }
      return n;
    }

    void remove(MeterRegistry registry) {
      registry.remove(connected);
      registry.remove(inFlight);
    }
  }
}
