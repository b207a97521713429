package io.slotwise.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundleKey;
import org.springframework.boot.ssl.SslStoreBundle;

/**
 * A Spring {@link SslBundle} written out as the PEM files the driver's TLS options take: the trust
 * store's certificates, and the key store's certificate chain and PKCS#8 private key for mutual
 * TLS. Works for PEM and JKS/PKCS#12 bundles alike. The files live in a fresh temporary folder
 * readable by the owner only; {@link #close()} deletes it. Not thread-safe.
 */
final class SslBundlePem implements AutoCloseable {
  private static final Base64.Encoder PEM =
      Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

  private final Path directory;
  private Path trustCertificates;
  private Path clientCertificate;
  private Path clientKey;

  private SslBundlePem(Path directory) {
    this.directory = directory;
  }

  /**
   * Exports {@code bundle}.
   *
   * @throws IllegalStateException when a store cannot be read or the key is not PKCS#8-encodable
   */
  static SslBundlePem export(String name, SslBundle bundle) {
    SslBundlePem pem = new SslBundlePem(createDirectory());
    try {
      SslStoreBundle stores = bundle.getStores();
      if (stores.getTrustStore() != null) {
        pem.trustCertificates = pem.writeTrust(stores.getTrustStore());
      }
      if (stores.getKeyStore() != null) {
        pem.writeKey(stores.getKeyStore(), stores.getKeyStorePassword(), bundle.getKey());
      }
      return pem;
    } catch (GeneralSecurityException | IOException | RuntimeException e) {
      pem.close();
      throw new IllegalStateException(
          "Slotwise: cannot use SSL bundle '" + name + "' for TLS: " + e.getMessage(), e);
    }
  }

  private static Path createDirectory() {
    try {
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        return Files.createTempDirectory(
            "slotwise-tls-",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      return Files.createTempDirectory("slotwise-tls-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a folder for the TLS files", e);
    }
  }

  private Path writeTrust(KeyStore trust) throws GeneralSecurityException, IOException {
    StringBuilder out = new StringBuilder();
    for (String alias : Collections.list(trust.aliases())) {
      Certificate cert = trust.getCertificate(alias);
      if (cert != null) {
        append(out, "CERTIFICATE", cert.getEncoded());
      }
    }
    return out.length() == 0 ? null : write("trust.pem", out);
  }

  private void writeKey(KeyStore store, String storePassword, SslBundleKey bundleKey)
      throws GeneralSecurityException, IOException {
    String alias = bundleKey != null ? bundleKey.getAlias() : null;
    if (alias == null) {
      for (String a : Collections.list(store.aliases())) {
        if (store.isKeyEntry(a)) {
          alias = a;
          break;
        }
      }
    }
    if (alias == null) {
      return;
    }
    String keyPassword =
        bundleKey != null && bundleKey.getPassword() != null
            ? bundleKey.getPassword()
            : storePassword;
    Key key = store.getKey(alias, keyPassword == null ? new char[0] : keyPassword.toCharArray());
    if (!(key instanceof PrivateKey) || !"PKCS#8".equals(key.getFormat())) {
      throw new IllegalStateException("key '" + alias + "' is not a PKCS#8 private key");
    }
    StringBuilder chain = new StringBuilder();
    for (Certificate cert : store.getCertificateChain(alias)) {
      append(chain, "CERTIFICATE", cert.getEncoded());
    }
    StringBuilder pk = new StringBuilder();
    append(pk, "PRIVATE KEY", key.getEncoded());
    clientCertificate = write("client.pem", chain);
    clientKey = write("client-key.pem", pk);
  }

  private static void append(StringBuilder out, String type, byte[] der) {
    out.append("-----BEGIN ").append(type).append("-----\n");
    out.append(PEM.encodeToString(der)).append('\n');
    out.append("-----END ").append(type).append("-----\n");
  }

  private Path write(String file, CharSequence text) throws IOException {
    return Files.writeString(directory.resolve(file), text, StandardCharsets.US_ASCII);
  }

  Path trustCertificates() {
    return trustCertificates;
  }

  Path clientCertificate() {
    return clientCertificate;
  }

  Path clientKey() {
    return clientKey;
  }

  /** Deletes the files and their folder. Idempotent. */
  @Override
  public void close() {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + directory, e);
    }
  }
}
