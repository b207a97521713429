package io.slotwise.internal.codis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CodisProxyInfoTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void parsesAllFiveFields() {
    CodisProxyInfo p =
        CodisProxyInfo.parse(
            "/jodis/demo/proxy-9c5d",
            utf8(
                "{\n    \"addr\": \"10.0.0.7:19000\",\n    \"admin\": \"10.0.0.7:11080\",\n"
                    + "    \"start\": \"2026-11-22 03:10:01.12 +0000 UTC\",\n"
                    + "    \"state\": \"online\",\n    \"token\": \"9c5d\"\n}"));
    assertThat(p.node()).isEqualTo("/jodis/demo/proxy-9c5d");
    assertThat(p.addr()).isEqualTo(HostAndPort.of("10.0.0.7", 19000));
    assertThat(p.admin()).isEqualTo("10.0.0.7:11080");
    assertThat(p.start()).isEqualTo("2026-11-22 03:10:01.12 +0000 UTC");
    assertThat(p.state()).isEqualTo("online");
    assertThat(p.token()).isEqualTo("9c5d");
    assertThat(p.isOnline()).isTrue();
  }

  @Test
  void splitsIpv6AddressAtTheLastColon() {
    CodisProxyInfo p =
        CodisProxyInfo.parse("n", utf8("{\"addr\":\"[::1]:19000\",\"state\":\"online\"}"));
    assertThat(p.addr().host()).isEqualTo("::1");
    assertThat(p.addr().port()).isEqualTo(19000);
    CodisProxyInfo bare =
        CodisProxyInfo.parse("n", utf8("{\"addr\":\"fe80::1:19001\",\"state\":\"online\"}"));
    assertThat(bare.addr()).isEqualTo(HostAndPort.of("fe80::1", 19001));
  }

  @Test
  void onlyOnlineIsOnline() {
    for (String state : new String[] {"offline", "mark_offline", "ONLINE", "", "online "}) {
      CodisProxyInfo p =
          CodisProxyInfo.parse("n", utf8("{\"addr\":\"h:1\",\"state\":\"" + state + "\"}"));
      assertThat(p.isOnline()).as(state).isFalse();
    }
  }

  @Test
  void ignoresUnknownFieldsAndCodis2Numbers() {
    CodisProxyInfo p =
        CodisProxyInfo.parse(
            "proxy_1",
            utf8(
                "{\"id\":\"proxy_1\",\"addr\":\"h:19000\",\"last_event_ts\":0,\"state\":\"online\","
                    + "\"pid\":4242,\"extra\":{\"x\":[1]}}"));
    assertThat(p.addr()).isEqualTo(HostAndPort.of("h", 19000));
    assertThat(p.token()).isEmpty();
    assertThat(p.admin()).isEmpty();
  }

  @Test
  void rejectsBadNodesNamingThem() {
    assertThatThrownBy(() -> CodisProxyInfo.parse("/p/a", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/p/a")
        .hasMessageContaining("no data");
    assertThatThrownBy(() -> CodisProxyInfo.parse("/p/b", utf8("{\"addr\":")))
        .hasMessageContaining("/p/b")
        .hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> CodisProxyInfo.parse("/p/c", utf8("{\"state\":\"online\"}")))
        .hasMessageContaining("/p/c")
        .hasMessageContaining("\"addr\"");
    assertThatThrownBy(() -> CodisProxyInfo.parse("/p/d", utf8("{\"addr\":\"h:1\"}")))
        .hasMessageContaining("/p/d")
        .hasMessageContaining("\"state\"");
    assertThatThrownBy(
            () -> CodisProxyInfo.parse("/p/e", utf8("{\"addr\":\"nohost\",\"state\":\"online\"}")))
        .hasMessageContaining("/p/e")
        .hasMessageContaining("bad \"addr\"");
    assertThatThrownBy(
            () -> CodisProxyInfo.parse("/p/f", utf8("{\"addr\":\"h:99999\",\"state\":\"online\"}")))
        .hasMessageContaining("/p/f");
  }
}
