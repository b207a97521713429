package io.slotwise.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.slotwise.SlotwiseClient;
import io.slotwise.SlotwiseConfig;
import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.commands.RedisCommands;
import io.slotwise.metrics.MicrometerRecorder;
import io.slotwise.spring.data.SlotwiseConnectionFactory;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.CodisRegistration;
import io.slotwise.testkit.ForwardingProxy;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import io.slotwise.testkit.TestCertificates;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.actuate.autoconfigure.data.redis.RedisHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Every condition of {@link SlotwiseAutoConfiguration}, each against real servers: the shared local
 * cluster and standalone server of the test kit, a TLS server, and Codis stand-ins in a real
 * ZooKeeper.
 */
@ExtendWith(RedisExtension.class)
class SlotwiseAutoConfigurationIT {
  private static LocalRedisCluster cluster;
  private static RedisServerProcess server;

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(SlotwiseAutoConfiguration.class, RedisAutoConfiguration.class));

  @BeforeAll
  static void servers(LocalRedisCluster sharedCluster, RedisServerProcess sharedServer) {
    cluster = sharedCluster;
    server = sharedServer;
  }

  private static String seeds() {
    return String.join(",", cluster.seeds());
  }

  @Test
  void slotwiseClusterNodes() {
    runner
        .withPropertyValues("slotwise.cluster.nodes=" + seeds(), "slotwise.cluster.max-redirects=4")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              SlotwiseClient client = context.getBean(SlotwiseClient.class);
              assertThat(client.config().mode()).isEqualTo(SlotwiseConfig.Mode.CLUSTER);
              assertThat(client.config().maxRedirects()).isEqualTo(4);
              RedisCommands redis = context.getBean(RedisCommands.class);
              redis.set("starter:{a}", "1");
              redis.set("starter:{b}", "2");
              assertThat(redis.mget("starter:{a}", "starter:{b}")).containsExactly("1", "2");
              assertThat(
                      context
                          .getBean(AsyncRedisCommands.class)
                          .get("starter:{b}")
                          .get(5, TimeUnit.SECONDS))
                  .isEqualTo("2");
            });
  }

  @Test
  void slotwiseStandaloneAddress() {
    runner
        .withPropertyValues("slotwise.standalone.address=" + server.address())
        .run(
            context -> {
              SlotwiseClient client = context.getBean(SlotwiseClient.class);
              assertThat(client.config().mode()).isEqualTo(SlotwiseConfig.Mode.STANDALONE);
              assertThat(context.getBean(RedisCommands.class).ping()).isEqualTo("PONG");
            });
  }

  @Test
  void springDataRedisClusterNodes() {
    runner
        .withPropertyValues(
            "spring.data.redis.cluster.nodes=" + seeds(), "spring.data.redis.timeout=1500ms")
        .run(
            context -> {
              SlotwiseClient client = context.getBean(SlotwiseClient.class);
              assertThat(client.config().mode()).isEqualTo(SlotwiseConfig.Mode.CLUSTER);
              assertThat(client.config().commandTimeout().toMillis()).isEqualTo(1500);
              client.sync().set("starter:sdr", "v");
              assertThat(client.sync().get("starter:sdr")).isEqualTo("v");
            });
  }

  @Test
  void springDataRedisHostAndPort() {
    runner
        .withPropertyValues(
            "spring.data.redis.host=" + server.address().host(),
            "spring.data.redis.port=" + server.port())
        .run(
            context -> {
              SlotwiseClient client = context.getBean(SlotwiseClient.class);
              assertThat(client.config().mode()).isEqualTo(SlotwiseConfig.Mode.STANDALONE);
              assertThat(client.config().addresses()).containsExactly(server.address());
              assertThat(client.sync().ping()).isEqualTo("PONG");
            });
  }

  @Test
  void noAddressMeansNoClient() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(SlotwiseClient.class);
          assertThat(context).doesNotHaveBean(SlotwiseConfig.class);
          assertThat(context).doesNotHaveBean(RedisCommands.class);
        });
  }

  @Test
  void twoKindsOfAddressFailClearly() {
    runner
        .withPropertyValues(
            "slotwise.cluster.nodes=" + seeds(), "slotwise.standalone.address=" + server.address())
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("set only one of"));
  }

  @Test
  void customizersRunInOrderAfterTheProperties() {
    runner
        .withPropertyValues(
            "slotwise.standalone.address=" + server.address(), "slotwise.client-name=from-props")
        .withBean("second", SlotwiseClientCustomizer.class, () -> new Second())
        .withBean("first", SlotwiseClientCustomizer.class, () -> new First())
        .run(
            context -> {
              SlotwiseConfig config = context.getBean(SlotwiseClient.class).config();
              assertThat(config.clientName()).isEqualTo("second");
              assertThat(config.commandTimeout().toMillis()).isEqualTo(1234);
              assertThat(context.getBean(RedisCommands.class).ping()).isEqualTo("PONG");
            });
  }

  @Order(1)
  static final class First implements SlotwiseClientCustomizer {
    @Override
    public void customize(SlotwiseConfig.Builder builder) {
      builder.clientName("first").commandTimeout(java.time.Duration.ofMillis(1234));
    }
  }

  @Order(2)
  static final class Second implements SlotwiseClientCustomizer {
    @Override
    public void customize(SlotwiseConfig.Builder builder) {
      builder.clientName("second");
    }
  }

  @Test
  void applicationClientWins() {
    runner
        .withPropertyValues("slotwise.standalone.address=" + server.address())
        .withBean(
            "myClient",
            SlotwiseClient.class,
            () -> SlotwiseClient.standalone(server.address().toString()),
            bd -> bd.setDestroyMethodName("close"))
        .run(
            context -> {
              assertThat(context).hasSingleBean(SlotwiseClient.class);
              assertThat(context).hasBean("myClient");
              assertThat(context.getBean(RedisCommands.class).ping()).isEqualTo("PONG");
            });
  }

  @Test
  void micrometerRegistryPresentRecordsCommands() {
    runner
        .withPropertyValues("slotwise.cluster.nodes=" + seeds())
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              assertThat(context).hasSingleBean(MicrometerRecorder.class);
              context.getBean(RedisCommands.class).set("starter:m", "1");
              context.getBean(RedisCommands.class).get("starter:m");
              MeterRegistry registry = context.getBean(MeterRegistry.class);
              // Recorded on the I/O thread right after the caller's future completed.
              Timer gets =
                  Await.value(
                      "the GET timer",
                      Duration.ofSeconds(5),
                      () -> {
                        Timer t =
                            registry
                                .find("slotwise.commands")
                                .tags("command", "GET", "outcome", "success")
                                .timer();
                        return t != null && t.count() == 1 ? t : null;
                      });
              assertThat(gets.count()).isEqualTo(1);
              assertThat(
                      registry
                          .find("slotwise.topology.refreshes")
                          .tag("trigger", "startup")
                          .counter()
                          .count())
                  .isEqualTo(1.0);
              assertThat(registry.find("slotwise.connections").gauges())
                  .hasSizeGreaterThanOrEqualTo(3);
            });
  }

  @Test
  void noMeterRegistryBeanMeansNoRecorder() {
    runner
        .withPropertyValues("slotwise.standalone.address=" + server.address())
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(MicrometerRecorder.class);
              assertThat(context.getBean(RedisCommands.class).ping()).isEqualTo("PONG");
            });
  }

  @Test
  void withoutMicrometerOnTheClassPath() {
    runner
        .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
        .withPropertyValues("slotwise.standalone.address=" + server.address())
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(MicrometerRecorder.class);
              assertThat(context.getBean(RedisCommands.class).ping()).isEqualTo("PONG");
            });
  }

  @Test
  void bootsRedisHealthRunsOnTheSlotwiseFactory() {
    runner
        .withConfiguration(
            AutoConfigurations.of(
                RedisAutoConfiguration.class, RedisHealthContributorAutoConfiguration.class))
        .withPropertyValues("slotwise.cluster.nodes=" + seeds())
        .run(
            context -> {
              assertThat(context).hasSingleBean(HealthIndicator.class);
              assertThat(context.getBean(RedisConnectionFactory.class))
                  .isInstanceOf(SlotwiseConnectionFactory.class);
              Map<String, Object> health = BootHealth.redis(context);
              assertThat(health).containsEntry("status", "UP");
              assertThat(health).containsEntry("cluster_size", 3L);
              assertThat(health).containsEntry("slots_up", 16384L);
              assertThat(health).containsEntry("slots_fail", 0L);
            });
  }

  @Test
  void healthCanBeSwitchedOffWithBootsProperty() {
    runner
        .withConfiguration(
            AutoConfigurations.of(
                RedisAutoConfiguration.class, RedisHealthContributorAutoConfiguration.class))
        .withPropertyValues(
            "slotwise.standalone.address=" + server.address(),
            "management.health.redis.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(HealthIndicator.class));
  }

  @Test
  void applicationConnectionFactoryWins() {
    runner
        .withConfiguration(AutoConfigurations.of(RedisAutoConfiguration.class))
        .withPropertyValues("slotwise.standalone.address=" + server.address())
        .withBean(
            "myFactory",
            RedisConnectionFactory.class,
            () ->
                new SlotwiseConnectionFactory(
                    SlotwiseConfig.standalone(server.address().toString()).build()))
        .run(
            context -> {
              assertThat(context).hasSingleBean(RedisConnectionFactory.class);
              assertThat(context).hasBean("myFactory");
              assertThat(context.getBean(StringRedisTemplate.class).getConnectionFactory())
                  .isSameAs(context.getBean("myFactory"));
            });
  }

  @Test
  void withoutSpringDataRedisStillAClient() {
    runner
        .withClassLoader(new FilteredClassLoader(RedisConnectionFactory.class))
        .withPropertyValues("slotwise.standalone.address=" + server.address())
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean("redisConnectionFactory");
              assertThat(context.getBean(RedisCommands.class).ping()).isEqualTo("PONG");
            });
  }

  @Test
  void tlsThroughAnSslBundle() throws Exception {
    TestCertificates certs = TestCertificates.generate();
    try (RedisServerProcess tls = RedisServerProcess.startTls(certs)) {
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(SslAutoConfiguration.class, SlotwiseAutoConfiguration.class))
          .withPropertyValues(
              "slotwise.standalone.address=" + tls.address(),
              "slotwise.ssl.bundle=redis",
              "spring.ssl.bundle.pem.redis.truststore.certificate=file:" + certs.caCert(),
              "spring.ssl.bundle.pem.redis.keystore.certificate=file:" + certs.clientCert(),
              "spring.ssl.bundle.pem.redis.keystore.private-key=file:" + certs.clientKey())
          .run(
              context -> {
                assertThat(context).hasNotFailed();
                SlotwiseConfig config = context.getBean(SlotwiseClient.class).config();
                assertThat(config.tls()).isTrue();
                assertThat(config.tlsTrustCertificates()).exists();
                RedisCommands redis = context.getBean(RedisCommands.class);
                redis.set("tls", "yes");
                assertThat(redis.get("tls")).isEqualTo("yes");
              });
    }
  }

  @Test
  void codisFromZooKeeperAlsoThroughATemplate() throws Exception {
    try (TestingServer zk = new TestingServer(true);
        ForwardingProxy proxy = ForwardingProxy.start(server.address());
        CuratorFramework curator =
            CuratorFrameworkFactory.newClient(zk.getConnectString(), new RetryOneTime(100))) {
      curator.start();
      CodisRegistration.register(curator, "shop", proxy.address());
      runner
          .withPropertyValues(
              "slotwise.codis.zk-address=" + zk.getConnectString(), "slotwise.codis.product=shop")
          .run(
              context -> {
                assertThat(context).hasNotFailed();
                SlotwiseClient client = context.getBean(SlotwiseClient.class);
                assertThat(client.config().mode()).isEqualTo(SlotwiseConfig.Mode.CODIS);
                RedisCommands redis = context.getBean(RedisCommands.class);
                redis.set("codis:k", "v");
                assertThat(redis.get("codis:k")).isEqualTo("v");
                assertThat(proxy.commands()).isGreaterThanOrEqualTo(2);
                assertThat(context.getBean(StringRedisTemplate.class).opsForValue().get("codis:k"))
                    .isEqualTo("v");
              });
    }
  }
}
