package io.slotwise.internal.codis;

import io.slotwise.CodisOptions;
import io.slotwise.HostAndPort;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The live set of online Codis proxies: from ZooKeeper ({@link ZkProxyRegistry}), from a static
 * list ({@link StaticProxyRegistry}), or both. Thread-safe.
 *
 * <p>The registry calls its {@link Listener} with the complete new set after every change, never
 * with a partial one; while its source is unreachable it keeps the last known set. Its creator
 * closes it.
 */
public interface ProxyRegistry extends AutoCloseable {

  /** Receives every new set of online proxies; called on the registry's own thread. */
  @FunctionalInterface
  interface Listener {
    /**
     * @param online the proxies now online, by node name (or address, for static ones)
     */
    void proxiesChanged(Map<String, CodisProxyInfo> online);
  }

  /**
   * The registry the options ask for: ZooKeeper (plus any static proxies) when {@code codis} names
   * an ensemble, else the static proxies alone.
   */
  static ProxyRegistry create(
      CodisOptions codis, List<HostAndPort> staticProxies, Listener listener) {
    if (codis.zkConnect() == null) {
      return new StaticProxyRegistry(staticProxies, listener);
    }
    return ZkProxyRegistry.create(codis, staticProxies, listener);
  }

  /**
   * Starts watching. Completes (on the registry's thread) once the initial set is known; never
   * completes while the source is unreachable, so callers bound the wait.
   */
  CompletableFuture<Void> start();

  /** The proxies online now, by node name; an immutable snapshot. */
  Map<String, CodisProxyInfo> online();

  /** Where proxies come from, for messages: the ZooKeeper address and path, or the list. */
  String source();

  /** Stops watching and releases the ZooKeeper session, if any. Idempotent. */
  @Override
  void close();

  /** Static proxies as registry entries keyed by address. */
  static Map<String, CodisProxyInfo> fixedEntries(List<HostAndPort> addresses) {
    Map<String, CodisProxyInfo> m = new java.util.LinkedHashMap<>();
    for (HostAndPort a : addresses) {
      CodisProxyInfo p = CodisProxyInfo.fixed(a);
      m.put(p.node(), p);
    }
    return Map.copyOf(m);
  }
}
