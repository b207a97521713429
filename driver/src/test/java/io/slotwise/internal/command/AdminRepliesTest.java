package io.slotwise.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.RedisProtocolException;
import io.slotwise.cluster.ClusterNode;
import io.slotwise.commands.ClientInfo;
import io.slotwise.commands.ClusterInfo;
import io.slotwise.commands.ClusterNodeInfo;
import io.slotwise.commands.ClusterShard;
import io.slotwise.commands.FunctionLibrary;
import io.slotwise.commands.SlotRange;
import io.slotwise.commands.SlowlogEntry;
import io.slotwise.internal.protocol.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The typed replies of the server, cluster and function commands, in their RESP2 shapes (flat
 * arrays, bulk text) and RESP3 shapes (maps, sets, verbatim text).
 */
class AdminRepliesTest {

  private static Reply bulk(String s) {
    return new Reply.Bulk(s.getBytes(UTF_8));
  }

  private static Reply num(long n) {
    return new Reply.Int(n);
  }

  private static Reply arr(Reply... items) {
    return new Reply.Array(List.of(items));
  }

  /** RESP2 flat array of names and values. */
  private static Reply flat(Object... kv) {
    List<Reply> items = new ArrayList<>();
    for (Object o : kv) {
      items.add(o instanceof Reply r ? r : bulk((String) o));
    }
    return new Reply.Array(items);
  }

  /** RESP3 map of the same. */
  private static Reply map(Object... kv) {
    List<Reply> keys = new ArrayList<>();
    List<Reply> values = new ArrayList<>();
    for (int i = 0; i < kv.length; i += 2) {
      keys.add(bulk((String) kv[i]));
      values.add(kv[i + 1] instanceof Reply r ? r : bulk((String) kv[i + 1]));
    }
    return new Reply.MapReply(keys, values);
  }

  @Test
  void time() {
    assertThat(ServerReplies.time(arr(bulk("1700000000"), bulk("123456"))))
        .isEqualTo(Instant.ofEpochSecond(1_700_000_000L, 123_456_000L));
    assertThatThrownBy(() -> ServerReplies.time(arr(bulk("1"))))
        .isInstanceOf(RedisProtocolException.class)
        .hasMessageContaining("TIME");
  }

  @Test
  void slowlog() {
    Reply entry =
        arr(
            num(14),
            num(1_700_000_000L),
            num(1500),
            arr(bulk("SET"), bulk("k"), bulk("v")),
            bulk("127.0.0.1:5000"),
            bulk("worker"));
    List<SlowlogEntry> log = ServerReplies.slowlog(arr(entry));
    assertThat(log)
        .containsExactly(
            new SlowlogEntry(
                14,
                Instant.ofEpochSecond(1_700_000_000L),
                Duration.ofNanos(1_500_000),
                List.of("SET", "k", "v"),
                "127.0.0.1:5000",
                "worker"));
    assertThat(ServerReplies.slowlog(arr())).isEmpty();
  }

  @Test
  void clientListAndInfoFromBulkAndVerbatimText() {
    String text =
        "id=3 addr=127.0.0.1:5000 laddr=127.0.0.1:6379 fd=8 name= db=0 cmd=client|list\n"
            + "id=4 addr=127.0.0.1:5001 laddr=127.0.0.1:6379 fd=9 name=w1 db=0 cmd=get\n";
    for (Reply r : List.of(bulk(text), new Reply.Verbatim("txt", text.getBytes(UTF_8)))) {
      List<ClientInfo> clients = ServerReplies.clientList(r);
      assertThat(clients).hasSize(2);
      assertThat(clients.get(0).id()).isEqualTo(3);
      assertThat(clients.get(0).name()).isEmpty();
      assertThat(clients.get(0).lastCommand()).isEqualTo("client|list");
      assertThat(clients.get(1).address()).isEqualTo("127.0.0.1:5001");
      assertThat(clients.get(1).name()).isEqualTo("w1");
      assertThat(clients.get(1).field("laddr")).isEqualTo("127.0.0.1:6379");
    }
    assertThat(ServerReplies.clientInfo(bulk("id=9 addr=1.2.3.4:5 name=x\n")).id()).isEqualTo(9);
  }

