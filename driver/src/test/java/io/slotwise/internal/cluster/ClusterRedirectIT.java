package io.slotwise.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.SlotwiseConfig;
import io.slotwise.cluster.RefreshTrigger;
import io.slotwise.cluster.SlotHash;
import io.slotwise.internal.executor.Routers;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NettyTransport;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.ClusterShape;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import io.slotwise.testkit.SlotMigration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real {@code MOVED} and {@code ASK} replies from a resharding cluster, handled the way the
 * executor is meant to: {@link Redirect#parse} then {@link ClusterRouter#onMoved} / {@code ASKING}
 * on {@link ClusterRouter#connectionTo}. The cluster is the test class's own (it gets resharded).
 */
@ExtendWith(RedisExtension.class)
class ClusterRedirectIT {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final LocalRedisCluster cluster;
  private NettyTransport transport;
  private ClusterRouter router;

  ClusterRedirectIT(@ClusterShape(masters = 3, replicasPerMaster = 0) LocalRedisCluster cluster) {
    this.cluster = cluster;
  }

  @BeforeEach
  void startRouter() {
    SlotwiseConfig config = SlotwiseConfig.cluster(cluster.seeds()).build();
    transport = NettyTransport.create(config.resourceOptions());
    router =
        new ClusterRouter(ClusterOptions.of(config), Routers.connectionSettings(config), transport);
    router.start().join();
  }

  @AfterEach
  void close() {
    router.close();
    transport.close();
  }

  private static Command command(boolean readOnly, String... words) {
    byte[][] args = new byte[words.length][];
    for (int i = 0; i < words.length; i++) {
      args[i] = words[i].getBytes(StandardCharsets.UTF_8);
    }
    return Command.of(words[0], args, words.length > 1 ? new int[] {1} : new int[0], readOnly);
  }

  private static RedisServerProcess otherMaster(LocalRedisCluster cluster, RedisServerProcess not) {
    return cluster.masters().stream().filter(m -> !m.equals(not)).findFirst().orElseThrow();
  }

  @Test
  void movedPatchesTheSlotMapAndTheRefreshConfirmsIt() {
    String key = "moved:key";
    int slot = SlotHash.slot(key);
    NodeConnection before = router.route(command(false, "SET", key, "v1"));
    assertThat(before.request(command(false, "SET", key, "v1")).join())
        .isEqualTo(new Reply.SimpleString("OK"));
    RedisServerProcess target = otherMaster(cluster, cluster.ownerOfSlot(slot));
    cluster.moveSlot(slot, target);
    long shardsBefore = shardsCallsTotal();

    Command get = command(true, "GET", key);
    Reply reply = router.route(get).request(get).join();
    assertThat(reply).isInstanceOf(Reply.Error.class);
    Redirect redirect = Redirect.parse((Reply.Error) reply, before.address());
    assertThat(redirect).isEqualTo(new Redirect(Redirect.Kind.MOVED, slot, target.address()));

    router.onMoved(redirect.slot(), redirect.address());
    assertThat(router.slotMap().masterFor(slot).address()).isEqualTo(target.address());
    NodeConnection after = router.route(get);
    assertThat(after.address()).isEqualTo(target.address());
    assertThat(((Reply.Bulk) after.request(get).join()).utf8()).isEqualTo("v1");

    // The patch reused the known node; the MOVED refresh finds the same layout on the servers,
    // so nothing is rebuilt.
    assertThat(router.slotMap().masterFor(slot).id()).isEqualTo(cluster.nodeId(target));
    Await.until("the MOVED refresh ran", WAIT, () -> router.refreshRuns(RefreshTrigger.MOVED) == 1);
    Await.until(
        "the MOVED refresh read every node it asked",
        WAIT,
        () -> shardsCallsTotal() >= shardsBefore + 3);
    assertThat(router.topologyChanges()).isEqualTo(1);
    assertThat(router.slotMap().masterFor(slot).address()).isEqualTo(target.address());
    assertThat(router.slotMap().uncoveredSlots()).isZero();
  }

  private long shardsCallsTotal() {
    long total = 0;
    for (RedisServerProcess n : cluster.nodes()) {
      String stats = (String) n.call("INFO", "commandstats");
      for (String line : stats.split("\r\n")) {
        if (line.startsWith("cmdstat_cluster|shards:calls=")) {
          String calls = line.substring("cmdstat_cluster|shards:calls=".length());
          total += Long.parseLong(calls.substring(0, calls.indexOf(',')));
        }
      }
    }
    return total;
  }

  @Test
  void askIsFollowedWithAskingAndLeavesTheSlotMapAlone() {
    String key = "ask:key";
    int slot = SlotHash.slot(key);
    RedisServerProcess source = cluster.ownerOfSlot(slot);
    RedisServerProcess target = otherMaster(cluster, source);
    NodeConnection owner = router.route(command(false, "SET", key, "v2"));
    owner.request(command(false, "SET", key, "v2")).join();
    SlotMigration migration = cluster.beginSlotMigration(slot, target);
    try {
      assertThat(migration.migrateKeys(10)).isEqualTo(1);
      Command get = command(true, "GET", key);
      Reply reply = router.route(get).request(get).join();
      Redirect redirect = Redirect.parse((Reply.Error) reply, owner.address());
      assertThat(redirect).isEqualTo(new Redirect(Redirect.Kind.ASK, slot, target.address()));
      SlotMap mapBefore = router.slotMap();
      router.onAsk(redirect.slot(), redirect.address());

      NodeConnection askTarget = router.connectionTo(redirect.address());
      assertThat(askTarget.request(command(true, "ASKING")).join())
          .isEqualTo(new Reply.SimpleString("OK"));
      assertThat(((Reply.Bulk) askTarget.request(get).join()).utf8()).isEqualTo("v2");
      assertThat(router.slotMap().masterFor(slot).address()).isEqualTo(source.address());
      assertThat(router.slotMap().masterFor(slot)).isSameAs(mapBefore.masterFor(slot));
      assertThat(router.refreshRequests(RefreshTrigger.ASKED)).isEqualTo(1);
    } finally {
      migration.finish();
    }
  }
}
