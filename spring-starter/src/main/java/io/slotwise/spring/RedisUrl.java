package io.slotwise.spring;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * {@code spring.data.redis.url} taken apart as Spring Boot does: {@code
 * redis[s]://[[username]:password@]host[:port][/database]}. {@code rediss} means TLS; user info
 * without a colon is a password; the port defaults to 6379. Immutable.
 *
 * @param address the server as host:port (IPv6 hosts in brackets)
 * @param username the ACL user, or null
 * @param password the password, or null
 * @param database the database number from the path, or null when the path names none
 * @param ssl whether the scheme is {@code rediss}
 */
record RedisUrl(String address, String username, String password, Integer database, boolean ssl) {
  static final String PROPERTY = "spring.data.redis.url";
  private static final int DEFAULT_PORT = 6379;

  /**
   * @throws IllegalStateException naming the property when {@code url} is not a redis URL
   */
  static RedisUrl parse(String url) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw invalid(url, e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("redis") && !scheme.equals("rediss")) {
      throw invalid(url, "the scheme must be redis or rediss");
    }
    if (uri.getHost() == null) {
      throw invalid(url, "no host");
    }
    String host = uri.getHost();
    int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
    String username = null;
    String password = null;
    String userInfo = uri.getUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      if (colon < 0) {
        password = userInfo;
      } else {
        username = colon == 0 ? null : userInfo.substring(0, colon);
        password = userInfo.substring(colon + 1);
      }
    }
    return new RedisUrl(
        host + ":" + port,
        username,
        password,
        database(url, uri.getPath()),
        scheme.equals("rediss"));
  }

  private static Integer database(String url, String path) {
    if (path == null || path.isEmpty() || path.equals("/")) {
      return null;
    }
    try {
      return Integer.parseInt(path.substring(1));
    } catch (NumberFormatException e) {
      throw invalid(url, "the path must be a database number, got '" + path + "'");
    }
  }

  private static IllegalStateException invalid(String url, String why) {
    // The URL may hold a password: name the property, not its value.
    return new IllegalStateException("Slotwise: " + PROPERTY + " is not a valid Redis URL: " + why);
  }
}
