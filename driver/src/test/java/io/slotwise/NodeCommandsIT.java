package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.cluster.ClusterNode;
import io.slotwise.commands.ClientInfo;
import io.slotwise.commands.ClientKillArgs;
import io.slotwise.commands.ClusterInfo;
import io.slotwise.commands.ClusterNodeInfo;
import io.slotwise.commands.ClusterShard;
import io.slotwise.commands.NodeResults;
import io.slotwise.commands.RedisCommands;
import io.slotwise.commands.RedisNodeCommands;
import io.slotwise.commands.ReplyConverter;
import io.slotwise.commands.SlotRange;
import io.slotwise.commands.SlowlogEntry;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import io.slotwise.testkit.RespTestClient;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Node-targeted execution ({@link SlotwiseClient#onNode}, {@link SlotwiseClient#onMasters()},
 * {@link SlotwiseClient#onAllNodes()}) and the typed server and cluster commands against the shared
 * real cluster (3 masters + 3 replicas), over RESP2 and RESP3, checked against what each node says
 * on a plain connection. Configuration changed here is put back before the test ends.
 */
@ExtendWith(RedisExtension.class)
class NodeCommandsIT {

  /**
   * A client whose first slot map holds the replicas: Redis 7.0 reports a replica whose replication
   * offset is still 0 (no write since the cluster formed) as {@code loading}, and the client leaves
   * such replicas out, so every master gets a write first and the replicas are awaited online.
   */
  private static SlotwiseClient connect(LocalRedisCluster cluster, SlotwiseConfig.Protocol p) {
    for (RedisServerProcess m : cluster.masters()) {
      for (int i = 0; ; i++) {
        String key = "warm:" + i;
        if (cluster.ownerOfSlot(cluster.keySlot(key)) == m) {
          m.call("SET", key, "1");
          m.call("DEL", key);
          break;
        }
      }
    }
    Await.until(
        "every replica reported online by CLUSTER SHARDS",
        Duration.ofSeconds(30),
        () -> !cluster.masters().get(0).call("CLUSTER", "SHARDS").toString().contains("loading"));
    return SlotwiseClient.create(SlotwiseConfig.cluster(cluster.seeds()).protocol(p).build());
  }

  private static Set<HostAndPort> addresses(List<RedisServerProcess> nodes) {
    return nodes.stream().map(RedisServerProcess::address).collect(Collectors.toSet());
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void selectionsListTheMastersAndEveryNode(SlotwiseConfig.Protocol p, LocalRedisCluster cluster) {
    try (SlotwiseClient client = connect(cluster, p)) {
      assertThat(new HashSet<>(client.onMasters().nodes())).isEqualTo(addresses(cluster.masters()));
      assertThat(new HashSet<>(client.onAllNodes().nodes())).isEqualTo(addresses(cluster.nodes()));
      assertThat(client.onAllNodes().nodes().subList(0, 3))
          .as("masters first")
          .containsExactlyInAnyOrderElementsOf(addresses(cluster.masters()));

      NodeResults<Object> pings = client.onAllNodes().sync().execute("PING");
      assertThat(pings.allSucceeded()).isTrue();
      assertThat(pings.values())
          .hasSize(6)
          .allSatisfy((node, v) -> assertThat(v).isEqualTo("PONG"));

      NodeResults<String> roles =
          client.onAllNodes().sync().execute(r -> decode(((List<?>) r).get(0)), "ROLE");
      for (RedisServerProcess m : cluster.masters()) {
        assertThat(roles.get(m.address())).isEqualTo("master");
      }
      for (RedisServerProcess r : cluster.replicas()) {
        assertThat(roles.get(r.address())).isEqualTo("slave");
      }

      RedisServerProcess one = cluster.replicas().get(0);
      NodeResults<String> info = client.onNode(one.address()).sync().info("replication");
      assertThat(info.nodes()).containsExactly(one.address());
      assertThat(info.get(one.address())).contains("role:slave");
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void perNodeFailuresSitBesideTheSuccesses(SlotwiseConfig.Protocol p, LocalRedisCluster cluster) {
    try (SlotwiseClient client = connect(cluster, p)) {
      RedisCommands redis = client.sync();
      String key = "node:k";
      redis.set(key, "v");
      RedisServerProcess owner = cluster.ownerOfSlot(cluster.keySlot(key));
      NodeResults<Object> r = client.onMasters().sync().execute("GET", key);
      assertThat(r.values()).containsExactly(Map.entry(owner.address(), "v"));
      assertThat(r.failures()).hasSize(2);
      assertThat(r.failures().values())
          .allSatisfy(e -> assertThat(e).isInstanceOf(RedisServerException.class))
          .allSatisfy(e -> assertThat(e.getMessage()).contains("MOVED"));
      assertThatThrownBy(r::valuesOrThrow).hasMessageContaining("failed on 2 of 3 nodes");
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void configSetOnEveryNodeThenGetOnEach(SlotwiseConfig.Protocol p, LocalRedisCluster cluster) {
    try (SlotwiseClient client = connect(cluster, p)) {
      RedisCommands redis = client.sync();
      String before = redis.configGet("slowlog-max-len").get("slowlog-max-len");
      try {
        NodeResults<String> set = redis.configSet("slowlog-max-len", "321");
        assertThat(set.nodes()).hasSize(6);
        assertThat(set.valuesOrThrow().values()).containsOnly("OK");
        NodeResults<Map<String, String>> got =
            client.onAllNodes().sync().configGet("slowlog-max-*");
        assertThat(got.values()).hasSize(6);
        for (RedisServerProcess n : cluster.nodes()) {
          assertThat(got.get(n.address())).containsEntry("slowlog-max-len", "321");
          assertThat(n.call("CONFIG", "GET", "slowlog-max-len").toString()).contains("321");
        }
      } finally {
        client.onAllNodes().sync().configSet("slowlog-max-len", before).valuesOrThrow();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void slowlogAndClientsPerNode(SlotwiseConfig.Protocol p, LocalRedisCluster cluster) {
    try (SlotwiseClient client = connect(cluster, p)) {
      RedisServerProcess master = cluster.masters().get(0);
      RedisNodeCommands node = client.onNode(master.address()).sync();
      String before =
          node.configGet("slowlog-log-slower-than")
              .get(master.address())
              .values()
              .iterator()
              .next();
      try {
        node.configSet("slowlog-log-slower-than", "0").valuesOrThrow();
        assertThat(node.slowlogReset().get(master.address())).isEqualTo("OK");
        node.execute("ECHO", "slow-marker");
        List<SlowlogEntry> log = node.slowlogGet(10).get(master.address());
        assertThat(log)
            .anySatisfy(e -> assertThat(e.args()).containsExactly("ECHO", "slow-marker"));
        assertThat(log.get(0).timestamp()).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(node.slowlogLen().get(master.address())).isPositive();
      } finally {
        node.configSet("slowlog-log-slower-than", before).valuesOrThrow();
        node.slowlogReset();
      }

      ClientInfo me = node.clientInfo().get(master.address());
      assertThat(me.id()).isEqualTo(node.clientId().get(master.address()));
      List<ClientInfo> clients = node.clientList().get(master.address());
      assertThat(clients).anySatisfy(c -> assertThat(c.id()).isEqualTo(me.id()));

      try (RespTestClient other = RespTestClient.connect(master.address())) {
        long otherId = (Long) other.call("CLIENT", "ID");
        assertThat(node.clientKill(ClientKillArgs.create().id(otherId)).get(master.address()))
            .isEqualTo(1L);
        assertThat(node.clientList().get(master.address()))
            .noneSatisfy(c -> assertThat(c.id()).isEqualTo(otherId));
      }
      NodeResults<Long> none =
          client.onMasters().sync().clientKill(ClientKillArgs.create().id(Long.MAX_VALUE));
      assertThat(none.valuesOrThrow().values()).containsOnly(0L);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void timeFlushdbAndMemoryUsage(SlotwiseConfig.Protocol p, LocalRedisCluster cluster) {
    try (SlotwiseClient client = connect(cluster, p)) {
      RedisCommands redis = client.sync();
      Instant now = Instant.now();
      assertThat(redis.time()).isBetween(now.minusSeconds(60), now.plusSeconds(60));
      assertThat(client.onAllNodes().sync().time().valuesOrThrow().values())
          .hasSize(6)
          .allSatisfy(t -> assertThat(t).isBetween(now.minusSeconds(60), now.plusSeconds(60)));

      for (int i = 0; i < 50; i++) {
        redis.set("mem:" + i, "x".repeat(100));
      }
      assertThat(redis.memoryUsage("mem:1")).isGreaterThan(100L);
      assertThat(redis.memoryUsage("mem:1".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
          .isGreaterThan(100L);
      assertThat(redis.memoryUsage("absent")).isNull();
      assertThat(redis.flushdb()).isEqualTo("OK");
      assertThat(redis.dbsize()).isZero();
      redis.set("mem:1", "x");
      assertThat(client.async().flushdb(true).join()).isEqualTo("OK");
      assertThat(redis.exists("mem:1")).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void clusterInfoNodesAndShardsMatchTheSlotMap(
      SlotwiseConfig.Protocol p, LocalRedisCluster cluster) {
    try (SlotwiseClient client = connect(cluster, p)) {
      RedisCommands redis = client.sync();
      ClusterInfo info = redis.clusterInfo();
      assertThat(info.isOk()).isTrue();
      assertThat(info.slotsAssigned()).isEqualTo(16384);
      assertThat(info.slotsOk()).isEqualTo(16384);
      assertThat(info.knownNodes()).isEqualTo(6);
      assertThat(info.size()).isEqualTo(3);
      assertThat(client.onMasters().sync().clusterInfo().valuesOrThrow().values())
          .allSatisfy(i -> assertThat(i.isOk()).isTrue());

      List<ClusterShard> shards = redis.clusterShards();
      assertThat(shards).hasSize(3);
      int slots = 0;
      for (ClusterShard shard : shards) {
        ClusterShard.Node master = shard.master();
        assertThat(master.health()).isEqualTo(ClusterNode.Health.ONLINE);
        assertThat(shard.nodes()).hasSize(2);
        HostAndPort address = HostAndPort.of(master.ip(), master.port());
        RedisServerProcess process = cluster.nodeFor(address);
        assertThat(master.id()).isEqualTo(cluster.nodeId(process));
        for (SlotRange range : shard.slots()) {
          slots += range.size();
          assertThat(cluster.ownerOfSlot(range.start()).address()).isEqualTo(address);
          assertThat(cluster.ownerOfSlot(range.end()).address()).isEqualTo(address);
        }
        ClusterShard.Node replica = shard.nodes().get(shard.nodes().get(0) == master ? 1 : 0);
        assertThat(replica.role()).isEqualTo(ClusterNode.Role.REPLICA);
        assertThat(cluster.replicasOf(process))
            .extracting(RedisServerProcess::address)
            .containsExactly(HostAndPort.of(replica.ip(), replica.port()));
      }
      assertThat(slots).isEqualTo(16384);

      List<ClusterNodeInfo> nodes = redis.clusterNodes();
      assertThat(nodes).hasSize(6);
      assertThat(nodes).filteredOn(ClusterNodeInfo::isMyself).hasSize(1);
      assertThat(nodes.stream().map(ClusterNodeInfo::address).collect(Collectors.toSet()))
          .isEqualTo(addresses(cluster.nodes()));
      for (ClusterNodeInfo n : nodes) {
        if (n.isMaster()) {
          assertThat(n.slots()).isNotEmpty();
          for (SlotRange range : n.slots()) {
            assertThat(cluster.ownerOfSlot(range.start()).address()).isEqualTo(n.address());
          }
        } else {
          RedisServerProcess master =
              cluster.masters().stream()
                  .filter(
                      m ->
                          cluster.replicasOf(m).stream()
                              .anyMatch(r -> r.address().equals(n.address())))
                  .findFirst()
                  .orElseThrow();
          assertThat(n.masterId()).isEqualTo(cluster.nodeId(master));
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void typedExecute(SlotwiseConfig.Protocol p, LocalRedisCluster cluster) {
    try (SlotwiseClient client = connect(cluster, p)) {
      RedisCommands redis = client.sync();
      Long added = redis.execute(ReplyConverter.integer(), "SADD", "tags", "a", "b");
      assertThat(added).isEqualTo(2L);
      assertThat(redis.execute(ReplyConverter.utf8(), "SRANDMEMBER", "tags")).isIn("a", "b");
      assertThat(redis.execute(ReplyConverter.raw(), "GET", "nothing")).isNull();
      Object raw = redis.execute(ReplyConverter.raw(), "SMEMBERS", "tags");
      assertThat(raw).isInstanceOf(List.class);
      assertThat(((List<?>) raw)).allSatisfy(m -> assertThat(m).isInstanceOf(byte[].class));
      assertThat(client.async().execute(ReplyConverter.integer(), "SCARD", "tags").join())
          .isEqualTo(2L);
      assertThatThrownBy(() -> redis.execute(ReplyConverter.integer(), "GET", "tags"))
          .isInstanceOf(RedisServerException.class)
          .hasMessageContaining("WRONGTYPE");
      NodeResults<Long> sizes =
          client.onMasters().sync().execute(ReplyConverter.integer(), "DBSIZE");
      assertThat(sizes.valuesOrThrow().values().stream().mapToLong(Long::longValue).sum())
          .isEqualTo(1L);
    }
  }

  private static String decode(Object o) {
    return o instanceof byte[] b
        ? new String(b, java.nio.charset.StandardCharsets.UTF_8)
        : (String) o;
  }
}
