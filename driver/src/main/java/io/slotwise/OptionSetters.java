package io.slotwise;

import io.slotwise.internal.config.OptionChecks;
import io.slotwise.metrics.SlotwiseRecorder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The option setters of {@link SlotwiseConfig.Builder}, its only subclass (users never see
 * another). Its state is the option records themselves: a setter named after a record ({@code
 * timeouts(Timeouts)}) replaces it, every other setter replaces one component of one record through
 * the record's {@code with...} method, so an invalid value fails at once with the record's {@link
 * IllegalArgumentException}. Not thread-safe.
 */
public abstract sealed class OptionSetters permits SlotwiseConfig.Builder {

  /** One record of each option type, by type; starts with every record's defaults. */
  final Map<Class<?>, Record> options = new HashMap<>();

  OptionSetters(Iterable<Record> defaults) {
    defaults.forEach(d -> options.put(d.getClass(), d));
  }

  /** Replaces the {@link Credentials}. */
  public SlotwiseConfig.Builder credentials(Credentials credentials) {
    return set(Credentials.class, credentials);
  }

  /** Sets {@link Credentials#username()}: the ACL user (Redis 6+); needs a password. */
  public SlotwiseConfig.Builder username(String username) {
    return credentials(get(Credentials.class).withUsername(username));
  }

  /** Sets {@link Credentials#password()}. */
  public SlotwiseConfig.Builder password(String password) {
    return credentials(get(Credentials.class).withPassword(password));
  }

  /** Replaces the {@link Timeouts}. */
  public SlotwiseConfig.Builder timeouts(Timeouts timeouts) {
    return set(Timeouts.class, timeouts);
  }

  /** Sets {@link Timeouts#connectTimeout()}. */
  public SlotwiseConfig.Builder connectTimeout(Duration d) {
    return timeouts(get(Timeouts.class).withConnectTimeout(d));
  }

  /** Sets {@link Timeouts#commandTimeout()}: the deadline of one command, retries included. */
  public SlotwiseConfig.Builder commandTimeout(Duration d) {
    return timeouts(get(Timeouts.class).withCommandTimeout(d));
  }

  /**
   * Sets {@link Timeouts#failoverBudget()}: how long a command may wait for a failover (cluster).
   */
  public SlotwiseConfig.Builder failoverBudget(Duration d) {
    return timeouts(get(Timeouts.class).withFailoverBudget(d));
  }

  /** Replaces the {@link ConnectionOptions}. */
  public SlotwiseConfig.Builder connectionOptions(ConnectionOptions connectionOptions) {
    return set(ConnectionOptions.class, connectionOptions);
  }

  /** Sets {@link ConnectionOptions#protocol()}. */
  public SlotwiseConfig.Builder protocol(SlotwiseConfig.Protocol protocol) {
    return connectionOptions(get(ConnectionOptions.class).withProtocol(protocol));
  }

  /** Sets {@link ConnectionOptions#database()} (standalone only: Redis Cluster has only 0). */
  public SlotwiseConfig.Builder database(int database) {
    return connectionOptions(get(ConnectionOptions.class).withDatabase(database));
  }

  /** Sets {@link ConnectionOptions#clientName()}. */
  public SlotwiseConfig.Builder clientName(String clientName) {
    return connectionOptions(get(ConnectionOptions.class).withClientName(clientName));
  }

  /** Sets the bounds of the reconnect backoff, see {@link ConnectionOptions}. */
  public SlotwiseConfig.Builder reconnectDelay(Duration min, Duration max) {
    return connectionOptions(get(ConnectionOptions.class).withReconnectDelay(min, max));
  }

  /** Sets {@link ConnectionOptions#maxInFlightPerNode()}. */
  public SlotwiseConfig.Builder maxInFlightPerNode(int max) {
    return connectionOptions(get(ConnectionOptions.class).withMaxInFlightPerNode(max));
  }

  /** Sets {@link ConnectionOptions#maxBytesInFlightPerNode()}. */
  public SlotwiseConfig.Builder maxBytesInFlightPerNode(long max) {
    return connectionOptions(get(ConnectionOptions.class).withMaxBytesInFlightPerNode(max));
  }

  /**
   * Sets {@link ConnectionOptions#waitWhenFull()}: {@code false} makes a command that finds its
   * node at a bound fail at once with {@link RedisBackpressureException} instead of waiting.
   */
  public SlotwiseConfig.Builder waitWhenFull(boolean wait) {
    return connectionOptions(get(ConnectionOptions.class).withWaitWhenFull(wait));
  }

