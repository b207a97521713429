package io.slotwise.internal.codis;

import io.slotwise.HostAndPort;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * What one Codis proxy published about itself in its ZooKeeper node, e.g.
 *
 * <pre>{@code
 * {
 *     "addr": "127.0.0.1:19000",
 *     "admin": "127.0.0.1:11080",
 *     "start": "2026-11-22 03:10:01.12 +0000 UTC",
 *     "state": "online",
 *     "token": "9c5d..."
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@code addr} and {@code state} are required; the other fields are
 * empty strings when absent, and unknown fields are ignored. Only proxies whose state is exactly
 * {@code online} take traffic (Codis 2 also wrote {@code offline} and {@code mark_offline}).
 */
public final class CodisProxyInfo {
  /** The only state in which a proxy takes traffic. */
  public static final String ONLINE = "online";

  private final String node;
  private final HostAndPort addr;
  private final String admin;
  private final String state;
  private final String token;
  private final String start;

  private CodisProxyInfo(
      String node, HostAndPort addr, String admin, String state, String token, String start) {
    this.node = node;
    this.addr = addr;
    this.admin = admin;
    this.state = state;
    this.token = token;
    this.start = start;
  }

  /**
   * Parses the data of one proxy node.
   *
   * @param node the node's path or name, used in messages only
   * @param data the node's data, JSON in UTF-8
   * @throws IllegalArgumentException naming the node when the data is missing, not a JSON object,
   *     lacks {@code addr} or {@code state}, or holds an {@code addr} that is not {@code host:port}
   */
  public static CodisProxyInfo parse(String node, byte[] data) {
    Objects.requireNonNull(node, "node");
    if (data == null || data.length == 0) {
      throw new IllegalArgumentException("proxy node " + node + " has no data");
    }
    Map<String, String> fields;
    try {
      fields = FlatJson.parseObject(new String(data, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "proxy node " + node + " does not hold a JSON object: " + e.getMessage(), e);
    }
    String addrText = fields.get("addr");
    if (addrText == null) {
      throw new IllegalArgumentException("proxy node " + node + " has no \"addr\" field");
    }
    String state = fields.get("state");
    if (state == null) {
      throw new IllegalArgumentException("proxy node " + node + " has no \"state\" field");
    }
    HostAndPort addr;
    try {
      addr = HostAndPort.parse(addrText);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "proxy node " + node + " has a bad \"addr\": " + e.getMessage(), e);
    }
    return new CodisProxyInfo(
        node,
        addr,
        fields.getOrDefault("admin", ""),
        state,
        fields.getOrDefault("token", ""),
        fields.getOrDefault("start", ""));
  }

  /** A proxy known from a static list rather than ZooKeeper: online, named by its address. */
  static CodisProxyInfo fixed(HostAndPort addr) {
    return new CodisProxyInfo(addr.toString(), addr, "", ONLINE, "", "");
  }

  /** The ZooKeeper node this came from (or the address, for a static proxy). */
  public String node() {
    return node;
  }

  /** Where clients connect. */
  public HostAndPort addr() {
    return addr;
  }

  /** The proxy's admin (HTTP) address, or an empty string. */
  public String admin() {
    return admin;
  }

  public String state() {
    return state;
  }

  /** The proxy's token, or an empty string. */
  public String token() {
    return token;
  }

  /** When the proxy started, as it printed it, or an empty string. */
  public String start() {
    return start;
  }

  /** Whether the proxy takes traffic: its state is exactly {@value #ONLINE}. */
  public boolean isOnline() {
    return ONLINE.equals(state);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CodisProxyInfo p
        && node.equals(p.node)
        && addr.equals(p.addr)
        && admin.equals(p.admin)
        && state.equals(p.state)
        && token.equals(p.token)
        && start.equals(p.start);
  }

  @Override
  public int hashCode() {
    return Objects.hash(node, addr, admin, state, token, start);
  }

  @Override
  public String toString() {
    return "CodisProxy{" + node + " addr=" + addr + " state=" + state + "}";
  }
}
