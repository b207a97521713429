package io.slotwise.internal.codis;

import io.slotwise.HostAndPort;
import io.slotwise.internal.transport.NodeConnection;

/**
 * Opens the connection to one Codis proxy, e.g. {@code address -> transport.open(address,
 * codisSettings)}: RESP2, no {@code HELLO}, no {@code CLIENT SETNAME}, one-argument {@code AUTH}.
 *
 * <p>Must not block: the connection connects in the background and reports through {@link
 * NodeConnection#whenConnected()}. The {@link CodisRouter} that calls it owns and closes what it
 * returns. Called from the router's registry and probe threads, so it must be thread-safe.
 */
@FunctionalInterface
public interface ProxyConnector {
  NodeConnection open(HostAndPort address);
}
