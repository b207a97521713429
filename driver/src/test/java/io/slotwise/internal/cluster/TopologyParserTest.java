package io.slotwise.internal.cluster;

import static io.slotwise.internal.cluster.Replies.array;
import static io.slotwise.internal.cluster.Replies.bulk;
import static io.slotwise.internal.cluster.Replies.flat;
import static io.slotwise.internal.cluster.Replies.integer;
import static io.slotwise.internal.cluster.Replies.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.cluster.ClusterNode;
import io.slotwise.cluster.ClusterNode.Health;
import io.slotwise.cluster.ClusterTopologyException;
import io.slotwise.internal.protocol.Reply;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fixtures transcribed from a Redis 7.0.15 cluster of 3 masters (27001-27003) and 3 replicas
 * (27004-27006); the replica 27004 was still {@code loading}.
 */
class TopologyParserTest {

  private static final HostAndPort SENDER = HostAndPort.of("127.0.0.1", 27001);
  private static final String ID1 = "d7530499ed257bdd4872e667f69b34f2f83f0abe";
  private static final String ID2 = "b79d734be547b8c8c147b7f2fcf4f867da9e0fdc";
  private static final String ID3 = "e02cf9da2798933458e2df01798da7df1903a9ed";
  private static final String ID4 = "083e9561cb35218144012cc68a22584e92a83d9b";
  private static final String ID5 = "81c33c8f311864458c4a37ecd954b91ffc716157";
  private static final String ID6 = "a32cb91dd19d01f81e05bf65a0830afcc38da874";

  private static HostAndPort local(int port) {
    return HostAndPort.of("127.0.0.1", port);
  }

  /** One CLUSTER SHARDS node in the shape chosen by {@code shape} (flat list or map). */
  private static Reply node(
      BiFunction<String, Object[], Reply> shape,
      String id,
      int port,
      String role,
      long offset,
      String health) {
    return shape.apply(
        "node",
        new Object[] {
          "id",
          id,
          "port",
          port,
          "ip",
          "127.0.0.1",
          "endpoint",
          "127.0.0.1",
          "role",
          role,
          "replication-offset",
          offset,
          "health",
          health
        });
  }

  private static Reply shards(boolean resp3) {
    BiFunction<String, Object[], Reply> shape = (what, kv) -> resp3 ? map(kv) : flat(kv);
    return array(
        shape.apply(
            "shard",
            new Object[] {
              "slots", array(integer(10923), integer(16383)),
              "nodes",
                  array(
                      node(shape, ID3, 27003, "master", 0, "online"),
                      node(shape, ID4, 27004, "replica", 0, "loading"))
            }),
        shape.apply(
            "shard",
            new Object[] {
              "slots", array(integer(5461), integer(10922)),
              "nodes",
                  array(
                      node(shape, ID2, 27002, "master", 0, "online"),
                      node(shape, ID6, 27006, "replica", 14, "online"))
            }),
        shape.apply(
            "shard",
            new Object[] {
              "slots", array(integer(0), integer(5460)),
              "nodes",
                  array(
                      node(shape, ID1, 27001, "master", 14, "online"),
                      node(shape, ID5, 27005, "replica", 14, "online"))
            }));
  }

  private static void assertThreeShards(SlotMap map) {
    assertThat(map.uncoveredSlots()).isZero();
    assertThat(map.masterFor(0).address()).isEqualTo(local(27001));
    assertThat(map.masterFor(0).id()).isEqualTo(ID1);
    assertThat(map.masterFor(5460).address()).isEqualTo(local(27001));
    assertThat(map.masterFor(5461).address()).isEqualTo(local(27002));
    assertThat(map.masterFor(10922).address()).isEqualTo(local(27002));
    assertThat(map.masterFor(10923).address()).isEqualTo(local(27003));
    assertThat(map.masterFor(16383).address()).isEqualTo(local(27003));
    assertThat(map.replicasFor(0)).extracting(ClusterNode::address).containsExactly(local(27005));
    assertThat(map.replicasFor(6000)).extracting(ClusterNode::id).containsExactly(ID6);
    assertThat(map.masters()).hasSize(3);
    assertThat(map.slotCount(local(27002))).isEqualTo(10922 - 5461 + 1);
  }

  @Test
  void shardsInResp2Shape() {
    SlotMap map =
        TopologyParser.parseShards(shards(false), SENDER, UnaryOperator.identity(), false);
    assertThreeShards(map);
    // 27004 is loading: not a usable replica
    assertThat(map.replicasFor(16000)).isEmpty();
    assertThat(map.nodes()).hasSize(5);
    assertThat(map.masterFor(6000).replicas().get(0).replicationOffset()).isEqualTo(14);
    assertThat(map.masterFor(6000).health()).isEqualTo(Health.ONLINE);
  }

