package io.slotwise;

import io.slotwise.metrics.SlotwiseRecorder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Every option of a {@link SlotwiseClient}: immutable, thread-safe, validated by {@link
 * Builder#build()}. Time is always a {@link Duration}; every default is a public {@code DEFAULT_*}
 * constant, and README.md says why it is what it is.
 *
 * <pre>{@code
 * SlotwiseConfig config = SlotwiseConfig.cluster("10.0.0.1:7000", "10.0.0.2:7000")
 *     .password("secret")
 *     .commandTimeout(Duration.ofMillis(500))
 *     .build();
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

  public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(2);
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
  public static final int DEFAULT_MAX_REDIRECTS = 5;
  public static final Duration DEFAULT_RECONNECT_MIN_DELAY = Duration.ofMillis(50);
  public static final Duration DEFAULT_RECONNECT_MAX_DELAY = Duration.ofSeconds(5);
  public static final Duration DEFAULT_RETRY_MIN_DELAY = Duration.ofMillis(10);
  public static final Duration DEFAULT_RETRY_MAX_DELAY = Duration.ofMillis(200);
  public static final Duration DEFAULT_TOPOLOGY_REFRESH_PERIOD = Duration.ofSeconds(30);
  public static final Duration DEFAULT_TOPOLOGY_REFRESH_MIN_INTERVAL = Duration.ofMillis(500);
  public static final long DEFAULT_MAX_BULK_LENGTH = 512L * 1024 * 1024;
  public static final int DEFAULT_MAX_AGGREGATE_LENGTH = 1 << 26;
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  public static final int DEFAULT_IO_THREADS =
      Math.max(2, Runtime.getRuntime().availableProcessors());
  public static final Duration DEFAULT_ZK_SESSION_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_ZK_CONNECTION_TIMEOUT = Duration.ofSeconds(10);
  public static final int DEFAULT_EXCLUSIVE_POOL_MAX_PER_NODE = 8;
  public static final Duration DEFAULT_EXCLUSIVE_POOL_MAX_WAIT = Duration.ofSeconds(2);
  public static final ReadFrom DEFAULT_READ_FROM = ReadFrom.MASTER;

  /**
   * Commands queued and awaiting replies on one node connection before new ones are refused with
   * {@link RedisBackpressureException}: far above what a healthy node has in flight (a few hundred
   * under heavy load), low enough that a hung node cannot hold more than a few MB of requests.
   */
  public static final int DEFAULT_MAX_IN_FLIGHT_PER_NODE = 10_000;

  private final Mode mode;
  private final List<HostAndPort> addresses;
  private final String zkConnect;
  private final String codisProduct;
  private final CodisLayout codisLayout;
  private final String codisZkPath;
  private final String zkDigest;
  private final Duration zkSessionTimeout;
  private final Duration zkConnectionTimeout;
  private final String username;
  private final String password;
  private final int database;
  private final String clientName;
  private final Protocol protocol;
  private final Duration commandTimeout;
  private final Duration connectTimeout;
  private final int maxRedirects;
  private final boolean retryWritesAtLeastOnce;
  private final Duration reconnectMinDelay;
  private final Duration reconnectMaxDelay;
  private final Duration retryMinDelay;
  private final Duration retryMaxDelay;
  private final Duration topologyRefreshPeriod;
  private final Duration topologyRefreshMinInterval;
  private final long maxBulkLength;
  private final int maxAggregateLength;
  private final int maxNestingDepth;
  private final int ioThreads;
  private final boolean tls;
  private final Path tlsTrustCertificates;
  private final Path tlsClientCertificate;
  private final Path tlsClientKey;
  private final boolean tlsVerifyHostname;
  private final UnaryOperator<HostAndPort> addressRemapper;
  private final Map<String, Boolean> idempotentOverrides;
  private final int exclusivePoolMaxPerNode;
  private final Duration exclusivePoolMaxWait;
  private final SlotwiseRecorder recorder;
  private final ReadFrom readFrom;
  private final int maxInFlightPerNode;

  private SlotwiseConfig(Builder b) {
    this.mode = b.mode;
    this.addresses = List.copyOf(b.addresses);
    this.zkConnect = b.zkConnect;
    this.codisProduct = b.codisProduct;
    this.codisLayout = b.codisLayout;
    this.codisZkPath = b.codisZkPath;
    this.zkDigest = b.zkDigest;
    this.zkSessionTimeout = b.zkSessionTimeout;
    this.zkConnectionTimeout = b.zkConnectionTimeout;
    this.username = b.username;
    this.password = b.password;
    this.database = b.database;
    this.clientName = b.clientName;
    this.protocol = b.protocol;
    this.commandTimeout = b.commandTimeout;
    this.connectTimeout = b.connectTimeout;
    this.maxRedirects = b.maxRedirects;
    this.retryWritesAtLeastOnce = b.retryWritesAtLeastOnce;
    this.reconnectMinDelay = b.reconnectMinDelay;
    this.reconnectMaxDelay = b.reconnectMaxDelay;
    this.retryMinDelay = b.retryMinDelay;
    this.retryMaxDelay = b.retryMaxDelay;
    this.topologyRefreshPeriod = b.topologyRefreshPeriod;
    this.topologyRefreshMinInterval = b.topologyRefreshMinInterval;
    this.maxBulkLength = b.maxBulkLength;
    this.maxAggregateLength = b.maxAggregateLength;
    this.maxNestingDepth = b.maxNestingDepth;
    this.ioThreads = b.ioThreads;
    this.tls = b.tls;
    this.tlsTrustCertificates = b.tlsTrustCertificates;
    this.tlsClientCertificate = b.tlsClientCertificate;
    this.tlsClientKey = b.tlsClientKey;
    this.tlsVerifyHostname = b.tlsVerifyHostname;
    this.addressRemapper = b.addressRemapper;
    this.idempotentOverrides = Map.copyOf(b.idempotentOverrides);
    this.exclusivePoolMaxPerNode = b.exclusivePoolMaxPerNode;
    this.exclusivePoolMaxWait = b.exclusivePoolMaxWait;
    this.recorder = b.recorder;
    this.readFrom = b.readFrom;
    this.maxInFlightPerNode = b.maxInFlightPerNode;
  }

  /** Options for a Redis Cluster reached through these seed addresses ({@code host:port}). */
  public static Builder cluster(String... seeds) {
    return new Builder(Mode.CLUSTER).addresses(seeds);
  }

  /** Options for one Redis server at {@code host:port}. */
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
    b.zkConnect = zkConnect;
    b.codisProduct = product;
    return b;
  }

  /** Options for Codis proxies at fixed addresses, without ZooKeeper. */
  public static Builder codisStatic(String... proxies) {
    return new Builder(Mode.CODIS).addresses(proxies);
  }

  /** A builder holding this configuration's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(mode);
    b.addresses.addAll(addresses);
    b.zkConnect = zkConnect;
    b.codisProduct = codisProduct;
    b.codisLayout = codisLayout;
    b.codisZkPath = codisZkPath;
    b.zkDigest = zkDigest;
    b.zkSessionTimeout = zkSessionTimeout;
    b.zkConnectionTimeout = zkConnectionTimeout;
    b.username = username;
    b.password = password;
    b.database = database;
    b.clientName = clientName;
    b.protocol = protocol;
    b.commandTimeout = commandTimeout;
    b.connectTimeout = connectTimeout;
    b.maxRedirects = maxRedirects;
    b.retryWritesAtLeastOnce = retryWritesAtLeastOnce;
    b.reconnectMinDelay = reconnectMinDelay;
    b.reconnectMaxDelay = reconnectMaxDelay;
    b.retryMinDelay = retryMinDelay;
    b.retryMaxDelay = retryMaxDelay;
    b.topologyRefreshPeriod = topologyRefreshPeriod;
    b.topologyRefreshMinInterval = topologyRefreshMinInterval;
    b.maxBulkLength = maxBulkLength;
    b.maxAggregateLength = maxAggregateLength;
    b.maxNestingDepth = maxNestingDepth;
    b.ioThreads = ioThreads;
    b.tls = tls;
    b.tlsTrustCertificates = tlsTrustCertificates;
    b.tlsClientCertificate = tlsClientCertificate;
    b.tlsClientKey = tlsClientKey;
    b.tlsVerifyHostname = tlsVerifyHostname;
    b.addressRemapper = addressRemapper;
    b.idempotentOverrides.putAll(idempotentOverrides);
    b.exclusivePoolMaxPerNode = exclusivePoolMaxPerNode;
    b.exclusivePoolMaxWait = exclusivePoolMaxWait;
    b.recorder = recorder;
    b.readFrom = readFrom;
    b.maxInFlightPerNode = maxInFlightPerNode;
    return b;
  }

  public Mode mode() {
    return mode;
  }

  /** Seeds (cluster), the server (standalone) or static proxies (Codis without ZooKeeper). */
  public List<HostAndPort> addresses() {
    return addresses;
  }

  /** ZooKeeper connect string (Codis), or {@code null}. */
  public String zkConnect() {
    return zkConnect;
  }

  public String codisProduct() {
    return codisProduct;
  }

  public CodisLayout codisLayout() {
    return codisLayout;
  }

  /** The ZooKeeper folder that holds the proxy nodes: the override, or the layout's path. */
  public String codisZkPath() {
    if (codisZkPath != null) {
      return codisZkPath;
    }
    if (codisProduct == null) {
      return null;
    }
    return codisLayout == CodisLayout.CODIS3
        ? "/jodis/" + codisProduct
        : "/zk/codis/db_" + codisProduct + "/proxy";
  }

  /** ZooKeeper digest credentials {@code user:password}, or {@code null}. */
  public String zkDigest() {
    return zkDigest;
  }

  public Duration zkSessionTimeout() {
    return zkSessionTimeout;
  }

  public Duration zkConnectionTimeout() {
    return zkConnectionTimeout;
  }

  /** ACL user name, or {@code null} for the default user. */
  public String username() {
    return username;
  }

  /** Password, or {@code null} for none. */
  public String password() {
    return password;
  }

  public int database() {
    return database;
  }

  /** Name set with {@code CLIENT SETNAME}, or {@code null}. */
  public String clientName() {
    return clientName;
  }

  public Protocol protocol() {
    return protocol;
  }

  public Duration commandTimeout() {
    return commandTimeout;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public int maxRedirects() {
    return maxRedirects;
  }

  public boolean retryWritesAtLeastOnce() {
    return retryWritesAtLeastOnce;
  }

  public Duration reconnectMinDelay() {
    return reconnectMinDelay;
  }

  public Duration reconnectMaxDelay() {
    return reconnectMaxDelay;
  }

  public Duration retryMinDelay() {
    return retryMinDelay;
  }

  public Duration retryMaxDelay() {
    return retryMaxDelay;
  }

  public Duration topologyRefreshPeriod() {
    return topologyRefreshPeriod;
  }

  public Duration topologyRefreshMinInterval() {
    return topologyRefreshMinInterval;
  }

  public long maxBulkLength() {
    return maxBulkLength;
  }

  public int maxAggregateLength() {
    return maxAggregateLength;
  }

  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  public int ioThreads() {
    return ioThreads;
  }

  public boolean tls() {
    return tls;
  }

  /** PEM file of trusted certificates, or {@code null} for the JDK's trust store. */
  public Path tlsTrustCertificates() {
    return tlsTrustCertificates;
  }

  /** PEM client certificate for mutual TLS, or {@code null}. */
  public Path tlsClientCertificate() {
    return tlsClientCertificate;
  }

  /** PEM (PKCS#8) private key of the client certificate, or {@code null}. */
  public Path tlsClientKey() {
    return tlsClientKey;
  }

  public boolean tlsVerifyHostname() {
    return tlsVerifyHostname;
  }

  /** Maps every address the servers announce (and the seeds) before connecting. */
  public UnaryOperator<HostAndPort> addressRemapper() {
    return addressRemapper;
  }

  /**
   * User overrides of which commands are idempotent (upper-case name → retry-safe), applied over
   * the built-in table.
   */
  public Map<String, Boolean> idempotentOverrides() {
    return idempotentOverrides;
  }

  public int exclusivePoolMaxPerNode() {
    return exclusivePoolMaxPerNode;
  }

  public Duration exclusivePoolMaxWait() {
    return exclusivePoolMaxWait;
  }

  /** Where the client reports metrics; {@link SlotwiseRecorder#NOOP} (nothing) by default. */
  public SlotwiseRecorder recorder() {
    return recorder;
  }

  /** Where read-only commands go in cluster mode; see {@link ReadFrom}. */
  public ReadFrom readFrom() {
    return readFrom;
  }

  /**
   * Bound on the commands queued and awaiting replies on one node's multiplexed connection; past
   * it, new commands fail at once with {@link RedisBackpressureException}.
   */
  public int maxInFlightPerNode() {
    return maxInFlightPerNode;
  }

  /**
   * Collects options; not thread-safe. Setters validate their argument at once and {@link #build()}
   * checks the combination.
   */
  public static final class Builder {
    private final Mode mode;
    private final List<HostAndPort> addresses = new ArrayList<>();
    private String zkConnect;
    private String codisProduct;
    private CodisLayout codisLayout = CodisLayout.CODIS3;
    private String codisZkPath;
    private String zkDigest;
    private Duration zkSessionTimeout = DEFAULT_ZK_SESSION_TIMEOUT;
    private Duration zkConnectionTimeout = DEFAULT_ZK_CONNECTION_TIMEOUT;
    private String username;
    private String password;
    private int database;
    private String clientName;
    private Protocol protocol = Protocol.AUTO;
    private Duration commandTimeout = DEFAULT_COMMAND_TIMEOUT;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private int maxRedirects = DEFAULT_MAX_REDIRECTS;
    private boolean retryWritesAtLeastOnce;
    private Duration reconnectMinDelay = DEFAULT_RECONNECT_MIN_DELAY;
    private Duration reconnectMaxDelay = DEFAULT_RECONNECT_MAX_DELAY;
    private Duration retryMinDelay = DEFAULT_RETRY_MIN_DELAY;
    private Duration retryMaxDelay = DEFAULT_RETRY_MAX_DELAY;
    private Duration topologyRefreshPeriod = DEFAULT_TOPOLOGY_REFRESH_PERIOD;
    private Duration topologyRefreshMinInterval = DEFAULT_TOPOLOGY_REFRESH_MIN_INTERVAL;
    private long maxBulkLength = DEFAULT_MAX_BULK_LENGTH;
    private int maxAggregateLength = DEFAULT_MAX_AGGREGATE_LENGTH;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int ioThreads = DEFAULT_IO_THREADS;
    private boolean tls;
    private Path tlsTrustCertificates;
    private Path tlsClientCertificate;
    private Path tlsClientKey;
    private boolean tlsVerifyHostname = true;
    private UnaryOperator<HostAndPort> addressRemapper = UnaryOperator.identity();
    private final Map<String, Boolean> idempotentOverrides = new HashMap<>();
    private int exclusivePoolMaxPerNode = DEFAULT_EXCLUSIVE_POOL_MAX_PER_NODE;
    private Duration exclusivePoolMaxWait = DEFAULT_EXCLUSIVE_POOL_MAX_WAIT;
    private SlotwiseRecorder recorder = SlotwiseRecorder.NOOP;
    private ReadFrom readFrom = DEFAULT_READ_FROM;
    private int maxInFlightPerNode = DEFAULT_MAX_IN_FLIGHT_PER_NODE;

    private Builder(Mode mode) {
      this.mode = mode;
    }

    /** Adds addresses ({@code host:port}); see {@link SlotwiseConfig#addresses()}. */
    public Builder addresses(String... addresses) {
      if (addresses == null) {
        throw new IllegalArgumentException("addresses must not be null");
      }
      for (String a : addresses) {
        this.addresses.add(HostAndPort.parse(a));
      }
      return this;
    }

    public Builder codisLayout(CodisLayout layout) {
      this.codisLayout = requireNonNull(layout, "codisLayout");
      return this;
    }

    /** Overrides the ZooKeeper folder of the proxy nodes (default from the layout). */
    public Builder codisZkPath(String path) {
      if (path == null || !path.startsWith("/")) {
        throw new IllegalArgumentException("codisZkPath must start with '/', got " + path);
      }
      this.codisZkPath = path;
      return this;
    }

    /** ZooKeeper digest auth as {@code user:password}. */
    public Builder zkDigest(String userColonPassword) {
      if (userColonPassword == null || userColonPassword.indexOf(':') < 1) {
        throw new IllegalArgumentException("zkDigest must be user:password");
      }
      this.zkDigest = userColonPassword;
      return this;
    }

    public Builder zkSessionTimeout(Duration d) {
      this.zkSessionTimeout = positive(d, "zkSessionTimeout");
      return this;
    }

    public Builder zkConnectionTimeout(Duration d) {
      this.zkConnectionTimeout = positive(d, "zkConnectionTimeout");
      return this;
    }

    /** ACL user (Redis 6+); needs a password too. */
    public Builder username(String username) {
      this.username = username;
      return this;
    }

    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** Database number (standalone only; Redis Cluster has only database 0). */
    public Builder database(int database) {
      if (database < 0) {
        throw new IllegalArgumentException("database must be >= 0, got " + database);
      }
      this.database = database;
      return this;
    }

    public Builder clientName(String clientName) {
      if (clientName != null && (clientName.isEmpty() || clientName.contains(" "))) {
        throw new IllegalArgumentException("clientName must be non-empty without spaces");
      }
      this.clientName = clientName;
      return this;
    }

    public Builder protocol(Protocol protocol) {
      this.protocol = requireNonNull(protocol, "protocol");
      return this;
    }

    /** Deadline of one command, retries and redirects included. */
    public Builder commandTimeout(Duration d) {
      this.commandTimeout = positive(d, "commandTimeout");
      return this;
    }

    public Builder connectTimeout(Duration d) {
      this.connectTimeout = positive(d, "connectTimeout");
      return this;
    }

    public Builder maxRedirects(int n) {
      if (n < 0 || n > 100) {
        throw new IllegalArgumentException("maxRedirects must be in 0..100, got " + n);
      }
      this.maxRedirects = n;
      return this;
    }

    /**
     * Resend writes whose connection broke after they were sent (they may then run twice). Default
     * {@code false}: such writes fail with {@link RedisOutcomeUnknownException}.
     */
    public Builder retryWritesAtLeastOnce(boolean atLeastOnce) {
      this.retryWritesAtLeastOnce = atLeastOnce;
      return this;
    }

    public Builder reconnectDelay(Duration min, Duration max) {
      this.reconnectMinDelay = positive(min, "reconnect min delay");
      this.reconnectMaxDelay = positive(max, "reconnect max delay");
      return this;
    }

    /** Backoff between retries of {@code TRYAGAIN}, {@code CLUSTERDOWN}, {@code LOADING}. */
    public Builder retryDelay(Duration min, Duration max) {
      this.retryMinDelay = positive(min, "retry min delay");
      this.retryMaxDelay = positive(max, "retry max delay");
      return this;
    }

    public Builder topologyRefreshPeriod(Duration d) {
      this.topologyRefreshPeriod = positive(d, "topologyRefreshPeriod");
      return this;
    }

    public Builder topologyRefreshMinInterval(Duration d) {
      this.topologyRefreshMinInterval = requireNonNull(d, "topologyRefreshMinInterval");
      if (d.isNegative()) {
        throw new IllegalArgumentException("topologyRefreshMinInterval must not be negative");
      }
      return this;
    }

    public Builder maxBulkLength(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBulkLength must be >= 1, got " + bytes);
      }
      this.maxBulkLength = bytes;
      return this;
    }

    public Builder maxAggregateLength(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("maxAggregateLength must be >= 1, got " + n);
      }
      this.maxAggregateLength = n;
      return this;
    }

    public Builder maxNestingDepth(int n) {
      if (n < 1 || n > 1000) {
        throw new IllegalArgumentException("maxNestingDepth must be in 1..1000, got " + n);
      }
      this.maxNestingDepth = n;
      return this;
    }

    public Builder ioThreads(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("ioThreads must be >= 1, got " + n);
      }
      this.ioThreads = n;
      return this;
    }

    public Builder tls(boolean tls) {
      this.tls = tls;
      return this;
    }

    public Builder tlsTrustCertificates(Path pem) {
      this.tlsTrustCertificates = pem;
      return this;
    }

    public Builder tlsClientCertificate(Path certificatePem, Path privateKeyPem) {
      this.tlsClientCertificate = requireNonNull(certificatePem, "certificatePem");
      this.tlsClientKey = requireNonNull(privateKeyPem, "privateKeyPem");
      return this;
    }

    public Builder tlsVerifyHostname(boolean verify) {
      this.tlsVerifyHostname = verify;
      return this;
    }

    public Builder addressRemapper(UnaryOperator<HostAndPort> remapper) {
      this.addressRemapper = requireNonNull(remapper, "addressRemapper");
      return this;
    }

    /**
     * Declares whether a command (by name, e.g. {@code INCR}) may be retried after a broken
     * connection.
     */
    public Builder idempotent(String command, boolean idempotent) {
      this.idempotentOverrides.put(
          requireNonNull(command, "command").toUpperCase(Locale.ROOT), idempotent);
      return this;
    }

    public Builder exclusivePool(int maxPerNode, Duration maxWait) {
      if (maxPerNode < 1) {
        throw new IllegalArgumentException("exclusive pool size must be >= 1, got " + maxPerNode);
      }
      this.exclusivePoolMaxPerNode = maxPerNode;
      this.exclusivePoolMaxWait = positive(maxWait, "exclusive pool max wait");
      return this;
    }

    /**
     * Reports metrics to {@code recorder} (e.g. {@link io.slotwise.metrics.MicrometerRecorder});
     * the client does not close it.
     */
    public Builder recorder(SlotwiseRecorder recorder) {
      this.recorder = requireNonNull(recorder, "recorder");
      return this;
    }

    /** Where read-only commands go in cluster mode (default {@link ReadFrom#MASTER}). */
    public Builder readFrom(ReadFrom readFrom) {
      this.readFrom = requireNonNull(readFrom, "readFrom");
      return this;
    }

    /** Commands queued and in flight per node before new ones are refused; 1..10,000,000. */
    public Builder maxInFlightPerNode(int max) {
      if (max < 1 || max > 10_000_000) {
        throw new IllegalArgumentException("maxInFlightPerNode must be in 1..10000000, got " + max);
      }
      this.maxInFlightPerNode = max;
      return this;
    }

    /** Checks the combination of options and freezes them. */
    public SlotwiseConfig build() {
      switch (mode) {
        case STANDALONE:
          if (addresses.size() != 1) {
            throw new IllegalArgumentException(
                "standalone mode needs exactly one address, got " + addresses);
          }
          break;
        case CLUSTER:
          if (addresses.isEmpty()) {
            throw new IllegalArgumentException("cluster mode needs at least one seed address");
          }
          if (database != 0) {
            throw new IllegalArgumentException("Redis Cluster supports only database 0");
          }
          break;
        case CODIS:
          if (zkConnect == null && addresses.isEmpty()) {
            throw new IllegalArgumentException(
                "codis mode needs a ZooKeeper address and product, or static proxy addresses");
          }
          if (zkConnect != null && (zkConnect.isBlank())) {
            throw new IllegalArgumentException("zkConnect must not be blank");
          }
          if (zkConnect != null && (codisProduct == null || codisProduct.isBlank())) {
            throw new IllegalArgumentException("codis product must not be null or blank");
          }
          if (username != null) {
            throw new IllegalArgumentException(
                "Codis proxies accept only AUTH <password>, not a user");
          }
          break;
        default:
          throw new AssertionError(mode);
      }
      if (username != null && password == null) {
        throw new IllegalArgumentException("username '" + username + "' needs a password");
      }
      if (reconnectMinDelay.compareTo(reconnectMaxDelay) > 0) {
        throw new IllegalArgumentException("reconnect min delay exceeds max delay");
      }
      if (retryMinDelay.compareTo(retryMaxDelay) > 0) {
        throw new IllegalArgumentException("retry min delay exceeds max delay");
      }
      return new SlotwiseConfig(this);
    }

    private static <T> T requireNonNull(T value, String name) {
      if (value == null) {
        throw new IllegalArgumentException(name + " must not be null");
      }
      return value;
    }

    private static Duration positive(Duration d, String name) {
      requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + d);
      }
      return d;
    }
  }

  @Override
  public String toString() {
    return "SlotwiseConfig{mode="
        + mode
        + ", addresses="
        + addresses
        + (zkConnect != null ? ", zk=" + zkConnect + ", path=" + codisZkPath() : "")
        + ", commandTimeout="
        + commandTimeout
        + ", tls="
        + tls
        + "}";
  }
}
