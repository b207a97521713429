package io.slotwise.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.cluster.CrossSlotException;
import io.slotwise.cluster.SlotHash;
import io.slotwise.internal.protocol.Command;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The slot of a command is hashed once: given by its builder, or remembered by its first route. */
class SlotOfTest {

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aSlotGivenByTheBuilderIsTakenAsIsWithoutHashing() {
    int real = SlotHash.slot("foo");
    int given = (real + 1) % SlotHash.SLOT_COUNT; // not the key's: proves nobody hashed it
    Command get = Command.of("GET", new byte[][] {b("GET"), b("foo")}, new int[] {1}, true, given);

    assertThat(ClusterRouter.slotOf(get)).isEqualTo(given);
    assertThat(ClusterRouter.firstKeySlot(get)).isEqualTo(given);
  }

  @Test
  void theFirstRouteRemembersTheSlotOnTheCommand() {
    Command get = Command.of("GET", new byte[][] {b("GET"), b("foo")}, new int[] {1}, true);
    assertThat(get.slot()).isEqualTo(Command.SLOT_UNKNOWN);

    assertThat(ClusterRouter.firstKeySlot(get)).isEqualTo(SlotHash.slot("foo"));
    assertThat(get.slot()).isEqualTo(SlotHash.slot("foo"));
  }

  @Test
  void keysInSeveralSlotsAreNeverRememberedAsOne() {
    Command mget =
        Command.of("MGET", new byte[][] {b("MGET"), b("a"), b("b")}, new int[] {1, 2}, true);

    assertThat(ClusterRouter.firstKeySlot(mget)).isEqualTo(SlotHash.slot("a"));
    assertThat(mget.slot()).isEqualTo(Command.SLOT_UNKNOWN);
    assertThatThrownBy(() -> ClusterRouter.slotOf(mget)).isInstanceOf(CrossSlotException.class);
    assertThat(mget.slot()).isEqualTo(Command.SLOT_UNKNOWN);
  }

  @Test
  void keysOfOneSlotAreCheckedOnceThenRemembered() {
    Command mget =
        Command.of("MGET", new byte[][] {b("MGET"), b("{u}a"), b("{u}b")}, new int[] {1, 2}, true);

    assertThat(ClusterRouter.slotOf(mget)).isEqualTo(SlotHash.slot("u"));
    assertThat(mget.slot()).isEqualTo(SlotHash.slot("u"));
  }

  @Test
  void aSlotOutOfRangeOrForAKeylessCommandIsRefused() {
    assertThatThrownBy(
            () -> Command.of("GET", new byte[][] {b("GET"), b("k")}, new int[] {1}, true, 16384))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("16384");
    assertThatThrownBy(() -> Command.of("PING", new byte[][] {b("PING")}, new int[0], true, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no key");
  }
}
