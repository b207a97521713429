package io.slotwise.internal.config;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseConfig;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Parses {@code redis[s]://[[user]:password@]host[:port][/db][?options]} for {@link
 * io.slotwise.RedisUri}, which documents the accepted forms. By hand rather than with {@link
 * java.net.URI}, so that every error names the part that was wrong and never shows the password.
 * Stateless.
 */
public final class UriParser {
  private UriParser() {}

  /** What a URI says; {@code null} for what it does not say. */
  public record Parsed(
      boolean tls,
      HostAndPort address,
      String username,
      String password,
      Integer database,
      Duration timeout,
      String clientName,
      SlotwiseConfig.Protocol protocol,
      Boolean verifyHostname) {}

  /** Parses {@code uri}; see {@link io.slotwise.RedisUri}. */
  public static Parsed parse(String uri) {
    int sep = uri.indexOf("://");
    if (sep < 0) {
      throw new IllegalArgumentException("not a URI (no scheme://): " + shown(uri));
    }
    String scheme = uri.substring(0, sep).toLowerCase(Locale.ROOT);
    if (!scheme.equals("redis") && !scheme.equals("rediss")) {
      throw new IllegalArgumentException(
          "unknown scheme '" + scheme + "' in " + shown(uri) + ": use redis:// or rediss://");
    }
    String rest = uri.substring(sep + 3);
    int q = rest.indexOf('?');
    String query = q < 0 ? "" : rest.substring(q + 1);
    rest = q < 0 ? rest : rest.substring(0, q);
    int slash = rest.indexOf('/');
    String path = slash < 0 ? "" : rest.substring(slash + 1);
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    int at = authority.lastIndexOf('@');
    String userInfo = at < 0 ? null : authority.substring(0, at);
    String hostPort = authority.substring(at + 1);

    Builder b = new Builder(scheme.equals("rediss"), uri);
    b.address = address(hostPort, uri);
    if (userInfo != null) {
      userInfo(b, userInfo);
    }
    if (!path.isEmpty()) {
      b.database = database(path, "path /" + path, uri);
    }
    if (!query.isEmpty()) {
      for (String pair : query.split("&")) {
        if (!pair.isEmpty()) {
          option(b, pair);
        }
      }
    }
    if (b.verifyHostname != null && !b.tls) {
      throw new IllegalArgumentException(
          "option verifyPeer needs TLS (rediss://) in " + shown(uri));
    }
    return b.build();
  }

  private static final class Builder {
    final boolean tls;
    final String uri;
    HostAndPort address;
    String username;
    String password;
    Integer database;
    Duration timeout;
    String clientName;
    SlotwiseConfig.Protocol protocol;
    Boolean verifyHostname;

    Builder(boolean tls, String uri) {
      this.tls = tls;
      this.uri = uri;
    }

    Parsed build() {
      return new Parsed(
          tls,
          address,
          username,
          password,
          database,
          timeout,
          clientName,
          protocol,
          verifyHostname);
    }
  }

