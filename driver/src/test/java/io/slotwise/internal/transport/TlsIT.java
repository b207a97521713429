package io.slotwise.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.RedisConnectionException;
import io.slotwise.SlotwiseConfig;
import io.slotwise.internal.executor.Routers;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.testkit.RedisServerProcess;
import io.slotwise.testkit.TestCertificates;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TlsIT {
  private static TestCertificates certs;
  private static RedisServerProcess server;
  private static NettyTransport transport;

  @BeforeAll
  static void start() {
    certs = TestCertificates.generate();
    server = RedisServerProcess.startTls(certs, "--tls-auth-clients", "optional");
    transport = new NettyTransport(1);
  }

  @AfterAll
  static void stop() {
    if (transport != null) {
      transport.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static SlotwiseConfig.Builder tls() {
    return SlotwiseConfig.standalone(server.address().toString())
        .tls(true)
        .tlsTrustCertificates(certs.caCert())
        .reconnectDelay(Duration.ofMillis(50), Duration.ofMillis(500));
  }

  @Test
  void mutualTlsWithHostnameVerification() throws Exception {
    SlotwiseConfig config =
        tls().tlsClientCertificate(certs.clientCert(), certs.clientKey()).build();
    NodeConnection c = transport.open(server.address(), Routers.connectionSettings(config));
    c.whenConnected().get(10, TimeUnit.SECONDS);
    assertThat(c.request(Command.keyless(true, "PING")).get(5, TimeUnit.SECONDS))
        .isEqualTo(new Reply.SimpleString("PONG"));
    Reply info = c.request(Command.keyless(true, "INFO", "server")).get(5, TimeUnit.SECONDS);
    assertThat(info).isNotInstanceOf(Reply.Error.class);
    c.close();
  }

  @Test
  void serverOnlyTlsWhenClientCertificatesAreOptional() throws Exception {
    NodeConnection c = transport.open(server.address(), Routers.connectionSettings(tls().build()));
    c.whenConnected().get(10, TimeUnit.SECONDS);
    assertThat(c.request(Command.keyless(false, "SET", "tls-key", "x")).get())
        .isEqualTo(new Reply.SimpleString("OK"));
    c.close();
  }

  @Test
  void untrustedServerFailsTheConnectWithATlsMessage() {
    SlotwiseConfig config =
        SlotwiseConfig.standalone(server.address().toString())
            .tls(true)
            .reconnectDelay(Duration.ofMillis(200), Duration.ofSeconds(1))
            .build();
    NodeConnection c = transport.open(server.address(), Routers.connectionSettings(config));
    assertThat(c.whenConnected())
        .failsWithin(Duration.ofSeconds(10))
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isInstanceOf(RedisConnectionException.class)
        .withMessageContaining(server.address().toString());
    c.close();
  }
}
