package io.slotwise.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseConfig;
import io.slotwise.cluster.ClusterNode;
import io.slotwise.cluster.ClusterTopologyException;
import io.slotwise.cluster.RefreshTrigger;
import io.slotwise.cluster.SlotHash;
import io.slotwise.cluster.SlotNotCoveredException;
import io.slotwise.internal.executor.Routers;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NettyTransport;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.FakeNode;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link ClusterRouter} over the real transport against real redis-server processes: the kit's
 * shared 3+3 cluster for routing, private single-node clusters where a test changes slots or counts
 * the commands a node served, and a scripted {@link FakeNode} for a Redis 6 answer.
 */
@ExtendWith(RedisExtension.class)
class ClusterRouterIT {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
  }

  private ClusterRouter router(SlotwiseConfig config) {
    NettyTransport transport = NettyTransport.create(config.resourceOptions());
    toClose.add(transport);
    ClusterRouter router =
        new ClusterRouter(ClusterOptions.of(config), Routers.connectionSettings(config), transport);
    toClose.add(router);
    return router;
  }

  private static Command command(String... words) {
    byte[][] args = new byte[words.length][];
    for (int i = 0; i < words.length; i++) {
      args[i] = words[i].getBytes(StandardCharsets.UTF_8);
    }
    return Command.of(words[0], args, new int[] {1}, false);
  }

  /** Slot → master address according to the server's own CLUSTER SLOTS. */
  private static HostAndPort[] ownersFromServer(LocalRedisCluster cluster) {
    HostAndPort[] owners = new HostAndPort[16384];
    List<?> ranges = (List<?>) cluster.nodes().get(0).call("CLUSTER", "SLOTS");
    for (Object r : ranges) {
      List<?> range = (List<?>) r;
      List<?> master = (List<?>) range.get(2);
      HostAndPort address =
          HostAndPort.of((String) master.get(0), ((Long) master.get(1)).intValue());
      for (long s = (Long) range.get(0); s <= (Long) range.get(1); s++) {
        owners[(int) s] = address;
      }
    }
    return owners;
  }

  @Test
  void routesAThousandKeysToTheirMastersOverResp3AndResp2(LocalRedisCluster cluster) {
    HostAndPort[] owners = ownersFromServer(cluster);
    ClusterRouter resp3 = router(SlotwiseConfig.cluster(cluster.seeds()).build());
    resp3.start().join();
    ClusterRouter resp2 =
        router(
            SlotwiseConfig.cluster(cluster.seeds())
                .protocol(SlotwiseConfig.Protocol.RESP2)
                .build());
    resp2.start().join();

    // A fresh replica reports health "loading" until its replication offset is gossiped: it is
    // left out until then, and a later refresh picks it up.
    Await.until(
        "every master has its online replica in the slot map",
        WAIT,
        () -> {
          resp3.requestRefresh(RefreshTrigger.PERIODIC);
          resp2.requestRefresh(RefreshTrigger.PERIODIC);
          return resp3.slotMap().masters().stream().allMatch(m -> m.replicas().size() == 1)
              && resp2.slotMap().masters().stream().allMatch(m -> m.replicas().size() == 1);
        });
    assertThat(resp2.slotMap().sameLayoutAs(resp3.slotMap())).isTrue();
    SlotMap map = resp3.slotMap();
    assertThat(map.uncoveredSlots()).isZero();
    assertThat(map.masters()).hasSize(3);
    for (ClusterNode m : map.masters()) {
      assertThat(m.id()).isEqualTo(cluster.nodeId(cluster.nodeFor(m.address())));
      assertThat(m.replicas()).hasSize(1);
      assertThat(m.replicas().get(0).address())
          .isEqualTo(cluster.replicasOf(cluster.nodeFor(m.address())).get(0).address());
    }
    Map<HostAndPort, Integer> perMaster = new HashMap<>();
    for (int i = 0; i < 1000; i++) {
      String key = "key:" + i;
      int slot = cluster.keySlot(key);
      assertThat(SlotHash.slot(key)).isEqualTo(slot);
      NodeConnection c = resp3.route(command("SET", key, "v" + i));
      assertThat(c.address()).as(key).isEqualTo(owners[slot]);
      assertThat(resp2.route(command("GET", key)).address()).isEqualTo(owners[slot]);
      // the owner accepts it: no MOVED
      Reply reply = c.request(command("SET", key, "v" + i)).join();
      assertThat(reply).isEqualTo(new Reply.SimpleString("OK"));
      perMaster.merge(c.address(), 1, Integer::sum);
    }
    assertThat(perMaster).hasSize(3);
    assertThat(resp3.masters()).extracting(NodeConnection::address).hasSize(3);
  }

  @Test
  void partiallyCoveredClusterStartsAndHealsWhenSlotsAreAssigned() {
    try (RedisServerProcess node = singleNodeCluster()) {
      node.call("CLUSTER", "ADDSLOTSRANGE", "0", "8191");
      ClusterRouter router =
          router(
              SlotwiseConfig.cluster(node.address().toString())
                  .topologyRefreshMinInterval(Duration.ofMillis(50))
                  .build());
      router.start().join();
      assertThat(router.slotMap().uncoveredSlots()).isEqualTo(8192);
      assertThat(router.route(command("GET", "bar")).address()).isEqualTo(node.address());
      assertThat(SlotHash.slot("foo")).isEqualTo(12182);
      assertThatThrownBy(() -> router.route(command("GET", "foo")))
          .isInstanceOf(SlotNotCoveredException.class)
          .hasMessageContaining("12182");

      node.call("CLUSTER", "ADDSLOTSRANGE", "8192", "16383");
      NodeConnection healed =
          Await.value(
              "slot 12182 routed after ADDSLOTSRANGE",
              WAIT,
              () -> {
                try {
                  return router.route(command("GET", "foo"));
                } catch (SlotNotCoveredException e) {
                  return null; // each attempt requested a refresh
                }
              });
      assertThat(healed.address()).isEqualTo(node.address());
      assertThat(router.slotMap().uncoveredSlots()).isZero();
      assertThat(router.refreshRuns(RefreshTrigger.UNCOVERED_SLOT)).isPositive();
      assertThat(router.topologyChanges()).isEqualTo(2);
    }
  }

  /** A cluster-enabled node of its own, owning no slot yet; the caller closes it. */
  private static RedisServerProcess singleNodeCluster() {
    return RedisServerProcess.start(
        "--cluster-enabled", "yes",
        "--cluster-config-file", "nodes.conf",
        "--cluster-require-full-coverage", "no");
  }

  @Test
  void concurrentTriggersCoalesceIntoOneRefresh() throws Exception {
    try (RedisServerProcess node = singleNodeCluster()) {
      node.call("CLUSTER", "ADDSLOTSRANGE", "0", "16383");
      ClusterRouter router =
          router(
              SlotwiseConfig.cluster(node.address().toString())
                  .topologyRefreshMinInterval(Duration.ofSeconds(3))
                  .build());
      router.start().join();
      assertThat(shardsCalls(node)).isEqualTo(1);
      assertThat(router.refreshRuns()).isEqualTo(1);

      int threads = 8;
      CountDownLatch go = new CountDownLatch(1);
      CountDownLatch done = new CountDownLatch(threads);
      RefreshTrigger[] triggers = {
        RefreshTrigger.MOVED, RefreshTrigger.TIMEOUTS, RefreshTrigger.ASKED, RefreshTrigger.PERIODIC
      };
      for (int t = 0; t < threads; t++) {
        RefreshTrigger trigger = triggers[t % triggers.length];
        Thread thread =
            new Thread(
                () -> {
                  try {
                    go.await();
                    for (int i = 0; i < 1000; i++) {
                      router.requestRefresh(trigger);
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  } finally {
                    done.countDown();
                  }
                });
        thread.start();
      }
      go.countDown();
      assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(router.refreshRuns()).as("the rate limit holds the run back").isEqualTo(1);
      assertThat(router.refreshRequests(RefreshTrigger.MOVED)).isEqualTo(2000);

      Await.until("the coalesced refresh ran", WAIT, () -> shardsCalls(node) == 2);
      assertThat(router.refreshRuns()).isEqualTo(2);
      assertThat(router.refreshRuns(RefreshTrigger.MOVED)).isEqualTo(1);
      assertThat(router.refreshRuns(RefreshTrigger.PERIODIC)).isEqualTo(1);
      assertThat(router.topologyChanges()).isEqualTo(1);
    }
  }

  /** {@code CLUSTER SHARDS} calls this node served, from {@code INFO commandstats}. */
  private static long shardsCalls(RedisServerProcess node) {
    String stats = (String) node.call("INFO", "commandstats");
    for (String line : stats.split("\r\n")) {
      if (line.startsWith("cmdstat_cluster|shards:calls=")) {
        String calls = line.substring("cmdstat_cluster|shards:calls=".length());
        return Long.parseLong(calls.substring(0, calls.indexOf(',')));
      }
    }
    return 0;
  }

  @Test
  void fallsBackToClusterSlotsOnANodeWithoutShards() {
    List<FakeNode> holder = new ArrayList<>();
    FakeNode fake =
        FakeNode.start(
            words -> {
              String cmd = String.join(" ", words).toUpperCase(java.util.Locale.ROOT);
              int port = holder.get(0).address().port();
              if (cmd.startsWith("HELLO")) {
                return FakeNode.Action.error("ERR unknown command 'HELLO'");
              }
              if (cmd.equals("CLUSTER SHARDS")) {
                return FakeNode.Action.error(
                    "ERR Unknown subcommand or wrong number of arguments for 'SHARDS'. Try CLUSTER"
                        + " HELP.");
              }
              if (cmd.equals("CLUSTER SLOTS")) {
                return FakeNode.Action.reply(
                    "*1\r\n*3\r\n:0\r\n:16383\r\n*3\r\n$0\r\n\r\n:" + port + "\r\n$3\r\nabc\r\n");
              }
              if (cmd.equals("CLUSTER INFO")) {
                return FakeNode.Action.bulk("cluster_state:ok\r\ncluster_current_epoch:4\r\n");
              }
              return FakeNode.Action.ok();
            });
    holder.add(fake);
    toClose.add(fake);
    ClusterRouter router = router(SlotwiseConfig.cluster(fake.address().toString()).build());
    router.start().join();
    assertThat(router.slotMap().masterFor(0).address()).isEqualTo(fake.address());
    assertThat(router.slotMap().masterFor(0).id()).isEqualTo("abc");
    assertThat(router.slotMap().epoch()).isEqualTo(4);
    assertThat(router.usesClusterSlots(fake.address())).isTrue();
    assertThat(fake.received("CLUSTER")).hasSize(3);

    fake.clearReceived();
    router.requestRefresh(RefreshTrigger.PERIODIC);
    Await.until(
        "second refresh",
        WAIT,
        () -> router.refreshRuns() == 2 && fake.received("CLUSTER").size() >= 2);
    assertThat(fake.received("CLUSTER"))
        .extracting(w -> w.get(1).toUpperCase(java.util.Locale.ROOT))
        .containsExactlyInAnyOrder("SLOTS", "INFO");
  }

  @Test
  void startFailureNamesEverySeedAndWhy(RedisServerProcess plain) throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    ClusterRouter router =
        router(
            SlotwiseConfig.cluster("127.0.0.1:" + closedPort, plain.address().toString())
                .connectTimeout(Duration.ofMillis(500))
                .build());
    assertThatThrownBy(() -> router.start().join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(ClusterTopologyException.class)
        .hasMessageContaining("127.0.0.1:" + closedPort + " (")
        .hasMessageContaining(plain.address() + " (")
        .hasMessageContaining("cluster support disabled");
  }
}
