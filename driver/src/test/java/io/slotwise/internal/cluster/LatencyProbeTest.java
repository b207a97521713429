package io.slotwise.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.HostAndPort;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LatencyProbeTest {
  private static final HostAndPort FAST = HostAndPort.of("127.0.0.1", 7000);
  private static final HostAndPort HUNG = HostAndPort.of("127.0.0.1", 7001);
  private static final HostAndPort DOWN = HostAndPort.of("127.0.0.1", 7002);

  private final FakeNodes nodes = new FakeNodes();
  private final AtomicLong clock = new AtomicLong(1_000);
  private final LatencyProbe probe =
      new LatencyProbe(() -> List.of(FAST, HUNG, DOWN), nodes, clock::get);

  @Test
  void aHungNodesAverageGrowsWithTheTimeWaitedAndUnmeasuredNodesAreNeverFastest() {
    nodes.silent.add(HUNG);
    nodes.down.add(DOWN);
    probe.probeAll();
    assertThat(probe.averageNanos(FAST)).isZero();
    assertThat(probe.averageNanos(HUNG)).isEqualTo(Long.MAX_VALUE);
    assertThat(probe.averageNanos(DOWN)).isEqualTo(Long.MAX_VALUE);

    clock.addAndGet(1_000_000_000L);
    probe.probeAll();
    assertThat(probe.averageNanos(HUNG)).isEqualTo(1_000_000_000L);
    clock.addAndGet(1_000_000_000L);
    probe.probeAll();
    assertThat(probe.averageNanos(HUNG)).isEqualTo(1_000_000_000L);
    assertThat(probe.averageNanos(FAST)).isZero();
    assertThat(probe.averageNanos(DOWN)).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void theAverageWeighsTheNewestSampleByAlpha() {
    nodes.silent.add(HUNG);
    probe.probeAll();
    clock.addAndGet(100);
    probe.probeAll(); // HUNG: 100 ns
    clock.addAndGet(200);
    probe.probeAll(); // HUNG: 0.3 * 200 + 0.7 * 100 = 130
    assertThat(probe.averageNanos(HUNG)).isEqualTo(130);
  }

  @Test
  void nodesThatLeftTheTopologyAreForgotten() {
    probe.probeAll();
    assertThat(probe.averageNanos(FAST)).isZero();
    probe.retain(List.of(HUNG));
    assertThat(probe.averageNanos(FAST)).isEqualTo(Long.MAX_VALUE);
  }
}
