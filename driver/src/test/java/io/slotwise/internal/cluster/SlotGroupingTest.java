package io.slotwise.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseException;
import io.slotwise.cluster.SlotHash;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlotGroupingTest {

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[][] keys(String... ks) {
    byte[][] out = new byte[ks.length][];
    for (int i = 0; i < ks.length; i++) {
      out[i] = b(ks[i]);
    }
    return out;
  }

  /** Plays the server: each group's "MGET" answers "value-of-<key>" per key of the group. */
  private static List<List<String>> answer(List<SlotGroup> groups, byte[][] keys) {
    List<List<String>> results = new ArrayList<>();
    for (SlotGroup g : groups) {
      List<String> r = new ArrayList<>();
      for (byte[] k : g.select(keys)) {
        r.add("value-of-" + new String(k, StandardCharsets.UTF_8));
      }
      results.add(r);
    }
    return results;
  }

  @Test
  void groupsInOrderOfFirstKeyWithAscendingPositions() {
    byte[][] ks = keys("{a}1", "{b}1", "{a}2", "{c}1", "{b}2", "{a}3");
    SlotGrouping grouping = SlotGrouping.of(ks);

    assertThat(grouping.size()).isEqualTo(6);
    assertThat(grouping.groups()).hasSize(3);
    assertThat(grouping.groups().get(0).slot()).isEqualTo(SlotHash.slot(b("a")));
    assertThat(grouping.groups().get(0).indexes()).containsExactly(0, 2, 5);
    assertThat(grouping.groups().get(1).slot()).isEqualTo(SlotHash.slot(b("b")));
    assertThat(grouping.groups().get(1).indexes()).containsExactly(1, 4);
    assertThat(grouping.groups().get(2).slot()).isEqualTo(SlotHash.slot(b("c")));
    assertThat(grouping.groups().get(2).indexes()).containsExactly(3);
    assertThat(grouping.groups().get(2).isSingle()).isTrue();
    assertThat(grouping.groups().get(0).isSingle()).isFalse();
    assertThat(grouping.isSingleSlot()).isFalse();
  }

  @Test
  void hashTagsPutKeysInOneSlot() {
    SlotGrouping grouping = SlotGrouping.of(keys("{user:1}:name", "{user:1}:mail", "{user:1}"));

    assertThat(grouping.isSingleSlot()).isTrue();
    assertThat(grouping.groups()).hasSize(1);
    assertThat(grouping.groups().get(0).slot()).isEqualTo(SlotHash.slot(b("user:1")));
    assertThat(grouping.groups().get(0).indexes()).containsExactly(0, 1, 2);
  }

  @Test
  void oneKeyIsOneSingleGroup() {
    SlotGrouping grouping = SlotGrouping.of(keys("foo"));

    assertThat(grouping.groups()).containsExactly(new SlotGroup(12182, new int[] {0}));
    assertThat(grouping.groups().get(0).isSingle()).isTrue();
    List<String> merged = SlotGrouping.mergeInOrder(1, grouping.groups(), List.of(List.of("bar")));
    assertThat(merged).containsExactly("bar");
  }

  @Test
  void noKeysGiveNoGroups() {
    SlotGrouping grouping = SlotGrouping.of(new byte[0][]);

    assertThat(grouping.groups()).isEmpty();
    assertThat(SlotGrouping.<String>mergeInOrder(0, List.of(), List.of())).isEmpty();
  }

  @Test
  void duplicateKeyGetsItsValueAtEveryPosition() {
    byte[][] ks = keys("x", "y", "x", "x");
    SlotGrouping grouping = SlotGrouping.of(ks);

    SlotGroup xGroup = grouping.groups().get(0);
    assertThat(xGroup.indexes()).containsExactly(0, 2, 3);
    assertThat(xGroup.isSingle()).isFalse();
    assertThat(xGroup.select(ks)).isDeepEqualTo(keys("x", "x", "x"));

    List<String> merged =
        SlotGrouping.mergeInOrder(ks.length, grouping.groups(), answer(grouping.groups(), ks));
    assertThat(merged).containsExactly("value-of-x", "value-of-y", "value-of-x", "value-of-x");
  }

  @Test
  void byNodeGroupsSlotsPerOwnerInFirstSeenOrder() {
    HostAndPort a = HostAndPort.of("127.0.0.1", 7000);
    HostAndPort b = HostAndPort.of("127.0.0.1", 7001);
    // slots 0..8191 on a, the rest on b
    byte[][] ks = keys("foo", "bar", "baz", "qux", "{bar}2");
    SlotGrouping grouping = SlotGrouping.of(ks);

    Map<HostAndPort, List<SlotGroup>> perNode = grouping.byNode(s -> s < 8192 ? a : b);

    // foo = 12182 (on b) comes first; bar = 5061 and {bar}2 share a slot on a
    assertThat(perNode.keySet()).containsExactly(b, a);
    List<Integer> slotsOnA = perNode.get(a).stream().map(SlotGroup::slot).toList();
    assertThat(slotsOnA).allMatch(s -> s < 8192).contains(5061);
    SlotGroup barGroup =
        perNode.get(a).stream().filter(g -> g.slot() == 5061).findFirst().orElseThrow();
    assertThat(barGroup.indexes()).containsExactly(1, 4);
    int total = perNode.values().stream().flatMap(List::stream).mapToInt(SlotGroup::size).sum();
    assertThat(total).isEqualTo(5);

    List<SlotGroup> flattened = perNode.values().stream().flatMap(List::stream).toList();
    List<String> merged = SlotGrouping.mergeInOrder(ks.length, flattened, answer(flattened, ks));
    assertThat(merged)
        .containsExactly(
            "value-of-foo", "value-of-bar", "value-of-baz", "value-of-qux", "value-of-{bar}2");
  }

  @Test
  void byNodeNamesAnUnownedSlot() {
    SlotGrouping grouping = SlotGrouping.of(keys("foo"));

    assertThatThrownBy(() -> grouping.byNode(s -> null))
        .isInstanceOf(SlotwiseException.class)
        .hasMessageContaining("12182");
  }

  @Test
  void tenThousandKeysMergeBackInOrder() {
    int n = 10_000;
    byte[][] ks = new byte[n][];
    for (int i = 0; i < n; i++) {
      ks[i] = b("key:" + (i % 7_000)); // 3000 duplicates
    }
    SlotGrouping grouping = SlotGrouping.of(ks);

    int covered = 0;
    for (SlotGroup g : grouping.groups()) {
      int[] idx = g.indexes();
      for (int j = 0; j < idx.length; j++) {
        assertThat(SlotHash.slot(ks[idx[j]])).isEqualTo(g.slot());
        if (j > 0) {
          assertThat(idx[j]).isGreaterThan(idx[j - 1]);
        }
      }
      covered += idx.length;
    }
    assertThat(covered).isEqualTo(n);
    long distinctSlots = Arrays.stream(ks).mapToInt(SlotHash::slot).distinct().count();
    assertThat(grouping.groups()).hasSize((int) distinctSlots);

    List<String> merged =
        SlotGrouping.mergeInOrder(n, grouping.groups(), answer(grouping.groups(), ks));
    for (int i = 0; i < n; i++) {
      assertThat(merged.get(i)).isEqualTo("value-of-key:" + (i % 7_000));
    }
  }

  @Test
  void mergeKeepsNullsForAbsentKeys() {
    byte[][] ks = keys("{a}1", "{b}1", "{a}2");
    SlotGrouping grouping = SlotGrouping.of(ks);

    List<byte[]> merged =
        SlotGrouping.mergeInOrder(
            3,
            grouping.groups(),
            List.of(Arrays.asList(b("1"), null), Arrays.asList((byte[]) null)));

    assertThat(merged.get(0)).isEqualTo(b("1"));
    assertThat(merged.get(1)).isNull();
    assertThat(merged.get(2)).isNull();
  }

  @Test
  void msetPairsInterleaveInCallerOrder() {
    byte[][] ks = keys("{a}1", "{b}1", "{a}2", "{a}1");
    byte[][] vs = keys("v0", "v1", "v2", "v3");
    SlotGrouping grouping = SlotGrouping.of(ks);

    byte[][] aArgs = grouping.groups().get(0).interleave(ks, vs);
    byte[][] bArgs = grouping.groups().get(1).interleave(ks, vs);

    assertThat(aArgs).isDeepEqualTo(keys("{a}1", "v0", "{a}2", "v2", "{a}1", "v3"));
    assertThat(bArgs).isDeepEqualTo(keys("{b}1", "v1"));
    assertThat(grouping.groups().get(1).isSingle()).isTrue();
  }

  @Test
  void ofSlotsGroupsPrecomputedSlots() {
    SlotGrouping grouping = SlotGrouping.ofSlots(new int[] {16383, 0, 16383, 7, 0});

    assertThat(grouping.groups())
        .containsExactly(
            new SlotGroup(16383, new int[] {0, 2}),
            new SlotGroup(0, new int[] {1, 4}),
            new SlotGroup(7, new int[] {3}));
  }

  @Test
  void collidingSlotsInTheTableStayApart() {
    // many distinct slots force probing in the open-addressing table
    int[] slots = new int[4096];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = (i * 4) % 16384;
    }
    SlotGrouping grouping = SlotGrouping.ofSlots(slots);

    assertThat(grouping.groups()).hasSize(4096);
    for (int i = 0; i < slots.length; i++) {
      assertThat(grouping.groups().get(i).slot()).isEqualTo(slots[i]);
      assertThat(grouping.groups().get(i).indexes()).containsExactly(i);
    }
  }

  @Test
  void rejectsBadInputNamingIt() {
    assertThatThrownBy(() -> SlotGrouping.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keys");
    assertThatThrownBy(() -> SlotGrouping.of(new byte[][] {b("a"), null}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keys[1]");
    assertThatThrownBy(() -> SlotGrouping.ofSlots(new int[] {1, 16384}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("slots[1]")
        .hasMessageContaining("16384");
    assertThatThrownBy(() -> SlotGrouping.of(keys("a")).byNode(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("owner");
  }

  @Test
  void mergeRejectsMisalignedResults() {
    SlotGrouping grouping = SlotGrouping.of(keys("{a}1", "{b}1", "{a}2"));
    List<SlotGroup> groups = grouping.groups();

    assertThatThrownBy(() -> SlotGrouping.mergeInOrder(3, groups, List.of(List.of("x", "y"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 results for 2 groups");
    assertThatThrownBy(
            () -> SlotGrouping.mergeInOrder(3, groups, List.of(List.of("x"), List.of("y"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("slot " + SlotHash.slot(b("a")))
        .hasMessageContaining("expected 2");
    assertThatThrownBy(
            () -> SlotGrouping.mergeInOrder(4, groups, List.of(List.of("x", "z"), List.of("y"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cover 3 positions");
    assertThatThrownBy(
            () -> SlotGrouping.mergeInOrder(2, groups, List.of(List.of("x", "z"), List.of("y"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(">= n = 2");
  }

  @Test
  void arraysMergeLikeListsNullsKeptMisalignmentRefused() {
    SlotGrouping grouping = SlotGrouping.of(keys("{a}1", "{b}1", "{a}2"));
    List<SlotGroup> groups = grouping.groups();

    List<byte[]> merged =
        SlotGrouping.mergeArraysInOrder(
            3, groups, List.of(new byte[][] {b("1"), null}, new byte[][] {b("2")}));

    assertThat(merged.get(0)).isEqualTo(b("1"));
    assertThat(merged.get(1)).isEqualTo(b("2"));
    assertThat(merged.get(2)).isNull();
    assertThatThrownBy(
            () ->
                SlotGrouping.mergeArraysInOrder(
                    3, groups, List.of(new String[] {"x"}, new String[] {"y"})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 2");
    assertThatThrownBy(
            () ->
                SlotGrouping.mergeArraysInOrder(
                    4, groups, List.of(new String[] {"x", "z"}, new String[] {"y"})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cover 3 positions");
  }
}
