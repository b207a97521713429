package io.slotwise.internal.transport;

import io.slotwise.SlotwiseConfig;
import io.slotwise.internal.protocol.DecoderLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What every connection to a node needs to know to connect and to hand-shake: credentials, RESP
 * version, database, client name, timeouts, reconnect backoff, decoder limits and TLS. Immutable
 * and thread-safe; one instance is shared by all connections of a client.
 *
 * <p>The {@link #codis()} variant is for Codis proxies, which understand neither {@code HELLO} nor
 * {@code CLIENT SETNAME} and take {@code AUTH <password>} with one argument only.
 */
public final class ConnectionSettings {

  /** TLS options of a connection; {@code null} paths mean "JDK default" / "no client cert". */
  public record Tls(
      Path trustCertificates, Path clientCertificate, Path clientKey, boolean verifyHostname) {}

  private final String username;
  private final String password;
  private final SlotwiseConfig.Protocol protocol;
  private final int database;
  private final String clientName;
  private final Duration connectTimeout;
  private final Duration reconnectMinDelay;
  private final Duration reconnectMaxDelay;
  private final DecoderLimits decoderLimits;
  private final Tls tls;
  private final boolean codis;
  private final boolean readOnly;
  private final int maxInFlight;

  private ConnectionSettings(SlotwiseConfig config, boolean codis, boolean readOnly) {
    this.username = config.username();
    this.password = config.password();
    this.protocol = codis ? SlotwiseConfig.Protocol.RESP2 : config.protocol();
    this.database = config.database();
    this.clientName = config.clientName();
    this.connectTimeout = config.connectTimeout();
    this.reconnectMinDelay = config.reconnectMinDelay();
    this.reconnectMaxDelay = config.reconnectMaxDelay();
    this.decoderLimits = DecoderLimits.of(config);
    this.tls =
        config.tls()
            ? new Tls(
                config.tlsTrustCertificates(),
                config.tlsClientCertificate(),
                config.tlsClientKey(),
                config.tlsVerifyHostname())
            : null;
    this.codis = codis;
    this.readOnly = readOnly;
    this.maxInFlight = config.maxInFlightPerNode();
  }

  /** Settings for Redis servers (standalone or cluster nodes) from the client's configuration. */
  public static ConnectionSettings from(SlotwiseConfig config) {
    Objects.requireNonNull(config, "config");
    return new ConnectionSettings(config, false, false);
  }

  /**
   * Settings for Redis Cluster nodes: as {@link #from}, plus {@code READONLY} after the handshake
   * when the configuration reads from replicas ({@link SlotwiseConfig#readFrom()} is not {@link
   * io.slotwise.ReadFrom#MASTER}).
   */
  public static ConnectionSettings cluster(SlotwiseConfig config) {
    Objects.requireNonNull(config, "config");
    return new ConnectionSettings(config, false, config.readFrom() != io.slotwise.ReadFrom.MASTER);
  }

  /**
   * Settings for Codis proxies: no {@code HELLO} (always RESP2), no {@code CLIENT SETNAME}, {@code
   * AUTH <password>} without a user.
   */
  public static ConnectionSettings codis(SlotwiseConfig config) {
    Objects.requireNonNull(config, "config");
    return new ConnectionSettings(config, true, false);
  }

  /** The ACL user, or {@code null} for the default user. */
  public String username() {
    return username;
  }

  /** The password, or {@code null} when the server needs none. */
  public String password() {
    return password;
  }

  public SlotwiseConfig.Protocol protocol() {
    return protocol;
  }

  /** The database to {@code SELECT} after connecting; 0 means no {@code SELECT}. */
  public int database() {
    return database;
  }

  /** The name given by {@code CLIENT SETNAME}, or {@code null}. */
  public String clientName() {
    return clientName;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration reconnectMinDelay() {
    return reconnectMinDelay;
  }

  public Duration reconnectMaxDelay() {
    return reconnectMaxDelay;
  }

  public DecoderLimits decoderLimits() {
    return decoderLimits;
  }

  /** The TLS options, or {@code null} for plain TCP. */
  public Tls tls() {
    return tls;
  }

  /** Whether the peer is a Codis proxy (RESP2 only, one-argument {@code AUTH}, no client name). */
  public boolean isCodis() {
    return codis;
  }

  /** Whether the handshake ends with {@code READONLY} (cluster replica reads). */
  public boolean readOnly() {
    return readOnly;
  }

  /**
   * Commands a connection holds (queued plus awaiting replies) before it refuses new ones with
   * {@link io.slotwise.RedisBackpressureException}.
   */
  public int maxInFlight() {
    return maxInFlight;
  }

  @Override
  public String toString() {
    return "ConnectionSettings{protocol="
        + protocol
        + ", database="
        + database
        + ", user="
        + username
        + ", password="
        + (password == null ? "none" : "<hidden>")
        + ", tls="
        + (tls != null)
        + ", codis="
        + codis
        + ", readOnly="
        + readOnly
        + "}";
  }
}
