package io.slotwise;

import io.slotwise.internal.config.OptionChecks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every option of a {@link SlotwiseClient}: the mode, the addresses, and one option record per
 * concern — {@link Credentials}, {@link Timeouts}, {@link ConnectionOptions}, {@link RetryOptions},
 * {@link TlsOptions}, {@link DecoderOptions}, {@link TopologyRefreshOptions}, {@link
 * RoutingOptions}, {@link CodisOptions}, {@link ExclusivePoolOptions}, {@link ResourceOptions}.
 * Each record validates itself and documents its components and defaults (its public {@code
 * DEFAULT_*} constants); {@link Builder#build()} checks how they combine. Time is always a {@link
 * Duration}. Immutable and thread-safe; equal when every option is; {@link #toString()} hides
 * passwords.
 *
 * <pre>{@code
 * SlotwiseConfig config = SlotwiseConfig.cluster("10.0.0.1:7000", "10.0.0.2:7000")
 *     .password("secret")
 *     .commandTimeout(Duration.ofMillis(500))
 *     .build();
 * Duration timeout = config.timeouts().commandTimeout();
 * }</pre>
 */
public final class SlotwiseConfig {

  /** Which kind of deployment the client talks to. */
  public enum Mode {
    /** One Redis server. */
    STANDALONE,
    /** Redis Cluster: the client routes by slot. */
    CLUSTER,
    /** Codis proxies discovered through ZooKeeper (or a static list). */
    CODIS
  }

  /** Which RESP version to speak. */
  public enum Protocol {
    /** Try {@code HELLO 3}; fall back to RESP2 when the server refuses it. */
    AUTO,
    RESP2,
    RESP3
  }

  /** Where Codis proxies register in ZooKeeper. */
  public enum CodisLayout {
    /** Codis 3: {@code /jodis/{product}/proxy-{token}}. */
    CODIS3,
    /**
     * Codis 2 and {@code jodis_compatible = true}: {@code /zk/codis/db_{product}/proxy/{token}}.
     */
    COMPATIBLE
  }

  // Aliases kept for existing callers; each default is defined, and explained, on its record.
  /** The same as {@link Timeouts#DEFAULT_COMMAND_TIMEOUT}, kept for existing callers. */
  public static final Duration DEFAULT_COMMAND_TIMEOUT = Timeouts.DEFAULT_COMMAND_TIMEOUT;

  /** The same as {@link RetryOptions#DEFAULT_MAX_REDIRECTS}, kept for existing callers. */
  public static final int DEFAULT_MAX_REDIRECTS = RetryOptions.DEFAULT_MAX_REDIRECTS;

  /**
   * The same as {@link ConnectionOptions#DEFAULT_MAX_IN_FLIGHT_PER_NODE}, kept for existing
   * callers.
   */
  public static final int DEFAULT_MAX_IN_FLIGHT_PER_NODE =
      ConnectionOptions.DEFAULT_MAX_IN_FLIGHT_PER_NODE;

  /** The same as {@link DecoderOptions#DEFAULT_MAX_BULK_LENGTH}, kept for existing callers. */
  public static final long DEFAULT_MAX_BULK_LENGTH = DecoderOptions.DEFAULT_MAX_BULK_LENGTH;

  /** The same as {@link DecoderOptions#DEFAULT_MAX_AGGREGATE_LENGTH}, kept for existing callers. */
  public static final int DEFAULT_MAX_AGGREGATE_LENGTH =
      DecoderOptions.DEFAULT_MAX_AGGREGATE_LENGTH;

  /** The same as {@link DecoderOptions#DEFAULT_MAX_NESTING_DEPTH}, kept for existing callers. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = DecoderOptions.DEFAULT_MAX_NESTING_DEPTH;

  /** The same as {@link TopologyRefreshOptions#DEFAULT_PERIOD}, kept for existing callers. */
  public static final Duration DEFAULT_TOPOLOGY_REFRESH_PERIOD =
      TopologyRefreshOptions.DEFAULT_PERIOD;

  /** The same as {@link TopologyRefreshOptions#DEFAULT_MIN_INTERVAL}, kept for existing callers. */
  public static final Duration DEFAULT_TOPOLOGY_REFRESH_MIN_INTERVAL =
      TopologyRefreshOptions.DEFAULT_MIN_INTERVAL;

  /** Every option record at its defaults, in the order {@link #toString()} shows them. */
  private static final List<Record> DEFAULTS =
      List.of(
          Credentials.defaults(),
          Timeouts.defaults(),
          ConnectionOptions.defaults(),
          RetryOptions.defaults(),
          TlsOptions.defaults(),
          DecoderOptions.defaults(),
          TopologyRefreshOptions.defaults(),
          RoutingOptions.defaults(),
          CodisOptions.defaults(),
          ExclusivePoolOptions.defaults(),
          ResourceOptions.defaults());

  private final Mode mode;
  private final List<HostAndPort> addresses;

  /** One record of each type in {@link #DEFAULTS}, by type. */
  private final Map<Class<?>, Record> options;

  private SlotwiseConfig(Builder b) {
    this.mode = b.mode;
    this.addresses = List.copyOf(b.addresses);
    this.options = Map.copyOf(b.options);
  }

  /**
   * Options for a Redis Cluster reached through these seed addresses ({@code host:port}, or {@link
   * RedisUri}s such as {@code redis://user:pass@10.0.0.1:7000}, which must agree on their
   * settings).
   */
  public static Builder cluster(String... seeds) {
    return new Builder(Mode.CLUSTER).addresses(seeds);
  }

  /**
   * Options for one Redis server at {@code host:port}, or at a {@link RedisUri} such as {@code
   * rediss://user:pass@host:6380/2?timeout=500ms}.
   */
  public static Builder standalone(String address) {
    return new Builder(Mode.STANDALONE).addresses(address);
  }

  /**
   * Options for Codis proxies registered in ZooKeeper.
   *
   * @param zkConnect ZooKeeper connect string, e.g. {@code zk1:2181,zk2:2181}
   * @param product the Codis product name
   */
  public static Builder codis(String zkConnect, String product) {
    Builder b = new Builder(Mode.CODIS);
    return b.codisOptions(b.get(CodisOptions.class).withZooKeeper(zkConnect, product));
  }

  /** Options for Codis proxies at fixed addresses, without ZooKeeper. */
  public static Builder codisStatic(String... proxies) {
    return new Builder(Mode.CODIS).addresses(proxies);
  }

  /** A builder holding this configuration's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(mode);
    b.addresses.addAll(addresses);
    b.options.putAll(options);
    return b;
  }

  /** The kind of deployment. */
  public Mode mode() {
    return mode;
  }

  /** Seeds (cluster), the server (standalone) or static proxies (Codis without ZooKeeper). */
  public List<HostAndPort> addresses() {
    return addresses;
  }

  /** Who the client authenticates as. */
  public Credentials credentials() {
    return option(Credentials.class);
  }

  /** The connect and command timeouts. */
  public Timeouts timeouts() {
    return option(Timeouts.class);
  }

  /** How each node connection is set up (RESP version, database, name) and kept. */
  public ConnectionOptions connectionOptions() {
    return option(ConnectionOptions.class);
  }

  /** Redirect bound, retry backoff, and which writes may be resent. */
  public RetryOptions retryOptions() {
    return option(RetryOptions.class);
  }

  /** TLS on every connection (off by default). */
  public TlsOptions tlsOptions() {
    return option(TlsOptions.class);
  }

  /** Bounds on what a server may send. */
  public DecoderOptions decoderOptions() {
    return option(DecoderOptions.class);
  }

  /** How a cluster client keeps its slot map fresh. */
  public TopologyRefreshOptions topologyRefreshOptions() {
    return option(TopologyRefreshOptions.class);
  }

  /** Where reads go, and how announced addresses are remapped. */
  public RoutingOptions routingOptions() {
    return option(RoutingOptions.class);
  }

  /** Where a Codis client finds its proxies. */
  public CodisOptions codisOptions() {
    return option(CodisOptions.class);
  }

  /** The pool of exclusive connections (blocking commands, transactions). */
  public ExclusivePoolOptions exclusivePoolOptions() {
    return option(ExclusivePoolOptions.class);
  }

  /** The I/O threads and the metrics recorder. */
  public ResourceOptions resourceOptions() {
    return option(ResourceOptions.class);
  }

  // Shortcuts kept because integration tests read them; the driver reads the records.
  /** Shortcut for {@code timeouts().commandTimeout()}. */
  public Duration commandTimeout() {
    return timeouts().commandTimeout();
  }

  /** Shortcut for {@code retryOptions().maxRedirects()}. */
  public int maxRedirects() {
    return retryOptions().maxRedirects();
  }

  /** Shortcut for {@code connectionOptions().clientName()}. */
  public String clientName() {
    return connectionOptions().clientName();
  }

  /** Shortcut for {@code connectionOptions().maxInFlightPerNode()}. */
  public int maxInFlightPerNode() {
    return connectionOptions().maxInFlightPerNode();
  }

  /** Shortcut for {@code tlsOptions().enabled()}. */
  public boolean tls() {
    return tlsOptions().enabled();
  }

  /** Shortcut for {@code tlsOptions().trustCertificates()}. */
  public Path tlsTrustCertificates() {
    return tlsOptions().trustCertificates();
  }

  /** Shortcut for {@code routingOptions().readFrom()}. */
  public ReadFrom readFrom() {
    return routingOptions().readFrom();
  }

  private <T extends Record> T option(Class<T> type) {
    return type.cast(options.get(type));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SlotwiseConfig c
        && mode == c.mode
        && addresses.equals(c.addresses)
        && options.equals(c.options);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, addresses, options);
  }

  /** Every option, each record showing its components; passwords are hidden. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("SlotwiseConfig{mode=" + mode + ", addresses=" + addresses);
    for (Record defaults : DEFAULTS) {
      s.append(", ").append(options.get(defaults.getClass()));
    }
    return s.append('}').toString();
  }

  /**
   * Collects options; not thread-safe. Its setters, inherited from the sealed {@link
   * OptionSetters}, set either a whole option record ({@code timeouts(Timeouts)}) or one component
   * of one record ({@code commandTimeout(Duration)}; see the record for its meaning, range and
   * default); each fails at once with an {@link IllegalArgumentException} naming a bad value.
   * {@link #build()} checks how the options combine.
   */
  public static final class Builder extends OptionSetters {
    private final Mode mode;
    private final List<HostAndPort> addresses = new ArrayList<>();
    private final List<RedisUri> uris = new ArrayList<>();

    private Builder(Mode mode) {
      super(DEFAULTS);
      this.mode = mode;
    }

    /**
     * Adds addresses, each {@code host:port} or a {@link RedisUri} ({@code redis://...}, {@code
     * rediss://...}); see {@link SlotwiseConfig#addresses()}. A URI also sets what it says — TLS,
     * user and password, database, and its options — as the matching setters would (a setter called
     * later wins). URIs given together (cluster seeds) must agree on everything but the address; a
     * {@code host:port} among them takes their settings.
     *
     * @throws IllegalArgumentException naming the part of an address that is wrong, a URI that
     *     disagrees with an earlier one, or a database other than 0 in cluster mode
     */
    public Builder addresses(String... addresses) {
      for (String a : OptionChecks.notNull(addresses, "addresses")) {
        if (RedisUri.isUri(a)) {
          RedisUri uri = RedisUri.parse(a);
          apply(uri);
          this.addresses.add(uri.address());
        } else {
          this.addresses.add(HostAndPort.parse(a));
        }
      }
      return this;
    }

    private void apply(RedisUri uri) {
      for (RedisUri earlier : uris) {
        String conflict = earlier.conflictWith(uri);
        if (conflict != null) {
          throw new IllegalArgumentException(
              uri
                  + " disagrees with "
                  + earlier
                  + " on "
                  + conflict
                  + ": the addresses of one client share their settings");
        }
      }
      if (mode == Mode.CLUSTER && uri.database() != null && uri.database() != 0) {
        throw new IllegalArgumentException(
            "database " + uri.database() + " in " + uri + ": Redis Cluster has database 0 only");
      }
      uris.add(uri);
      if (uri.tls()) {
        tlsOptions(get(TlsOptions.class).withEnabled(true));
      }
      if (uri.verifyHostname() != null) {
        tlsOptions(get(TlsOptions.class).withVerifyHostname(uri.verifyHostname()));
      }
      if (uri.credentials().password() != null) {
        credentials(uri.credentials());
      }
      if (uri.database() != null) {
        database(uri.database());
      }
      if (uri.timeout() != null) {
        commandTimeout(uri.timeout());
      }
      if (uri.clientName() != null) {
        clientName(uri.clientName());
      }
      if (uri.protocol() != null) {
        protocol(uri.protocol());
      }
    }

    /** Checks the combination of options and freezes them. */
    public SlotwiseConfig build() {
      Credentials credentials = get(Credentials.class);
      switch (mode) {
        case STANDALONE ->
            require(
                addresses.size() == 1,
                "standalone mode needs exactly one address, got " + addresses);
        case CLUSTER -> {
          require(!addresses.isEmpty(), "cluster mode needs at least one seed address");
          require(
              get(ConnectionOptions.class).database() == 0,
              "Redis Cluster supports only database 0");
        }
        case CODIS -> {
          require(
              get(CodisOptions.class).zkConnect() != null || !addresses.isEmpty(),
              "codis mode needs a ZooKeeper address and product, or static proxy addresses");
          require(
              credentials.username() == null,
              "Codis proxies accept only AUTH <password>, not a user");
        }
      }
      require(
          credentials.username() == null || credentials.password() != null,
          "username '" + credentials.username() + "' needs a password");
      return new SlotwiseConfig(this);
    }

    private static void require(boolean valid, String message) {
      if (!valid) {
        throw new IllegalArgumentException(message);
      }
    }
  }
}
