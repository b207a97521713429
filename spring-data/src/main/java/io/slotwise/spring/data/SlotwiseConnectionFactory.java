package io.slotwise.spring.data;

import io.slotwise.SlotwiseClient;
import io.slotwise.SlotwiseConfig;
import java.util.Objects;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.RedisSentinelConnection;

/**
 * A Spring Data Redis {@link RedisConnectionFactory} on Slotwise: {@code RedisTemplate}, {@code
 * StringRedisTemplate}, {@code RedisCacheManager}, {@code RedisMessageListenerContainer} and Spring
 * Session run on a Redis Cluster, a Codis proxy farm or one Redis server through one {@link
 * SlotwiseClient}.
 *
 * <pre>{@code
 * @Bean
 * SlotwiseConnectionFactory redisConnectionFactory() {
 *   return new SlotwiseConnectionFactory(
 *       SlotwiseConfig.builder().cluster("10.0.0.1:7000", "10.0.0.2:7000").build());
 * }
 * }</pre>
 *
 * <p><b>Connections.</b> {@link #getConnection()} returns a cheap {@link SlotwiseConnection} over
 * the shared client (no network connection of its own); in cluster mode it is the {@link
 * SlotwiseClusterConnection} that {@link #getClusterConnection()} returns too, as Spring Data's
 * Lettuce factory does. {@link #getClusterConnection()} refuses standalone and Codis clients.
 * Sentinel is not supported: {@link #getSentinelConnection()} throws.
 *
 * <p><b>Ownership.</b> Built from a {@link SlotwiseConfig}, the factory creates the client in
 * {@link #afterPropertiesSet()} (or on first use) and closes it in {@link #destroy()}, as a Spring
 * bean's lifecycle calls them. Built from an existing {@link SlotwiseClient}, it never closes it.
 *
 * <p>Thread-safe; one factory serves the whole application. Exceptions leave as Spring {@link
 * DataAccessException}s ({@link SlotwiseExceptionTranslator} says which).
 */
public class SlotwiseConnectionFactory
    implements RedisConnectionFactory, InitializingBean, DisposableBean {
  private final SlotwiseConfig config;
  private final boolean ownsClient;
  private volatile SlotwiseClient client;
  private volatile boolean convertPipelineAndTxResults = true;
  private volatile boolean destroyed;

  /** A factory that creates (on start) and closes (on destroy) a client from {@code config}. */
  public SlotwiseConnectionFactory(SlotwiseConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.ownsClient = true;
  }

  /** A factory on an existing client, which stays the caller's to close. */
  public SlotwiseConnectionFactory(SlotwiseClient client) {
    this.client = Objects.requireNonNull(client, "client");
    this.config = client.config();
    this.ownsClient = false;
  }

  /** Creates the client now (for a factory built from a config); idempotent. */
  @Override
  public void afterPropertiesSet() {
    client();
  }

  /** Closes the client if this factory created it; idempotent. */
  @Override
  public void destroy() {
    destroyed = true;
    SlotwiseClient c = client;
    if (ownsClient && c != null) {
      c.close();
    }
  }

  /** The client, created on first use when the factory owns it. */
  public SlotwiseClient getClient() {
    return client();
  }

  private SlotwiseClient client() {
    SlotwiseClient c = client;
    if (c != null && !destroyed) {
      return c;
    }
    synchronized (this) {
      if (destroyed) {
        throw new InvalidDataAccessApiUsageException(
            "this SlotwiseConnectionFactory was destroyed; its client is closed");
      }
      if (client == null) {
        try {
          client = SlotwiseClient.create(config);
        } catch (RuntimeException e) {
          throw SlotwiseExceptionTranslator.INSTANCE.translate(e);
        }
      }
      return client;
    }
  }

  private boolean isCluster() {
    return config.mode() == SlotwiseConfig.Mode.CLUSTER;
  }

  @Override
  public RedisConnection getConnection() {
    return isCluster()
        ? new SlotwiseClusterConnection(client(), convertPipelineAndTxResults)
        : new SlotwiseConnection(client(), convertPipelineAndTxResults);
  }

  @Override
  public RedisClusterConnection getClusterConnection() {
    if (!isCluster()) {
      throw new InvalidDataAccessApiUsageException(
          "getClusterConnection: this factory's client is in "
              + config.mode()
              + " mode, not CLUSTER; use getConnection()");
    }
    return new SlotwiseClusterConnection(client(), convertPipelineAndTxResults);
  }

  @Override
  public boolean getConvertPipelineAndTxResults() {
    return convertPipelineAndTxResults;
  }

  /**
   * Whether pipeline and transaction results are converted to the types the same methods return
   * outside them (default {@code true}, as Spring Data's factories).
   */
  public void setConvertPipelineAndTxResults(boolean convert) {
    this.convertPipelineAndTxResults = convert;
  }

  @Override
  public RedisSentinelConnection getSentinelConnection() {
    throw noSentinel("getSentinelConnection");
  }

  static InvalidDataAccessApiUsageException noSentinel(String method) {
    return new InvalidDataAccessApiUsageException(
        method
            + ": Slotwise does not support Redis Sentinel; it serves Redis Cluster, Codis and a"
            + " single server");
  }

  @Override
  public DataAccessException translateExceptionIfPossible(RuntimeException ex) {
    return SlotwiseExceptionTranslator.INSTANCE.translateExceptionIfPossible(ex);
  }
}
