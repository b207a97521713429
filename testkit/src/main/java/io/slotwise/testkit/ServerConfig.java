package io.slotwise.testkit;

import java.nio.file.Path;

/** Renders the {@code redis.conf} every test server starts from. */
public final class ServerConfig {
  private ServerConfig() {}

  static String render(Path dir, int port, TestCertificates certs) {
    StringBuilder sb = new StringBuilder();
    line(sb, "bind 127.0.0.1");
    if (certs == null) {
      line(sb, "port " + port);
    } else {
      line(sb, "port 0");
      line(sb, "tls-port " + port);
      line(sb, "tls-cert-file " + quote(certs.serverCert()));
      line(sb, "tls-key-file " + quote(certs.serverKey()));
      line(sb, "tls-ca-cert-file " + quote(certs.caCert()));
    }
    line(sb, "dir " + quote(dir));
    line(sb, "logfile " + quote(dir.resolve("redis.log")));
    line(sb, "daemonize no");
    line(sb, "protected-mode no");
    line(sb, "save \"\"");
    line(sb, "appendonly no");
    // Replicas of an empty master sync at once instead of waiting for more replicas (default 5 s).
    line(sb, "repl-diskless-sync yes");
    line(sb, "repl-diskless-sync-delay 0");
    if (RedisBinary.get().majorVersion() >= 7) {
      line(sb, "enable-debug-command local");
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String text) {
    sb.append(text).append('\n');
  }

  private static String quote(Path p) {
    return '"' + p.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
