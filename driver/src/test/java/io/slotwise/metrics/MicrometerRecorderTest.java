package io.slotwise.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.slotwise.HostAndPort;
import io.slotwise.cluster.RefreshTrigger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Meter names, tags and lifecycles of {@link MicrometerRecorder}, without a server. */
class MicrometerRecorderTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MicrometerRecorder recorder =
      MicrometerRecorder.builder(registry).tags("client", "t").build();

  @Test
  void commandsAreTimedByNameAndOutcome() {
    recorder.commandCompleted("GET", TimeUnit.MILLISECONDS.toNanos(3), true);
    recorder.commandCompleted("GET", TimeUnit.MILLISECONDS.toNanos(5), true);
    recorder.commandCompleted("GET", TimeUnit.MILLISECONDS.toNanos(7), false);
    var ok =
        registry.find("slotwise.commands").tags("command", "GET", "outcome", "success").timer();
    assertThat(ok.count()).isEqualTo(2);
    assertThat(ok.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(8.0);
    assertThat(ok.getId().getTag("client")).isEqualTo("t");
    assertThat(
            registry
                .find("slotwise.commands")
                .tags("command", "GET", "outcome", "failure")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void redirectsRetriesTimeoutsAndRefreshesAreCountedWithLowerCaseTags() {
    HostAndPort node = HostAndPort.parse("127.0.0.1:7001");
    recorder.redirected("moved", node);
    recorder.redirected("moved", node);
    recorder.redirected("ask", node);
    recorder.retried("TRYAGAIN");
    recorder.retried("NO_ROUTE");
    recorder.timedOut("SET");
    recorder.topologyRefreshed(
        EnumSet.of(RefreshTrigger.MOVED, RefreshTrigger.PERIODIC), 1_000_000, true);
    recorder.topologyRefreshed(EnumSet.of(RefreshTrigger.MOVED), 2_000_000, false);
    assertThat(count("slotwise.redirects", "kind", "moved", "node", "127.0.0.1:7001")).isEqualTo(2);
    assertThat(count("slotwise.redirects", "kind", "ask", "node", "127.0.0.1:7001")).isEqualTo(1);
    assertThat(count("slotwise.retries", "cause", "tryagain")).isEqualTo(1);
    assertThat(count("slotwise.retries", "cause", "no_route")).isEqualTo(1);
    assertThat(count("slotwise.timeouts", "command", "SET")).isEqualTo(1);
    assertThat(count("slotwise.topology.refreshes", "trigger", "moved", "outcome", "success"))
        .isEqualTo(1);
    assertThat(count("slotwise.topology.refreshes", "trigger", "moved", "outcome", "failure"))
        .isEqualTo(1);
    assertThat(count("slotwise.topology.refreshes", "trigger", "periodic", "outcome", "success"))
        .isEqualTo(1);
    assertThat(
            registry
                .find("slotwise.topology.refresh.duration")
                .tag("outcome", "success")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(registry.find("slotwise.topology.slotmap.age").gauge().value()).isBetween(0.0, 10.0);
  }

  @Test
  void topologyAndCodisGaugesAppearOnFirstUse() {
    assertThat(registry.find("slotwise.topology.slots.uncovered").gauge()).isNull();
    assertThat(registry.find("slotwise.codis.proxies").gauge()).isNull();
    recorder.slotMapChanged(42);
    recorder.codisProxies(2, 1);
    assertThat(registry.find("slotwise.topology.slots.uncovered").gauge().value()).isEqualTo(42);
    assertThat(registry.find("slotwise.topology.slotmap.age").gauge().value()).isNaN();
    assertThat(registry.find("slotwise.codis.proxies").tag("state", "up").gauge().value())
        .isEqualTo(2);
    assertThat(registry.find("slotwise.codis.proxies").tag("state", "ejected").gauge().value())
        .isEqualTo(1);
  }

  @Test
  void exclusivePoolGaugesReadThePoolTotals() {
    java.util.concurrent.atomic.AtomicInteger lent =
        new java.util.concurrent.atomic.AtomicInteger(2);
    recorder.exclusivePool(lent::get, () -> 5);
    assertThat(registry.find("slotwise.pool.connections").tag("state", "borrowed").gauge().value())
        .isEqualTo(2);
    assertThat(registry.find("slotwise.pool.connections").tag("state", "idle").gauge().value())
        .isEqualTo(5);
    lent.set(7);
    assertThat(registry.find("slotwise.pool.connections").tag("state", "borrowed").gauge().value())
        .isEqualTo(7);
    recorder.close();
    assertThat(registry.find("slotwise.pool.connections").gauge()).isNull();
  }

  @Test
  void nodeGaugesFollowTheConnectionsOfEachNode() {
    Stub a1 = new Stub("127.0.0.1:7000", true, 3);
    Stub a2 = new Stub("127.0.0.1:7000", false, 2);
    Stub b = new Stub("127.0.0.1:7001", true, 0);
    recorder.connectionOpened(a1);
    recorder.connectionOpened(a2);
    recorder.connectionOpened(b);
    assertThat(gauge("slotwise.connections", "127.0.0.1:7000")).isEqualTo(1);
    assertThat(gauge("slotwise.commands.inflight", "127.0.0.1:7000")).isEqualTo(5);
    a1.inFlight = 0;
    assertThat(gauge("slotwise.commands.inflight", "127.0.0.1:7000")).isEqualTo(2);
    recorder.connectionClosed(a1);
    assertThat(gauge("slotwise.connections", "127.0.0.1:7000")).isZero();
    recorder.connectionClosed(a2);
    assertThat(registry.find("slotwise.connections").tag("node", "127.0.0.1:7000").gauge())
        .as("a node whose last connection closed has no gauges")
        .isNull();
    assertThat(gauge("slotwise.connections", "127.0.0.1:7001")).isEqualTo(1);
    recorder.connectionClosed(new Stub("127.0.0.1:9999", true, 0)); // unknown: ignored
  }

  @Test
  void closeRemovesEveryMeterAndPercentileHistogramIsOptIn() {
    recorder.commandCompleted("GET", 1, true);
    recorder.connectionOpened(new Stub("127.0.0.1:7000", true, 0));
    recorder.slotMapChanged(0);
    recorder.codisProxies(1, 0);
    assertThat(registry.getMeters()).isNotEmpty();
    recorder.close();
    assertThat(registry.getMeters()).isEmpty();
    recorder.close();

    SimpleMeterRegistry other = new SimpleMeterRegistry();
    Map<String, Boolean> histogram = new ConcurrentHashMap<>();
    other
        .config()
        .meterFilter(
            new MeterFilter() {
              @Override
              public DistributionStatisticConfig configure(
                  Meter.Id id, DistributionStatisticConfig config) {
                histogram.put(
                    id.getTag("command"), Boolean.TRUE.equals(config.isPercentileHistogram()));
                return config;
              }
            });
    MicrometerRecorder.builder(other)
        .percentileHistogram(true)
        .build()
        .commandCompleted("GET", 1, true);
    MicrometerRecorder.create(other).commandCompleted("SET", 1, true);
    assertThat(histogram).containsEntry("GET", true).containsEntry("SET", false);
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> MicrometerRecorder.builder(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("registry");
    assertThatThrownBy(() -> MicrometerRecorder.builder(registry).tags("odd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tags");
  }

  @Test
  void compositeForwardsToEachAndDropsNoops() {
    List<String> seen = new ArrayList<>();
    SlotwiseRecorder a =
        new SlotwiseRecorder() {
          @Override
          public void retried(String cause) {
            seen.add("a:" + cause);
          }
        };
    SlotwiseRecorder b =
        new SlotwiseRecorder() {
          @Override
          public void retried(String cause) {
            seen.add("b:" + cause);
          }
        };
    assertThat(SlotwiseRecorder.composite()).isSameAs(SlotwiseRecorder.NOOP);
    assertThat(SlotwiseRecorder.composite(SlotwiseRecorder.NOOP, a)).isSameAs(a);
    SlotwiseRecorder.composite(a, SlotwiseRecorder.NOOP, b).retried("LOADING");
    assertThat(seen).containsExactly("a:LOADING", "b:LOADING");
    assertThatThrownBy(() -> SlotwiseRecorder.composite(a, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recorders");
  }

  private long count(String name, String... tags) {
    return (long) registry.find(name).tags(tags).counter().count();
  }

  private double gauge(String name, String node) {
    return registry.find(name).tag("node", node).gauge().value();
  }

  /** A connection that only answers the questions the gauges ask. */
  private static final class Stub implements ConnectionInfo {
    private final HostAndPort address;
    private final boolean connected;
    volatile int inFlight;

    Stub(String address, boolean connected, int inFlight) {
      this.address = HostAndPort.parse(address);
      this.connected = connected;
      this.inFlight = inFlight;
    }

    @Override
    public HostAndPort address() {
      return address;
    }

    @Override
    public boolean isConnected() {
      return connected;
    }

    @Override
    public int inFlight() {
      return inFlight;
    }
  }
}
