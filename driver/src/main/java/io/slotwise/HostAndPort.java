package io.slotwise;

/**
 * A node address: host name or IP literal, and port. Immutable and thread-safe.
 *
 * <p>Parses {@code host:port}, {@code 1.2.3.4:6379}, {@code [::1]:6379} and bare IPv6 literals with
 * the port after the last colon ({@code ::1:6379}), as Redis itself prints them.
 */
public final class HostAndPort {
  private final String host;
  private final int port;
  private final int hash;

  private HostAndPort(String host, int port) {
    this.host = host;
    this.port = port;
    this.hash = 31 * host.hashCode() + port; // connection maps look this up per command
  }

  /** The address {@code host:port}; the host must not be blank, the port in 1..65535. */
  public static HostAndPort of(String host, int port) {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be null or blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be in 1..65535, got " + port + " for " + host);
    }
    String h =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    return new HostAndPort(h, port);
  }

  /**
   * Parses {@code host:port}. The port is the text after the last colon, so IPv6 literals work with
   * or without brackets.
   *
   * @throws IllegalArgumentException naming the text when it is not an address
   */
  public static HostAndPort parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("address must not be null");
    }
    String t = text.trim();
    int colon = t.lastIndexOf(':');
    if (colon <= 0 || colon == t.length() - 1) {
      throw new IllegalArgumentException("address must be host:port, got '" + text + "'");
    }
    int port;
    try {
      port = Integer.parseInt(t.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("address must be host:port, got '" + text + "'", e);
    }
    return of(t.substring(0, colon), port);
  }

  /** The host name or IP address (an IPv6 literal without its brackets). */
  public String host() {
    return host;
  }

  /** The TCP port. */
  public int port() {
    return port;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HostAndPort other && port == other.port && host.equals(other.host);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** {@code host:port}, with brackets around an IPv6 literal. */
  @Override
  public String toString() {
    return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
  }
}
