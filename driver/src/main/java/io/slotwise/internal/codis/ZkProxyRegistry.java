package io.slotwise.internal.codis;

import io.slotwise.CodisOptions;
import io.slotwise.HostAndPort;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.framework.recipes.cache.ChildData;
import org.apache.curator.framework.recipes.cache.CuratorCache;
import org.apache.curator.framework.recipes.cache.CuratorCacheListener;
import org.apache.curator.framework.state.ConnectionState;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.curator.utils.ZKPaths;
import org.apache.zookeeper.client.ZKClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online Codis proxies watched in ZooKeeper with a Curator {@link CuratorCache} on the proxy folder
 * ({@code /jodis/{product}} or {@code /zk/codis/db_{product}/proxy}). Thread-safe.
 *
 * <p>Every cache event recomputes the whole set from the cache (the direct children of the folder
 * whose JSON parses and whose state is {@code online}) and hands it to the listener when it
 * differs, so a reconnect that replays many events converges on the server's truth. While the
 * session is suspended or lost the cache keeps its content, so the last known set keeps serving;
 * this is logged once when it starts and once when ZooKeeper is back. Owns its Curator client.
 */
public final class ZkProxyRegistry implements ProxyRegistry {
  private static final Logger log = LoggerFactory.getLogger(ZkProxyRegistry.class);

  /** Curator retries each ZooKeeper operation this often (it reconnects forever regardless). */
  private static final int RETRY_BASE_MS = 100;

  private static final int RETRY_MAX_MS = 2_000;
  private static final int RETRY_COUNT = 10;

  private final String connect;
  private final String path;
  private final Map<String, CodisProxyInfo> fixed;
  private final Listener listener;
  private final CuratorFramework client;
  private final CuratorCache cache;
  private final CompletableFuture<Void> initialized = new CompletableFuture<>();
  private final Set<String> warnedBadNodes = new HashSet<>();
  private volatile Map<String, CodisProxyInfo> online = Map.of();
  private boolean loaded;
  private boolean disconnected;
  private boolean closed;

  private ZkProxyRegistry(
      CodisOptions codis,
      List<HostAndPort> staticProxies,
      Listener listener,
      CuratorFramework client) {
    this.connect = codis.zkConnect();
    this.path = codis.proxyPath();
    this.fixed = staticProxies.isEmpty() ? Map.of() : ProxyRegistry.fixedEntries(staticProxies);
    this.listener = Objects.requireNonNull(listener, "listener");
    this.client = client;
    this.cache = CuratorCache.build(client, path);
  }

  /**
   * A registry for the ensemble and path of {@code codis}, plus {@code staticProxies}; nothing
   * connects before start.
   */
  static ZkProxyRegistry create(
      CodisOptions codis, List<HostAndPort> staticProxies, Listener listener) {
    String path = codis.proxyPath();
    if (path == null || !path.startsWith("/") || (path.length() > 1 && path.endsWith("/"))) {
      throw new IllegalArgumentException("codis ZooKeeper path must be absolute, got " + path);
    }
    CuratorFrameworkFactory.Builder b =
        CuratorFrameworkFactory.builder()
            .connectString(codis.zkConnect())
            .sessionTimeoutMs(millis(codis.zkSessionTimeout()))
            .connectionTimeoutMs(millis(codis.zkConnectionTimeout()))
            .zkClientConfig(requestTimeout(codis.zkConnectionTimeout()))
            .retryPolicy(new ExponentialBackoffRetry(RETRY_BASE_MS, RETRY_COUNT, RETRY_MAX_MS));
    if (codis.zkDigest() != null) {
      b.authorization("digest", codis.zkDigest().getBytes(StandardCharsets.UTF_8));
    }
    return new ZkProxyRegistry(codis, staticProxies, listener, b.build());
  }

