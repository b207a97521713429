package io.slotwise.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Finds TCP ports on 127.0.0.1 that are free right now. The port can be taken by someone else
 * before the server binds it, so callers retry when a server reports "address already in use".
 */
public final class FreePorts {
  /** Redis Cluster's bus listens on the data port plus this offset. */
  static final int CLUSTER_BUS_OFFSET = 10000;

  private static final int ATTEMPTS = 200;
  private static final InetAddress LOOPBACK = loopback();

  private FreePorts() {}

  /**
   * A free port; with {@code withBusPort}, one whose cluster bus port (port + 10000) is free too.
   */
  static int find(boolean withBusPort) {
    for (int i = 0; i < ATTEMPTS; i++) {
      int port = bindAny();
      if (!withBusPort) {
        return port;
      }
      int bus = port + CLUSTER_BUS_OFFSET;
      if (bus <= 65535 && isFree(bus)) {
        return port;
      }
    }
    throw new IllegalStateException("no free port on 127.0.0.1 after " + ATTEMPTS + " attempts");
  }

  private static int bindAny() {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(false);
      s.bind(new InetSocketAddress(LOOPBACK, 0));
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("cannot bind an ephemeral port on 127.0.0.1", e);
    }
  }

  private static InetAddress loopback() {
    try {
      return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException("127.0.0.1 is not an address", e);
    }
  }

  static boolean isFree(int port) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(false);
      s.bind(new InetSocketAddress(LOOPBACK, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
