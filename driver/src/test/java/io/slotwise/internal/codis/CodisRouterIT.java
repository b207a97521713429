package io.slotwise.internal.codis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.RedisTimeoutException;
import io.slotwise.codis.NoProxyAvailableException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.CodisRegistration;
import io.slotwise.testkit.ForwardingProxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The router against a real ZooKeeper and real RESP proxies in front of one redis-server. */
class CodisRouterIT {
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);

  private CodisTestBed bed;
  private final List<ForwardingProxy> proxies = new ArrayList<>();
  private final List<CodisRegistration> nodes = new ArrayList<>();

  @BeforeEach
  void startBed() {
    bed = CodisTestBed.start("demo");
  }

  @AfterEach
  void stopBed() {
    bed.close();
  }

  private void registerProxies(int n) {
    for (int i = 0; i < n; i++) {
      nodes.add(bed.registeredProxy(proxies));
    }
  }

  private static long[] counts(List<ForwardingProxy> ps) {
    long[] c = new long[ps.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = ps.get(i).commands();
    }
    return c;
  }

  private static Command get(String key) {
    return Command.of("GET", LoadDriver.args("GET", key), new int[] {1}, true);
  }

  /** Sends {@code n} GETs, routed one by one, pipelined; returns when all replied. */
  /**
   * Sends {@code n} GETs through the router, at most {@value #WINDOW} at a time: 30,000 at once
   * would put ~10,000 on each proxy, right at the per-node in-flight bound, and a slow moment would
   * turn the rotation test into a backpressure test.
   */
  private static void sendGets(CodisRouter router, int n) {
    for (int start = 0; start < n; start += WINDOW) {
      List<CompletableFuture<Reply>> replies = new ArrayList<>(WINDOW);
      for (int i = start; i < Math.min(n, start + WINDOW); i++) {
        Command c = get("rr:" + (i % 50));
        replies.add(router.route(c).request(c));
      }
      CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new)).join();
    }
  }

  private static final int WINDOW = 3_000;

  @Test
  void rotationCoversEveryOnlineProxyEvenly() {
    registerProxies(3);
    CodisRouter router = bed.started(bed.config().build());
    assertThat(router.healthyProxies()).hasSize(3);
    long[] before = counts(proxies);
    sendGets(router, 30_000);
    long[] after = counts(proxies);
    for (int i = 0; i < 3; i++) {
      assertThat(after[i] - before[i]).as("commands at proxy %d", i).isBetween(9_000L, 11_000L);
    }
  }

  @Test
  void proxyInAnotherStateGetsNoTraffic() {
    registerProxies(2);
    ForwardingProxy offline = bed.proxy();
    CodisRegistration.register(
        bed.proxySessions,
        CodisRegistration.codis3Folder("demo") + "/proxy-off",
        offline.address(),
        "off",
        "offline",
        null);
    CodisRouter router = bed.started(bed.config().build());
    long offlineBefore = offline.commands();
    sendGets(router, 3_000);
    assertThat(offline.commands()).isEqualTo(offlineBefore);
    assertThat(router.healthyProxies()).doesNotContain(offline.address()).hasSize(2);

    nodes.get(0).setState("mark_offline");
    Await.until(
        "proxy 0 marked offline leaves the rotation",
        ONE_SECOND,
        () -> !router.healthyProxies().contains(proxies.get(0).address()));
    long markedBefore = proxies.get(0).commands();
    sendGets(router, 1_000);
    assertThat(proxies.get(0).commands()).isEqualTo(markedBefore);
    assertThat(proxies.get(1).commands()).isGreaterThanOrEqualTo(1_000);
  }

  @Test
  void newProxyRegisteredUnderLoadGetsTrafficWithinOneSecond() {
    registerProxies(2);
    CodisRouter router = bed.started(bed.config().build());
    try (LoadDriver load = new LoadDriver(router, 4)) {
      Await.until("load running", ONE_SECOND, () -> load.total() > 100);
      List<ForwardingProxy> added = new ArrayList<>();
      long t0 = System.nanoTime();
      bed.registeredProxy(added);
      Await.until("the new proxy receives commands", ONE_SECOND, () -> added.get(0).commands() > 0);
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      System.out.println("[codis-it] new proxy got traffic after " + ms + " ms");
      assertThat(load.failures()).isZero();
    }
  }

  @Test
  void removedProxyStopsGettingTrafficWithinOneSecond() {
    registerProxies(3);
    CodisRouter router = bed.started(bed.config().build());
    try (LoadDriver load = new LoadDriver(router, 4)) {
      Await.until("load running", ONE_SECOND, () -> load.total() > 100);
      ForwardingProxy leaving = proxies.get(2);
      long t0 = System.nanoTime();
      nodes.get(2).deregister();
      Await.until(
          "the removed proxy leaves the rotation",
          ONE_SECOND,
          () -> !router.healthyProxies().contains(leaving.address()));
      // Commands routed just before the change may still arrive; one second after the removal,
      // nothing may.
      Await.until(
          "one second since the removal",
          Duration.ofSeconds(2),
          () -> System.nanoTime() - t0 >= ONE_SECOND.toNanos());
      long leavingCount = leaving.commands();
      long total = load.total();
      Await.until("500 more commands", Duration.ofSeconds(10), () -> load.total() > total + 500);
      assertThat(leaving.commands()).isEqualTo(leavingCount);
      assertThat(load.failures()).as("failures, last: %s", load.lastFailure.get()).isZero();
    }
  }

  @Test
  void killedProxyIsEjectedWithinOneSecondLongBeforeZooKeeperNotices() throws Exception {
    registerProxies(3);
    CodisRouter router = bed.started(bed.config().build());
    ForwardingProxy victim = proxies.get(1);
    try (LoadDriver load = new LoadDriver(router, 8)) {
      Await.until("load running", ONE_SECOND, () -> load.total() > 200);
      long t0 = System.nanoTime();
      victim.kill();
      Await.until(
          "the killed proxy leaves the rotation",
          ONE_SECOND,
          () -> !router.healthyProxies().contains(victim.address()));
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      long total = load.total();
      Await.until("1000 more commands", Duration.ofSeconds(10), () -> load.total() > total + 1000);
      for (int i = 0; i < 300; i++) {
        assertThat(router.route(get("x")).address()).isNotEqualTo(victim.address());
      }
      assertThat(bed.proxySessions.checkExists().forPath(nodes.get(1).path()))
          .as("the killed proxy's ephemeral node outlives it")
          .isNotNull();
      System.out.println(
          "[codis-it] killed proxy ejected after "
              + ms
              + " ms; failed writes (in flight on the dead proxy): "
              + load.failedWrites.get()
              + " of "
              + load.writes.get());
      assertThat(load.failedReads.get()).isZero();
      assertThat(load.failedUnsent.get()).isZero();
    }
    victim.restart();
    Await.until(
        "the restarted proxy is probed back into the rotation",
        Duration.ofSeconds(5),
        () -> router.healthyProxies().contains(victim.address()));
    long before = victim.commands();
    sendGets(router, 300);
    assertThat(victim.commands()).isGreaterThan(before);
  }

  @Test
  void zooKeeperDownForTenSecondsKeepsTheLastListThenReconciles() throws Exception {
    registerProxies(3);
    CodisRouter router = bed.started(bed.config().build());
    try (LoadDriver load = new LoadDriver(router, 4)) {
      Await.until("load running", ONE_SECOND, () -> load.total() > 100);
      bed.zk.stop();
      long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (System.nanoTime() < end) {
        assertThat(router.healthyProxies()).hasSize(3);
        Await.until("load keeps going", Duration.ofSeconds(2), () -> load.total() > 0);
        long t = load.total();
        Await.until(
            "progress while ZooKeeper is down", Duration.ofSeconds(2), () -> load.total() > t);
      }
      long progressDuringOutage = load.total();
      bed.zk.restart();
      assertThat(load.failures()).as("failures, last: %s", load.lastFailure.get()).isZero();
      assertThat(progressDuringOutage).isGreaterThan(1_000);
    }
    Await.until(
        "the proxies' ZooKeeper session is back",
        Duration.ofSeconds(20),
        () -> bed.proxySessions.getZookeeperClient().isConnected());
    nodes.get(0).deregister();
    List<ForwardingProxy> added = new ArrayList<>();
    bed.registeredProxy(added);
    Await.until(
        "the list reconciles after ZooKeeper is back",
        Duration.ofSeconds(20),
        () ->
            router.healthyProxies().contains(added.get(0).address())
                && !router.healthyProxies().contains(proxies.get(0).address())
                && router.healthyProxies().size() == 3);
  }

  @Test
  void outageLongerThanTheSessionTimeoutKeepsServingThenResyncs() throws Exception {
    registerProxies(2);
    CodisRouter router = bed.started(bed.config().zkSessionTimeout(Duration.ofSeconds(2)).build());
    bed.zk.stop();
    long t0 = System.nanoTime();
    Await.until(
        "longer than the router's ZooKeeper session",
        Duration.ofSeconds(10),
        () -> System.nanoTime() - t0 >= Duration.ofSeconds(5).toNanos());
    assertThat(router.healthyProxies()).hasSize(2);
    sendGets(router, 200);
    bed.zk.restart();
    Await.until(
        "the proxies' ZooKeeper session is back",
        Duration.ofSeconds(20),
        () -> bed.proxySessions.getZookeeperClient().isConnected());
    nodes.get(1).deregister();
    Await.until(
        "the change made after the new session is seen",
        Duration.ofSeconds(20),
        () -> router.healthyProxies().equals(List.of(proxies.get(0).address())));
  }

  @Test
  void noProxyAtAllFailsStartNamingThePath() {
    CodisRouter router = bed.router(bed.config().build());
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> router.start().join())
        .hasCauseInstanceOf(NoProxyAvailableException.class)
        .hasMessageContaining("/jodis/demo")
        .hasMessageContaining(bed.zk.getConnectString());
    assertThat(System.nanoTime() - t0).isLessThan(Duration.ofSeconds(4).toNanos());
    assertThatThrownBy(() -> router.route(get("k")))
        .isInstanceOf(NoProxyAvailableException.class)
        .hasMessageContaining("/jodis/demo");
  }

  @Test
  void unreachableZooKeeperFailsStartWithinTheZkConnectionTimeout() {
    // zkConnectionTimeout bounds the wait for ZooKeeper (issue 13 item 12;
    // CodisZkConnectionTimeoutIT
    // checks that connectTimeout does not).
    CodisRouter router =
        bed.router(
            io.slotwise.SlotwiseConfig.codis("127.0.0.1:1", "nowhere")
                .zkConnectionTimeout(Duration.ofSeconds(1))
                .build());
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> router.start().join())
        .hasCauseInstanceOf(NoProxyAvailableException.class)
        .hasMessageContaining("/jodis/nowhere");
    assertThat(System.nanoTime() - t0).isLessThan(Duration.ofSeconds(3).toNanos());
  }

  @Test
  void allProxiesGoneMakesRouteThrowNamingThePath() {
    registerProxies(2);
    CodisRouter router = bed.started(bed.config().build());
    nodes.forEach(CodisRegistration::deregister);
    Await.until("rotation empty", ONE_SECOND, () -> router.healthyProxies().isEmpty());
    assertThatThrownBy(() -> router.route(get("k")))
        .isInstanceOf(NoProxyAvailableException.class)
        .hasMessageContaining("ZooKeeper " + bed.zk.getConnectString() + " path /jodis/demo")
        .hasMessageContaining("no proxy is registered with state online");
  }

  @Test
  void twoTimeoutsEjectAndAProbeRestores() {
    registerProxies(2);
    CodisRouter router = bed.started(bed.config().build());
    NodeConnection c = router.connectionTo(proxies.get(0).address());
    router.onNodeFailure(c, new RedisTimeoutException("t1"), true);
    assertThat(router.healthyProxies()).contains(proxies.get(0).address());
    router.onNodeFailure(c, new RedisTimeoutException("t2"), true);
    assertThat(router.healthyProxies()).doesNotContain(proxies.get(0).address());
    Await.until(
        "the probe finds the proxy alive",
        ONE_SECOND,
        () -> router.healthyProxies().contains(proxies.get(0).address()));
  }

  @Test
  void removedProxyDrainsItsInFlightCommands() {
    registerProxies(2);
    CodisRouter router = bed.started(bed.config().build());
    NodeConnection c = router.connectionTo(proxies.get(0).address());
    List<CompletableFuture<Reply>> replies = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      replies.add(c.request(get("drain:" + i)));
    }
    nodes.get(0).deregister();
    CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new)).join();
    assertThat(replies).allSatisfy(f -> assertThat(f.join()).isNotInstanceOf(Reply.Error.class));
    Await.until("connection closed after draining", ONE_SECOND, () -> !c.isConnected());
  }

  @Test
  void staticListWithoutZooKeeper() {
    ForwardingProxy a = bed.proxy();
    ForwardingProxy b = bed.proxy();
    CodisRouter router =
        bed.started(
            io.slotwise.SlotwiseConfig.codisStatic(a.address().toString(), b.address().toString())
                .commandTimeout(CodisTestBed.COMMAND_TIMEOUT)
                .build());
    assertThat(router.source()).startsWith("static list");
    long a0 = a.commands();
    long b0 = b.commands();
    sendGets(router, 2_000);
    assertThat(a.commands() - a0).isEqualTo(1_000);
    assertThat(b.commands() - b0).isEqualTo(1_000);
    a.kill();
    Await.until(
        "killed static proxy ejected",
        ONE_SECOND,
        () -> {
          try {
            router.route(get("k"));
          } catch (NoProxyAvailableException e) {
            return false;
          }
          return !router.healthyProxies().contains(a.address());
        });
    assertThat(router.healthyProxies()).containsExactly(b.address());
  }

  @Test
  void connectionToUnknownAddressIsRefused() {
    registerProxies(1);
    CodisRouter router = bed.started(bed.config().build());
    assertThat(router.masters()).hasSize(1);
    assertThat(router.pinned().address()).isEqualTo(proxies.get(0).address());
    assertThatThrownBy(() -> router.connectionTo(HostAndPort.of("127.0.0.1", 1)))
        .isInstanceOf(NoProxyAvailableException.class)
        .hasMessageContaining("127.0.0.1:1");
  }
}
