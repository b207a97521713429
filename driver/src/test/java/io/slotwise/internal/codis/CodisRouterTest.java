package io.slotwise.internal.codis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.CodisOptions;
import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.SlotwiseConfig;
import io.slotwise.Timeouts;
import io.slotwise.codis.FakeConnection;
import io.slotwise.codis.NoProxyAvailableException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.metrics.SlotwiseRecorder;
import io.slotwise.testkit.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The router's balancing and health logic over connection stand-ins (no network). */
class CodisRouterTest {
  private static final Command GET = Command.keyless(true, "GET", "k");
  private static final String[] ADDRS = {"10.0.0.1:19000", "10.0.0.2:19000", "10.0.0.3:19000"};

  private final Map<HostAndPort, FakeConnection> opened = new ConcurrentHashMap<>();
  private final List<FakeConnection> all = new ArrayList<>();
  private final List<HostAndPort> failFirstConnect = new ArrayList<>();
  private CodisRouter router;

  private CodisRouter router(String... addrs) {
    return router(Duration.ofMillis(40), addrs);
  }

  private CodisRouter router(Duration probeMax, String... addrs) {
    SlotwiseConfig config =
        SlotwiseConfig.codisStatic(addrs).connectTimeout(Duration.ofMillis(500)).build();
    router =
        CodisTestBed.newRouter(
            config,
            a -> {
              FakeConnection c = new FakeConnection(a, !failFirstConnect.contains(a));
              if (failFirstConnect.contains(a)) {
                c.failFirstConnect();
              }
              opened.put(a, c);
              synchronized (all) {
                all.add(c);
              }
              return c;
            },
            Duration.ofMillis(10),
            probeMax);
    return router;
  }

  private FakeConnection conn(String addr) {
    return opened.get(HostAndPort.parse(addr));
  }

  @AfterEach
  void close() {
    if (router != null) {
      router.close();
    }
  }

  @Test
  void roundRobinIsExactlyEvenAcrossThreads() throws Exception {
    router(ADDRS).start().join();
    Map<NodeConnection, AtomicInteger> counts = new ConcurrentHashMap<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      Thread th =
          new Thread(
              () -> {
                for (int i = 0; i < 30_000; i++) {
                  counts
                      .computeIfAbsent(router.route(GET), k -> new AtomicInteger())
                      .incrementAndGet();
                }
              });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertThat(counts).hasSize(3);
    assertThat(counts.values()).allSatisfy(c -> assertThat(c.get()).isEqualTo(80_000));
  }

  @Test
  void transportFailureEjectsAtOnceAndProbeRestores() {
    router(ADDRS).start().join();
    FakeConnection c = conn(ADDRS[0]);
    c.setUp(false);
    router.onNodeFailure(c, new RedisConnectionException("reset"), false);
    assertThat(router.healthyProxies()).doesNotContain(c.address()).hasSize(2);
    for (int i = 0; i < 100; i++) {
      assertThat(router.route(GET)).isNotSameAs(c);
    }
    c.setUp(true);
    Await.until(
        "probe restores the proxy",
        Duration.ofSeconds(2),
        () -> router.healthyProxies().contains(c.address()));
    assertThat(c.requests.get()).as("probe PINGs").isPositive();
  }

  @Test
  void longOutageDoesNotGrowTheProbeDelayOnceTheConnectionIsBack() {
    // A PING backoff of up to 5 s: were it applied while the connection is down, eight looks
    // would take 2.5 s and the next one come 2.5 s after the connection is back.
    router(Duration.ofSeconds(5), ADDRS).start().join();
    FakeConnection c = conn(ADDRS[0]);
    int admissionPings = c.requests.get();
    c.setUp(false);
    router.onNodeFailure(c, new RedisConnectionException("reset"), false);
    Await.until(
        "eight looks at the down connection", Duration.ofSeconds(2), () -> c.looks.get() >= 8);
    assertThat(c.requests.get()).as("no PING while down").isEqualTo(admissionPings);
    c.setUp(true);
    long start = System.nanoTime();
    Await.until(
        "probe restores the proxy soon after its reconnect",
        Duration.ofSeconds(2),
        () -> router.healthyProxies().contains(c.address()));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
  }

  @Test
  void downConnectionIsSkippedByRouteAndEjected() {
    router(ADDRS).start().join();
    FakeConnection c = conn(ADDRS[1]);
    c.setUp(false);
    for (int i = 0; i < 30; i++) {
      assertThat(router.route(GET)).isNotSameAs(c);
    }
    assertThat(router.healthyProxies()).doesNotContain(c.address());
  }

  @Test
  void oneTimeoutIsToleratedTwoInARowEject() {
    router(ADDRS).start().join();
    FakeConnection c = conn(ADDRS[2]);
    c.setUp(false); // keeps it out once ejected, so the assertion below is not racing a probe
    router.onNodeFailure(c, new RedisTimeoutException("slow"), true);
    assertThat(router.healthyProxies()).contains(c.address());
    router.onNodeFailure(c, new RedisTimeoutException("slow again"), true);
    assertThat(router.healthyProxies()).doesNotContain(c.address());
  }

