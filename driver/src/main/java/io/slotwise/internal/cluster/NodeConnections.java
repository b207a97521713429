package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.ReadFrom;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.cluster.ClusterNode;
import io.slotwise.internal.transport.ConnectionSettings;
import io.slotwise.internal.transport.NettyTransport;
import io.slotwise.internal.transport.NodeConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A cluster router's command connections: exactly one multiplexed connection per node it talks to,
 * opened lazily and kept in a concurrent map; closed gracefully when its node leaves the topology,
 * at once when the router closes. Removing a connection also drops the cached routes ({@link
 * RouteCache}) and the node's failure record, so that nothing routes to a closed connection.
 *
 * <p>Addresses the <em>servers</em> announce ({@code MOVED}/{@code ASK} targets) go through {@link
 * io.slotwise.RoutingOptions#addressRemapper()} ({@link #resolve}); those handed out already did
 * and are recognised as known, so a remapper need not be idempotent.
 *
 * <p>Thread-safe, lock-free on {@link #get} for a known node. Owns every connection it opened.
 */
final class NodeConnections {
  private final Function<HostAndPort, NodeConnection> connector;
  private final UnaryOperator<HostAndPort> remapper;
  private final CurrentSlotMap slotMap;
  private final RouteCache routes;
  private final NodeFailureTable failures;
  private final Map<HostAndPort, NodeConnection> connections = new ConcurrentHashMap<>();
  private volatile boolean closed;

  NodeConnections(
      Function<HostAndPort, NodeConnection> connector,
      UnaryOperator<HostAndPort> remapper,
      CurrentSlotMap slotMap,
      RouteCache routes,
      NodeFailureTable failures) {
    this.connector = connector;
    this.remapper = remapper;
    this.slotMap = slotMap;
    this.routes = routes;
    this.failures = failures;
  }

  /**
   * How a router opens its connections: through {@code transport} with {@code settings}, plus
   * {@code READONLY} when {@code readFrom} lets reads go to replicas.
   *
   * @throws IllegalArgumentException when an argument is null
   */
  static Function<HostAndPort, NodeConnection> opener(
      ReadFrom readFrom, ConnectionSettings settings, NettyTransport transport) {
    if (readFrom == null || settings == null || transport == null) {
      throw new IllegalArgumentException("readFrom, settings and transport must not be null");
    }
    ConnectionSettings cluster = settings.withReadOnly(readFrom != ReadFrom.MASTER);
    return address -> transport.open(address, cluster);
  }

  /**
   * The connection to a node, opened if needed.
   *
   * @throws SlotwiseClosedException after {@link #close()}
   */
  NodeConnection get(HostAndPort address) {
    NodeConnection c = connections.get(address);
    if (c != null) {
      return c;
    }
    if (closed) {
      throw new SlotwiseClosedException("the cluster router is closed; cannot reach " + address);
    }
    c = connections.computeIfAbsent(address, connector);
    if (closed) {
      forgetAll();
      throw new SlotwiseClosedException("the cluster router is closed; cannot reach " + address);
    }
    return c;
  }

  /** Known (already remapped) addresses as they are; announced ones through the remapper. */
  HostAndPort resolve(HostAndPort address) {
    if (address == null) {
      throw new IllegalArgumentException("address must not be null");
    }
    if (connections.containsKey(address) || slotMap.get().nodeAt(address) != null) {
      return address;
    }
    HostAndPort mapped = remapper.apply(address);
    if (mapped == null) {
      throw new IllegalArgumentException("the address remapper returned null for " + address);
    }
    return mapped;
  }

  /**
   * Whether reads may go to this node now: its connection is up and its last command did not fail.
   * A node without a connection yet gets one opened (in the background) and counts as not healthy
   * this time.
   */
  boolean isHealthy(HostAndPort address) {
    NodeConnection c = connections.get(address);
    if (c == null) {
      if (!closed) {
        get(address);
      }
      return false;
    }
    return c.isConnected() && !failures.isSuspect(address);
  }

  /** Whether the node's connection is down or its last command failed: a refresh asks it last. */
  boolean isSuspect(HostAndPort address) {
    NodeConnection c = connections.get(address);
    return (c != null && !c.isConnected()) || failures.isSuspect(address);
  }

  boolean isClosed() {
    return closed;
  }

  Set<HostAndPort> addresses() {
    return connections.keySet();
  }

  /** Closes and forgets the connection to an address, so the next one resolves its name again. */
  void forget(HostAndPort address) {
    NodeConnection c = connections.remove(address);
    // After the removal: a route that reads this new cache can only find a new connection.
    routes.invalidate(slotMap.get());
    failures.discard(address);
    if (c != null) {
      c.close();
    }
  }

  /** Closes every connection now (the router could not start, or closes). */
  void forgetAll() {
    for (HostAndPort address : new ArrayList<>(connections.keySet())) {
      forget(address);
    }
  }

  /**
   * Closes the connections of nodes {@code map} does not hold, letting their in-flight commands
   * drain for up to {@code drain}.
   */
  void retain(SlotMap map, Duration drain) {
    for (Map.Entry<HostAndPort, NodeConnection> e : new ArrayList<>(connections.entrySet())) {
      if (map.nodeAt(e.getKey()) == null && connections.remove(e.getKey(), e.getValue())) {
        routes.invalidate(map);
        failures.discard(e.getKey());
        e.getValue().closeGracefully(drain);
      }
    }
  }

  /**
   * Opens (in the background) the connections the next commands will need, so that the first
   * command to a promoted replica finds its connection ready.
   */
  void warmUp(Collection<ClusterNode> nodes) {
    for (ClusterNode node : nodes) {
      if (closed) {
        return;
      }
      try {
        get(node.address());
      } catch (SlotwiseClosedException e) {
        return;
      }
    }
  }

  /** After this, no connection is opened; every open one is closed now. Idempotent. */
  void close() {
    closed = true;
    forgetAll();
  }
}
