package io.slotwise;

import io.slotwise.internal.config.UriParser;
import java.time.Duration;
import java.util.Objects;

/**
 * A connection URI, as Lettuce and Jedis users write them: {@code
 * redis[s]://[[user]:password@]host[:port][/database][?option=value&...]}. Immutable and
 * thread-safe; {@link #toString()} never shows the password.
 *
 * <ul>
 *   <li>{@code rediss://} turns TLS on; {@code redis://} leaves it off. No other scheme is
 *       accepted.
 *   <li>User and password are percent-decoded. {@code user:pass@} gives both, {@code :pass@} and
 *       {@code pass@} a password only (as in Lettuce), for the default user.
 *   <li>The port defaults to 6379; an IPv6 host goes in brackets ({@code redis://[::1]:6380}).
 *   <li>The path {@code /n} selects database {@code n} through the handshake (standalone only:
 *       Redis Cluster has database 0 only).
 *   <li>Options: {@code timeout} (the command timeout: a number with a unit {@code ns}, {@code us},
 *       {@code ms}, {@code s}, {@code m}, {@code h}, {@code d}, or a plain number of seconds, as in
 *       Lettuce), {@code clientName} (also {@code client_name}, {@code clientname}), {@code
 *       database} (also {@code db}; the same as the path, which must then agree), {@code protocol}
 *       ({@code 2}, {@code 3}, {@code resp2}, {@code resp3}, {@code auto}), {@code verifyPeer}
 *       (also {@code verify_peer}; {@code FULL}/{@code true}: certificate and host name, the
 *       default; {@code CA}/{@code false}: certificate only; needs {@code rediss://}).
 * </ul>
 *
 * <p>Anything else — an unknown scheme or option, a bad port, database or timeout, an empty host —
 * fails with an {@link IllegalArgumentException} naming the part that was wrong (the password never
 * appears in a message).
 */
public final class RedisUri {
  /** The port when the URI gives none. */
  public static final int DEFAULT_PORT = 6379;

  private final boolean tls;
  private final HostAndPort address;
  private final Credentials credentials;
  private final Integer database;
  private final Duration timeout;
  private final String clientName;
  private final SlotwiseConfig.Protocol protocol;
  private final Boolean verifyHostname;

  private RedisUri(UriParser.Parsed p) {
    this.tls = p.tls();
    this.address = p.address();
    this.credentials = new Credentials(p.username(), p.password());
    this.database = p.database();
    this.timeout = p.timeout();
    this.clientName = p.clientName();
    this.protocol = p.protocol();
    this.verifyHostname = p.verifyHostname();
  }

  /**
   * Whether {@code text} is written as a URI ({@code scheme://...}) rather than {@code host:port}.
   */
  public static boolean isUri(String text) {
    return text != null && text.contains("://");
  }

  /**
   * Parses a {@code redis://} or {@code rediss://} URI.
   *
   * @throws IllegalArgumentException naming the part that is wrong
   */
  public static RedisUri parse(String uri) {
    if (uri == null) {
      throw new IllegalArgumentException("uri must not be null");
    }
    return new RedisUri(UriParser.parse(uri.trim()));
  }

  /** Whether the scheme was {@code rediss}. */
  public boolean tls() {
    return tls;
  }

  /** The host and port (6379 when not given). */
  public HostAndPort address() {
    return address;
  }

  /** The user and password; both {@code null} when the URI has none. */
  public Credentials credentials() {
    return credentials;
  }

  /** The database of the path or the {@code database} option, or {@code null} when not given. */
  public Integer database() {
    return database;
  }

  /** The {@code timeout} option (the command timeout), or {@code null} when not given. */
  public Duration timeout() {
    return timeout;
  }

  /** The {@code clientName} option, or {@code null} when not given. */
  public String clientName() {
    return clientName;
  }

  /** The {@code protocol} option, or {@code null} when not given. */
  public SlotwiseConfig.Protocol protocol() {
    return protocol;
  }

  /** The {@code verifyPeer} option as "check the host name", or {@code null} when not given. */
  public Boolean verifyHostname() {
    return verifyHostname;
  }

  /**
   * The first setting that this URI and {@code o} both give with different values (so that two
   * cluster seeds cannot disagree), or {@code null}: TLS (always given by the scheme), user and
   * password, database, and each option. A setting only one of them gives is no conflict.
   */
  String conflictWith(RedisUri o) {
    if (tls != o.tls) {
      return "TLS (redis:// vs rediss://)";
    }
    if (credentials.password() != null
        && o.credentials.password() != null
        && !credentials.equals(o.credentials)) {
      return "user or password";
    }
    if (differ(database, o.database)) {
      return "database";
    }
    if (differ(timeout, o.timeout)) {
      return "timeout";
    }
    if (differ(clientName, o.clientName)) {
      return "clientName";
    }
    if (differ(protocol, o.protocol)) {
      return "protocol";
    }
    return differ(verifyHostname, o.verifyHostname) ? "verifyPeer" : null;
  }

  private static boolean differ(Object a, Object b) {
    return a != null && b != null && !a.equals(b);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RedisUri u
        && tls == u.tls
        && address.equals(u.address)
        && credentials.equals(u.credentials)
        && Objects.equals(database, u.database)
        && Objects.equals(timeout, u.timeout)
        && Objects.equals(clientName, u.clientName)
        && protocol == u.protocol
        && Objects.equals(verifyHostname, u.verifyHostname);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tls, address, credentials, database, timeout, clientName, protocol);
  }

  /** The URI with the password shown as {@code <redacted>}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(tls ? "rediss://" : "redis://");
    if (credentials.password() != null) {
      s.append(credentials.username() == null ? "" : credentials.username()).append(":<redacted>@");
    }
    s.append(address);
    if (database != null) {
      s.append('/').append(database);
    }
    return s.toString();
  }
}
