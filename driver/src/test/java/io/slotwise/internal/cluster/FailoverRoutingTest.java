package io.slotwise.internal.cluster;

import static io.slotwise.internal.cluster.FakeNodes.range;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.HostAndPort;
import io.slotwise.RedisServerException;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseConfig;
import io.slotwise.TopologyRefreshOptions;
import io.slotwise.cluster.RefreshTrigger;
import io.slotwise.internal.protocol.Command;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the router reacts to a failover, against scripted connections and a manual clock. */
class FailoverRoutingTest {
  private static final HostAndPort A = HostAndPort.of("10.0.0.1", 7000);
  private static final HostAndPort B = HostAndPort.of("10.0.0.2", 7000);
  private static final HostAndPort C = HostAndPort.of("10.0.0.3", 7000);
  private static final HostAndPort D = HostAndPort.of("10.0.0.4", 7000);
  private static final Duration MIN_INTERVAL = TopologyRefreshOptions.DEFAULT_MIN_INTERVAL;

  private final ManualScheduler scheduler = new ManualScheduler();
  private final FakeNodes nodes = new FakeNodes();
  private ClusterRouter router;

  @AfterEach
  void close() {
    if (router != null) {
      router.close();
    }
  }

  private ClusterRouter started(List<HostAndPort> all, FakeNodes.Range... ranges) {
    nodes.view(all, ranges);
    String[] seeds = all.stream().map(HostAndPort::toString).toArray(String[]::new);
    router =
        new ClusterRouter(
            ClusterOptions.of(SlotwiseConfig.cluster(seeds).build()),
            nodes,
            scheduler,
            scheduler::nanoTime,
            Runnable::run);
    router.start().join();
    return router;
  }

  private static Command get(String key) {
    byte[][] args = {"GET".getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8)};
    return Command.of("GET", args, new int[] {1}, true);
  }

  @Test
  void aReadonlyReplyRefreshesAtOnceWithoutWaitingForASecondFailure() {
    ClusterRouter r = started(List.of(A, B), range(0, 8191, A), range(8192, 16383, B));
    scheduler.advance(MIN_INTERVAL);
    long runs = r.refreshRuns();
    r.onNodeFailure(
        r.route(get("bar")),
        new RedisServerException("SET", "READONLY You can't write against a read only replica."),
        false);
    assertThat(r.refreshRequests(RefreshTrigger.READONLY)).isEqualTo(1);
    scheduler.runDue();
    assertThat(r.refreshRuns(RefreshTrigger.READONLY)).isEqualTo(1);
    assertThat(r.refreshRuns()).isEqualTo(runs + 1);
  }

  @Test
  void aSuspectMasterIsAskedLastSoThatItCannotStallARefresh() {
    ClusterRouter r =
        started(
            List.of(A, B, C, D),
            range(0, 4095, A),
            range(4096, 8191, B),
            range(8192, 12287, C),
            range(12288, 16383, D));
    scheduler.advance(MIN_INTERVAL);
    nodes.silent.add(A); // frozen: it accepts commands and never answers
    r.onNodeFailure(r.connectionTo(A), new RedisTimeoutException("t"), true);
    int askedA = shardsRequests(A);
    for (int i = 0; i < 4; i++) { // the rotating start would reach A first at least once
      r.requestRefresh(RefreshTrigger.TIMEOUTS);
      scheduler.advance(MIN_INTERVAL);
    }
    assertThat(shardsRequests(A)).as("CLUSTER SHARDS sent to the suspect master").isEqualTo(askedA);
    assertThat(shardsRequests(B) + shardsRequests(C) + shardsRequests(D)).isGreaterThan(4);
    assertThat(scheduler.pending()).as("no refresh waits on the frozen node").isLessThan(4);
  }

  @Test
  void aNewMasterGetsItsConnectionBeforeTheFirstCommandNeedsIt() {
    ClusterRouter r = started(List.of(A, B), range(0, 8191, A), range(8192, 16383, B));
    assertThat(nodes.opens(C)).isZero();
    nodes.view(List.of(A, B, C), range(0, 8191, A), range(8192, 16383, C)); // C replaced B
    scheduler.advance(MIN_INTERVAL);
    r.requestRefresh(RefreshTrigger.CONNECTION_FAILURES);
    scheduler.runDue();
    assertThat(r.slotMap().masterFor(9000).address()).isEqualTo(C);
    assertThat(nodes.opens(C)).isEqualTo(1);
  }

  private int shardsRequests(HostAndPort address) {
    int n = 0;
    for (FakeNodes.FakeConnection c : nodes.opened) {
      if (c.address().equals(address)) {
        synchronized (c.requests) {
          n += (int) c.requests.stream().filter("CLUSTER SHARDS"::equals).count();
        }
      }
    }
    return n;
  }
}
