package io.slotwise.internal.executor;

import io.slotwise.HostAndPort;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.transport.ConnectionSettings;
import io.slotwise.internal.transport.NettyTransport;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Router;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Routes everything to the one server. Thread-safe; owns its connection. */
public final class StandaloneRouter implements Router {
  private final NodeConnection connection;

  StandaloneRouter(NettyTransport transport, ConnectionSettings settings, HostAndPort address) {
    this.connection = transport.open(address, settings);
  }

  @Override
  public CompletableFuture<Void> start() {
    return connection.whenConnected();
  }

  @Override
  public NodeConnection route(Command command) {
    return connection;
  }

  @Override
  public NodeConnection connectionTo(HostAndPort address) {
    if (!address.equals(connection.address())) {
      throw new IllegalArgumentException(
          "standalone client is connected to " + connection.address() + ", not " + address);
    }
    return connection;
  }

  @Override
  public List<NodeConnection> masters() {
    return List.of(connection);
  }

  @Override
  public void close() {
    connection.close();
  }
}
