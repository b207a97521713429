package io.slotwise.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.SlotwiseConfig;
import io.slotwise.SlotwiseConfig.Protocol;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

public class ConnectionSettingsTest {

  @Test
  void copiesEveryConnectionOptionFromTheConfig() {
    SlotwiseConfig config =
        SlotwiseConfig.standalone("127.0.0.1:6379")
            .username("alice")
            .password("pw")
            .database(3)
            .clientName("app-1")
            .protocol(Protocol.RESP3)
            .connectTimeout(Duration.ofMillis(700))
            .reconnectDelay(Duration.ofMillis(5), Duration.ofMillis(90))
            .maxBulkLength(1024)
            .maxAggregateLength(10)
            .maxNestingDepth(4)
            .tls(true)
            .tlsTrustCertificates(Path.of("/ca.pem"))
            .tlsClientCertificate(Path.of("/c.pem"), Path.of("/k.pem"))
            .tlsVerifyHostname(false)
            .build();

    ConnectionSettings s = ConnectionSettings.from(config);

    assertThat(s.username()).isEqualTo("alice");
    assertThat(s.password()).isEqualTo("pw");
    assertThat(s.database()).isEqualTo(3);
    assertThat(s.clientName()).isEqualTo("app-1");
    assertThat(s.protocol()).isEqualTo(Protocol.RESP3);
    assertThat(s.connectTimeout()).isEqualTo(Duration.ofMillis(700));
    assertThat(s.reconnectMinDelay()).isEqualTo(Duration.ofMillis(5));
    assertThat(s.reconnectMaxDelay()).isEqualTo(Duration.ofMillis(90));
    assertThat(s.decoderLimits().maxBulkLength()).isEqualTo(1024);
    assertThat(s.decoderLimits().maxAggregateLength()).isEqualTo(10);
    assertThat(s.decoderLimits().maxNestingDepth()).isEqualTo(4);
    assertThat(s.tls())
        .isEqualTo(
            new ConnectionSettings.Tls(
                Path.of("/ca.pem"), Path.of("/c.pem"), Path.of("/k.pem"), false));
    assertThat(s.isCodis()).isFalse();
    assertThat(s.toString()).doesNotContain("pw").contains("<hidden>");
  }

  @Test
  void plainTcpByDefault() {
    ConnectionSettings s = ConnectionSettings.from(SlotwiseConfig.standalone("h:1").build());
    assertThat(s.tls()).isNull();
    assertThat(s.protocol()).isEqualTo(Protocol.AUTO);
    assertThat(s.password()).isNull();
    assertThat(s.database()).isZero();
  }

  @Test
  void codisVariantSpeaksResp2WithoutUser() {
    SlotwiseConfig config =
        SlotwiseConfig.codisStatic("127.0.0.1:19000").password("pw").clientName("app").build();
    ConnectionSettings s = ConnectionSettings.codis(config);
    assertThat(s.isCodis()).isTrue();
    assertThat(s.protocol()).isEqualTo(Protocol.RESP2);
    assertThat(Handshake.auth(s).args().length).isEqualTo(2);
  }
}
