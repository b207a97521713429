package io.slotwise.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.internal.cluster.Redirect.Kind;
import io.slotwise.internal.protocol.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectTest {

  private static final HostAndPort SENDER = HostAndPort.of("10.0.0.9", 7000);

  private static Redirect parse(String text) {
    return Redirect.parse(new Reply.Error(text), SENDER);
  }

  @Test
  void movedWithIpv4() {
    assertThat(Redirect.parse(new Reply.Error("MOVED 3999 127.0.0.1:6381")))
        .isEqualTo(new Redirect(Kind.MOVED, 3999, HostAndPort.of("127.0.0.1", 6381)));
  }

  @Test
  void askWithHostName() {
    assertThat(parse("ASK 16383 redis-3.example.com:7002"))
        .isEqualTo(new Redirect(Kind.ASK, 16383, HostAndPort.of("redis-3.example.com", 7002)));
    assertThat(parse("ASK 0 h:1").slot()).isZero();
  }

  @Test
  void ipv6WithAndWithoutBrackets() {
    Redirect bare = parse("MOVED 1 fe80::1:ff:7000");
    assertThat(bare.address()).isEqualTo(HostAndPort.of("fe80::1:ff", 7000));
    assertThat(bare.address().toString()).isEqualTo("[fe80::1:ff]:7000");
    assertThat(parse("MOVED 1 [::1]:7000").address()).isEqualTo(HostAndPort.of("::1", 7000));
    assertThat(parse("ASK 2 ::1:7001").address()).isEqualTo(HostAndPort.of("::1", 7001));
  }

  @Test
  void emptyOrUnknownHostMeansTheSender() {
    assertThat(parse("MOVED 3999 :6381"))
        .isEqualTo(new Redirect(Kind.MOVED, 3999, HostAndPort.of("10.0.0.9", 6381)));
    assertThat(parse("ASK 3999 ?:6381").address()).isEqualTo(HostAndPort.of("10.0.0.9", 6381));
    assertThatThrownBy(() -> Redirect.parse(new Reply.Error("MOVED 3999 :6381")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MOVED 3999 :6381")
        .hasMessageContaining("sender");
  }

  @Test
  void toleratesRepeatedSpacesAndTrailingNewline() {
    assertThat(parse("MOVED  12  a:1 "))
        .isEqualTo(new Redirect(Kind.MOVED, 12, HostAndPort.of("a", 1)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ERR unknown command",
        "TRYAGAIN Multiple keys request during rehashing of slot",
        "CLUSTERDOWN The cluster is down",
        "MOVED",
        "MOVED ",
        "MOVEDX 1 a:1",
        "moved 1 a:1",
        "ASK 1",
        "MOVED 1 a:1 extra",
        "MOVED -1 a:1",
        "MOVED 16384 a:1",
        "MOVED 99999999999 a:1",
        "MOVED x a:1",
        "MOVED 1 a",
        "MOVED 1 a:",
        "MOVED 1 a:0",
        "MOVED 1 a:65536",
        "MOVED 1 a:-5",
        "MOVED 1 a:12x",
        "MOVED 1 [::1:7000",
        "MOVED 1 []:7000",
        ""
      })
  void nonRedirectsAndMalformedRedirectsAreNull(String text) {
    assertThat(parse(text)).isNull();
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> Redirect.parse(null)).hasMessageContaining("error");
    assertThatThrownBy(() -> new Redirect(null, 1, SENDER)).hasMessageContaining("kind");
    assertThatThrownBy(() -> new Redirect(Kind.ASK, 16384, SENDER)).hasMessageContaining("slot");
    assertThatThrownBy(() -> new Redirect(Kind.ASK, 1, null)).hasMessageContaining("address");
  }
}
