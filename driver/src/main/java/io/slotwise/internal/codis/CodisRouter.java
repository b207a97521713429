package io.slotwise.internal.codis;

import io.slotwise.CodisOptions;
import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.Timeouts;
import io.slotwise.codis.NoProxyAvailableException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Router;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes every command to the next healthy Codis proxy, round-robin, and takes failing proxies out
 * of the rotation long before ZooKeeper notices. Thread-safe; {@link #route} is lock-free.
 *
 * <p><b>Rotation.</b> The healthy proxies form an immutable array published with one volatile
 * write; {@link #route} advances an {@link AtomicInteger} over it, skipping (and ejecting) a proxy
 * whose connection is down. The array is rebuilt, under a lock off the command path, whenever the
 * registry changes or a proxy is ejected or restored.
 *
 * <p><b>Ejection.</b> {@link #onNodeFailure} ejects a proxy at once on a transport failure, and
 * after {@value #TIMEOUTS_TO_EJECT} timeouts in a row (a reply resets the count). An ejected proxy
 * is probed with {@code PING} on its own connection with capped exponential backoff ({@link
 * #DEFAULT_PROBE_MIN_DELAY} doubling to {@link #DEFAULT_PROBE_MAX_DELAY}); any reply puts it back.
 * {@code PING} goes to a random backend in Codis, so it proves only that the proxy is alive and
 * speaks RESP, which is what ejection is about. Until the connection has reconnected by itself, a
 * probe only looks and reschedules.
 *
 * <p><b>Registry changes.</b> Proxies are keyed by address (two nodes naming one address, such as
 * the stale node of a {@code kill -9}ed proxy and its restart, give one connection). A new proxy
 * joins the rotation once its connection is up <em>and</em> it has answered a {@code PING}: Codis
 * connections have no handshake, so "connected" alone means only that the kernel accepted the TCP
 * connection, not that the proxy serves (one still starting, or accepting and then dropping or
 * ignoring its clients, would get the client's first commands and fail or stall them). A removed
 * proxy leaves the rotation at once and its connection drains its in-flight commands ({@code
 * closeGracefully}, bounded by the command timeout).
 *
 * <p>The router owns its registry, its probe thread and every connection it opened; {@link
 * #close()} releases them all.
 */
public final class CodisRouter implements Router {
  private static final Logger log = LoggerFactory.getLogger(CodisRouter.class);

  public static final Duration DEFAULT_PROBE_MIN_DELAY = Duration.ofMillis(100);
  public static final Duration DEFAULT_PROBE_MAX_DELAY = Duration.ofSeconds(2);

  /** One timeout may be a slow command; two in a row, with no reply between, a stuck proxy. */
  public static final int TIMEOUTS_TO_EJECT = 2;

  /** A probe's PING waits at most this long (or the command timeout, if shorter). */
  private static final Duration MAX_PROBE_TIMEOUT = Duration.ofSeconds(1);

  private static final Command PING = Command.keyless(true, "PING");
  private static final ProxyEndpoint[] NONE = new ProxyEndpoint[0];

  private final ProxyRegistry registry;
  private final ProxyConnector connector;
  private final ScheduledExecutorService scheduler;
  private final boolean ownsScheduler;
  private final Duration startTimeout;
  private final Duration drainTimeout;
  private final Duration probeTimeout;
  private final Duration probeMinDelay;
  private final Duration probeMaxDelay;
  private final SlotwiseRecorder recorder;

  private final Object lock = new Object();
  private final Map<HostAndPort, ProxyEndpoint> endpoints = new HashMap<>();

  /** The same endpoints by connection identity, for the failure and success callbacks. */
  private final Map<NodeConnection, ProxyEndpoint> byConnection = new ConcurrentHashMap<>();

  private final AtomicInteger next = new AtomicInteger();
  private volatile ProxyEndpoint[] rotation = NONE;
  private volatile boolean closed;

  private CodisRouter(
      CodisOptions codis,
      List<HostAndPort> staticProxies,
      Timeouts timeouts,
      SlotwiseRecorder recorder,
      ProxyConnector connector,
      ScheduledExecutorService scheduler,
      boolean ownsScheduler,
      Duration probeMinDelay,
      Duration probeMaxDelay) {
    this.connector = connector;
    this.scheduler = scheduler;
    this.ownsScheduler = ownsScheduler;
    this.startTimeout = timeouts.connectTimeout();
    this.drainTimeout = timeouts.commandTimeout();
    this.probeTimeout =
        drainTimeout.compareTo(MAX_PROBE_TIMEOUT) < 0 ? drainTimeout : MAX_PROBE_TIMEOUT;
    this.probeMinDelay = probeMinDelay;
    this.probeMaxDelay = probeMaxDelay;
    this.recorder = recorder;
    this.registry = ProxyRegistry.create(codis, staticProxies, this::proxiesChanged);
  }

  /**
   * A router for the proxies that {@code codis} names in ZooKeeper, plus {@code staticProxies}
   * (only those when {@code codis} has no ZooKeeper address). Probes run on {@code scheduler} (for
   * instance the transport's; probe tasks are short and never block), which the caller owns and
   * shuts down. Nothing connects before {@link #start()}.
   *
   * @param timeouts the connect timeout bounds each start-up step and a new proxy's admission; the
   *     command timeout bounds a removed proxy's drain (and, up to 1 s, a probe)
   * @throws IllegalArgumentException when a parameter is null, or there is neither a ZooKeeper
   *     address nor a static proxy
   */
  public static CodisRouter create(
      CodisOptions codis,
      List<HostAndPort> staticProxies,
      Timeouts timeouts,
      SlotwiseRecorder recorder,
      ProxyConnector connector,
      ScheduledExecutorService scheduler) {
    if (scheduler == null) {
      throw new IllegalArgumentException("scheduler must not be null");
    }
    return create(
        codis,
        staticProxies,
        timeouts,
        recorder,
        connector,
        scheduler,
        DEFAULT_PROBE_MIN_DELAY,
        DEFAULT_PROBE_MAX_DELAY);
  }

  /**
   * With the probe backoff of the caller's choice (tests); a null scheduler means a probe thread of
   * the router's own.
   */
  static CodisRouter create(
      CodisOptions codis,
      List<HostAndPort> staticProxies,
      Timeouts timeouts,
      SlotwiseRecorder recorder,
      ProxyConnector connector,
      ScheduledExecutorService scheduler,
      Duration probeMin,
      Duration probeMax) {
    requireNonNull(codis, "codis");
    requireNonNull(staticProxies, "staticProxies");
    requireNonNull(timeouts, "timeouts");
    requireNonNull(recorder, "recorder");
    requireNonNull(connector, "connector");
    if (probeMin.isNegative() || probeMin.isZero() || probeMax.compareTo(probeMin) < 0) {
      throw new IllegalArgumentException(
          "probe delays must satisfy 0 < min <= max, got " + probeMin + " and " + probeMax);
    }
    boolean own = scheduler == null;
    ScheduledExecutorService s =
        own
            ? Executors.newSingleThreadScheduledExecutor(
                r -> {
                  Thread t = new Thread(r, "slotwise-codis-probe");
                  t.setDaemon(true);
                  return t;
                })
            : scheduler;
    try {
      return new CodisRouter(
          codis, staticProxies, timeouts, recorder, connector, s, own, probeMin, probeMax);
    } catch (RuntimeException e) {
      if (own) {
        s.shutdownNow();
      }
      throw e;
    }
  }

  private static void requireNonNull(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }

  /**
   * Waits (each step bounded by the connect timeout) for the proxy list, then for the first
   * connection attempt (and, once connected, the first {@code PING}) to every listed proxy;
   * completes when at least one proxy is in the rotation, else fails with {@link
   * NoProxyAvailableException} naming the source.
   */
  @Override
  public CompletableFuture<Void> start() {
    CompletableFuture<Void> listed =
        registry.start().copy().orTimeout(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
    return listed
        .handle(
            (ok, err) -> {
              if (err != null) {
                throw new NoProxyAvailableException(
                    registry.source(), "the proxy list did not arrive within " + startTimeout, err);
              }
              if (registry.online().isEmpty()) {
                throw new NoProxyAvailableException(
                    registry.source(), "no proxy is registered with state online");
              }
              return initialConnects();
            })
        .thenCompose(f -> f)
        .handle(
            (ok, err) -> {
              if (err != null && unwrap(err) instanceof NoProxyAvailableException e) {
                throw e;
              }
              if (rotation.length == 0) {
                throw new NoProxyAvailableException(
                    registry.source(),
                    "could not connect to any of " + addresses(),
                    err == null ? null : unwrap(err));
              }
              return null;
            });
  }

  /** Completes when every proxy known now has settled its first connection attempt. */
  private CompletableFuture<Void> initialConnects() {
    List<CompletableFuture<Void>> pending = new ArrayList<>();
    synchronized (lock) {
      for (ProxyEndpoint e : endpoints.values()) {
        pending.add(e.firstConnect);
      }
    }
    return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
        .orTimeout(startTimeout.plus(probeTimeout).toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public NodeConnection route(Command command) {
    ProxyEndpoint[] r = rotation;
    int n = r.length;
    int first = next.getAndIncrement();
    for (int i = 0; i < n; i++) {
      ProxyEndpoint e = r[Math.floorMod(first + i, n)];
      NodeConnection c = e.connection;
      if (c.isConnected()) {
        return c;
      }
      eject(e, c, "its connection is down");
    }
    throw noProxy();
  }

  /**
   * One healthy proxy's connection for a pipeline, a transaction-like batch or an exclusive
   * session: the caller keeps using it, so all of its commands go to the same proxy.
   *
   * @throws NoProxyAvailableException when no proxy is healthy
   */
  public NodeConnection pinned() {
    return route(PING);
  }

  /** The one healthy proxy that keyless fan-out commands go to (Codis shards for itself). */
  @Override
  public List<NodeConnection> masters() {
    return List.of(route(PING));
  }

  /** The connection of a registered proxy; Codis never redirects, so nothing new is opened. */
  @Override
  public NodeConnection connectionTo(HostAndPort address) {
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
    throw new NoProxyAvailableException(
        registry.source(), address + " is not a registered online proxy");
  }

  /**
   * Ejects the proxy at once on a transport failure, or at the {@value #TIMEOUTS_TO_EJECT}th
   * timeout in a row (any reply in between, see {@link #onNodeSuccess}, resets the count). Failures
   * of connections this router no longer uses, and {@link SlotwiseClosedException}, are ignored.
   */
  @Override
  public void onNodeFailure(NodeConnection connection, Throwable cause, boolean timeout) {
    if (connection == null || cause instanceof SlotwiseClosedException) {
      return;
    }
    ProxyEndpoint e = byConnection.get(connection);
    if (e == null || !e.healthy) {
      return;
    }
    if (timeout && e.consecutiveTimeouts.incrementAndGet() < TIMEOUTS_TO_EJECT) {
      return;
    }
    eject(
        e, connection, timeout ? TIMEOUTS_TO_EJECT + " timeouts in a row" : String.valueOf(cause));
  }

  /** A reply came back: the proxy answers, so its run of timeouts is over. Lock-free. */
  @Override
  public void onNodeSuccess(NodeConnection connection) {
    if (connection == null) {
      return;
    }
    ProxyEndpoint e = byConnection.get(connection);
    if (e != null && e.consecutiveTimeouts.get() != 0) {
      e.consecutiveTimeouts.set(0);
    }
  }

  /** The addresses of the proxies in the rotation now. */
  public List<HostAndPort> healthyProxies() {
    List<HostAndPort> out = new ArrayList<>();
    for (ProxyEndpoint e : rotation) {
      out.add(e.address);
    }
    return List.copyOf(out);
  }

  /** Where proxies come from: the ZooKeeper address and path, or the static list. */
  public String source() {
    return registry.source();
  }

  private RuntimeException noProxy() {
    if (closed) {
      return new SlotwiseClosedException("Codis router for " + registry.source() + " is closed");
    }
    return new NoProxyAvailableException(
        registry.source(),
        registry.online().isEmpty()
            ? "no proxy is registered with state online"
            : "every registered proxy is down or ejected: " + addresses());
  }

  private Set<HostAndPort> addresses() {
    synchronized (lock) {
      return new LinkedHashSet<>(endpoints.keySet());
    }
  }

  /** Registry listener: opens connections to new addresses, drains removed ones. */
  private void proxiesChanged(Map<String, CodisProxyInfo> online) {
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
   * Restores {@code e} once {@code c} is up and the proxy has answered a {@code PING} (see the
   * class comment), or starts probing; never completes exceptionally.
   */
  private CompletableFuture<Void> awaitConnected(ProxyEndpoint e, NodeConnection c) {
    return c.whenConnected()
        .copy()
        .orTimeout(startTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .thenCompose(v -> ping(c))
        .whenComplete(
            (v, err) -> {
              if (err == null) {
                restore(e, c);
              } else {
                log.warn(
                    "Codis proxy {} not admitted (no connection or no PING reply): {}; probing",
                    e.address,
                    unwrap(err).toString());
                synchronized (lock) {
                  if (e.connection == c && !e.removed && !closed && e.probe == null) {
                    scheduleProbe(e);
                  }
                }
              }
            })
        .handle((v, err) -> null);
  }

  private void eject(ProxyEndpoint e, NodeConnection c, String reason) {
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

  private static Throwable unwrap(Throwable t) {
    while ((t instanceof java.util.concurrent.CompletionException
            || t instanceof java.util.concurrent.ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  @Override
  public void close() {
    List<ProxyEndpoint> all;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      all = new ArrayList<>(endpoints.values());
      endpoints.clear();
      byConnection.clear();
      for (ProxyEndpoint e : all) {
        e.cancelProbe();
        e.healthy = false;
      }
      rotation = NONE;
    }
    try {
      registry.close();
    } finally {
      for (ProxyEndpoint e : all) {
        e.connection.close();
      }
      if (ownsScheduler) {
        scheduler.shutdownNow();
      }
    }
  }
}
