package io.slotwise.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.cluster.ClusterNode;
import io.slotwise.cluster.ClusterNode.Health;
import io.slotwise.cluster.ClusterNode.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotMapTest {

  private static final HostAndPort A = HostAndPort.of("10.0.0.1", 7000);
  private static final HostAndPort B = HostAndPort.of("10.0.0.2", 7000);
  private static final HostAndPort RA = HostAndPort.of("10.0.0.3", 7000);
  private static final HostAndPort C = HostAndPort.of("10.0.0.9", 7000);

  private static ClusterNode master(String id, HostAndPort address, ClusterNode... replicas) {
    return new ClusterNode(id, address, Role.MASTER, Health.ONLINE, 0, List.of(replicas));
  }

  private static ClusterNode replica(String id, HostAndPort address) {
    return new ClusterNode(id, address, Role.REPLICA, Health.ONLINE, 0, List.of());
  }

  private static SlotMap twoMasters() {
    return SlotMap.builder()
        .assign(0, 8191, master("a", A, replica("ra", RA)))
        .assign(8192, 16383, master("b", B))
        .build();
  }

  @Test
  void lookups() {
    SlotMap map = twoMasters();
    assertThat(map.masterFor(0).id()).isEqualTo("a");
    assertThat(map.masterFor(16383).id()).isEqualTo("b");
    assertThat(map.replicasFor(100)).extracting(ClusterNode::address).containsExactly(RA);
    assertThat(map.replicasFor(9000)).isEmpty();
    assertThat(map.masters()).extracting(ClusterNode::id).containsExactly("a", "b");
    assertThat(map.nodes()).extracting(ClusterNode::id).containsExactly("a", "b", "ra");
    assertThat(map.nodeAt(RA).role()).isEqualTo(Role.REPLICA);
    assertThat(map.nodeAt(C)).isNull();
    assertThat(map.uncoveredSlots()).isZero();
    assertThat(map.slotCount(A)).isEqualTo(8192);
    assertThat(map.epoch()).isEqualTo(-1);
    assertThat(map.toString()).contains("0-8191=10.0.0.1:7000", "8192-16383=10.0.0.2:7000");
  }

  @Test
  void emptyMapCoversNothing() {
    assertThat(SlotMap.empty().uncoveredSlots()).isEqualTo(16384);
    assertThat(SlotMap.empty().masterFor(5)).isNull();
    assertThat(SlotMap.empty().replicasFor(5)).isEmpty();
    assertThat(SlotMap.empty().masters()).isEmpty();
  }

  @Test
  void movedToAnUnknownNodePatchesOneSlotAndLeavesTheOriginalAlone() {
    SlotMap map = twoMasters();
    SlotMap moved = map.withSlotMovedTo(42, C);
    assertThat(moved.masterFor(42).address()).isEqualTo(C);
    assertThat(moved.masterFor(42).id()).isNull();
    assertThat(moved.masterFor(41).id()).isEqualTo("a");
    assertThat(moved.masters()).extracting(ClusterNode::address).containsExactly(A, B, C);
    assertThat(map.masterFor(42).id()).isEqualTo("a");
    assertThat(moved.sameLayoutAs(map)).isFalse();
    // a second slot moved to the same node reuses it
    SlotMap twice = moved.withSlotMovedTo(43, C);
    assertThat(twice.masterFor(43)).isSameAs(twice.masterFor(42));
    assertThat(twice.masters()).hasSize(3);
  }

  @Test
  void movedToAKnownMasterOrReplica() {
    SlotMap map = twoMasters();
    assertThat(map.withSlotMovedTo(1, B).masterFor(1)).isSameAs(map.masterFor(9000));
    assertThat(map.withSlotMovedTo(1, A)).isSameAs(map);
    SlotMap promoted = map.withSlotMovedTo(1, RA);
    assertThat(promoted.masterFor(1).id()).isEqualTo("ra");
    assertThat(promoted.masterFor(1).role()).isEqualTo(Role.MASTER);
  }

  @Test
  void sameLayoutComparesOwnersReplicasAndMasters() {
    assertThat(twoMasters().sameLayoutAs(twoMasters())).isTrue();
    SlotMap otherSplit =
        SlotMap.builder()
            .assign(0, 8190, master("a", A, replica("ra", RA)))
            .assign(8191, 16383, master("b", B))
            .build();
    assertThat(twoMasters().sameLayoutAs(otherSplit)).isFalse();
    SlotMap noReplica =
        SlotMap.builder()
            .assign(0, 8191, master("a", A))
            .assign(8192, 16383, master("b", B))
            .build();
    assertThat(twoMasters().sameLayoutAs(noReplica)).isFalse();
    SlotMap extraMaster =
        SlotMap.builder()
            .assign(0, 8191, master("a", A, replica("ra", RA)))
            .assign(8192, 16383, master("b", B))
            .master(master("c", C))
            .build();
    assertThat(twoMasters().sameLayoutAs(extraMaster)).isFalse();
    SlotMap failedReplica =
        SlotMap.builder()
            .assign(
                0,
                8191,
                master("a", A, new ClusterNode("ra", RA, Role.REPLICA, Health.LOADING, 0, null)))
            .assign(8192, 16383, master("b", B))
            .build();
    assertThat(twoMasters().sameLayoutAs(failedReplica)).isFalse();
    assertThat(twoMasters().sameLayoutAs(null)).isFalse();
    assertThat(SlotMap.empty().sameLayoutAs(SlotMap.builder().build())).isTrue();
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> twoMasters().masterFor(16384)).hasMessageContaining("slot");
    assertThatThrownBy(() -> twoMasters().masterFor(-1)).hasMessageContaining("slot");
    assertThatThrownBy(() -> twoMasters().withSlotMovedTo(1, null)).hasMessageContaining("address");
    assertThatThrownBy(() -> SlotMap.builder().assign(5, 4, master("a", A)))
        .hasMessageContaining("5-4");
    assertThatThrownBy(() -> SlotMap.builder().assign(0, 1, replica("r", RA)))
        .hasMessageContaining("master");
    assertThatThrownBy(() -> new ClusterNode("x", null, Role.MASTER, Health.ONLINE, 0, null))
        .hasMessageContaining("address");
    assertThatThrownBy(
            () ->
                new ClusterNode("x", A, Role.REPLICA, Health.ONLINE, 0, List.of(replica("r", RA))))
        .hasMessageContaining("replica");
  }
}
