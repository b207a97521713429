package io.slotwise.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TestCertificatesIT {

  @Test
  void generatesPkcs8KeysAndCertificates() throws Exception {
    TestCertificates certs = TestCertificates.generate();
    for (var key : java.util.List.of(certs.serverKey(), certs.clientKey())) {
      assertThat(Files.readString(key, StandardCharsets.US_ASCII))
          .startsWith("-----BEGIN PRIVATE KEY-----");
    }
    for (var cert : java.util.List.of(certs.caCert(), certs.serverCert(), certs.clientCert())) {
      assertThat(Files.readString(cert, StandardCharsets.US_ASCII))
          .startsWith("-----BEGIN CERTIFICATE-----");
    }
    assertThat(certs.clientSslContext().getProtocol()).isEqualTo("TLS");
  }

  @Test
  void tlsServerAnswersClientsWithTheTestCaOnly() {
    RedisBinary binary = RedisBinary.get();
    if (!binary.supportsTls()) {
      System.err.println(
          "WARNING: " + binary + " has no TLS support; TLS tests cannot run with this binary");
      Assumptions.assumeFalse(binary.isEmbedded(), "the embedded binary may lack TLS");
      throw new AssertionError(binary + " must support TLS (only the embedded binary may lack it)");
    }
    TestCertificates certs = TestCertificates.generate();
    try (RedisServerProcess server = RedisServerProcess.startTls(certs)) {
      assertThat(server.isTls()).isTrue();
      assertThat(server.call("SET", "k", "v")).isEqualTo("OK");
      try (RespTestClient c = server.client()) {
        assertThat(c.call("GET", "k")).isEqualTo("v");
      }
      try (RespTestClient plain = RespTestClient.connect(server.address())) {
        assertThatThrownBy(() -> plain.call("PING")).isInstanceOf(UncheckedIOException.class);
      }
      TestCertificates strangers = TestCertificates.generate();
      assertThatThrownBy(
              () -> RespTestClient.connectTls(server.address(), strangers.clientSslContext()))
          .isInstanceOf(UncheckedIOException.class);
    }
  }
}