  /**
   * Sets {@link ConnectionOptions#syncConnectionsPerNode()}: how many sync calls in progress at
   * once write and read on their own thread (a blocking connection of the node) while the node's
   * shared connection is idle; 0 turns that off (every sync call then goes through an I/O thread).
   */
  public SlotwiseConfig.Builder syncConnectionsPerNode(int max) {
    return connectionOptions(get(ConnectionOptions.class).withSyncConnectionsPerNode(max));
  }

  /** Replaces the {@link RetryOptions}. */
  public SlotwiseConfig.Builder retryOptions(RetryOptions retryOptions) {
    return set(RetryOptions.class, retryOptions);
  }

  /** Sets {@link RetryOptions#maxRedirects()}. */
  public SlotwiseConfig.Builder maxRedirects(int n) {
    return retryOptions(get(RetryOptions.class).withMaxRedirects(n));
  }

  /** Sets the backoff between retries of {@code TRYAGAIN}, {@code CLUSTERDOWN}, {@code LOADING}. */
  public SlotwiseConfig.Builder retryDelay(Duration min, Duration max) {
    return retryOptions(get(RetryOptions.class).withDelay(min, max));
  }

  /** Sets {@link RetryOptions#writesAtLeastOnce()}. */
  public SlotwiseConfig.Builder retryWritesAtLeastOnce(boolean atLeastOnce) {
    return retryOptions(get(RetryOptions.class).withWritesAtLeastOnce(atLeastOnce));
  }

  /**
   * Declares whether a command (by name, e.g. {@code INCR}) may be resent after a broken
   * connection.
   */
  public SlotwiseConfig.Builder idempotent(String command, boolean idempotent) {
    return retryOptions(get(RetryOptions.class).withIdempotent(command, idempotent));
  }

  /** Replaces the {@link TlsOptions}. */
  public SlotwiseConfig.Builder tlsOptions(TlsOptions tlsOptions) {
    return set(TlsOptions.class, tlsOptions);
  }

  /** Sets {@link TlsOptions#enabled()}. */
  public SlotwiseConfig.Builder tls(boolean tls) {
    return tlsOptions(get(TlsOptions.class).withEnabled(tls));
  }

  /** Sets {@link TlsOptions#trustCertificates()}. */
  public SlotwiseConfig.Builder tlsTrustCertificates(Path pem) {
    return tlsOptions(get(TlsOptions.class).withTrustCertificates(pem));
  }

  /** Sets the client certificate and its key for mutual TLS, see {@link TlsOptions}. */
  public SlotwiseConfig.Builder tlsClientCertificate(Path certificatePem, Path privateKeyPem) {
    return tlsOptions(get(TlsOptions.class).withClientCertificate(certificatePem, privateKeyPem));
  }

  /** Sets {@link TlsOptions#verifyHostname()}. */
  public SlotwiseConfig.Builder tlsVerifyHostname(boolean verify) {
    return tlsOptions(get(TlsOptions.class).withVerifyHostname(verify));
  }

  /** Replaces the {@link DecoderOptions}. */
  public SlotwiseConfig.Builder decoderOptions(DecoderOptions decoderOptions) {
    return set(DecoderOptions.class, decoderOptions);
  }

  /** Sets {@link DecoderOptions#maxBulkLength()}. */
  public SlotwiseConfig.Builder maxBulkLength(long bytes) {
    return decoderOptions(get(DecoderOptions.class).withMaxBulkLength(bytes));
  }

  /** Sets {@link DecoderOptions#maxAggregateLength()}. */
  public SlotwiseConfig.Builder maxAggregateLength(int n) {
    return decoderOptions(get(DecoderOptions.class).withMaxAggregateLength(n));
  }

  /** Sets {@link DecoderOptions#maxNestingDepth()}. */
  public SlotwiseConfig.Builder maxNestingDepth(int n) {
    return decoderOptions(get(DecoderOptions.class).withMaxNestingDepth(n));
  }

  /** Replaces the {@link TopologyRefreshOptions}. */
  public SlotwiseConfig.Builder topologyRefreshOptions(
      TopologyRefreshOptions topologyRefreshOptions) {
    return set(TopologyRefreshOptions.class, topologyRefreshOptions);
  }

  /** Sets {@link TopologyRefreshOptions#period()}. */
  public SlotwiseConfig.Builder topologyRefreshPeriod(Duration d) {
    return topologyRefreshOptions(get(TopologyRefreshOptions.class).withPeriod(d));
  }