  /**
   * A ZooKeeper request unanswered for {@code zkConnectionTimeout} fails (Curator retries it)
   * instead of waiting forever: without this, closing a client whose ensemble accepts TCP but never
   * answers blocks the caller for about the session timeout (the close request waits for a reply),
   * so a client that failed to start would keep its caller waiting long after zkConnectionTimeout.
   * A config object of our own, not the JVM-wide system property.
   */
  private static ZKClientConfig requestTimeout(java.time.Duration zkConnectionTimeout) {
    ZKClientConfig config = new ZKClientConfig();
    config.setProperty(
        ZKClientConfig.ZOOKEEPER_REQUEST_TIMEOUT, Long.toString(zkConnectionTimeout.toMillis()));
    return config;
  }

  private static int millis(java.time.Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
  }

  @Override
  public CompletableFuture<Void> start() {
    client.getConnectionStateListenable().addListener((c, state) -> stateChanged(state));
    cache
        .listenable()
        .addListener(
            CuratorCacheListener.builder()
                .forAll((type, before, after) -> recompute())
                .forInitialized(this::onInitialized)
                .build());
    client.start();
    cache.start();
    return initialized;
  }

  private void onInitialized() {
    synchronized (this) {
      loaded = true;
    }
    recompute();
    initialized.complete(null);
  }

  private void stateChanged(ConnectionState state) {
    boolean reconcile = false;
    synchronized (this) {
      if (closed) {
        return;
      }
      if (state == ConnectionState.SUSPENDED || state == ConnectionState.LOST) {
        if (!disconnected) {
          disconnected = true;
          log.warn(
              "ZooKeeper {} unreachable ({}); keeping the last known {} Codis proxies of {}",
              connect,
              state,
              online.size(),
              path);
        }
      } else if (state.isConnected() && disconnected) {
        disconnected = false;
        reconcile = true;
        log.info(
            "ZooKeeper {} reachable again ({}); reconciling proxies of {}", connect, state, path);
      }
    }
    if (reconcile) {
      recompute();
    }
  }

  /** Rebuilds the online set from the cache and publishes it when it changed. */
  private synchronized void recompute() {
    if (closed || !loaded) {
      return;
    }
    Map<String, CodisProxyInfo> next = new LinkedHashMap<>(fixed);
    cache.stream().filter(d -> isProxyNode(d.getPath())).forEach(d -> accept(d, next));
    Map<String, CodisProxyInfo> snapshot = Map.copyOf(next);
    Map<String, CodisProxyInfo> before = online;
    if (snapshot.equals(before)) {
      return;
    }
    logChanges(before, snapshot);
    online = snapshot;
    listener.proxiesChanged(snapshot);
  }

  private boolean isProxyNode(String nodePath) {
    return !nodePath.equals(path) && ZKPaths.getPathAndNode(nodePath).getPath().equals(path);
  }

  private void accept(ChildData d, Map<String, CodisProxyInfo> into) {
    String name = ZKPaths.getNodeFromPath(d.getPath());
    try {
      CodisProxyInfo p = CodisProxyInfo.parse(d.getPath(), d.getData());
      if (p.isOnline()) {
        into.put(name, p);
      }
    } catch (IllegalArgumentException e) {
      String version = d.getPath() + "@" + (d.getStat() == null ? -1 : d.getStat().getMzxid());
      if (warnedBadNodes.add(version)) {
        log.warn("ignoring Codis proxy node: {}", e.getMessage());
      }
    }
  }

  private void logChanges(Map<String, CodisProxyInfo> before, Map<String, CodisProxyInfo> after) {
    for (Map.Entry<String, CodisProxyInfo> e : after.entrySet()) {
      CodisProxyInfo old = before.get(e.getKey());
      if (old == null) {
        log.info("Codis proxy online: {}", e.getValue());
      } else if (!old.equals(e.getValue())) {
        log.info("Codis proxy changed: {} -> {}", old, e.getValue());
      }
    }
    for (Map.Entry<String, CodisProxyInfo> e : before.entrySet()) {
      if (!after.containsKey(e.getKey())) {
        log.info("Codis proxy gone: {}", e.getValue());
      }
    }
  }

  @Override
  public Map<String, CodisProxyInfo> online() {
    return online;
  }

  @Override
  public String source() {
    return "ZooKeeper " + connect + " path " + path;
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    try {
      cache.close();
    } finally {
      client.close();
    }
  }
}
