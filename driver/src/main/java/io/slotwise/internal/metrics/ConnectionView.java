package io.slotwise.internal.metrics;

import io.slotwise.HostAndPort;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.metrics.ConnectionInfo;
import java.util.Objects;

/**
 * The {@link ConnectionInfo} of a {@link NodeConnection}: reads its address, state and in-flight
 * count, and nothing else, so a recorder cannot send on or close the connection. Two views are
 * equal when they wrap the same connection (identity), so the transport may build one view when the
 * connection opens and another when it closes. Immutable; thread-safe as the connection's getters.
 */
public final class ConnectionView implements ConnectionInfo {
  private final NodeConnection connection;

  private ConnectionView(NodeConnection connection) {
    this.connection = connection;
  }

  /** The view of {@code connection}. */
  public static ConnectionInfo of(NodeConnection connection) {
    return new ConnectionView(Objects.requireNonNull(connection, "connection"));
  }

  @Override
  public HostAndPort address() {
    return connection.address();
  }

  @Override
  public boolean isConnected() {
    return connection.isConnected();
  }

  @Override
  public int inFlight() {
    return connection.inFlight();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConnectionView v && v.connection == connection;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(connection);
  }

  @Override
  public String toString() {
    return "connection to " + connection.address();
  }
}
