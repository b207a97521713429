package io.slotwise.spring;

import io.slotwise.metrics.ConnectionInfo;
import io.slotwise.metrics.SlotwiseRecorder;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SlotwiseRecorder} that keeps what the health indicator reports: the client's connections
 * (per node, connected or not), the slots its slot map leaves uncovered and the Codis proxies up
 * and ejected. Thread-safe; every callback is a set or map update.
 */
final class SlotwiseHealthTracker implements SlotwiseRecorder {
  private final Set<ConnectionInfo> connections = ConcurrentHashMap.newKeySet();
  private volatile int uncoveredSlots = -1;
  private volatile int proxiesUp = -1;
  private volatile int proxiesEjected = -1;

  @Override
  public void connectionOpened(ConnectionInfo connection) {
    connections.add(connection);
  }

  @Override
  public void connectionClosed(ConnectionInfo connection) {
    connections.remove(connection);
  }

  @Override
  public void slotMapChanged(int uncovered) {
    this.uncoveredSlots = uncovered;
  }

  @Override
  public void codisProxies(int up, int ejected) {
    this.proxiesUp = up;
    this.proxiesEjected = ejected;
  }

  /** Each node the client has a connection to, and whether one of them is connected. */
  Map<String, Boolean> nodes() {
    Map<String, Boolean> nodes = new TreeMap<>();
    for (ConnectionInfo c : connections) {
      nodes.merge(c.address().toString(), c.isConnected(), Boolean::logicalOr);
    }
    return nodes;
  }

  /** Uncovered slots of the last slot map, or -1 before the first (or outside cluster mode). */
  int uncoveredSlots() {
    return uncoveredSlots;
  }

  /** Codis proxies in the rotation, or -1 outside Codis mode. */
  int proxiesUp() {
    return proxiesUp;
  }

  /** Codis proxies registered online but ejected, or -1 outside Codis mode. */
  int proxiesEjected() {
    return proxiesEjected;
  }
}
