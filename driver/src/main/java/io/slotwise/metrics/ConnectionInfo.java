package io.slotwise.metrics;

import io.slotwise.HostAndPort;

/**
 * A read-only view of one connection of a client, as {@link SlotwiseRecorder#connectionOpened} and
 * {@link SlotwiseRecorder#connectionClosed} receive it. Its methods read the live connection: they
 * are cheap, never block, and may be called from any thread (typically when a metrics registry is
 * scraped). After the connection closed they keep answering: not connected, nothing in flight.
 *
 * <p>Identity: the view passed to {@code connectionClosed} is {@linkplain Object#equals equal}
 * (with the same hash code) to the one passed to {@code connectionOpened} for the same connection,
 * and different from the view of any other connection, also one to the same address; so a recorder
 * may keep the views of open connections in a set. Implemented by the driver; the view holds no
 * resource and is not closed.
 */
public interface ConnectionInfo {

  /** The endpoint the connection talks to (a node, a proxy or the standalone server). */
  HostAndPort address();

  /** Whether the connection is connected right now, its handshake done. */
  boolean isConnected();

  /** Commands written on the connection and awaiting their reply right now. */
  int inFlight();
}
