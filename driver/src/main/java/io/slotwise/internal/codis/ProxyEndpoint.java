package io.slotwise.internal.codis;

import io.slotwise.HostAndPort;
import io.slotwise.internal.transport.NodeConnection;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One proxy address as the {@link CodisRouter} sees it: its current connection and its health.
 * {@link #healthy} and {@link #consecutiveTimeouts} are read without locks on the command path;
 * every other mutable field, and every write of {@link #healthy}, is guarded by the lock of the
 * {@link ProxyPool} that holds it.
 */
public final class ProxyEndpoint {
  final HostAndPort address;
  final NodeConnection connection;
  volatile boolean healthy;

  /** Set once the proxy left the registry; its connection is draining or closed. */
  boolean removed;

  /** Timeouts since the last reply on this proxy's connection. */
  final AtomicInteger consecutiveTimeouts = new AtomicInteger();

  /** Probes sent since the proxy was ejected; drives the backoff. */
  int probeAttempt;

  ScheduledFuture<?> probe;

  /** Completes (never exceptionally) once the first connection attempt has settled. */
  volatile java.util.concurrent.CompletableFuture<Void> firstConnect =
      java.util.concurrent.CompletableFuture.completedFuture(null);

  ProxyEndpoint(HostAndPort address, NodeConnection connection) {
    this.address = address;
    this.connection = connection;
  }

  void cancelProbe() {
    if (probe != null) {
      probe.cancel(false);
      probe = null;
    }
  }

  @Override
  public String toString() {
    return address + (healthy ? "" : " (ejected)");
  }
}