  @Test
  void shardsInResp3ShapeGiveTheSameLayout() {
    SlotMap resp2 =
        TopologyParser.parseShards(shards(false), SENDER, UnaryOperator.identity(), false);
    SlotMap resp3 =
        TopologyParser.parseShards(shards(true), SENDER, UnaryOperator.identity(), false);
    assertThreeShards(resp3);
    assertThat(resp3.sameLayoutAs(resp2)).isTrue();
  }

  @Test
  void shardsWithSeveralRangesSlotlessMasterAndStringNumbers() {
    Reply reply =
        array(
            flat(
                "slots", array(bulk("0"), bulk("99"), bulk("200"), bulk("299")),
                "nodes",
                    array(
                        flat(
                            "id",
                            "a",
                            "port",
                            "7000",
                            "ip",
                            "10.0.0.1",
                            "endpoint",
                            "10.0.0.1",
                            "role",
                            "master",
                            "health",
                            "online"),
                        flat(
                            "id",
                            "b",
                            "port",
                            7001,
                            "ip",
                            "10.0.0.2",
                            "endpoint",
                            "10.0.0.2",
                            "role",
                            "replica",
                            "health",
                            "failed"))),
            flat(
                "slots", array(),
                "nodes",
                    array(
                        flat(
                            "id",
                            "c",
                            "port",
                            7002,
                            "ip",
                            "10.0.0.3",
                            "endpoint",
                            "10.0.0.3",
                            "role",
                            "master",
                            "health",
                            "online"))));
    SlotMap map = TopologyParser.parseShards(reply, SENDER, UnaryOperator.identity(), false);
    assertThat(map.masterFor(50).address()).isEqualTo(HostAndPort.of("10.0.0.1", 7000));
    assertThat(map.masterFor(250).address()).isEqualTo(HostAndPort.of("10.0.0.1", 7000));
    assertThat(map.masterFor(150)).isNull();
    assertThat(map.uncoveredSlots()).isEqualTo(16384 - 200);
    assertThat(map.replicasFor(50)).isEmpty();
    assertThat(map.masters()).extracting(ClusterNode::id).containsExactly("a", "c");
  }

  @Test
  void unknownEndpointAndEmptyIpMeanTheSendersHostAndRemapperApplies() {
    Reply reply =
        array(
            map(
                "slots", array(integer(0), integer(16383)),
                "nodes",
                    array(
                        map(
                            "id",
                            "m",
                            "port",
                            6379,
                            "ip",
                            "172.17.0.2",
                            "endpoint",
                            "?",
                            "role",
                            "master",
                            "health",
                            "online"),
                        map(
                            "id", "r", "port", 6380, "ip", "", "role", "replica", "health",
                            "online"),
                        map(
                            "id",
                            "h",
                            "port",
                            6381,
                            "ip",
                            "",
                            "hostname",
                            "replica-2.local",
                            "role",
                            "slave",
                            "health",
                            "online"))));
    UnaryOperator<HostAndPort> remapper =
        a -> a.port() == 6379 ? HostAndPort.of("localhost", 16379) : a;
    SlotMap map = TopologyParser.parseShards(reply, SENDER, remapper, false);
    assertThat(map.masterFor(1).address()).isEqualTo(HostAndPort.of("localhost", 16379));
    assertThat(map.replicasFor(1))
        .extracting(ClusterNode::address)
        .containsExactly(
            HostAndPort.of("127.0.0.1", 6380), HostAndPort.of("replica-2.local", 6381));
  }

  @Test
  void tlsPortIsPreferredWhenTlsIsOn() {
    Reply reply =
        array(
            flat(
                "slots", array(integer(0), integer(16383)),
                "nodes",
                    array(
                        flat(
                            "id",
                            "m",
                            "port",
                            6379,
                            "tls-port",
                            6390,
                            "endpoint",
                            "n1",
                            "role",
                            "master",
                            "health",
                            "online"))));
    assertThat(
            TopologyParser.parseShards(reply, SENDER, UnaryOperator.identity(), true)
                .masterFor(0)
                .address())
        .isEqualTo(HostAndPort.of("n1", 6390));
    assertThat(
            TopologyParser.parseShards(reply, SENDER, UnaryOperator.identity(), false)
                .masterFor(0)
                .address())
        .isEqualTo(HostAndPort.of("n1", 6379));
  }

  @Test
  void failedMasterIsReplacedByAnOnlineOneInTheSameShard() {
    Reply reply =
        array(
            flat(
                "slots", array(integer(0), integer(16383)),
                "nodes",
                    array(
                        flat(
                            "id",
                            "old",
                            "port",
                            7000,
                            "endpoint",
                            "h",
                            "role",
                            "master",
                            "health",
                            "failed"),
                        flat(
                            "id",
                            "new",
                            "port",
                            7001,
                            "endpoint",
                            "h",
                            "role",
                            "master",
                            "health",
                            "online"))));
    SlotMap map = TopologyParser.parseShards(reply, SENDER, UnaryOperator.identity(), false);
    assertThat(map.masterFor(0).id()).isEqualTo("new");
  }

