package io.slotwise.internal.codis;

import io.slotwise.HostAndPort;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.metrics.SlotwiseRecorder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The proxies a {@link CodisRouter} knows and their health: one {@link ProxyEndpoint} (address and
 * connection) per registered proxy, the rotation of the healthy ones, ejection, probing and
 * re-admission. The router decides <em>when</em> to eject (see {@link CodisRouter#onNodeFailure});
 * this class keeps the books. Thread-safe: {@link #rotation()} and {@link #endpointOf} are
 * lock-free; every change happens under one lock, off the command path.
 *
 * <p><b>Admission.</b> A new proxy joins the rotation once its connection is up <em>and</em> it has
 * answered a {@code PING} (see the router's class comment); one that fails to is probed. An ejected
 * proxy is probed with {@code PING} on its own connection with capped exponential backoff (from the
 * minimum delay doubling to the maximum); any reply puts it back. Until the connection has
 * reconnected by itself, a probe only looks and reschedules. A removed proxy leaves the rotation at
 * once and its connection drains its in-flight commands ({@code closeGracefully}, bounded by the
 * drain timeout).
 *
 * <p>Owns the connections it opened through its connector; {@link #detachAll()} hands them back to
 * the router for closing. Logs under {@link CodisRouter}'s name.
 */
final class ProxyPool {
  private static final Logger log = LoggerFactory.getLogger(CodisRouter.class);

  private static final Command PING = Command.keyless(true, "PING");
  private static final ProxyEndpoint[] NONE = new ProxyEndpoint[0];

  private final ProxyConnector connector;
  private final ScheduledExecutorService scheduler;
  private final Duration connectTimeout;
  private final Duration drainTimeout;
  private final Duration probeTimeout;
  private final Duration probeMinDelay;
  private final Duration probeMaxDelay;
  private final SlotwiseRecorder recorder;

  private final Object lock = new Object();
  private final Map<HostAndPort, ProxyEndpoint> endpoints = new HashMap<>();

  /** The same endpoints by connection identity, for the failure and success callbacks. */
  private final Map<NodeConnection, ProxyEndpoint> byConnection = new ConcurrentHashMap<>();

  private volatile ProxyEndpoint[] rotation = NONE;
  private volatile boolean closed;

  /**
   * @param connectTimeout bound on a new proxy's first connect
   * @param drainTimeout bound on the in-flight commands of a removed proxy
   * @param probeTimeout bound on one probe's {@code PING}
   */
  ProxyPool(
      ProxyConnector connector,
      ScheduledExecutorService scheduler,
      Duration connectTimeout,
      Duration drainTimeout,
      Duration probeTimeout,
      Duration probeMinDelay,
      Duration probeMaxDelay,
      SlotwiseRecorder recorder) {
    this.connector = connector;
    this.scheduler = scheduler;
    this.connectTimeout = connectTimeout;
    this.drainTimeout = drainTimeout;
    this.probeTimeout = probeTimeout;
    this.probeMinDelay = probeMinDelay;
    this.probeMaxDelay = probeMaxDelay;
    this.recorder = recorder;
  }

  /** The healthy endpoints now, in a fixed order; never modified. Lock-free. */
  ProxyEndpoint[] rotation() {
    return rotation;
  }

  /** The endpoint whose connection is {@code c}, or {@code null}. Lock-free. */
  ProxyEndpoint endpointOf(NodeConnection c) {
    return byConnection.get(c);
  }

  boolean isClosed() {
    return closed;
  }

  /** The connection of the proxy at {@code address} (as registered or after remapping), or null. */
  NodeConnection connectionTo(HostAndPort address) {
    synchronized (lock) {
      ProxyEndpoint e = endpoints.get(address);
      if (e != null) {
        return e.connection;
      }
      for (ProxyEndpoint other : endpoints.values()) {
        if (other.connection.address().equals(address)) {
          return other.connection; // the address after the configured remapping
        }
      }
    }
    return null;
  }

  /** The addresses of every known proxy, healthy or not. */
  Set<HostAndPort> addresses() {
    synchronized (lock) {
      return new LinkedHashSet<>(endpoints.keySet());
    }
  }

  /** Futures completing (never exceptionally) once each known proxy's first connect settled. */
  List<CompletableFuture<Void>> firstConnects() {
    List<CompletableFuture<Void>> pending = new ArrayList<>();
    synchronized (lock) {
      for (ProxyEndpoint e : endpoints.values()) {
        pending.add(e.firstConnect);
      }
    }
    return pending;
  }

  /** Registry listener: opens connections to new addresses, drains removed ones. */
  void proxiesChanged(Map<String, CodisProxyInfo> online) {
    Set<HostAndPort> wanted = new LinkedHashSet<>();
    for (CodisProxyInfo p : online.values()) {
      wanted.add(p.addr());
    }
    List<ProxyEndpoint> added = new ArrayList<>();
    List<ProxyEndpoint> removed = new ArrayList<>();
    synchronized (lock) {
      if (closed) {
        return;
      }
      for (ProxyEndpoint e : List.copyOf(endpoints.values())) {
        if (!wanted.contains(e.address)) {
          endpoints.remove(e.address);
          byConnection.remove(e.connection);
          e.removed = true;
          e.healthy = false;
          e.cancelProbe();
          removed.add(e);
        }
      }
      for (HostAndPort a : wanted) {
        if (!endpoints.containsKey(a)) {
          ProxyEndpoint e = new ProxyEndpoint(a, connector.open(a));
          endpoints.put(a, e);
          byConnection.put(e.connection, e);
          added.add(e);
        }
      }
      rebuildRotation();
    }
    for (ProxyEndpoint e : removed) {
      log.info("Codis proxy {} left the registry; draining its connection", e.address);
      NodeConnection c = e.connection;
      c.closeGracefully(drainTimeout).whenComplete((v, err) -> c.close());
    }
    for (ProxyEndpoint e : added) {
      e.firstConnect = awaitConnected(e, e.connection);
    }
  }

  /**
   * Restores {@code e} once {@code c} is up and the proxy has answered a {@code PING}, or starts
   * probing; never completes exceptionally.
   */
  private CompletableFuture<Void> awaitConnected(ProxyEndpoint e, NodeConnection c) {
    return c.whenConnected()
        .copy()
        .orTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .thenCompose(v -> ping(c))
        .whenComplete(
            (v, err) -> {
              if (err == null) {
                restore(e, c);
              } else {
                log.warn(
                    "Codis proxy {} not admitted (no connection or no PING reply): {}; probing",
                    e.address,
                    CodisRouter.unwrap(err).toString());
                synchronized (lock) {
                  if (e.connection == c && !e.removed && !closed && e.probe == null) {
                    scheduleProbe(e);
                  }
                }
              }
            })
        .handle((v, err) -> null);
  }

  /**
   * Takes {@code e} out of the rotation, if {@code c} is still its healthy connection, and probes.
   */
  void eject(ProxyEndpoint e, NodeConnection c, String reason) {
    synchronized (lock) {
      if (e.removed || closed || !e.healthy || e.connection != c) {
        return;
      }
      e.healthy = false;
      e.consecutiveTimeouts.set(0);
      e.probeAttempt = 0;
      rebuildRotation();
      scheduleProbe(e);
    }
    log.warn("Codis proxy {} ejected ({}); probing it", e.address, reason);
  }

  private void restore(ProxyEndpoint e, NodeConnection c) {
    synchronized (lock) {
      if (e.removed || closed || e.healthy || e.connection != c) {
        return;
      }
      e.healthy = true;
      e.consecutiveTimeouts.set(0);
      e.cancelProbe();
      rebuildRotation();
    }
    log.info("Codis proxy {} is in the rotation", e.address);
  }

  /** Under the lock. */
  private void scheduleProbe(ProxyEndpoint e) {
    long min = probeMinDelay.toMillis();
    long delay = Math.min(probeMaxDelay.toMillis(), min << Math.min(e.probeAttempt, 20));
    e.probeAttempt++;
    e.probe = scheduler.schedule(() -> probe(e), delay, TimeUnit.MILLISECONDS);
  }

  private void probe(ProxyEndpoint e) {
    NodeConnection c;
    synchronized (lock) {
      if (e.removed || closed || e.healthy) {
        return;
      }
      c = e.connection;
      if (!c.isConnected()) {
        // The connection reconnects by itself (NodeConnection's contract); look again soon, at
        // the shortest delay: the backoff paces PINGs to a proxy that is connected but does not
        // answer, it must not keep a reconnected proxy out for seconds.
        e.probe =
            scheduler.schedule(() -> probe(e), probeMinDelay.toMillis(), TimeUnit.MILLISECONDS);
        return;
      }
    }
    NodeConnection probed = c;
    ping(probed)
        .whenComplete(
            (reply, err) -> {
              if (err == null) {
                restore(e, probed);
              } else {
                synchronized (lock) {
                  if (!e.removed && !closed && !e.healthy) {
                    scheduleProbe(e);
                  }
                }
              }
            });
  }

  /** Any reply (even an error) within the probe timeout: the proxy is alive and speaks RESP. */
  private CompletableFuture<Reply> ping(NodeConnection c) {
    return c.request(PING).orTimeout(probeTimeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Under the lock: publishes the healthy endpoints as the new rotation. */
  private void rebuildRotation() {
    List<ProxyEndpoint> healthy = new ArrayList<>();
    for (ProxyEndpoint e : endpoints.values()) {
      if (e.healthy) {
        healthy.add(e);
      }
    }
    healthy.sort((a, b) -> a.address.toString().compareTo(b.address.toString()));
    rotation = healthy.toArray(NONE);
    recorder.codisProxies(healthy.size(), endpoints.size() - healthy.size());
  }

  /**
   * Closes the pool: no endpoint is healthy, probed or admitted any more and the rotation is empty.
   * Returns the connections, which the caller closes; empty when already closed.
   */
  List<NodeConnection> detachAll() {
    List<NodeConnection> connections = new ArrayList<>();
    synchronized (lock) {
      if (closed) {
        return connections;
      }
      closed = true;
      for (ProxyEndpoint e : endpoints.values()) {
        e.cancelProbe();
        e.healthy = false;
        connections.add(e.connection);
      }
      endpoints.clear();
      byConnection.clear();
      rotation = NONE;
    }
    return connections;
  }
}