  @Test
  void aReplyBetweenTimeoutsResetsTheCount() {
    router(ADDRS).start().join();
    FakeConnection c = conn(ADDRS[2]);
    for (int i = 0; i < 5; i++) {
      router.onNodeFailure(c, new RedisTimeoutException("slow"), true);
      router.onNodeSuccess(c);
    }
    router.onNodeSuccess(null);
    assertThat(router.healthyProxies()).contains(c.address());
  }

  @Test
  void failuresAreMatchedByConnectionEvenWhenTheAddressIsRemapped() {
    SlotwiseConfig config = SlotwiseConfig.codisStatic(ADDRS[0], ADDRS[1]).build();
    HostAndPort remapped = HostAndPort.of("192.168.0.9", 7000);
    FakeConnection[] first = new FakeConnection[1];
    router =
        CodisTestBed.newRouter(
            config,
            a -> {
              boolean isFirst = a.equals(HostAndPort.parse(ADDRS[0]));
              FakeConnection c = new FakeConnection(isFirst ? remapped : a, true);
              if (isFirst) {
                first[0] = c;
              }
              return c;
            },
            CodisRouter.DEFAULT_PROBE_MIN_DELAY,
            CodisRouter.DEFAULT_PROBE_MAX_DELAY);
    router.start().join();
    assertThat(router.connectionTo(remapped)).isSameAs(first[0]);
    first[0].setUp(false);
    router.onNodeFailure(first[0], new RedisConnectionException("reset"), false);
    assertThat(router.healthyProxies()).containsExactly(HostAndPort.parse(ADDRS[1]));
  }

  @Test
  void closedAndForeignConnectionsAreIgnored() {
    router(ADDRS).start().join();
    router.onNodeFailure(conn(ADDRS[0]), new SlotwiseClosedException("closed by us"), false);
    router.onNodeFailure(
        new FakeConnection(HostAndPort.parse(ADDRS[1]), true),
        new RedisConnectionException("other connection"),
        false);
    router.onNodeFailure(null, new RedisConnectionException("x"), false);
    assertThat(router.healthyProxies()).hasSize(3);
  }

  @Test
  void noHealthyProxyThrowsNamingTheSource() {
    router(ADDRS[0]).start().join();
    FakeConnection c = conn(ADDRS[0]);
    c.setUp(false);
    router.onNodeFailure(c, new RedisConnectionException("reset"), false);
    assertThatThrownBy(() -> router.route(GET))
        .isInstanceOf(NoProxyAvailableException.class)
        .hasMessageContaining("static list [10.0.0.1:19000]")
        .hasMessageContaining("every registered proxy is down or ejected");
    assertThatThrownBy(() -> router.pinned()).isInstanceOf(NoProxyAvailableException.class);
  }

  @Test
  void startSucceedsWithOneReachableProxyAndProbesTheOthers() {
    failFirstConnect.add(HostAndPort.parse(ADDRS[0]));
    router(ADDRS).start().join();
    assertThat(router.healthyProxies()).hasSize(2).doesNotContain(HostAndPort.parse(ADDRS[0]));
    conn(ADDRS[0]).setUp(true);
    Await.until(
        "probe admits the late proxy",
        Duration.ofSeconds(2),
        () -> router.healthyProxies().size() == 3);
  }

  @Test
  void startFailsWhenNoProxyCanBeReached() {
    for (String a : ADDRS) {
      failFirstConnect.add(HostAndPort.parse(a));
    }
    assertThatThrownBy(() -> router(ADDRS).start().join())
        .hasCauseInstanceOf(NoProxyAvailableException.class)
        .hasMessageContaining("could not connect to any of")
        .hasMessageContaining("10.0.0.2:19000");
  }

  @Test
  void closeClosesEveryConnectionAndRouteThenSaysClosed() {
    router(ADDRS).start().join();
    router.close();
    router.close();
    assertThat(all).hasSize(3).allSatisfy(c -> assertThat(c.closed).isTrue());
    assertThatThrownBy(() -> router.route(GET)).isInstanceOf(SlotwiseClosedException.class);
  }

  @Test
  void rejectsBadArguments() {
    Timeouts timeouts = Timeouts.defaults();
    SlotwiseRecorder noop = SlotwiseRecorder.NOOP;
    List<HostAndPort> one = List.of(HostAndPort.parse(ADDRS[0]));
    CodisOptions noZk = CodisOptions.defaults();
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    try {
      assertThatThrownBy(() -> CodisRouter.create(null, one, timeouts, noop, a -> null, scheduler))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("codis");
      assertThatThrownBy(
              () -> CodisRouter.create(noZk, List.of(), timeouts, noop, a -> null, scheduler))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("static proxy addresses must not be empty");
      assertThatThrownBy(() -> CodisRouter.create(noZk, one, timeouts, noop, null, scheduler))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("connector");
      assertThatThrownBy(() -> CodisRouter.create(noZk, one, timeouts, noop, a -> null, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("scheduler");
    } finally {
      scheduler.shutdownNow();
    }
  }
}
