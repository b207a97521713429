package io.slotwise.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlotMigratorNodeTest {
  private static final String A = "07c37dfeb235213a872192d90877d0cd55635b91";
  private static final String B = "67ed2db8d677e59ec4a4cefb06858cf2a1a89fa1";
  private static final String C = "292f8b365bb7edb5e285caf0b7e6ddc7265d2f4f";
  private static final String R = "e7d1eecce10fd6bb5eb35b9f99a514335d9ba9ca";

  /** As node A prints it while slot 42 migrates from A to B. */
  private static final String FROM_A =
      A
          + " 127.0.0.1:30004@31004,host-a myself,master - 0 1426238316232 4 connected 0-5460"
          + " [42->-"
          + B
          + "]\n"
          + B
          + " 127.0.0.1:30002@31002 master - 0 1426238316232 2 connected 5461-10922\n"
          + C
          + " 127.0.0.1:30003@31003 master - 0 1426238318243 3 connected 10923-16383 16000\n"
          + R
          + " 127.0.0.1:30005@31005 slave "
          + A
          + " 0 1426238316232 4 connected\n";

  /** As node B prints its own line at the same time. */
  private static final String B_OWN =
      B
          + " 127.0.0.1:30002@31002 myself,master - 0 1426238316232 2 connected 5461-10922 [42-<-"
          + A
          + "]\n";

  @Test
  void parsesIdsAddressesFlagsAndSlots() {
    List<SlotMigratorNode> nodes = SlotMigratorNode.parseAll(FROM_A);

    assertThat(nodes).hasSize(4);
    SlotMigratorNode a = nodes.get(0);
    assertThat(a.id()).isEqualTo(A);
    assertThat(a.address()).isEqualTo(HostAndPort.of("127.0.0.1", 30004));
    assertThat(a.isMyself()).isTrue();
    assertThat(a.isMaster()).isTrue();
    assertThat(a.masterId()).isNull();
    assertThat(a.slots().cardinality()).isEqualTo(5461);
    assertThat(a.owns(0)).isTrue();
    assertThat(a.owns(5460)).isTrue();
    assertThat(a.owns(5461)).isFalse();
    assertThat(a.migrating()).isEqualTo(Map.of(42, B));
    assertThat(a.importing()).isEmpty();

    SlotMigratorNode c = nodes.get(2);
    assertThat(c.isMyself()).isFalse();
    assertThat(c.owns(16383)).isTrue();
    assertThat(c.owns(16000)).isTrue();

    SlotMigratorNode r = nodes.get(3);
    assertThat(r.isMaster()).isFalse();
    assertThat(r.masterId()).isEqualTo(A);
    assertThat(r.slots().isEmpty()).isTrue();
  }

  @Test
  void parsesImportingMarkerAndNodesWithoutAddress() {
    SlotMigratorNode b = SlotMigratorNode.parse(B_OWN.strip());
    assertThat(b.importing()).isEqualTo(Map.of(42, A));
    assertThat(b.migrating()).isEmpty();

    SlotMigratorNode noaddr =
        SlotMigratorNode.parse(C + " :0@0 master,fail,noaddr - 1 1 3 disconnected");
    assertThat(noaddr.address()).isNull();
    assertThat(noaddr.isUsable()).isFalse();

    SlotMigratorNode ipv6 =
        SlotMigratorNode.parse(C + " ::1:7000@17000 master - 0 0 3 connected 1");
    assertThat(ipv6.address()).isEqualTo(HostAndPort.of("::1", 7000));
  }

  @Test
  void topologyTurnsMarkersIntoSourceTargetPairs() {
    List<SlotMigratorNode> nodes = SlotMigratorNode.parseAll(FROM_A);
    SlotMigratorNode aOwn = nodes.get(0);
    SlotMigratorNode bOwn = SlotMigratorNode.parse(B_OWN.strip());
    SlotMigratorTopology topology = new SlotMigratorTopology(nodes, Map.of(A, aOwn, B, bOwn));

    Map<Integer, List<String[]>> markers = topology.markers();
    assertThat(markers).containsOnlyKeys(42);
    assertThat(markers.get(42)).hasSize(1);
    assertThat(markers.get(42).get(0)).containsExactly(A, B);
    assertThat(topology.ownerOf(42).id()).isEqualTo(A);
    assertThat(topology.ownerOf(6000).id()).isEqualTo(B);
    assertThat(topology.claims(nodes.get(1), 42)).isFalse();
    assertThat(topology.masters()).extracting(SlotMigratorNode::id).containsExactly(A, B, C);
    assertThat(topology.byAddress(HostAndPort.of("127.0.0.1", 30005)).id()).isEqualTo(R);
  }

  @Test
  void rejectsMalformedLinesNamingThem() {
    assertThatThrownBy(() -> SlotMigratorNode.parse("abc 127.0.0.1:1@2 master"))
        .isInstanceOf(SlotwiseException.class)
        .hasMessageContaining("abc 127.0.0.1:1@2 master");
    assertThatThrownBy(
            () -> SlotMigratorNode.parse(A + " 127.0.0.1:1@2 master - 0 0 1 connected 5-x"))
        .isInstanceOf(SlotwiseException.class)
        .hasMessageContaining("5-x");
    assertThatThrownBy(
            () -> SlotMigratorNode.parse(A + " 127.0.0.1:1@2 master - 0 0 1 connected 16384"))
        .isInstanceOf(SlotwiseException.class)
        .hasMessageContaining("16384");
    assertThatThrownBy(
            () -> SlotMigratorNode.parse(A + " 127.0.0.1:1@2 master - 0 0 1 connected [7-?-x]"))
        .isInstanceOf(SlotwiseException.class)
        .hasMessageContaining("[7-?-x]");
  }
}
