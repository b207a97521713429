package io.slotwise.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.SlotwiseConfig;
import io.slotwise.SlotwiseConfig.Protocol;
import io.slotwise.internal.executor.Routers;
import io.slotwise.internal.protocol.DecoderLimits;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

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

    ConnectionSettings s = Routers.connectionSettings(config);

    assertThat(s.username()).isEqualTo("alice");
    assertThat(s.password()).isEqualTo("pw");
    assertThat(s.database()).isEqualTo(3);
    assertThat(s.clientName()).isEqualTo("app-1");
    assertThat(s.protocol()).isEqualTo(RespVersion.RESP3);
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
    ConnectionSettings s = Routers.connectionSettings(SlotwiseConfig.standalone("h:1").build());
    assertThat(s.tls()).isNull();
    assertThat(s.protocol()).isEqualTo(RespVersion.AUTO);
    assertThat(s.decoderLimits()).isEqualTo(DecoderLimits.DEFAULTS);
    assertThat(s.readOnly()).isFalse();
    assertThat(s.password()).isNull();
    assertThat(s.database()).isZero();
  }

  @Test
  void codisVariantSpeaksResp2WithoutUser() {
    SlotwiseConfig config =
        SlotwiseConfig.codisStatic("127.0.0.1:19000").password("pw").clientName("app").build();
    ConnectionSettings s = Routers.connectionSettings(config).forCodis();
    assertThat(s.isCodis()).isTrue();
    assertThat(s.protocol()).isEqualTo(RespVersion.RESP2);
    assertThat(Handshake.auth(s).args().length).isEqualTo(2);
  }

  @Test
  void everyPublicProtocolMapsToTheTransportsRespVersionOfTheSameName() {
    for (Protocol p : Protocol.values()) {
      ConnectionSettings s =
          Routers.connectionSettings(SlotwiseConfig.standalone("h:1").protocol(p).build());
      assertThat(s.protocol().name()).isEqualTo(p.name());
    }
  }

  @Test
  void variantsChangeOnlyWhatTheyName() {
    ConnectionSettings base =
        Routers.connectionSettings(
            SlotwiseConfig.standalone("h:1").password("pw").protocol(Protocol.RESP3).build());
    assertThat(base.withReadOnly(true).readOnly()).isTrue();
    assertThat(base.withReadOnly(true).protocol()).isEqualTo(RespVersion.RESP3);
    assertThat(base.withProtocol(RespVersion.AUTO).protocol()).isEqualTo(RespVersion.AUTO);
    assertThat(base.withProtocol(RespVersion.AUTO).password()).isEqualTo("pw");
    assertThat(base.forCodis().readOnly()).isFalse();
  }
}