  @Test
  void clusterInfo() {
    String text =
        "cluster_state:ok\r\ncluster_slots_assigned:16384\r\ncluster_slots_ok:16380\r\n"
            + "cluster_slots_pfail:4\r\ncluster_slots_fail:0\r\ncluster_known_nodes:6\r\n"
            + "cluster_size:3\r\ncluster_current_epoch:7\r\ncluster_my_epoch:2\r\n"
            + "total_cluster_links_buffer_limit_exceeded:0\r\n";
    ClusterInfo info = ClusterReplies.info(new Reply.Verbatim("txt", text.getBytes(UTF_8)));
    assertThat(info.isOk()).isTrue();
    assertThat(info.slotsAssigned()).isEqualTo(16384);
    assertThat(info.slotsOk()).isEqualTo(16380);
    assertThat(info.slotsPfail()).isEqualTo(4);
    assertThat(info.knownNodes()).isEqualTo(6);
    assertThat(info.size()).isEqualTo(3);
    assertThat(info.currentEpoch()).isEqualTo(7);
    assertThat(info.myEpoch()).isEqualTo(2);
    assertThat(info.fields()).containsEntry("total_cluster_links_buffer_limit_exceeded", "0");
  }

  @Test
  void clusterNodes() {
    String text =
        "07c3 127.0.0.1:30004@31004,host-4 slave e7d1 0 1426238317239 4 connected\n"
            + "e7d1 127.0.0.1:30001@31001 myself,master - 0 0 1 connected 0-5460 5462"
            + " [5461->-67ed]\n"
            + "aaaa :0@0 master,noaddr - 1426238316232 1426238315000 0 disconnected\n";
    List<ClusterNodeInfo> nodes = ClusterReplies.nodes(bulk(text));
    assertThat(nodes).hasSize(3);
    ClusterNodeInfo replica = nodes.get(0);
    assertThat(replica.address()).isEqualTo(HostAndPort.of("127.0.0.1", 30004));
    assertThat(replica.busPort()).isEqualTo(31004);
    assertThat(replica.hostname()).isEqualTo("host-4");
    assertThat(replica.isMaster()).isFalse();
    assertThat(replica.masterId()).isEqualTo("e7d1");
    assertThat(replica.pongReceived()).isEqualTo(1426238317239L);
    assertThat(replica.configEpoch()).isEqualTo(4);
    ClusterNodeInfo me = nodes.get(1);
    assertThat(me.isMyself()).isTrue();
    assertThat(me.isMaster()).isTrue();
    assertThat(me.masterId()).isNull();
    assertThat(me.connected()).isTrue();
    assertThat(me.slots()).containsExactly(new SlotRange(0, 5460), new SlotRange(5462, 5462));
    assertThat(nodes.get(2).address()).isNull();
    assertThat(nodes.get(2).connected()).isFalse();
    assertThatThrownBy(() -> ClusterReplies.nodes(bulk("abc 1.2.3.4:5 master\n")))
        .isInstanceOf(RedisProtocolException.class);
  }

