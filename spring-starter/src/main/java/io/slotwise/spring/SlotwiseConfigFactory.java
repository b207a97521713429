package io.slotwise.spring;

import io.slotwise.SlotwiseConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.env.Environment;

/**
 * Turns the {@code slotwise.*} properties — or, when they name no address, the {@code
 * spring.data.redis.*} ones — into a {@link SlotwiseConfig.Builder}. The {@code spring.data.redis}
 * properties are read from the {@link Environment}, so spring-data-redis need not be on the class
 * path. Not thread-safe; used once per client.
 */
final class SlotwiseConfigFactory {
  /** The properties that name an address; without one of them no client is configured. */
  static final List<String> ADDRESS_PROPERTIES =
      List.of(
          "slotwise.cluster.nodes",
          "slotwise.codis.zk-address",
          "slotwise.codis.proxies",
          "slotwise.standalone.address",
          "spring.data.redis.cluster.nodes",
          RedisUrl.PROPERTY,
          "spring.data.redis.host",
          "spring.data.redis.port");

  private static final String SPRING = "spring.data.redis.";
  private static final int DEFAULT_REDIS_PORT = 6379;

  private final SlotwiseProperties properties;
  private final Binder binder;
  private final SslBundles sslBundles;

  /**
   * @param sslBundles the application's SSL bundles, or null when there are none
   */
  SlotwiseConfigFactory(
      SlotwiseProperties properties, Environment environment, SslBundles sslBundles) {
    this.properties = properties;
    this.binder = Binder.get(environment);
    this.sslBundles = sslBundles;
  }

  /**
   * The builder for the configured deployment with every property applied.
   *
   * @param files receives the PEM files exported from an SSL bundle (to delete at shutdown)
   * @throws IllegalStateException when no address, or more than one kind, is configured
   */
  SlotwiseConfig.Builder builder(Consumer<SslBundlePem> files) {
    List<String> chosen = slotwiseAddresses();
    if (chosen.size() > 1) {
      throw new IllegalStateException(
          "Slotwise: set only one of slotwise.cluster.nodes, slotwise.codis.zk-address"
              + " (or slotwise.codis.proxies) and slotwise.standalone.address; found "
              + chosen);
    }
    SlotwiseConfig.Builder b =
        chosen.isEmpty() ? fromSpringDataRedis() : fromSlotwise(chosen.get(0));
    set(properties.getCommandTimeout(), b::commandTimeout);
    set(properties.getConnectTimeout(), b::connectTimeout);
    set(properties.getClientName(), b::clientName);
    set(properties.getCluster().getMaxRedirects(), b::maxRedirects);
    set(properties.getCluster().getReadFrom(), b::readFrom);
    set(properties.getCluster().getRefreshPeriod(), b::topologyRefreshPeriod);
    set(properties.getCluster().getRefreshMinInterval(), b::topologyRefreshMinInterval);
    set(properties.getCodis().getZkSessionTimeout(), b::zkSessionTimeout);
    set(properties.getStandalone().getDatabase(), b::database);
    if (properties.getPassword() != null) {
      b.password(properties.getPassword());
      b.username(properties.getUsername());
    }
    tls(b, chosen.isEmpty(), files);
    return b;
  }

  private List<String> slotwiseAddresses() {
    List<String> set = new ArrayList<>();
    if (!properties.getCluster().getNodes().isEmpty()) {
      set.add("slotwise.cluster.nodes");
    }
    if (hasText(properties.getCodis().getZkAddress())) {
      set.add("slotwise.codis.zk-address");
    } else if (!properties.getCodis().getProxies().isEmpty()) {
      set.add("slotwise.codis.proxies");
    }
    if (hasText(properties.getStandalone().getAddress())) {
      set.add("slotwise.standalone.address");
    }
    return set;
  }

  private SlotwiseConfig.Builder fromSlotwise(String property) {
    switch (property) {
      case "slotwise.cluster.nodes":
        return SlotwiseConfig.cluster(properties.getCluster().getNodes().toArray(new String[0]));
      case "slotwise.codis.zk-address":
        String product = properties.getCodis().getProduct();
        if (!hasText(product)) {
          throw new IllegalStateException(
              "Slotwise: slotwise.codis.zk-address needs slotwise.codis.product");
        }
        return SlotwiseConfig.codis(properties.getCodis().getZkAddress(), product);
      case "slotwise.codis.proxies":
        return SlotwiseConfig.codisStatic(
            properties.getCodis().getProxies().toArray(new String[0]));
      default:
        return SlotwiseConfig.standalone(properties.getStandalone().getAddress());
    }
  }

