package io.slotwise.internal.transport;

import io.slotwise.ConnectionOptions;
import io.slotwise.Credentials;
import io.slotwise.DecoderOptions;
import io.slotwise.Timeouts;
import io.slotwise.TlsOptions;
import io.slotwise.internal.protocol.DecoderLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What every connection to a node needs to know to connect and to hand-shake: credentials, RESP
 * version, database, client name, timeouts, reconnect backoff, decoder limits and TLS. Immutable
 * and thread-safe; one instance is shared by all connections of a client. Built from the option
 * records the client was configured with, never from the whole configuration.
 *
 * <p>The {@link #forCodis()} variant is for Codis proxies, which understand neither {@code HELLO}
 * nor {@code CLIENT SETNAME} and take {@code AUTH <password>} with one argument only.
 */
public final class ConnectionSettings {

  /** TLS options of a connection; {@code null} paths mean "JDK default" / "no client cert". */
  public record Tls(
      Path trustCertificates, Path clientCertificate, Path clientKey, boolean verifyHostname) {}

  private final Credentials credentials;
  private final ConnectionOptions connection;
  private final RespVersion protocol;
  private final Duration connectTimeout;
  private final DecoderLimits decoderLimits;
  private final Tls tls;
  private final boolean codis;
  private final boolean readOnly;

  private ConnectionSettings(
      Credentials credentials,
      ConnectionOptions connection,
      RespVersion protocol,
      Duration connectTimeout,
      DecoderLimits decoderLimits,
      Tls tls,
      boolean codis,
      boolean readOnly) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.connection = Objects.requireNonNull(connection, "connection");
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    this.connectTimeout = connectTimeout;
    this.decoderLimits = decoderLimits;
    this.tls = tls;
    this.codis = codis;
    this.readOnly = readOnly;
  }

  /**
   * Settings for Redis servers (standalone or cluster nodes).
   *
   * @param protocol the RESP version to ask for: the caller maps {@link
   *     ConnectionOptions#protocol()} onto the transport's own enum, and this parameter wins
   */
  public static ConnectionSettings of(
      Credentials credentials,
      ConnectionOptions connection,
      RespVersion protocol,
      Timeouts timeouts,
      TlsOptions tls,
      DecoderOptions decoder) {
    return new ConnectionSettings(
        credentials,
        connection,
        protocol,
        timeouts.connectTimeout(),
        new DecoderLimits(
            decoder.maxBulkLength(), decoder.maxAggregateLength(), decoder.maxNestingDepth()),
        tls.enabled()
            ? new Tls(
                tls.trustCertificates(),
                tls.clientCertificate(),
                tls.clientKey(),
                tls.verifyHostname())
            : null,
        false,
        false);
  }

  /**
   * These settings for Codis proxies: no {@code HELLO} (always RESP2), no {@code CLIENT SETNAME},
   * {@code AUTH <password>} without a user.
   */
  public ConnectionSettings forCodis() {
    return new ConnectionSettings(
        credentials,
        connection,
        RespVersion.RESP2,
        connectTimeout,
        decoderLimits,
        tls,
        true,
        false);
  }

  /**
   * These settings with or without {@code READONLY} after the handshake (for Redis Cluster nodes
   * when reads may go to replicas).
   */
  public ConnectionSettings withReadOnly(boolean readOnly) {
    return new ConnectionSettings(
        credentials, connection, protocol, connectTimeout, decoderLimits, tls, codis, readOnly);
  }

  /** These settings asking for another RESP version (pub/sub connections need RESP3). */
  public ConnectionSettings withProtocol(RespVersion protocol) {
    return new ConnectionSettings(
        credentials, connection, protocol, connectTimeout, decoderLimits, tls, codis, readOnly);
  }

  /** The ACL user, or {@code null} for the default user. */
  public String username() {
    return credentials.username();
  }

  /** The password, or {@code null} when the server needs none. */
  public String password() {
    return credentials.password();
  }

  public RespVersion protocol() {
    return protocol;
  }

  /** The database to {@code SELECT} after connecting; 0 means no {@code SELECT}. */
  public int database() {
    return connection.database();
  }

  /** The name given by {@code CLIENT SETNAME}, or {@code null}. */
  public String clientName() {
    return connection.clientName();
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration reconnectMinDelay() {
    return connection.reconnectMinDelay();
  }

  public Duration reconnectMaxDelay() {
    return connection.reconnectMaxDelay();
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
   * Commands a connection holds (queued plus awaiting replies) before it is full: a new one waits
   * for room or is refused with {@link io.slotwise.RedisBackpressureException}.
   */
  public int maxInFlight() {
    return connection.maxInFlightPerNode();
  }

  /** Encoded bytes a connection holds (queued plus awaiting replies) before it is full. */
  public long maxBytesInFlight() {
    return connection.maxBytesInFlightPerNode();
  }

  /** Whether an application thread waits for room at a bound (else it is refused at once). */
  /** Caller-thread links per node for sync calls (see {@link DirectLinks}); 0: none. */
  public int directLinksPerNode() {
    return tls == null ? connection.syncConnectionsPerNode() : 0;
  }

  public boolean waitWhenFull() {
    return connection.waitWhenFull();
  }

  @Override
  public String toString() {
    return "ConnectionSettings{protocol="
        + protocol
        + ", database="
        + database()
        + ", user="
        + username()
        + ", password="
        + (password() == null ? "none" : "<hidden>")
        + ", tls="
        + (tls != null)
        + ", codis="
        + codis
        + ", readOnly="
        + readOnly
        + "}";
  }
}
