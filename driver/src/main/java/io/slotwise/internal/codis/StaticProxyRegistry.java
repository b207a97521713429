package io.slotwise.internal.codis;

import io.slotwise.HostAndPort;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A fixed list of proxies, no ZooKeeper. Immutable and thread-safe; nothing to close. */
public final class StaticProxyRegistry implements ProxyRegistry {
  private final Map<String, CodisProxyInfo> online;
  private final List<HostAndPort> addresses;
  private final Listener listener;

  StaticProxyRegistry(List<HostAndPort> addresses, Listener listener) {
    if (addresses == null || addresses.isEmpty()) {
      throw new IllegalArgumentException("static proxy addresses must not be empty");
    }
    this.addresses = List.copyOf(addresses);
    this.online = ProxyRegistry.fixedEntries(this.addresses);
    this.listener = listener;
  }

  @Override
  public CompletableFuture<Void> start() {
    listener.proxiesChanged(online);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public Map<String, CodisProxyInfo> online() {
    return online;
  }

  @Override
  public String source() {
    return "static list " + addresses;
  }

  @Override
  public void close() {}
}
