package io.slotwise.internal.codis;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseConfig;
import io.slotwise.internal.executor.Routers;
import io.slotwise.internal.transport.ConnectionSettings;
import io.slotwise.internal.transport.NettyTransport;
import io.slotwise.testkit.CodisRegistration;
import io.slotwise.testkit.ForwardingProxy;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.curator.test.TestingServer;

/**
 * A Codis farm for one test: an in-process ZooKeeper, one real redis-server, forwarding proxies in
 * front of it registered as codis-proxy registers, a Netty transport and the routers under test.
 * {@link #close()} stops everything, in reverse order, even after a failure.
 */
public final class CodisTestBed implements AutoCloseable {
  static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(1);

  public final TestingServer zk;
  final RedisServerProcess redis;
  public final CuratorFramework proxySessions;
  final NettyTransport transport = new NettyTransport(2);
  public final String product;
  private final List<ForwardingProxy> proxies = new ArrayList<>();
  private final List<CodisRouter> routers = new ArrayList<>();

  private CodisTestBed(String product, TestingServer zk, RedisServerProcess redis) {
    this.product = product;
    this.zk = zk;
    this.redis = redis;
    this.proxySessions =
        CuratorFrameworkFactory.builder()
            .connectString(zk.getConnectString())
            .sessionTimeoutMs(60_000)
            .retryPolicy(new ExponentialBackoffRetry(100, 10, 1000))
            .authorization(
                "digest", "codis:secret".getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .build();
    proxySessions.start();
  }

  public static CodisTestBed start(String product) {
    TestingServer zk = null;
    RedisServerProcess redis = null;
    try {
      zk = new TestingServer(true);
      redis = RedisServerProcess.start();
      return new CodisTestBed(product, zk, redis);
    } catch (Exception e) {
      closeQuietly(redis);
      closeQuietly(zk);
      throw new IllegalStateException("cannot start the Codis test bed", e);
    }
  }

  /** A new proxy in front of the shared redis-server (not registered). */
  public ForwardingProxy proxy() {
    ForwardingProxy p = ForwardingProxy.start(redis.address());
    proxies.add(p);
    return p;
  }

  /** A new proxy registered online in the Codis 3 layout. */
  public CodisRegistration registeredProxy(List<ForwardingProxy> into) {
    ForwardingProxy p = proxy();
    into.add(p);
    return CodisRegistration.register(proxySessions, product, p.address());
  }

  public SlotwiseConfig.Builder config() {
    return SlotwiseConfig.codis(zk.getConnectString(), product)
        .commandTimeout(COMMAND_TIMEOUT)
        .connectTimeout(Duration.ofSeconds(3))
        .zkSessionTimeout(Duration.ofSeconds(30))
        .zkConnectionTimeout(Duration.ofSeconds(3))
        .reconnectDelay(Duration.ofMillis(20), Duration.ofMillis(200));
  }

  /** A router for {@code config} over this bed's transport, not started. */
  CodisRouter router(SlotwiseConfig config) {
    ConnectionSettings settings = Routers.connectionSettings(config).forCodis();
    CodisRouter r =
        newRouter(
            config,
            (HostAndPort a) -> transport.open(a, settings),
            Duration.ofMillis(50),
            Duration.ofMillis(500));
    routers.add(r);
    return r;
  }

  /**
   * A router for the records of {@code config}, with a probe thread of its own and the given probe
   * backoff; not started, not closed by any bed.
   */
  static CodisRouter newRouter(
      SlotwiseConfig config, ProxyConnector connector, Duration probeMin, Duration probeMax) {
    return CodisRouter.create(
        config.codisOptions(),
        config.addresses(),
        config.timeouts(),
        config.resourceOptions().recorder(),
        connector,
        null,
        probeMin,
        probeMax);
  }

  /** A started router for {@code config}. */
  CodisRouter started(SlotwiseConfig config) {
    CodisRouter r = router(config);
    try {
      r.start().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : e;
    }
    return r;
  }

  @Override
  public void close() {
    for (CodisRouter r : routers) {
      closeQuietly(r);
    }
    closeQuietly(transport);
    for (ForwardingProxy p : proxies) {
      closeQuietly(p);
    }
    closeQuietly(proxySessions);
    closeQuietly(redis);
    closeQuietly(zk);
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception e) {
      System.err.println("[codis-test-bed] closing " + c + " failed: " + e);
    }
  }
}