  private static HostAndPort address(String hostPort, String uri) {
    String host;
    String port = null;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("unclosed '[' in the host of " + shown(uri));
      }
      host = hostPort.substring(1, close);
      String after = hostPort.substring(close + 1);
      if (!after.isEmpty()) {
        if (!after.startsWith(":")) {
          throw new IllegalArgumentException("bad text after the host in " + shown(uri));
        }
        port = after.substring(1);
      }
    } else {
      int colon = hostPort.indexOf(':');
      if (colon >= 0 && hostPort.indexOf(':', colon + 1) >= 0) {
        throw new IllegalArgumentException(
            "an IPv6 host goes in brackets (redis://[::1]:6379): " + shown(uri));
      }
      host = colon < 0 ? hostPort : hostPort.substring(0, colon);
      port = colon < 0 ? null : hostPort.substring(colon + 1);
    }
    if (host.isBlank()) {
      throw new IllegalArgumentException("no host in " + shown(uri));
    }
    int p = io.slotwise.RedisUri.DEFAULT_PORT;
    if (port != null) {
      try {
        p = Integer.parseInt(port);
      } catch (NumberFormatException e) {
        // The port text is not echoed when a user info exists: it may be a mistyped password's.
        String text = uri.indexOf('@') >= 0 ? "" : " '" + port + "'";
        throw new IllegalArgumentException("bad port" + text + " in " + shown(uri));
      }
      if (p < 1 || p > 65535) {
        throw new IllegalArgumentException(
            "bad port " + p + " in " + shown(uri) + ": must be in 1..65535");
      }
    }
    return HostAndPort.of(host, p);
  }

  private static void userInfo(Builder b, String userInfo) {
    int colon = userInfo.indexOf(':');
    String user = colon < 0 ? "" : userInfo.substring(0, colon);
    String pass = colon < 0 ? userInfo : userInfo.substring(colon + 1);
    if (pass.isEmpty()) {
      throw new IllegalArgumentException(
          "empty password in the user info of " + shown(b.uri) + ": give user:password@");
    }
    b.username = user.isEmpty() ? null : decode(user, "user");
    b.password = decode(pass, "password");
  }

  private static Integer database(String text, String part, String uri) {
    try {
      int db = Integer.parseInt(text);
      if (db >= 0) {
        return db;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "bad database in the " + part + " of " + shown(uri) + ": must be a number >= 0");
  }

  private static void option(Builder b, String pair) {
    int eq = pair.indexOf('=');
    String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
    String value = eq < 0 ? "" : decode(pair.substring(eq + 1), "option " + name);
    if (value.isEmpty()) {
      throw new IllegalArgumentException("option " + name + " has no value in " + shown(b.uri));
    }
    switch (name) {
      case "timeout" -> b.timeout = duration(value, b.uri);
      case "clientname", "client_name" -> b.clientName = value;
      case "database", "db" -> {
        Integer db = database(value, "option " + name, b.uri);
        if (b.database != null && !b.database.equals(db)) {
          throw new IllegalArgumentException(
              "the path says database "
                  + b.database
                  + " but option "
                  + name
                  + " says "
                  + db
                  + " in "
                  + shown(b.uri));
        }
        b.database = db;
      }
      case "protocol" -> b.protocol = protocol(value, b.uri);
      case "verifypeer", "verify_peer" -> b.verifyHostname = verifyHostname(value, b.uri);
      default ->
          throw new IllegalArgumentException(
              "unknown option '"
                  + name
                  + "' in "
                  + shown(b.uri)
                  + " (known: timeout, clientName, database, protocol, verifyPeer)");
    }
  }

  private static Duration duration(String value, String uri) {
    String v = value.toLowerCase(Locale.ROOT);
    int digits = 0;
    while (digits < v.length() && Character.isDigit(v.charAt(digits))) {
      digits++;
    }
    String unit = v.substring(digits);
    ChronoUnit u =
        switch (unit) {
          case "", "s" -> ChronoUnit.SECONDS;
          case "ns" -> ChronoUnit.NANOS;
          case "us" -> ChronoUnit.MICROS;
          case "ms" -> ChronoUnit.MILLIS;
          case "m" -> ChronoUnit.MINUTES;
          case "h" -> ChronoUnit.HOURS;
          case "d" -> ChronoUnit.DAYS;
          default -> null;
        };
    if (digits == 0 || u == null) {
      throw new IllegalArgumentException(
          "bad timeout '" + value + "' in " + shown(uri) + ": a number and ns|us|ms|s|m|h|d");
    }
    try {
      Duration d = Duration.of(Long.parseLong(v.substring(0, digits)), u);
      if (d.isZero()) {
        throw new IllegalArgumentException("timeout must be positive in " + shown(uri));
      }
      return d;
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("bad timeout '" + value + "' in " + shown(uri));
    }
  }

  private static SlotwiseConfig.Protocol protocol(String value, String uri) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "2", "resp2" -> SlotwiseConfig.Protocol.RESP2;
      case "3", "resp3" -> SlotwiseConfig.Protocol.RESP3;
      case "auto" -> SlotwiseConfig.Protocol.AUTO;
      default ->
          throw new IllegalArgumentException(
              "bad protocol '" + value + "' in " + shown(uri) + ": 2, 3, resp2, resp3 or auto");
    };
  }

  private static Boolean verifyHostname(String value, String uri) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "full", "true" -> Boolean.TRUE;
      case "ca", "false" -> Boolean.FALSE;
      default ->
          throw new IllegalArgumentException(
              "bad verifyPeer '"
                  + value
                  + "' in "
                  + shown(uri)
                  + ": FULL or CA (certificates are always checked; NONE is not supported)");
    };
  }

  /**
   * The URI for messages: everything between {@code ://} and the last {@code @} replaced, so a
   * password never shows (even one with an unencoded {@code /} or {@code ?} in it).
   */
  static String shown(String uri) {
    int sep = uri.indexOf("://");
    int at = uri.lastIndexOf('@');
    if (sep < 0 || at < sep) {
      return "'" + uri + "'";
    }
    return "'" + uri.substring(0, sep + 3) + "<user info>" + uri.substring(at) + "'";
  }

  /** Percent-decoding ({@code +} stays a plus, unlike form encoding). */
  static String decode(String text, String part) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '%') {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      int hi = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
      int lo = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
      if (hi < 0 || lo < 0) {
        throw new IllegalArgumentException("bad percent-encoding in the " + part + " of a URI");
      }
      out.write(hi * 16 + lo);
      i += 2;
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
