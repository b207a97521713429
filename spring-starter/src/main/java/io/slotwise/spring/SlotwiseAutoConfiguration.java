package io.slotwise.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.slotwise.SlotwiseClient;
import io.slotwise.SlotwiseConfig;
import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.commands.RedisCommands;
import io.slotwise.metrics.MicrometerRecorder;
import io.slotwise.metrics.SlotwiseRecorder;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Auto-configures a {@link SlotwiseClient} and its {@link RedisCommands} / {@link
 * AsyncRedisCommands} when an address is set ({@code slotwise.*} or {@code spring.data.redis.*},
 * see {@link SlotwiseProperties}); each bean backs off when the application defines its own.
 *
 * <p>Every {@link SlotwiseRecorder} bean is given to the client (composed in order); a {@link
 * MicrometerRecorder} is one of them when a {@link MeterRegistry} bean exists, and a health tracker
 * when Actuator is on the class path (with a {@link SlotwiseHealthIndicator} named {@code
 * slotwise}, off with {@code management.health.slotwise.enabled=false}). {@link
 * SlotwiseClientCustomizer} beans change the configuration last. The context closes the client.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
      "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration"
    })
@ConditionalOnClass(SlotwiseClient.class)
@Conditional(OnSlotwiseAddressCondition.class)
@EnableConfigurationProperties(SlotwiseProperties.class)
public class SlotwiseAutoConfiguration {

  /** The PEM files exported from an SSL bundle, deleted when the context closes. */
  @Bean(destroyMethod = "close")
  SlotwiseTlsFiles slotwiseTlsFiles() {
    return new SlotwiseTlsFiles();
  }

  @Bean
  @ConditionalOnMissingBean
  SlotwiseConfig slotwiseConfig(
      SlotwiseProperties properties,
      Environment environment,
      ObjectProvider<SslBundles> sslBundles,
      ObjectProvider<SlotwiseRecorder> recorders,
      ObjectProvider<SlotwiseClientCustomizer> customizers,
      SlotwiseTlsFiles tlsFiles) {
    SlotwiseConfig.Builder builder =
        new SlotwiseConfigFactory(properties, environment, sslBundles.getIfAvailable())
            .builder(tlsFiles::add);
    List<SlotwiseRecorder> all = new ArrayList<>();
    recorders.orderedStream().forEach(all::add);
    builder.recorder(SlotwiseRecorder.composite(all.toArray(new SlotwiseRecorder[0])));
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return builder.build();
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  SlotwiseClient slotwiseClient(SlotwiseConfig config) {
    return SlotwiseClient.create(config);
  }

  @Bean
  @ConditionalOnMissingBean
  RedisCommands slotwiseRedisCommands(SlotwiseClient client) {
    return client.sync();
  }

  @Bean
  @ConditionalOnMissingBean
  AsyncRedisCommands slotwiseAsyncRedisCommands(SlotwiseClient client) {
    return client.async();
  }

  /** Micrometer meters when the application has a registry. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  @ConditionalOnBean(MeterRegistry.class)
  static class Metrics {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    MicrometerRecorder slotwiseMicrometerRecorder(MeterRegistry registry) {
      return MicrometerRecorder.create(registry);
    }
  }

  /** Actuator's health indicator. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  @ConditionalOnProperty(
      prefix = "management.health.slotwise",
      name = "enabled",
      matchIfMissing = true)
  static class Health {
    @Bean
    SlotwiseHealthTracker slotwiseHealthTracker() {
      return new SlotwiseHealthTracker();
    }

    @Bean
    @ConditionalOnMissingBean(name = "slotwiseHealthIndicator")
    SlotwiseHealthIndicator slotwiseHealthIndicator(
        SlotwiseClient client, SlotwiseHealthTracker tracker) {
      return new SlotwiseHealthIndicator(client, tracker);
    }
  }
}
