package io.slotwise;

import io.slotwise.internal.config.OptionChecks;
import java.nio.file.Path;

/**
 * TLS on every connection, through Netty's {@code SslHandler}. Immutable and thread-safe. The files
 * are read when the first connection is opened, not here.
 *
 * @param enabled whether connections use TLS; default {@code false}
 * @param trustCertificates PEM file of the certificates to trust, or {@code null} (the default) for
 *     the JDK's trust store
 * @param clientCertificate PEM client certificate for mutual TLS, or {@code null} (the default);
 *     given together with {@code clientKey}
 * @param clientKey PEM (PKCS#8) private key of {@code clientCertificate}, or {@code null}
 * @param verifyHostname whether the server certificate must name the host dialled; default {@code
 *     true}
 */
public record TlsOptions(
    boolean enabled,
    Path trustCertificates,
    Path clientCertificate,
    Path clientKey,
    boolean verifyHostname) {

  /** Checks that the client certificate and its key come together. */
  public TlsOptions {
    if ((clientCertificate == null) != (clientKey == null)) {
      throw new IllegalArgumentException(
          "clientCertificate and clientKey go together, got "
              + clientCertificate
              + " and "
              + clientKey);
    }
  }

  /** Plain TCP; when enabled, the JDK's trust store, no client certificate, hostname checked. */
  public static TlsOptions defaults() {
    return new TlsOptions(false, null, null, null, true);
  }

  /** A copy with {@code enabled} replaced, validated like the constructor. */
  public TlsOptions withEnabled(boolean enabled) {
    return new TlsOptions(enabled, trustCertificates, clientCertificate, clientKey, verifyHostname);
  }

  /** A copy with {@code trustCertificates} replaced, validated like the constructor. */
  public TlsOptions withTrustCertificates(Path trustCertificates) {
    return new TlsOptions(enabled, trustCertificates, clientCertificate, clientKey, verifyHostname);
  }

  /** A copy with a client certificate and its key, both required. */
  public TlsOptions withClientCertificate(Path clientCertificate, Path clientKey) {
    return new TlsOptions(
        enabled,
        trustCertificates,
        OptionChecks.notNull(clientCertificate, "clientCertificate"),
        OptionChecks.notNull(clientKey, "clientKey"),
        verifyHostname);
  }

  /** A copy with {@code verifyHostname} replaced, validated like the constructor. */
  public TlsOptions withVerifyHostname(boolean verifyHostname) {
    return new TlsOptions(enabled, trustCertificates, clientCertificate, clientKey, verifyHostname);
  }
}
