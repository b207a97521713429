package io.slotwise.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.slotwise.SlotwiseClient;
import io.slotwise.SlotwiseConfig;
import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.commands.RedisCommands;
import io.slotwise.metrics.MicrometerRecorder;
import io.slotwise.metrics.SlotwiseRecorder;
import io.slotwise.spring.data.SlotwiseConnectionFactory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Auto-configures a {@link SlotwiseClient}, its {@link RedisCommands} / {@link AsyncRedisCommands}
 * and a Spring Data Redis {@link RedisConnectionFactory} on it when an address is set ({@code
 * slotwise.*} or {@code spring.data.redis.*}, see {@link SlotwiseProperties}); each bean backs off
 * when the application defines its own.
 *
 * <p>The connection factory is a {@link SlotwiseConnectionFactory} on the same client (one client,
 * not two; the context closes the client after the factory). It is registered before Spring Boot's
 * Redis auto-configuration ({@code RedisAutoConfiguration} on Boot 3, {@code
 * DataRedisAutoConfiguration} on Boot 4), whose Lettuce and Jedis factories back off for it, so
 * Boot's {@code RedisTemplate}, {@code StringRedisTemplate}, Redis cache manager and {@code redis}
 * health indicator all run on Slotwise.
 *
 * <p>Every {@link SlotwiseRecorder} bean is given to the client (composed in order); a {@link
 * MicrometerRecorder} is one of them when a {@link MeterRegistry} bean exists. {@link
 * SlotwiseClientCustomizer} beans change the configuration last. Nothing here depends on the Spring
 * Boot major version: the Boot 3 and Boot 4 starters compile this same source.
 */
@AutoConfiguration(
    afterName = {
      // Boot 3
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
      // Boot 4
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
      // both
      "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration"
    },
    beforeName = {
      "org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration",
      "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration"
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

  /**
   * The Spring Data Redis connection factory, when Spring Data Redis is on the class path (the
   * starter brings it) and the application has no factory of its own.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({RedisConnectionFactory.class, SlotwiseConnectionFactory.class})
  static class DataRedis {
    @Bean
    @ConditionalOnMissingBean(RedisConnectionFactory.class)
    SlotwiseConnectionFactory redisConnectionFactory(SlotwiseClient client) {
      return new SlotwiseConnectionFactory(client);
    }
  }
}
