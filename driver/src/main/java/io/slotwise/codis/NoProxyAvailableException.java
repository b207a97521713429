package io.slotwise.codis;

import io.slotwise.RedisConnectionException;

/**
 * No Codis proxy can take a command right now: none is registered online under the ZooKeeper path
 * (or in the static list), or every registered one was ejected after failing. The command was not
 * sent. The message names the path, so that a wrong product name or layout is easy to spot.
 */
public final class NoProxyAvailableException extends RedisConnectionException {
  private static final long serialVersionUID = 1L;

  private final String source;

  /**
   * Creates the exception; the message is {@code no Codis proxy available from <source>: <detail>}.
   *
   * @param source where proxies are looked up (see {@link #source()})
   * @param detail why none is available
   */
  public NoProxyAvailableException(String source, String detail) {
    super("no Codis proxy available from " + source + ": " + detail);
    this.source = source;
  }

  /**
   * Creates the exception with its cause; see the other constructor.
   *
   * @param source where proxies are looked up (see {@link #source()})
   * @param detail why none is available
   * @param cause the failure of the lookup
   */
  public NoProxyAvailableException(String source, String detail, Throwable cause) {
    super("no Codis proxy available from " + source + ": " + detail, cause);
    this.source = source;
  }

  /**
   * Where proxies are looked up: {@code zookeeper <connect><path>} or {@code static list [...]}.
   */
  public String source() {
    return source;
  }
}
