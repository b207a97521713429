package io.slotwise.codis;

import io.slotwise.HostAndPort;
import io.slotwise.transport.NodeConnection;
import java.util.concurrent.ScheduledFuture;

/**
 * One proxy address as the {@link CodisRouter} sees it: its current connection and its health.
 * {@link #connection} and {@link #healthy} are read without locks on the command path; every other
 * field, and every write, is guarded by the router's lock.
 */
final class ProxyEndpoint {
  final HostAndPort address;
  final NodeConnection connection;
  volatile boolean healthy;

  /** Set once the proxy left the registry; its connection is draining or closed. */
  boolean removed;

  /** Timeouts counted in the current window, and when that window began. */
  int timeouts;

  long timeoutWindowStartNanos;

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