  /**
   * Spring Data Redis' properties, as Spring Boot reads them: cluster nodes win over the URL, the
   * URL over host and port (default localhost:6379); the URL's credentials and database win over
   * {@code username}, {@code password} and {@code database}.
   */
  private SlotwiseConfig.Builder fromSpringDataRedis() {
    List<String> nodes =
        binder.bind(SPRING + "cluster.nodes", Bindable.listOf(String.class)).orElse(List.of());
    RedisUrl url = springDataRedisUrl();
    SlotwiseConfig.Builder b;
    if (!nodes.isEmpty()) {
      b = SlotwiseConfig.cluster(nodes.toArray(new String[0]));
      binder.bind(SPRING + "cluster.max-redirects", Integer.class).ifBound(b::maxRedirects);
    } else if (url != null) {
      b = SlotwiseConfig.standalone(url.address());
      Integer database =
          url.database() != null
              ? url.database()
              : binder.bind(SPRING + "database", Integer.class).orElse(null);
      set(database, b::database);
    } else {
      String host = binder.bind(SPRING + "host", String.class).orElse("localhost");
      int port = binder.bind(SPRING + "port", Integer.class).orElse(DEFAULT_REDIS_PORT);
      b = SlotwiseConfig.standalone(hostAndPort(host, port));
      binder.bind(SPRING + "database", Integer.class).ifBound(b::database);
    }
    String password =
        url != null && url.password() != null
            ? url.password()
            : binder.bind(SPRING + "password", String.class).orElse(null);
    if (password != null) {
      b.password(password);
      b.username(
          url != null && url.password() != null
              ? url.username()
              : binder.bind(SPRING + "username", String.class).orElse(null));
    }
    binder.bind(SPRING + "timeout", Duration.class).ifBound(b::commandTimeout);
    binder.bind(SPRING + "connect-timeout", Duration.class).ifBound(b::connectTimeout);
    binder.bind(SPRING + "client-name", String.class).ifBound(b::clientName);
    return b;
  }

  private RedisUrl springDataRedisUrl() {
    String url = binder.bind(RedisUrl.PROPERTY, String.class).orElse(null);
    return url == null || url.isBlank() ? null : RedisUrl.parse(url);
  }

  private static String hostAndPort(String host, int port) {
    return host.indexOf(':') >= 0 && !host.startsWith("[")
        ? "[" + host + "]:" + port
        : host + ":" + port;
  }

  private void tls(
      SlotwiseConfig.Builder b, boolean springDataRedis, Consumer<SslBundlePem> files) {
    SlotwiseProperties.Ssl ssl = properties.getSsl();
    String bundle = ssl.getBundle();
    boolean enabled = ssl.isEnabled();
    if (springDataRedis && bundle == null && !enabled) {
      bundle = binder.bind(SPRING + "ssl.bundle", String.class).orElse(null);
      enabled = binder.bind(SPRING + "ssl.enabled", Boolean.class).orElse(false);
      RedisUrl url = springDataRedisUrl();
      enabled |= url != null && url.ssl();
    }
    if (!enabled && bundle == null) {
      return;
    }
    b.tls(true).tlsVerifyHostname(ssl.isVerifyHostname());
    if (bundle == null) {
      return;
    }
    if (sslBundles == null) {
      throw new IllegalStateException(
          "Slotwise: SSL bundle '" + bundle + "' is named but no SslBundles bean exists");
    }
    SslBundle sslBundle = sslBundles.getBundle(bundle);
    SslBundlePem pem = SslBundlePem.export(bundle, sslBundle);
    files.accept(pem);
    if (pem.trustCertificates() != null) {
      b.tlsTrustCertificates(pem.trustCertificates());
    }
    if (pem.clientCertificate() != null) {
      b.tlsClientCertificate(pem.clientCertificate(), pem.clientKey());
    }
  }

  private static <T> void set(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