  /** Sets {@link TopologyRefreshOptions#minInterval()}. */
  public SlotwiseConfig.Builder topologyRefreshMinInterval(Duration d) {
    return topologyRefreshOptions(get(TopologyRefreshOptions.class).withMinInterval(d));
  }

  /** Replaces the {@link RoutingOptions}. */
  public SlotwiseConfig.Builder routingOptions(RoutingOptions routingOptions) {
    return set(RoutingOptions.class, routingOptions);
  }

  /** Sets {@link RoutingOptions#readFrom()}: where read-only commands go in cluster mode. */
  public SlotwiseConfig.Builder readFrom(ReadFrom readFrom) {
    return routingOptions(get(RoutingOptions.class).withReadFrom(readFrom));
  }

  /** Sets {@link RoutingOptions#addressRemapper()}. */
  public SlotwiseConfig.Builder addressRemapper(UnaryOperator<HostAndPort> remapper) {
    return routingOptions(get(RoutingOptions.class).withAddressRemapper(remapper));
  }

  /** Replaces the {@link CodisOptions}. */
  public SlotwiseConfig.Builder codisOptions(CodisOptions codisOptions) {
    return set(CodisOptions.class, codisOptions);
  }

  /** Sets {@link CodisOptions#layout()}. */
  public SlotwiseConfig.Builder codisLayout(SlotwiseConfig.CodisLayout layout) {
    return codisOptions(get(CodisOptions.class).withLayout(layout));
  }

  /** Overrides the ZooKeeper folder of the proxy nodes (default from the layout). */
  public SlotwiseConfig.Builder codisZkPath(String path) {
    return codisOptions(get(CodisOptions.class).withZkPath(notNull(path, "codisZkPath")));
  }

  /** ZooKeeper digest auth as {@code user:password}. */
  public SlotwiseConfig.Builder zkDigest(String userColonPassword) {
    return codisOptions(
        get(CodisOptions.class).withZkDigest(notNull(userColonPassword, "zkDigest")));
  }

  /** Sets {@link CodisOptions#zkSessionTimeout()}. */
  public SlotwiseConfig.Builder zkSessionTimeout(Duration d) {
    return codisOptions(get(CodisOptions.class).withZkSessionTimeout(d));
  }

  /** Sets {@link CodisOptions#zkConnectionTimeout()}. */
  public SlotwiseConfig.Builder zkConnectionTimeout(Duration d) {
    return codisOptions(get(CodisOptions.class).withZkConnectionTimeout(d));
  }

  /** Replaces the {@link ExclusivePoolOptions}. */
  public SlotwiseConfig.Builder exclusivePoolOptions(ExclusivePoolOptions exclusivePoolOptions) {
    return set(ExclusivePoolOptions.class, exclusivePoolOptions);
  }

  /** Sets both bounds of the {@link ExclusivePoolOptions}. */
  public SlotwiseConfig.Builder exclusivePool(int maxPerNode, Duration maxWait) {
    return exclusivePoolOptions(new ExclusivePoolOptions(maxPerNode, maxWait));
  }

  /** Replaces the {@link ResourceOptions}. */
  public SlotwiseConfig.Builder resourceOptions(ResourceOptions resourceOptions) {
    return set(ResourceOptions.class, resourceOptions);
  }

  /** Sets {@link ResourceOptions#ioThreads()}. */
  public SlotwiseConfig.Builder ioThreads(int n) {
    return resourceOptions(get(ResourceOptions.class).withIoThreads(n));
  }

  /**
   * Sets {@link ResourceOptions#recorder()} (e.g. a {@link
   * io.slotwise.metrics.MicrometerRecorder}); the client does not close it.
   */
  public SlotwiseConfig.Builder recorder(SlotwiseRecorder recorder) {
    return resourceOptions(get(ResourceOptions.class).withRecorder(recorder));
  }

  /** Replaces the record of {@code type}; a null one is named like the setter's parameter. */
  private <T extends Record> SlotwiseConfig.Builder set(Class<T> type, T value) {
    String name = type.getSimpleName();
    options.put(type, notNull(value, Character.toLowerCase(name.charAt(0)) + name.substring(1)));
    return (SlotwiseConfig.Builder) this;
  }

  /** The current record of {@code type}. */
  final <T extends Record> T get(Class<T> type) {
    return type.cast(options.get(type));
  }

  private static <T> T notNull(T value, String name) {
    return OptionChecks.notNull(value, name);
  }
}
