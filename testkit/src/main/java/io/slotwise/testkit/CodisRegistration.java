package io.slotwise.testkit;

import io.slotwise.HostAndPort;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.data.ACL;

/**
 * Registers a stand-in proxy in ZooKeeper exactly as codis-proxy 3.2 does once it is online: an
 * ephemeral node {@code /jodis/{product}/proxy-{token}} (or, in the compatible layout, {@code
 * /zk/codis/db_{product}/proxy/{token}}) holding the pretty-printed JSON of {@code addr}, {@code
 * admin}, {@code start}, {@code state} and {@code token}, keys sorted, four-space indent.
 *
 * <p>The node lives as long as the given Curator client's session, like the proxy's own; {@link
 * #deregister()} deletes it as a clean proxy stop does. Not thread-safe; the test that creates it
 * deregisters it (or closes the Curator client).
 */
public final class CodisRegistration {
  private final CuratorFramework zk;
  private final String path;
  private final HostAndPort addr;
  private final String token;

  private CodisRegistration(CuratorFramework zk, String path, HostAndPort addr, String token) {
    this.zk = zk;
    this.path = path;
    this.addr = addr;
    this.token = token;
  }

  /** {@code /jodis/{product}}, where Codis 3 proxies register by default. */
  public static String codis3Folder(String product) {
    return "/jodis/" + product;
  }

  /** {@code /zk/codis/db_{product}/proxy}, the Codis 2 / {@code jodis_compatible} folder. */
  public static String compatibleFolder(String product) {
    return "/zk/codis/db_" + product + "/proxy";
  }

  /** Registers {@code addr} online in the Codis 3 layout with a fresh token. */
  public static CodisRegistration register(CuratorFramework zk, String product, HostAndPort addr) {
    String token = UUID.randomUUID().toString().replace("-", "");
    return register(zk, codis3Folder(product) + "/proxy-" + token, addr, token, "online", null);
  }

  /** Registers {@code addr} online in the compatible layout with a fresh token. */
  public static CodisRegistration registerCompatible(
      CuratorFramework zk, String product, HostAndPort addr) {
    String token = UUID.randomUUID().toString().replace("-", "");
    return register(zk, compatibleFolder(product) + "/" + token, addr, token, "online", null);
  }

  /**
   * Creates the ephemeral node {@code path} (and its missing parents) with the proxy JSON.
   *
   * @param acl the ACL for the node and the parents it creates, or {@code null} for open access
   */
  public static CodisRegistration register(
      CuratorFramework zk,
      String path,
      HostAndPort addr,
      String token,
      String state,
      List<ACL> acl) {
    List<ACL> a = acl == null ? ZooDefs.Ids.OPEN_ACL_UNSAFE : acl;
    CodisRegistration r = new CodisRegistration(zk, path, addr, token);
    try {
      zk.create()
          .creatingParentsIfNeeded()
          .withMode(CreateMode.EPHEMERAL)
          .withACL(a, true)
          .forPath(path, r.json(state));
    } catch (Exception e) {
      throw new IllegalStateException("cannot register " + addr + " at " + path, e);
    }
    return r;
  }

  /** Rewrites the node with another state, e.g. {@code offline}. */
  public void setState(String state) {
    try {
      zk.setData().forPath(path, json(state));
    } catch (Exception e) {
      throw new IllegalStateException("cannot set state of " + path, e);
    }
  }

  /** Deletes the node, as a cleanly stopping proxy does. */
  public void deregister() {
    try {
      zk.delete().forPath(path);
    } catch (Exception e) {
      throw new IllegalStateException("cannot delete " + path, e);
    }
  }

  public String path() {
    return path;
  }

  public HostAndPort addr() {
    return addr;
  }

  /** The node data codis-proxy would write, as Go's {@code json.MarshalIndent} prints it. */
  byte[] json(String state) {
    String admin = addr.host() + ":11080";
    String text =
        "{\n"
            + "    \"addr\": \""
            + addr
            + "\",\n"
            + "    \"admin\": \""
            + admin
            + "\",\n"
            + "    \"start\": \"2026-11-22 03:10:01.123456789 +0000 UTC\",\n"
            + "    \"state\": \""
            + state
            + "\",\n"
            + "    \"token\": \""
            + token
            + "\"\n"
            + "}";
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
