package io.slotwise.internal.cluster;

import static io.slotwise.internal.cluster.FakeNodes.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.SlotwiseConfig;
import io.slotwise.Timeouts;
import io.slotwise.TopologyRefreshOptions;
import io.slotwise.cluster.ClusterNode;
import io.slotwise.cluster.ClusterTopologyException;
import io.slotwise.cluster.CrossSlotException;
import io.slotwise.cluster.RefreshTrigger;
import io.slotwise.cluster.SlotHash;
import io.slotwise.cluster.SlotNotCoveredException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Router;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Router and refresher logic against scripted connections, with time driven by the test. */
class ClusterRouterTest {

  private static final HostAndPort A = HostAndPort.of("10.0.0.1", 7000);
  private static final HostAndPort B = HostAndPort.of("10.0.0.2", 7000);
  private static final HostAndPort C = HostAndPort.of("10.0.0.3", 7000);
  private static final Duration MIN_INTERVAL = TopologyRefreshOptions.DEFAULT_MIN_INTERVAL;

  private final ManualScheduler scheduler = new ManualScheduler();
  private final FakeNodes nodes = new FakeNodes();
  private ClusterRouter router;

  private ClusterRouter router(String... seeds) {
    SlotwiseConfig config = SlotwiseConfig.cluster(seeds).build();
    router =
        new ClusterRouter(
            ClusterOptions.of(config), nodes, scheduler, scheduler::nanoTime, Runnable::run);
    return router;
  }

  private ClusterRouter started() {
    nodes.view(List.of(A, B), range(0, 8191, A), range(8192, 16383, B));
    ClusterRouter r = router("10.0.0.1:7000", "10.0.0.2:7000");
    r.start().join();
    return r;
  }

  @AfterEach
  void close() {
    if (router != null) {
      router.close();
    }
  }

  private static Command get(String key) {
    return Command.of("GET", new byte[][] {bytes("GET"), bytes(key)}, new int[] {1}, true);
  }