  @Test
  void clusterShardsInBothProtocols() {
    Reply resp2Node =
        flat(
            "id",
            "e7d1",
            "port",
            num(30001),
            "ip",
            "127.0.0.1",
            "endpoint",
            "127.0.0.1",
            "role",
            "master",
            "replication-offset",
            num(72156),
            "health",
            "online");
    Reply resp2Replica =
        flat(
            "id",
            "07c3",
            "port",
            num(30004),
            "ip",
            "127.0.0.1",
            "endpoint",
            "127.0.0.1",
            "hostname",
            "h4",
            "role",
            "replica",
            "replication-offset",
            num(72156),
            "health",
            "loading");
    Reply resp2 =
        arr(
            flat(
                "slots",
                arr(num(0), num(5460), num(5462), num(5462)),
                "nodes",
                arr(resp2Node, resp2Replica)));
    Reply resp3Node =
        map(
            "id",
            "e7d1",
            "port",
            num(30001),
            "ip",
            "127.0.0.1",
            "endpoint",
            "127.0.0.1",
            "role",
            "master",
            "replication-offset",
            num(72156),
            "health",
            "online");
    Reply resp3Replica =
        map(
            "id",
            "07c3",
            "port",
            num(30004),
            "ip",
            "127.0.0.1",
            "endpoint",
            "127.0.0.1",
            "hostname",
            "h4",
            "role",
            "replica",
            "replication-offset",
            num(72156),
            "health",
            "loading");
    Reply resp3 =
        arr(
            map(
                "slots",
                arr(num(0), num(5460), num(5462), num(5462)),
                "nodes",
                arr(resp3Node, resp3Replica)));
    for (Reply r : List.of(resp2, resp3)) {
      List<ClusterShard> shards = ClusterReplies.shards(r);
      assertThat(shards).hasSize(1);
      ClusterShard s = shards.get(0);
      assertThat(s.slots()).containsExactly(new SlotRange(0, 5460), new SlotRange(5462, 5462));
      assertThat(s.master().id()).isEqualTo("e7d1");
      assertThat(s.master().port()).isEqualTo(30001);
      assertThat(s.master().hostname()).isNull();
      assertThat(s.nodes().get(1).role()).isEqualTo(ClusterNode.Role.REPLICA);
      assertThat(s.nodes().get(1).health()).isEqualTo(ClusterNode.Health.LOADING);
      assertThat(s.nodes().get(1).hostname()).isEqualTo("h4");
      assertThat(s.nodes().get(1).replicationOffset()).isEqualTo(72156);
    }
    assertThatThrownBy(() -> ClusterReplies.shards(arr(flat("slots", arr(num(1))))))
        .isInstanceOf(RedisProtocolException.class);
  }

  @Test
  void functionListInBothProtocols() {
    Reply resp2 =
        arr(
            flat(
                "library_name",
                "mylib",
                "engine",
                "LUA",
                "functions",
                arr(
                    flat(
                        "name",
                        "get",
                        "description",
                        Reply.Null.INSTANCE,
                        "flags",
                        arr(bulk("no-writes"))),
                    flat("name", "set", "description", "sets", "flags", arr())),
                "library_code",
                "#!lua name=mylib ..."));
    Reply resp3 =
        arr(
            map(
                "library_name",
                "mylib",
                "engine",
                "LUA",
                "functions",
                arr(
                    map(
                        "name",
                        "get",
                        "description",
                        Reply.Null.INSTANCE,
                        "flags",
                        new Reply.SetReply(List.of(bulk("no-writes")))),
                    map(
                        "name",
                        "set",
                        "description",
                        "sets",
                        "flags",
                        new Reply.SetReply(List.of()))),
                "library_code",
                "#!lua name=mylib ..."));
    for (Reply r : List.of(resp2, resp3)) {
      List<FunctionLibrary> libs = FunctionReplies.libraries(r);
      assertThat(libs).hasSize(1);
      FunctionLibrary lib = libs.get(0);
      assertThat(lib.name()).isEqualTo("mylib");
      assertThat(lib.engine()).isEqualTo("LUA");
      assertThat(lib.code()).startsWith("#!lua");
      assertThat(lib.functions())
          .containsExactly(
              new FunctionLibrary.FunctionInfo("get", null, java.util.Set.of("no-writes")),
              new FunctionLibrary.FunctionInfo("set", "sets", java.util.Set.of()));
    }
  }

  @Test
  void scriptExistsIsTrueOnlyWhereEveryMasterHasTheScript() {
    List<Reply> perMaster = List.of(arr(num(1), num(1), num(0)), arr(num(1), num(0), num(0)));
    assertThat(FunctionReplies.existsOnAll(perMaster, 3)).containsExactly(true, false, false);
    assertThatThrownBy(() -> FunctionReplies.existsOnAll(List.of(arr(num(1))), 2))
        .isInstanceOf(RedisProtocolException.class);
  }
}
