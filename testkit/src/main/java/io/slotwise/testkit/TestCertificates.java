package io.slotwise.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away PKI for TLS tests, generated with the {@code openssl} command-line tool into a
 * temporary directory: a CA, a server certificate for {@code localhost} and {@code 127.0.0.1}, and
 * a client certificate, all signed by the CA. Keys are RSA 2048 in unencrypted PKCS#8 PEM ({@code
 * BEGIN PRIVATE KEY}), which Netty's {@code SslContextBuilder} and Redis both read.
 *
 * <p>Immutable and thread-safe once generated. The files live until the JVM exits.
 */
public final class TestCertificates {
  private static final long OPENSSL_TIMEOUT_SECONDS = 30;

  private final Path dir;

  private TestCertificates(Path dir) {
    this.dir = dir;
  }

  /**
   * Generates a new CA, server and client certificate (valid for two days).
   *
   * @throws IllegalStateException when {@code openssl} is missing or fails
   */
  public static TestCertificates generate() {
    try {
      Path dir = Files.createTempDirectory("slotwise-tls-");
      dir.toFile().deleteOnExit();
      TestCertificates c = new TestCertificates(dir);
      c.create();
      return c;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a directory for test certificates", e);
    }
  }

  private void create() throws IOException {
    Files.writeString(
        dir.resolve("server.ext"),
        "subjectAltName=DNS:localhost,IP:127.0.0.1\n"
            + "basicConstraints=CA:FALSE\n"
            + "keyUsage=digitalSignature,keyEncipherment\n"
            + "extendedKeyUsage=serverAuth,clientAuth\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("client.ext"),
        "basicConstraints=CA:FALSE\n"
            + "keyUsage=digitalSignature,keyEncipherment\n"
            + "extendedKeyUsage=clientAuth\n",
        StandardCharsets.UTF_8);
    genKey("ca.key");
    openssl(
        "req",
        "-x509",
        "-new",
        "-key",
        "ca.key",
        "-sha256",
        "-days",
        "2",
        "-subj",
        "/CN=Slotwise Test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
        "-out",
        "ca.crt");
    issue("server", "/CN=localhost");
    issue("client", "/CN=slotwise-test-client");
    for (String f : List.of("ca.key", "ca.crt", "server.key", "server.crt", "client.key")) {
      dir.resolve(f).toFile().deleteOnExit();
    }
    for (String f :
        List.of(
            "client.crt", "server.ext", "client.ext", "server.csr", "client.csr", "openssl.log")) {
      dir.resolve(f).toFile().deleteOnExit();
    }
  }

  private void genKey(String file) {
    openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", file);
  }

  private void issue(String name, String subject) {
    genKey(name + ".key");
    openssl("req", "-new", "-key", name + ".key", "-subj", subject, "-out", name + ".csr");
    openssl(
        "x509",
        "-req",
        "-in",
        name + ".csr",
        "-CA",
        "ca.crt",
        "-CAkey",
        "ca.key",
        "-set_serial",
        Long.toString(System.nanoTime()),
        "-days",
        "2",
        "-sha256",
        "-extfile",
        name + ".ext",
        "-out",
        name + ".crt");
  }

  private void openssl(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add("openssl");
    cmd.addAll(List.of(args));
    try {
      Process p =
          new ProcessBuilder(cmd)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("openssl.log").toFile())
              .start();
      p.getOutputStream().close();
      if (!p.waitFor(OPENSSL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("openssl timed out: " + String.join(" ", cmd));
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(
            "openssl failed: "
                + String.join(" ", cmd)
                + "\n"
                + Files.readString(dir.resolve("openssl.log"), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run openssl (is it installed?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running openssl", e);
    }
  }

  /** The directory holding all files. */
  public Path directory() {
    return dir;
  }

  /** PEM certificate of the CA that signed the server and client certificates. */
  public Path caCert() {
    return dir.resolve("ca.crt");
  }

  /** PEM server certificate (SAN: DNS localhost, IP 127.0.0.1). */
  public Path serverCert() {
    return dir.resolve("server.crt");
  }

  /** PKCS#8 PEM private key of the server certificate. */
  public Path serverKey() {
    return dir.resolve("server.key");
  }

  /** PEM client certificate. */
  public Path clientCert() {
    return dir.resolve("client.crt");
  }

  /** PKCS#8 PEM private key of the client certificate. */
  public Path clientKey() {
    return dir.resolve("client.key");
  }

  /**
   * A JDK {@link SSLContext} that trusts the test CA and presents the client certificate; used by
   * {@link RespTestClient#connectTls}. A new context per call.
   */
  public SSLContext clientSslContext() {
    try {
      char[] pw = "slotwise".toCharArray();
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(null, null);
      keys.setKeyEntry(
          "client", readKey(clientKey()), pw, readCerts(clientCert()).toArray(new Certificate[0]));
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keys, pw);
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("ca", readCerts(caCert()).get(0));
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return ctx;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build an SSLContext from " + dir, e);
    }
  }

  private static PrivateKey readKey(Path pem) throws IOException, GeneralSecurityException {
    String text = Files.readString(pem, StandardCharsets.US_ASCII);
    String body =
        text.replace("-----BEGIN PRIVATE KEY-----", "")
            .replace("-----END PRIVATE KEY-----", "")
            .replaceAll("\\s", "");
    byte[] der = Base64.getDecoder().decode(body);
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
  }

  private static List<Certificate> readCerts(Path pem)
      throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(pem)) {
      return new ArrayList<>(CertificateFactory.getInstance("X.509").generateCertificates(in));
    }
  }

  @Override
  public String toString() {
    return "TestCertificates[" + dir + "]";
  }
}
