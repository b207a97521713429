package io.slotwise.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.CodisOptions;
import io.slotwise.Credentials;
import io.slotwise.HostAndPort;
import io.slotwise.ReadFrom;
import io.slotwise.RetryOptions;
import io.slotwise.SlotwiseConfig;
import io.slotwise.Timeouts;
import io.slotwise.TopologyRefreshOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;

/** Property mapping without any server: which source wins, and every option's target. */
class SlotwiseConfigFactoryTest {
  private final MockEnvironment env = new MockEnvironment();

  private SlotwiseConfig build() {
    SlotwiseProperties props =
        Binder.get(env)
            .bind("slotwise", SlotwiseProperties.class)
            .orElseGet(SlotwiseProperties::new);
    return new SlotwiseConfigFactory(props, env, null).builder(pem -> {}).build();
  }

  @Test
  void slotwiseClusterNodesWithEveryOption() {
    env.withProperty("slotwise.cluster.nodes", "10.0.0.1:7000, 10.0.0.2:7001")
        .withProperty("slotwise.cluster.max-redirects", "3")
        .withProperty("slotwise.cluster.read-from", "replica-preferred")
        .withProperty("slotwise.cluster.refresh-period", "10s")
        .withProperty("slotwise.cluster.refresh-min-interval", "250ms")
        .withProperty("slotwise.command-timeout", "750ms")
        .withProperty("slotwise.connect-timeout", "1s")
        .withProperty("slotwise.username", "app")
        .withProperty("slotwise.password", "secret")
        .withProperty("slotwise.client-name", "orders")
        // ignored: a slotwise address is set
        .withProperty("spring.data.redis.host", "elsewhere")
        .withProperty("spring.data.redis.password", "other");
    SlotwiseConfig c = build();
    assertThat(c.mode()).isEqualTo(SlotwiseConfig.Mode.CLUSTER);
    assertThat(c.addresses())
        .containsExactly(HostAndPort.parse("10.0.0.1:7000"), HostAndPort.parse("10.0.0.2:7001"));
    assertThat(c.retryOptions().maxRedirects()).isEqualTo(3);
    assertThat(c.routingOptions().readFrom()).isEqualTo(ReadFrom.REPLICA_PREFERRED);
    assertThat(c.topologyRefreshOptions())
        .isEqualTo(new TopologyRefreshOptions(Duration.ofSeconds(10), Duration.ofMillis(250)));
    assertThat(c.timeouts()).isEqualTo(new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(750)));
    assertThat(c.credentials()).isEqualTo(new Credentials("app", "secret"));
    assertThat(c.connectionOptions().clientName()).isEqualTo("orders");
    assertThat(c.tlsOptions().enabled()).isFalse();
  }

  @Test
  void defaultsStayTheDriversWhenUnset() {
    env.withProperty("slotwise.standalone.address", "127.0.0.1:6380");
    SlotwiseConfig c = build();
    assertThat(c.mode()).isEqualTo(SlotwiseConfig.Mode.STANDALONE);
    assertThat(c.addresses()).containsExactly(HostAndPort.parse("127.0.0.1:6380"));
    assertThat(c.timeouts().commandTimeout()).isEqualTo(Timeouts.DEFAULT_COMMAND_TIMEOUT);
    assertThat(c.retryOptions().maxRedirects()).isEqualTo(RetryOptions.DEFAULT_MAX_REDIRECTS);
    assertThat(c.credentials().password()).isNull();
  }

  @Test
  void codisFromZooKeeper() {
    env.withProperty("slotwise.codis.zk-address", "zk1:2181,zk2:2181")
        .withProperty("slotwise.codis.product", "shop")
        .withProperty("slotwise.codis.zk-session-timeout", "15s")
        .withProperty("slotwise.password", "pw");
    SlotwiseConfig c = build();
    assertThat(c.mode()).isEqualTo(SlotwiseConfig.Mode.CODIS);
    CodisOptions codis = c.codisOptions();
    assertThat(codis.zkConnect()).isEqualTo("zk1:2181,zk2:2181");
    assertThat(codis.product()).isEqualTo("shop");
    assertThat(codis.proxyPath()).isEqualTo("/jodis/shop");
    assertThat(codis.zkSessionTimeout()).isEqualTo(Duration.ofSeconds(15));
    assertThat(c.credentials().password()).isEqualTo("pw");
  }

  @Test
  void codisStaticProxies() {
    env.withProperty("slotwise.codis.proxies", "10.0.0.5:19000,10.0.0.6:19000");
    SlotwiseConfig c = build();
    assertThat(c.mode()).isEqualTo(SlotwiseConfig.Mode.CODIS);
    assertThat(c.codisOptions().zkConnect()).isNull();
    assertThat(c.addresses()).hasSize(2);
  }

  @Test
  void codisNeedsAProduct() {
    env.withProperty("slotwise.codis.zk-address", "zk1:2181");
    assertThatThrownBy(this::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("slotwise.codis.product");
  }

  @Test
  void onlyOneKindOfAddress() {
    env.withProperty("slotwise.cluster.nodes", "10.0.0.1:7000")
        .withProperty("slotwise.standalone.address", "10.0.0.1:6379");
    assertThatThrownBy(this::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("set only one of")
        .hasMessageContaining("slotwise.cluster.nodes")
        .hasMessageContaining("slotwise.standalone.address");
  }

  @Test
  void springDataRedisCluster() {
    env.withProperty("spring.data.redis.cluster.nodes", "10.0.0.1:7000,10.0.0.2:7000")
        .withProperty("spring.data.redis.cluster.max-redirects", "2")
        .withProperty("spring.data.redis.username", "app")
        .withProperty("spring.data.redis.password", "secret")
        .withProperty("spring.data.redis.timeout", "1500ms")
        .withProperty("spring.data.redis.connect-timeout", "3s")
        .withProperty("spring.data.redis.ssl.enabled", "true");
    SlotwiseConfig c = build();
    assertThat(c.mode()).isEqualTo(SlotwiseConfig.Mode.CLUSTER);
    assertThat(c.addresses()).hasSize(2);
    assertThat(c.retryOptions().maxRedirects()).isEqualTo(2);
    assertThat(c.credentials()).isEqualTo(new Credentials("app", "secret"));
    assertThat(c.timeouts())
        .isEqualTo(new Timeouts(Duration.ofSeconds(3), Duration.ofMillis(1500)));
    assertThat(c.tlsOptions().enabled()).isTrue();
  }

  @Test
  void springDataRedisHostAndPortWithTheirDefaults() {
    env.withProperty("spring.data.redis.port", "6390")
        .withProperty("spring.data.redis.database", "2");
    SlotwiseConfig c = build();
    assertThat(c.mode()).isEqualTo(SlotwiseConfig.Mode.STANDALONE);
    assertThat(c.addresses()).containsExactly(HostAndPort.parse("localhost:6390"));
    assertThat(c.connectionOptions().database()).isEqualTo(2);
  }

  @Test
  void slotwiseTimeoutOverridesSpringDataRedis() {
    env.withProperty("spring.data.redis.host", "redis.internal")
        .withProperty("spring.data.redis.timeout", "5s")
        .withProperty("slotwise.command-timeout", "300ms");
    SlotwiseConfig c = build();
    assertThat(c.addresses()).containsExactly(HostAndPort.parse("redis.internal:6379"));
    assertThat(c.timeouts().commandTimeout()).isEqualTo(Duration.ofMillis(300));
  }

  @Test
  void sslEnabledWithoutBundleUsesTheJdkTrustStore() {
    env.withProperty("slotwise.standalone.address", "127.0.0.1:6380")
        .withProperty("slotwise.ssl.enabled", "true")
        .withProperty("slotwise.ssl.verify-hostname", "false");
    SlotwiseConfig c = build();
    assertThat(c.tlsOptions().enabled()).isTrue();
    assertThat(c.tlsOptions().verifyHostname()).isFalse();
    assertThat(c.tlsOptions().trustCertificates()).isNull();
  }

  @Test
  void aNamedBundleNeedsSslBundles() {
    env.withProperty("slotwise.standalone.address", "127.0.0.1:6380")
        .withProperty("slotwise.ssl.bundle", "redis");
    assertThatThrownBy(this::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'redis'");
  }

  @Test
  void springDataRedisUrlWinsOverHostPasswordAndDatabase() {
    env.withProperty("spring.data.redis.url", "rediss://app:s3cret@cache.example:6380/4")
        .withProperty("spring.data.redis.host", "elsewhere")
        .withProperty("spring.data.redis.password", "other")
        .withProperty("spring.data.redis.database", "1");
    SlotwiseConfig c = build();
    assertThat(c.mode()).isEqualTo(SlotwiseConfig.Mode.STANDALONE);
    assertThat(c.addresses()).containsExactly(HostAndPort.parse("cache.example:6380"));
    assertThat(c.credentials()).isEqualTo(new Credentials("app", "s3cret"));
    assertThat(c.connectionOptions().database()).isEqualTo(4);
    assertThat(c.tlsOptions().enabled()).isTrue();
  }

  @Test
  void springDataRedisUrlThatIsNotOneFailsWithoutShowingIt() {
    env.withProperty("spring.data.redis.url", "http://:pw@host:1");
    assertThatThrownBy(this::build)
        .hasMessageContaining("spring.data.redis.url")
        .hasMessageNotContaining("pw");
  }
}
