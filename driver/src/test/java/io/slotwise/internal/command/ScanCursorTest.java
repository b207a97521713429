package io.slotwise.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.RedisProtocolException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanCursorTest {
  private static final HostAndPort A = HostAndPort.parse("127.0.0.1:7000");
  private static final HostAndPort B = HostAndPort.parse("127.0.0.1:7001");
  private static final HostAndPort C = HostAndPort.parse("127.0.0.2:6999");
  private static final HostAndPort V6 = HostAndPort.parse("[::1]:7000");

  @Test
  void zeroStartsAtTheFirstMasterByAddress() {
    ScanCursor at = ScanCursor.resume("0", List.of(C, B, A));
    assertThat(at.node()).isEqualTo(A);
    assertThat(at.nodeCursor()).isEqualTo("0");
    assertThat(at.done()).isEmpty();
    assertThat(ScanCursor.resume("0", List.of())).isNull();
  }

  @Test
  void walksEveryMasterInOrderThenEnds() {
    List<HostAndPort> masters = List.of(C, A, B);
    ScanCursor at = ScanCursor.resume("0", masters);
    String next = at.advance("1234", masters);
    assertThat(next).isEqualTo("127.0.0.1:7000@1234");
    next = ScanCursor.resume(next, masters).advance("0", masters);
    assertThat(next).isEqualTo("127.0.0.1:7000,127.0.0.1:7001@0");
    ScanCursor second = ScanCursor.resume(next, masters);
    assertThat(second.node()).isEqualTo(B);
    next = second.advance("0", masters);
    assertThat(next).isEqualTo("127.0.0.1:7000,127.0.0.1:7001,127.0.0.2:6999@0");
    assertThat(ScanCursor.resume(next, masters).advance("0", masters)).isEqualTo("0");
  }

  @Test
  void aCursorOfANodeThatIsNoLongerAMasterRestartsThatPartOnTheMastersNotDone() {
    // A is done, B was being scanned and failed over to C (promoted replica)
    ScanCursor at = ScanCursor.resume("127.0.0.1:7000,127.0.0.1:7001@88", List.of(A, C));
    assertThat(at.node()).isEqualTo(C);
    assertThat(at.nodeCursor()).isEqualTo("0");
    assertThat(at.done()).containsExactly(A);
  }

  @Test
  void aMasterThatJoinsBeforeTheCurrentOneIsStillScanned() {
    HostAndPort early = HostAndPort.parse("10.0.0.1:7000");
    List<HostAndPort> now = List.of(A, B, early);
    ScanCursor at = ScanCursor.resume("127.0.0.1:7000,127.0.0.1:7001@5", now);
    assertThat(at.node()).isEqualTo(B);
    assertThat(at.advance("0", now)).isEqualTo("127.0.0.1:7000,127.0.0.1:7001,10.0.0.1:7000@0");
  }

  @Test
  void doneMastersThatLeftAreDroppedFromTheCursor() {
    ScanCursor at = ScanCursor.resume("127.0.0.1:7000,127.0.0.1:7001@5", List.of(B, C));
    assertThat(at.advance("0", List.of(B, C))).isEqualTo("127.0.0.1:7001,127.0.0.2:6999@0");
  }

  @Test
  void ipv6AddressesRoundTrip() {
    String cursor = "[::1]:7000,127.0.0.1:7000@42";
    ScanCursor at = ScanCursor.parse(cursor);
    assertThat(at.done()).containsExactly(V6);
    assertThat(at.node()).isEqualTo(A);
    assertThat(at.format()).isEqualTo(cursor);
  }

  @Test
  void malformedCursorsAreRefusedNamingTheCursor() {
    for (String bad :
        new String[] {"", "12", "abc", "@12", "127.0.0.1:7000@", "127.0.0.1:7000@x1", "host@1"}) {
      assertThatThrownBy(() -> ScanCursor.resume(bad, List.of(A)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cursor");
    }
    assertThatThrownBy(() -> ScanCursor.parse(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cursor");
    ScanCursor at = ScanCursor.resume("0", List.of(A));
    assertThatThrownBy(() -> at.advance("-1", List.of(A)))
        .isInstanceOf(RedisProtocolException.class);
  }
}
