package io.slotwise;

import io.slotwise.internal.config.OptionChecks;
import java.time.Duration;

/**
 * How long the client waits. Immutable and thread-safe.
 *
 * @param connectTimeout bound on one connect (TCP, TLS and handshake), and on each step of the
 *     client's start-up; positive. Default {@link #DEFAULT_CONNECT_TIMEOUT}.
 * @param commandTimeout deadline of one command, retries and redirects included; positive. Default
 *     {@link #DEFAULT_COMMAND_TIMEOUT}.
 */
public record Timeouts(Duration connectTimeout, Duration commandTimeout) {

  /** A connect and handshake on a LAN take milliseconds; 2 s tolerates a busy node. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);

  /**
   * Long enough to ride out a failover election, short enough to fail before a user's HTTP timeout.
   */
  public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(2);

  /** Validates both timeouts. */
  public Timeouts {
    OptionChecks.positive(connectTimeout, "connectTimeout");
    OptionChecks.positive(commandTimeout, "commandTimeout");
  }

  /** The defaults: {@link #DEFAULT_CONNECT_TIMEOUT} and {@link #DEFAULT_COMMAND_TIMEOUT}. */
  public static Timeouts defaults() {
    return new Timeouts(DEFAULT_CONNECT_TIMEOUT, DEFAULT_COMMAND_TIMEOUT);
  }

  /** A copy with {@code connectTimeout} replaced, validated like the constructor. */
  public Timeouts withConnectTimeout(Duration connectTimeout) {
    return new Timeouts(connectTimeout, commandTimeout);
  }

  /** A copy with {@code commandTimeout} replaced, validated like the constructor. */
  public Timeouts withCommandTimeout(Duration commandTimeout) {
    return new Timeouts(connectTimeout, commandTimeout);
  }
}
