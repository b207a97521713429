package io.slotwise.internal.codis;

import io.slotwise.CodisOptions;
import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.Timeouts;
import io.slotwise.codis.NoProxyAvailableException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Router;
import io.slotwise.metrics.SlotwiseRecorder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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
 * <p>The proxies, their connections, the rotation and the probes are kept by a {@link ProxyPool};
 * this class decides when a proxy is ejected and picks the next one. The router owns its registry,
 * its pool, its probe thread (unless given a scheduler) and every connection it opened; {@link
 * #close()} releases them all.
 */
public final class CodisRouter implements Router {

  public static final Duration DEFAULT_PROBE_MIN_DELAY = Duration.ofMillis(100);
  public static final Duration DEFAULT_PROBE_MAX_DELAY = Duration.ofSeconds(2);

  /** One timeout may be a slow command; two in a row, with no reply between, a stuck proxy. */
  public static final int TIMEOUTS_TO_EJECT = 2;

  /** A probe's PING waits at most this long (or the command timeout, if shorter). */
  private static final Duration MAX_PROBE_TIMEOUT = Duration.ofSeconds(1);

  private static final Command PING = Command.keyless(true, "PING");

  private final ProxyRegistry registry;
  private final ProxyPool pool;
  private final ScheduledExecutorService scheduler;
  private final boolean ownsScheduler;
  private final Duration startTimeout;
  private final Duration listTimeout;
  private final String listTimeoutName;
  private final Duration probeTimeout;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();

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
    this.scheduler = scheduler;
    this.ownsScheduler = ownsScheduler;
    this.startTimeout = timeouts.connectTimeout();
    // The proxy list comes from ZooKeeper (its own timeout, as documented) or from static
    // addresses.
    boolean zk = codis.zkConnect() != null;
    this.listTimeout = zk ? codis.zkConnectionTimeout() : startTimeout;
    this.listTimeoutName = zk ? "zkConnectionTimeout" : "connectTimeout";
    Duration commandTimeout = timeouts.commandTimeout();
    this.probeTimeout =
        commandTimeout.compareTo(MAX_PROBE_TIMEOUT) < 0 ? commandTimeout : MAX_PROBE_TIMEOUT;
    this.pool =
        new ProxyPool(
            connector,
            scheduler,
            startTimeout,
            commandTimeout,
            probeTimeout,
            probeMinDelay,
            probeMaxDelay,
            recorder);
    this.registry = ProxyRegistry.create(codis, staticProxies, pool::proxiesChanged);
  }

  /**
   * A router for the proxies that {@code codis} names in ZooKeeper, plus {@code staticProxies}
   * (only those when {@code codis} has no ZooKeeper address). Probes run on {@code scheduler} (for
   * instance the transport's; probe tasks are short and never block), which the caller owns and
   * shuts down. Nothing connects before {@link #start()}.
   *
   * @param timeouts the connect timeout bounds each proxy's first connection and a new proxy's
   *     admission ({@code codis.zkConnectionTimeout()} bounds the wait for the proxy list); the
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
   * Waits for the proxy list (bounded by {@code zkConnectionTimeout} when it comes from ZooKeeper,
   * by the connect timeout otherwise), then (each bounded by the connect timeout) for the first
   * connection attempt (and, once connected, the first {@code PING}) to every listed proxy;
   * completes when at least one proxy is in the rotation, else fails with {@link
   * NoProxyAvailableException} naming the source.
   */
  @Override
  public CompletableFuture<Void> start() {
    CompletableFuture<Void> listed =
        registry.start().copy().orTimeout(listTimeout.toMillis(), TimeUnit.MILLISECONDS);
    return listed
        .handle(
            (ok, err) -> {
              if (err != null) {
                throw new NoProxyAvailableException(
                    registry.source(),
                    "the proxy list did not arrive within " + listTimeoutName + " " + listTimeout,
                    err);
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
              if (pool.rotation().length == 0) {
                throw new NoProxyAvailableException(
                    registry.source(),
                    "could not connect to any of " + pool.addresses(),
                    err == null ? null : unwrap(err));
              }
              return null;
            });
  }

  /** Completes when every proxy known now has settled its first connection attempt. */
  private CompletableFuture<Void> initialConnects() {
    return CompletableFuture.allOf(pool.firstConnects().toArray(CompletableFuture[]::new))
        .orTimeout(startTimeout.plus(probeTimeout).toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public NodeConnection route(Command command) {
    ProxyEndpoint[] r = pool.rotation();
    int n = r.length;
    int first = next.getAndIncrement();
    for (int i = 0; i < n; i++) {
      ProxyEndpoint e = r[Math.floorMod(first + i, n)];
      NodeConnection c = e.connection;
      if (c.isConnected()) {
        return c;
      }
      pool.eject(e, c, "its connection is down");
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

  /** Every healthy proxy, in the rotation's (address) order; none while no proxy is healthy. */
  @Override
  public List<NodeConnection> nodes() {
    List<NodeConnection> out = new ArrayList<>();
    for (ProxyEndpoint e : pool.rotation()) {
      out.add(e.connection);
    }
    return out;
  }

  /** The connection of a registered proxy; Codis never redirects, so nothing new is opened. */
  @Override
  public NodeConnection connectionTo(HostAndPort address) {
    NodeConnection c = pool.connectionTo(address);
    if (c != null) {
      return c;
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
    ProxyEndpoint e = pool.endpointOf(connection);
    if (e == null || !e.healthy) {
      return;
    }
    if (timeout && e.consecutiveTimeouts.incrementAndGet() < TIMEOUTS_TO_EJECT) {
      return;
    }
    pool.eject(
        e, connection, timeout ? TIMEOUTS_TO_EJECT + " timeouts in a row" : String.valueOf(cause));
  }

  /** A reply came back: the proxy answers, so its run of timeouts is over. Lock-free. */
  @Override
  public void onNodeSuccess(NodeConnection connection) {
    if (connection == null) {
      return;
    }
    ProxyEndpoint e = pool.endpointOf(connection);
    if (e != null && e.consecutiveTimeouts.get() != 0) {
      e.consecutiveTimeouts.set(0);
    }
  }

  /** The addresses of the proxies in the rotation now. */
  public List<HostAndPort> healthyProxies() {
    List<HostAndPort> out = new ArrayList<>();
    for (ProxyEndpoint e : pool.rotation()) {
      out.add(e.address);
    }
    return List.copyOf(out);
  }

  /** Where proxies come from: the ZooKeeper address and path, or the static list. */
  public String source() {
    return registry.source();
  }

  private RuntimeException noProxy() {
    if (pool.isClosed()) {
      return new SlotwiseClosedException("Codis router for " + registry.source() + " is closed");
    }
    return new NoProxyAvailableException(
        registry.source(),
        registry.online().isEmpty()
            ? "no proxy is registered with state online"
            : "every registered proxy is down or ejected: " + pool.addresses());
  }

  static Throwable unwrap(Throwable t) {
    while ((t instanceof java.util.concurrent.CompletionException
            || t instanceof java.util.concurrent.ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    List<NodeConnection> connections = pool.detachAll();
    try {
      registry.close();
    } finally {
      for (NodeConnection c : connections) {
        c.close();
      }
      if (ownsScheduler) {
        scheduler.shutdownNow();
      }
    }
  }
}