  private static Reply slotsNode(String host, int port, String id) {
    return array(bulk(host), integer(port), bulk(id), array());
  }

  private static Reply slotsReply() {
    return array(
        array(
            integer(0),
            integer(5460),
            slotsNode("127.0.0.1", 27001, ID1),
            slotsNode("127.0.0.1", 27005, ID5)),
        array(
            integer(5461),
            integer(10922),
            slotsNode("127.0.0.1", 27002, ID2),
            slotsNode("127.0.0.1", 27006, ID6)),
        array(integer(10923), integer(16383), slotsNode("127.0.0.1", 27003, ID3)));
  }

  @Test
  void clusterSlotsFallbackGivesTheSameLayout() {
    SlotMap slots = TopologyParser.parseSlots(slotsReply(), SENDER, UnaryOperator.identity());
    assertThreeShards(slots);
    SlotMap shards =
        TopologyParser.parseShards(shards(true), SENDER, UnaryOperator.identity(), false);
    assertThat(slots.sameLayoutAs(shards)).isTrue();
  }

  @Test
  void clusterSlotsWithEmptyHostSeveralRangesPerMasterAndNoIds() {
    Reply reply =
        array(
            array(integer(0), integer(10), array(bulk(""), integer(7000))),
            array(integer(20), integer(30), array(bulk(""), integer(7000))),
            array(integer(11), integer(19), array(bulk("?"), integer(7001), bulk("x"))));
    SlotMap map = TopologyParser.parseSlots(reply, SENDER, UnaryOperator.identity());
    assertThat(map.masterFor(25)).isSameAs(map.masterFor(5));
    assertThat(map.masterFor(5).address()).isEqualTo(local(7000));
    assertThat(map.masterFor(5).id()).isNull();
    assertThat(map.masterFor(15).address()).isEqualTo(local(7001));
    assertThat(map.masters()).hasSize(2);
    assertThat(map.uncoveredSlots()).isEqualTo(16384 - 31);
  }

  @Test
  void emptyRepliesGiveAnEmptyMap() {
    assertThat(
            TopologyParser.parseSlots(array(), SENDER, UnaryOperator.identity()).uncoveredSlots())
        .isEqualTo(16384);
    assertThat(
            TopologyParser.parseShards(array(), SENDER, UnaryOperator.identity(), false).masters())
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"error", "notList", "oddSlots", "badRange", "noPort", "badNumber", "role"})
  void malformedShardsFailNamingTheSender(String kind) {
    Reply reply =
        switch (kind) {
          case "error" -> new Reply.Error("ERR unknown subcommand 'SHARDS'");
          case "notList" -> integer(3);
          case "oddSlots" -> array(flat("slots", array(integer(1)), "nodes", array()));
          case "badRange" ->
              array(
                  flat(
                      "slots",
                      array(integer(5), integer(16384)),
                      "nodes",
                      array(flat("id", "a", "port", 1, "endpoint", "h", "role", "master"))));
          case "noPort" ->
              array(
                  flat(
                      "slots",
                      array(integer(0), integer(1)),
                      "nodes",
                      array(flat("id", "a", "endpoint", "h", "role", "master"))));
          case "badNumber" ->
              array(
                  flat(
                      "slots",
                      array(bulk("zero"), integer(1)),
                      "nodes",
                      array(flat("id", "a", "port", 1, "endpoint", "h", "role", "master"))));
          default ->
              array(
                  flat(
                      "slots",
                      array(integer(0), integer(1)),
                      "nodes",
                      array(flat("id", "a", "port", 1, "endpoint", "h", "role", "boss"))));
        };
    assertThatThrownBy(
            () -> TopologyParser.parseShards(reply, SENDER, UnaryOperator.identity(), false))
        .isInstanceOf(ClusterTopologyException.class)
        .hasMessageContaining("127.0.0.1:27001");
  }

  @Test
  void malformedSlotsFail() {
    assertThatThrownBy(
            () ->
                TopologyParser.parseSlots(
                    array(array(integer(0), integer(1))), SENDER, UnaryOperator.identity()))
        .isInstanceOf(ClusterTopologyException.class)
        .hasMessageContaining("needs start, end and a master");
    assertThatThrownBy(
            () ->
                TopologyParser.parseSlots(
                    array(array(integer(0), integer(1), array(bulk("h"), integer(0)))),
                    SENDER,
                    UnaryOperator.identity()))
        .isInstanceOf(ClusterTopologyException.class)
        .hasMessageContaining("port 0");
  }
}
