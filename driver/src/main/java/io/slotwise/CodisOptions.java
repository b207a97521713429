package io.slotwise;

import io.slotwise.internal.config.OptionChecks;
import java.time.Duration;

/**
 * Where a Codis client finds its proxies: the ZooKeeper ensemble and the folder the proxies
 * register in. Unused in the other modes, and for Codis proxies at fixed addresses ({@link
 * SlotwiseConfig#codisStatic}), where {@code zkConnect} is {@code null}. Immutable and thread-safe;
 * {@link #toString()} never shows the ZooKeeper password.
 *
 * @param zkConnect ZooKeeper connect string, e.g. {@code zk1:2181,zk2:2181}, or {@code null}; not
 *     blank
 * @param product the Codis product name; needed (not blank) when {@code zkConnect} is set
 * @param layout where proxies register; default {@link SlotwiseConfig.CodisLayout#CODIS3}
 * @param zkPath the folder of the proxy nodes, overriding the layout's; starts with {@code /}, or
 *     {@code null} (the default) for the layout's, see {@link #proxyPath()}
 * @param zkDigest ZooKeeper digest credentials {@code user:password}, or {@code null} (the default)
 * @param zkSessionTimeout ZooKeeper session timeout; positive. Default {@link
 *     #DEFAULT_ZK_SESSION_TIMEOUT}.
 * @param zkConnectionTimeout how long to wait for ZooKeeper; positive. Default {@link
 *     #DEFAULT_ZK_CONNECTION_TIMEOUT}.
 */
public record CodisOptions(
    String zkConnect,
    String product,
    SlotwiseConfig.CodisLayout layout,
    String zkPath,
    String zkDigest,
    Duration zkSessionTimeout,
    Duration zkConnectionTimeout) {

  /** How long ZooKeeper keeps the client's session through a disconnection. */
  public static final Duration DEFAULT_ZK_SESSION_TIMEOUT = Duration.ofSeconds(30);

  /** How long one attempt to reach the ensemble may take. */
  public static final Duration DEFAULT_ZK_CONNECTION_TIMEOUT = Duration.ofSeconds(10);

  /** Validates every component; see the record description for the accepted values. */
  public CodisOptions {
    if (zkConnect != null && zkConnect.isBlank()) {
      throw new IllegalArgumentException("zkConnect must not be blank");
    }
    if (zkConnect != null && (product == null || product.isBlank())) {
      throw new IllegalArgumentException("codis product must not be null or blank, got " + product);
    }
    OptionChecks.notNull(layout, "layout");
    if (zkPath != null && !zkPath.startsWith("/")) {
      throw new IllegalArgumentException("zkPath must start with '/', got " + zkPath);
    }
    if (zkDigest != null && zkDigest.indexOf(':') < 1) {
      throw new IllegalArgumentException("zkDigest must be user:password");
    }
    OptionChecks.positive(zkSessionTimeout, "zkSessionTimeout");
    OptionChecks.positive(zkConnectionTimeout, "zkConnectionTimeout");
  }

  /** No ZooKeeper; the Codis 3 layout and the {@code DEFAULT_*} timeouts once one is given. */
  public static CodisOptions defaults() {
    return new CodisOptions(
        null,
        null,
        SlotwiseConfig.CodisLayout.CODIS3,
        null,
        null,
        DEFAULT_ZK_SESSION_TIMEOUT,
        DEFAULT_ZK_CONNECTION_TIMEOUT);
  }

  /**
   * The ZooKeeper folder that holds the proxy nodes: {@link #zkPath()} when set, else the layout's
   * ({@code /jodis/{product}} or {@code /zk/codis/db_{product}/proxy}); {@code null} without a
   * product.
   */
  public String proxyPath() {
    if (zkPath != null || product == null) {
      return zkPath;
    }
    return layout == SlotwiseConfig.CodisLayout.CODIS3
        ? "/jodis/" + product
        : "/zk/codis/db_" + product + "/proxy";
  }

  /** A copy reading the proxies of {@code product} from the ensemble {@code zkConnect}. */
  public CodisOptions withZooKeeper(String zkConnect, String product) {
    return new CodisOptions(
        zkConnect, product, layout, zkPath, zkDigest, zkSessionTimeout, zkConnectionTimeout);
  }

  /** A copy with {@code layout} replaced, validated like the constructor. */
  public CodisOptions withLayout(SlotwiseConfig.CodisLayout layout) {
    return new CodisOptions(
        zkConnect, product, layout, zkPath, zkDigest, zkSessionTimeout, zkConnectionTimeout);
  }

  /** A copy with {@code zkPath} replaced, validated like the constructor. */
  public CodisOptions withZkPath(String zkPath) {
    return new CodisOptions(
        zkConnect, product, layout, zkPath, zkDigest, zkSessionTimeout, zkConnectionTimeout);
  }

  /** A copy with {@code zkDigest} replaced, validated like the constructor. */
  public CodisOptions withZkDigest(String zkDigest) {
    return new CodisOptions(
        zkConnect, product, layout, zkPath, zkDigest, zkSessionTimeout, zkConnectionTimeout);
  }

  /** A copy with {@code zkSessionTimeout} replaced, validated like the constructor. */
  public CodisOptions withZkSessionTimeout(Duration zkSessionTimeout) {
    return new CodisOptions(
        zkConnect, product, layout, zkPath, zkDigest, zkSessionTimeout, zkConnectionTimeout);
  }

  /** A copy with {@code zkConnectionTimeout} replaced, validated like the constructor. */
  public CodisOptions withZkConnectionTimeout(Duration zkConnectionTimeout) {
    return new CodisOptions(
        zkConnect, product, layout, zkPath, zkDigest, zkSessionTimeout, zkConnectionTimeout);
  }

  /** Shows every component but the password of {@link #zkDigest()}. */
  @Override
  public String toString() {
    return "CodisOptions[zkConnect="
        + zkConnect
        + ", product="
        + product
        + ", layout="
        + layout
        + ", zkPath="
        + proxyPath()
        + ", zkDigest="
        + (zkDigest == null ? "none" : zkDigest.substring(0, zkDigest.indexOf(':')) + ":<hidden>")
        + ", zkSessionTimeout="
        + zkSessionTimeout
        + ", zkConnectionTimeout="
        + zkConnectionTimeout
        + "]";
  }
}