  private static Command mget(String... keys) {
    byte[][] args = new byte[keys.length + 1][];
    int[] idx = new int[keys.length];
    args[0] = bytes("MGET");
    for (int i = 0; i < keys.length; i++) {
      args[i + 1] = bytes(keys[i]);
      idx[i] = i + 1;
    }
    return Command.of("MGET", args, idx, true);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void startsFromTheSeedsAndRoutesBySlot() {
    ClusterRouter r = started();
    assertThat(SlotHash.slot("foo")).isEqualTo(12182);
    assertThat(r.route(get("foo")).address()).isEqualTo(B);
    assertThat(r.route(get("bar")).address()).isEqualTo(A);
    assertThat(r.route(mget("{bar}1", "{bar}2")).address()).isEqualTo(A);
    assertThat(r.route(get("foo"))).isSameAs(r.route(get("foo")));
    assertThat(r.slotMap().uncoveredSlots()).isZero();
    assertThat(r.refreshRuns(RefreshTrigger.STARTUP)).isEqualTo(1);
    assertThat(r.topologyChanges()).isEqualTo(1);
    assertThat(r.splitsBySlot()).isTrue();
    assertThat(r.masters()).extracting(NodeConnection::address).containsExactly(A, B);
    // no connect-per-refresh: one connection per node
    assertThat(nodes.opens(A)).isEqualTo(1);
    assertThat(nodes.opens(B)).isEqualTo(1);
  }

  @Test
  void triggersBeforeStartDoNotRunALoadOfTheirOwn() {
    nodes.view(List.of(A, B), range(0, 16383, A));
    ClusterRouter r = router("10.0.0.1:7000");
    r.requestRefresh(RefreshTrigger.MOVED);
    assertThatThrownBy(() -> r.route(get("foo"))).isInstanceOf(SlotNotCoveredException.class);
    scheduler.advance(Duration.ofSeconds(1));
    assertThat(r.refreshRuns()).isZero();
    assertThat(nodes.opened).isEmpty();
    r.start().join();
    assertThat(r.refreshRuns()).isEqualTo(1);
    assertThat(r.route(get("foo")).address()).isEqualTo(A);
  }

  @Test
  void startFailsNamingEverySeedAndWhy() {
    nodes.down.add(A);
    ClusterRouter r = router("10.0.0.1:7000", "10.0.0.2:7000");
    assertThatThrownBy(() -> r.start().join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(ClusterTopologyException.class)
        .hasMessageContaining("10.0.0.1:7000 (Connection refused: 10.0.0.1:7000)")
        .hasMessageContaining("10.0.0.2:7000 (")
        .hasMessageContaining("cluster support disabled");
    assertThat(nodes.opened).allMatch(c -> c.closed);
  }

  @Test
  void keysOfDifferentSlotsAreRefused() {
    ClusterRouter r = started();
    assertThatThrownBy(() -> r.route(mget("a", "b")))
        .isInstanceOf(CrossSlotException.class)
        .hasMessageContaining("MGET")
        .hasMessageContaining(Integer.toString(SlotHash.slot("a")))
        .hasMessageContaining(Integer.toString(SlotHash.slot("b")));
  }

  @Test
  void keylessCommandsGoToMastersInTurn() {
    ClusterRouter r = started();
    Command ping = Command.keyless(true, "PING");
    assertThat(List.of(r.route(ping), r.route(ping), r.route(ping)))
        .extracting(NodeConnection::address)
        .containsExactly(A, B, A);
  }

  @Test
  void uncoveredSlotRequestsARefreshAndHealsWhenAssigned() {
    nodes.view(List.of(A, B), range(0, 8191, A));
    ClusterRouter r = router("10.0.0.1:7000");
    r.start().join();
    assertThat(r.slotMap().uncoveredSlots()).isEqualTo(8192);
    assertThatThrownBy(() -> r.route(get("foo")))
        .isInstanceOf(SlotNotCoveredException.class)
        .hasMessageContaining("slot 12182")
        .extracting(e -> ((SlotNotCoveredException) e).slot())
        .isEqualTo(12182);
    assertThat(r.refreshRequests(RefreshTrigger.UNCOVERED_SLOT)).isEqualTo(1);

    nodes.view(List.of(A, B), range(0, 8191, A), range(8192, 16383, B));
    scheduler.advance(MIN_INTERVAL.minusMillis(1));
    assertThat(r.refreshRuns(RefreshTrigger.UNCOVERED_SLOT)).isZero(); // rate-limited
    scheduler.advance(Duration.ofMillis(1));
    assertThat(r.refreshRuns(RefreshTrigger.UNCOVERED_SLOT)).isEqualTo(1);
    assertThat(r.slotMap().uncoveredSlots()).isZero();
    assertThat(r.route(get("foo")).address()).isEqualTo(B);
  }

  @Test
  void movedPatchesTheSlotAtOnceThenRefreshes() {
    ClusterRouter r = started();
    SlotMap before = r.slotMap();
    r.onMoved(12182, C);
    assertThat(r.slotMap().masterFor(12182).address()).isEqualTo(C);
    assertThat(r.slotMap().masterFor(12181).address()).isEqualTo(B);
    assertThat(before.masterFor(12182).address()).isEqualTo(B);
    assertThat(r.route(get("foo")).address()).isEqualTo(C);
    assertThat(r.refreshRequests(RefreshTrigger.MOVED)).isEqualTo(1);

    // the servers say foo's slot moved to C for good
    nodes.view(List.of(A, B, C), range(0, 8191, A), range(8192, 12182, C), range(12183, 16383, B));
    scheduler.advance(MIN_INTERVAL);
    assertThat(r.refreshRuns(RefreshTrigger.MOVED)).isEqualTo(1);
    assertThat(r.slotMap().masterFor(12182).id()).isEqualTo("id-7000");
    assertThat(r.slotMap().masterFor(9000).address()).isEqualTo(C);
    assertThat(r.topologyChanges()).isEqualTo(2);
  }

  @Test
  void askThroughTheRouterContractLeavesTheMapAndRequestsOneCoalescedRefresh() {
    ClusterRouter r = started();
    SlotMap before = r.slotMap();
    Router contract = r;
    contract.onAsk(12182, C);
    contract.onAsk(12182, C);
    assertThat(r.slotMap()).isSameAs(before);
    assertThat(r.route(get("foo")).address()).isEqualTo(B);
    assertThat(r.refreshRequests(RefreshTrigger.ASKED)).isEqualTo(2);

    scheduler.advance(MIN_INTERVAL);
    assertThat(r.refreshRuns(RefreshTrigger.ASKED)).isEqualTo(1);
  }

  @Test
  void movedIsUndoneByARefreshThatDisagreesAndTheStrayConnectionIsClosed() {
    ClusterRouter r = started();
    r.onMoved(12182, C);
    NodeConnection stray = r.route(get("foo"));
    scheduler.advance(MIN_INTERVAL);
    assertThat(r.slotMap().masterFor(12182).address()).isEqualTo(B);
    assertThat(((FakeNodes.FakeConnection) stray).closedGracefully).isTrue();
    assertThat(r.route(get("foo")).address()).isEqualTo(B);
  }

  @Test
  void refreshIsSingleFlightAndCoalescesToOneFollowUp() {
    ClusterRouter r = started();
    nodes.hold = true;
    for (int i = 0; i < 50; i++) {
      r.onMoved(12182, B);
    }
    assertThat(r.refreshRuns()).isEqualTo(1); // the startup load only
    scheduler.advance(MIN_INTERVAL);
    assertThat(r.refreshRuns()).isEqualTo(2);
    // while the refresh waits for its replies, more triggers arrive
    for (int i = 0; i < 50; i++) {
      r.requestRefresh(RefreshTrigger.TIMEOUTS);
      r.requestRefresh(RefreshTrigger.MOVED);
    }
    scheduler.advance(Duration.ofSeconds(1));
    assertThat(r.refreshRuns()).isEqualTo(2);
    nodes.release();
    scheduler.advance(MIN_INTERVAL);
    assertThat(r.refreshRuns()).isEqualTo(3);
    assertThat(r.refreshRuns(RefreshTrigger.TIMEOUTS)).isEqualTo(1);
    assertThat(r.refreshRuns(RefreshTrigger.MOVED)).isEqualTo(2);
    assertThat(r.refreshRequests(RefreshTrigger.MOVED)).isEqualTo(100);
    scheduler.advance(Duration.ofSeconds(5));
    assertThat(r.refreshRuns()).isEqualTo(3);
  }

  @Test
  void fallsBackToClusterSlotsAndRemembersPerNode() {
    nodes.slotsOnly.add(A);
    ClusterRouter r = started();
    assertThat(nodes.requests(A)).contains("CLUSTER SHARDS", "CLUSTER SLOTS");
    assertThat(r.usesClusterSlots(A)).isTrue();
    assertThat(r.usesClusterSlots(B)).isFalse();
    assertThat(r.route(get("foo")).address()).isEqualTo(B);
    nodes.latest(A).requests.clear();
    nodes.latest(B).requests.clear();
    r.requestRefresh(RefreshTrigger.PERIODIC);
    scheduler.advance(MIN_INTERVAL);
    assertThat(nodes.requests(A)).contains("CLUSTER SLOTS").doesNotContain("CLUSTER SHARDS");
    assertThat(nodes.requests(B)).contains("CLUSTER SHARDS").doesNotContain("CLUSTER SLOTS");
  }

  @Test
  void majorityViewWinsThenEpoch() {
    nodes.view(List.of(A, B), range(0, 16383, A));
    nodes.view(List.of(C), range(0, 16383, C));
    nodes.epochs.put(C, 99L);
    ClusterRouter r = router("10.0.0.1:7000", "10.0.0.2:7000", "10.0.0.3:7000");
    r.start().join();
    assertThat(r.slotMap().masterFor(0).address()).isEqualTo(A);
    assertThat(r.slotMap().epoch()).isEqualTo(6);

    nodes.views.remove(B);
    nodes.down.add(B);
    r.requestRefresh(RefreshTrigger.PERIODIC);
    scheduler.advance(MIN_INTERVAL);
    // one vote each now: the higher epoch wins
    assertThat(r.slotMap().masterFor(0).address()).isEqualTo(C);
    assertThat(r.slotMap().epoch()).isEqualTo(99);
  }

  @Test
  void chooseBreaksTiesByCoverage() {
    SlotMap full = SlotMap.builder().assign(0, 16383, ClusterNode.masterAt(A)).build();
    SlotMap half = SlotMap.builder().assign(0, 8191, ClusterNode.masterAt(B)).build();
    assertThat(TopologyLoader.choose(List.of(half, full))).matches(m -> m.sameLayoutAs(full));
    assertThat(TopologyLoader.choose(List.of(half, full, half))).matches(m -> m.sameLayoutAs(half));
  }

  @Test
  void repeatedFailuresOfANodeTriggerARefresh() {
    ClusterRouter r = started();
    NodeConnection a = r.route(get("bar"));
    RuntimeException cause = new RedisConnectionException("reset");
    r.onNodeFailure(a, cause, false);
    assertThat(r.refreshRequests(RefreshTrigger.CONNECTION_FAILURES)).isZero();
    r.onNodeSuccess(a);
    r.onNodeFailure(a, cause, false);
    assertThat(r.refreshRequests(RefreshTrigger.CONNECTION_FAILURES)).isZero();
    r.onNodeFailure(a, cause, false);
    assertThat(r.refreshRequests(RefreshTrigger.CONNECTION_FAILURES)).isEqualTo(1);

    r.onNodeFailure(a, new RedisTimeoutException("t"), true);
    scheduler.advance(Duration.ofSeconds(3)); // outside the window: starts counting again
    r.onNodeFailure(a, new RedisTimeoutException("t"), true);
    assertThat(r.refreshRequests(RefreshTrigger.TIMEOUTS)).isZero();
    r.onNodeFailure(a, new RedisTimeoutException("t"), true);
    assertThat(r.refreshRequests(RefreshTrigger.TIMEOUTS)).isEqualTo(1);
  }

  @Test
  void periodicRefreshPublishesOnlyChanges() {
    ClusterRouter r = started();
    SlotMap first = r.slotMap();
    scheduler.advance(TopologyRefreshOptions.DEFAULT_PERIOD);
    assertThat(r.refreshRuns(RefreshTrigger.PERIODIC)).isEqualTo(1);
    assertThat(r.slotMap()).isSameAs(first);
    assertThat(r.topologyChanges()).isEqualTo(1);

    nodes.view(List.of(A, B), range(0, 9000, A), range(9001, 16383, B));
    scheduler.advance(TopologyRefreshOptions.DEFAULT_PERIOD);
    assertThat(r.refreshRuns(RefreshTrigger.PERIODIC)).isEqualTo(2);
    assertThat(r.slotMap().masterFor(9000).address()).isEqualTo(A);
    assertThat(r.topologyChanges()).isEqualTo(2);
  }

  @Test
  void aSilentNodeIsBoundedByTheTimeoutAndOthersAnswer() {
    ClusterRouter r = started();
    nodes.silent.add(A);
    nodes.view(List.of(B), range(0, 16383, B));
    r.requestRefresh(RefreshTrigger.PERIODIC);
    scheduler.advance(MIN_INTERVAL);
    assertThat(r.slotMap().masterFor(0).address()).isEqualTo(A); // B answered; A still pending
    scheduler.advance(Timeouts.DEFAULT_COMMAND_TIMEOUT);
    assertThat(r.slotMap().masterFor(0).address()).isEqualTo(B);
    assertThat(((FakeNodes.FakeConnection) nodes.latest(A)).closedGracefully).isTrue();
  }

  @Test
  void whenEveryAddressFailsTheSeedsAreReconnectedByName() {
    HostAndPort seed = HostAndPort.of("seed.example", 7000);
    nodes.view(List.of(seed, A, B), range(0, 8191, A), range(8192, 16383, B));
    ClusterRouter r = router("seed.example:7000");
    r.start().join();
    // the seed is not a node of the topology: its connection is closed after the first load
    assertThat(nodes.latest(seed).closedGracefully).isTrue();
    nodes.down.addAll(List.of(A, B, seed));
    r.requestRefresh(RefreshTrigger.CONNECTION_FAILURES);
    scheduler.advance(MIN_INTERVAL);
    // startup, the first attempt, and a fresh connection (new name resolution) after all failed
    assertThat(nodes.opens(seed)).isEqualTo(3);
    assertThat(r.slotMap().masterFor(0).address()).isEqualTo(A);

    nodes.down.clear();
    nodes.view(List.of(seed, A, B), range(0, 16383, B));
    r.requestRefresh(RefreshTrigger.CONNECTION_FAILURES);
    scheduler.advance(MIN_INTERVAL);
    assertThat(r.slotMap().masterFor(0).address()).isEqualTo(B);
  }

  @Test
  void aConnectionThatReconnectedAfterAFailedFirstConnectIsAsked() {
    ClusterRouter r = started();
    nodes.latest(A).firstConnectFailed = true;
    nodes.down.add(B);
    nodes.view(List.of(A), range(0, 16383, A));
    r.requestRefresh(RefreshTrigger.CONNECTION_FAILURES);
    scheduler.advance(MIN_INTERVAL);
    assertThat(r.slotMap().masterFor(16000).address()).isEqualTo(A);
    assertThat(nodes.opens(A)).as("answered on its persistent connection").isEqualTo(1);
  }

  @Test
  void refreshFlagIsResetAfterAFailedRun() {
    ClusterRouter r = started();
    nodes.down.addAll(List.of(A, B));
    r.requestRefresh(RefreshTrigger.TIMEOUTS);
    scheduler.advance(MIN_INTERVAL);
    assertThat(r.refreshRuns()).isEqualTo(2);
    nodes.down.clear();
    r.requestRefresh(RefreshTrigger.TIMEOUTS);
    scheduler.advance(MIN_INTERVAL);
    assertThat(r.refreshRuns()).isEqualTo(3);
  }

  @Test
  void remapperAppliesToSeedsAnnouncedAddressesAndRedirects() {
    HostAndPort internalA = HostAndPort.of("172.17.0.2", 6379);
    HostAndPort internalB = HostAndPort.of("172.17.0.3", 6379);
    nodes.view(List.of(A, B), range(0, 8191, internalA), range(8192, 16383, internalB));
    SlotwiseConfig config =
        SlotwiseConfig.cluster("seed:1")
            .addressRemapper(
                a ->
                    a.equals(internalA) || a.host().equals("seed")
                        ? A
                        : a.equals(internalB) ? B : a)
            .build();
    router =
        new ClusterRouter(
            ClusterOptions.of(config), nodes, scheduler, scheduler::nanoTime, Runnable::run);
    router.start().join();
    assertThat(router.route(get("foo")).address()).isEqualTo(B);
    router.onMoved(12182, internalA);
    assertThat(router.route(get("foo")).address()).isEqualTo(A);
    assertThat(router.connectionTo(internalB).address()).isEqualTo(B);
  }

  @Test
  void addressesTheRouterHandedOutAreNotRemappedTwice() {
    // a remapper that is not idempotent: every announced port + 1
    HostAndPort announcedA = HostAndPort.of("10.0.0.1", 6999);
    HostAndPort announcedB = HostAndPort.of("10.0.0.2", 6999);
    nodes.view(List.of(A, B), range(0, 8191, announcedA), range(8192, 16383, announcedB));
    SlotwiseConfig config =
        SlotwiseConfig.cluster("10.0.0.1:6999")
            .addressRemapper(a -> HostAndPort.of(a.host(), a.port() + 1))
            .build();
    router =
        new ClusterRouter(
            ClusterOptions.of(config), nodes, scheduler, scheduler::nanoTime, Runnable::run);
    router.start().join();
    NodeConnection master = router.masters().get(0);
    assertThat(master.address()).isEqualTo(A);
    assertThat(router.connectionTo(master.address())).isSameAs(master);
    assertThat(router.connectionTo(announcedB).address()).isEqualTo(B);
    router.onMoved(0, announcedB);
    assertThat(router.slotMap().masterFor(0).address()).isEqualTo(B);
    router.onMoved(1, B);
    assertThat(router.slotMap().masterFor(1).address()).isEqualTo(B);
  }

  @Test
  void closedRouterRefusesAndClosesConnections() {
    ClusterRouter r = started();
    r.close();
    r.close();
    assertThat(nodes.opened).allMatch(c -> c.closed);
    assertThatThrownBy(() -> r.route(get("foo"))).isInstanceOf(SlotwiseClosedException.class);
  }

  @Test
  void rejectsNonClusterConfig() {
    assertThatThrownBy(() -> ClusterOptions.of(SlotwiseConfig.standalone("h:1").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cluster");
  }

  @Test
  void aSlotRoutesToTheSameConnectionUntilItsNodeLeavesTheTopology() {
    ClusterRouter r = started();
    NodeConnection b = r.route(get("foo")); // slot 12182, on B
    assertThat(r.route(get("foo"))).isSameAs(b);
    assertThat(r.route(get("foo{foo}"))).isSameAs(b);

    // B leaves the cluster; its slots go to C.
    nodes.view(List.of(A, C), range(0, 8191, A), range(8192, 16383, C));
    r.requestRefresh(RefreshTrigger.PERIODIC);
    scheduler.advance(MIN_INTERVAL);
    assertThat(((FakeNodes.FakeConnection) b).closedGracefully).isTrue();
    NodeConnection c = r.route(get("foo"));
    assertThat(c.address()).isEqualTo(C);
    assertThat(r.route(get("foo"))).isSameAs(c);
    assertThat(r.route(get("bar")).address()).isEqualTo(A); // slot 5061
  }

  @Test
  void aReplyAfterFailuresOfAnotherNodeDoesNotClearThem() {
    ClusterRouter r = started();
    NodeConnection a = r.route(get("bar"));
    NodeConnection b = r.route(get("foo"));
    RuntimeException cause = new RedisConnectionException("reset");
    r.onNodeFailure(a, cause, false);
    r.onNodeSuccess(b); // B is fine; A's failure still counts
    r.onNodeFailure(a, cause, false);
    assertThat(r.refreshRequests(RefreshTrigger.CONNECTION_FAILURES)).isEqualTo(1);
  }
}
