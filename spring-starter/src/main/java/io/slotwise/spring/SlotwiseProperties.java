package io.slotwise.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code slotwise.*} properties. Exactly one of {@code slotwise.cluster.nodes}, {@code
 * slotwise.codis.zk-address} (with {@code slotwise.codis.product}), {@code slotwise.codis.proxies}
 * and {@code slotwise.standalone.address} names the deployment; when none is set, the {@code
 * spring.data.redis.*} properties are read instead. Unset options keep the driver's defaults (each
 * option record's {@code DEFAULT_*} constants). Mutable bean bound by Spring; not thread-safe.
 */
@ConfigurationProperties(prefix = "slotwise")
public class SlotwiseProperties {
  private final Cluster cluster = new Cluster();
  private final Codis codis = new Codis();
  private final Standalone standalone = new Standalone();
  private final Ssl ssl = new Ssl();

  /** ACL user name (Redis 6+); needs a password. */
  private String username;

  /** Password sent with AUTH on every connection. */
  private String password;

  /** Deadline of one command, retries and redirects included (driver default 2s). */
  private Duration commandTimeout;

  /** Timeout of a connect and its handshake (driver default 2s). */
  private Duration connectTimeout;

  /** Name set with CLIENT SETNAME (not sent to Codis proxies). */
  private String clientName;

  public Cluster getCluster() {
    return cluster;
  }

  public Codis getCodis() {
    return codis;
  }

  public Standalone getStandalone() {
    return standalone;
  }

  public Ssl getSsl() {
    return ssl;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Duration getCommandTimeout() {
    return commandTimeout;
  }

  public void setCommandTimeout(Duration commandTimeout) {
    this.commandTimeout = commandTimeout;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public String getClientName() {
    return clientName;
  }

  public void setClientName(String clientName) {
    this.clientName = clientName;
  }

  /** Redis Cluster options. */
  public static class Cluster {
    /** Seed nodes as host:port; the client learns the rest of the cluster from them. */
    private List<String> nodes = new ArrayList<>();

    /** Redirects (MOVED/ASK) allowed per command (driver default 5). */
    private Integer maxRedirects;

    /** Period of the background topology check (driver default 30s). */
    private Duration refreshPeriod;

    /**
     * Where read-only commands go: master, master-preferred, replica, ... (driver default master).
     */
    private io.slotwise.ReadFrom readFrom;

    /** Minimum interval between two topology refreshes (driver default 500ms). */
    private Duration refreshMinInterval;

    public List<String> getNodes() {
      return nodes;
    }

    public void setNodes(List<String> nodes) {
      this.nodes = nodes;
    }

    public Integer getMaxRedirects() {
      return maxRedirects;
    }

    public void setMaxRedirects(Integer maxRedirects) {
      this.maxRedirects = maxRedirects;
    }

    public io.slotwise.ReadFrom getReadFrom() {
      return readFrom;
    }

    public void setReadFrom(io.slotwise.ReadFrom readFrom) {
      this.readFrom = readFrom;
    }

    public Duration getRefreshPeriod() {
      return refreshPeriod;
    }

    public void setRefreshPeriod(Duration refreshPeriod) {
      this.refreshPeriod = refreshPeriod;
    }

    public Duration getRefreshMinInterval() {
      return refreshMinInterval;
    }

    public void setRefreshMinInterval(Duration refreshMinInterval) {
      this.refreshMinInterval = refreshMinInterval;
    }
  }

  /** Codis proxy farm options. */
  public static class Codis {
    /** ZooKeeper connect string where the proxies register, e.g. zk1:2181,zk2:2181. */
    private String zkAddress;

    /** Codis product name (proxies register under /jodis/{product}). */
    private String product;

    /** Fixed proxy addresses (host:port) instead of ZooKeeper discovery. */
    private List<String> proxies = new ArrayList<>();

    /** ZooKeeper session timeout (driver default 30s). */
    private Duration zkSessionTimeout;

    public String getZkAddress() {
      return zkAddress;
    }

    public void setZkAddress(String zkAddress) {
      this.zkAddress = zkAddress;
    }

    public String getProduct() {
      return product;
    }

    public void setProduct(String product) {
      this.product = product;
    }

    public List<String> getProxies() {
      return proxies;
    }

    public void setProxies(List<String> proxies) {
      this.proxies = proxies;
    }

    public Duration getZkSessionTimeout() {
      return zkSessionTimeout;
    }

    public void setZkSessionTimeout(Duration zkSessionTimeout) {
      this.zkSessionTimeout = zkSessionTimeout;
    }
  }

  /** One Redis server. */
  public static class Standalone {
    /** The server as host:port. */
    private String address;

    /** Database number. */
    private Integer database;

    public String getAddress() {
      return address;
    }

    public void setAddress(String address) {
      this.address = address;
    }

    public Integer getDatabase() {
      return database;
    }

    public void setDatabase(Integer database) {
      this.database = database;
    }
  }

  /** TLS. */
  public static class Ssl {
    /** Use TLS (with the JDK trust store unless a bundle is named). */
    private boolean enabled;

    /** Name of a Spring SSL bundle (spring.ssl.bundle.*) for TLS; implies enabled. */
    private String bundle;

    /** Check that the server certificate names the host connected to. */
    private boolean verifyHostname = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getBundle() {
      return bundle;
    }

    public void setBundle(String bundle) {
      this.bundle = bundle;
    }

    public boolean isVerifyHostname() {
      return verifyHostname;
    }

    public void setVerifyHostname(boolean verifyHostname) {
      this.verifyHostname = verifyHostname;
    }
  }
}
