package io.slotwise;

import io.slotwise.internal.config.OptionChecks;
import java.time.Duration;

/**
 * How each connection to a node is set up and kept: the RESP version, database and client name its
 * handshake asks for, the backoff between reconnects, and the bound on commands it holds. Immutable
 * and thread-safe.
 *
 * @param protocol which RESP version to speak; default {@link SlotwiseConfig.Protocol#AUTO} ({@code
 *     HELLO 3}, falling back to RESP2). Codis proxies always get RESP2.
 * @param database the database to {@code SELECT} after connecting, {@code >= 0}; default 0 (no
 *     {@code SELECT}). Redis Cluster has database 0 only.
 * @param clientName the name given with {@code CLIENT SETNAME}, non-empty and without spaces, or
 *     {@code null} (the default) for none
 * @param reconnectMinDelay first delay of the capped exponential backoff (with jitter) after a
 *     connection broke; positive, at most {@code reconnectMaxDelay}. Default {@link
 *     #DEFAULT_RECONNECT_MIN_DELAY}.
 * @param reconnectMaxDelay the backoff's cap; positive. Default {@link
 *     #DEFAULT_RECONNECT_MAX_DELAY}.
 * @param maxInFlightPerNode commands queued and awaiting replies on one node's multiplexed
 *     connection before new ones fail at once with {@link RedisBackpressureException}; in
 *     1..10,000,000. Default {@link #DEFAULT_MAX_IN_FLIGHT_PER_NODE}.
 */
public record ConnectionOptions(
    SlotwiseConfig.Protocol protocol,
    int database,
    String clientName,
    Duration reconnectMinDelay,
    Duration reconnectMaxDelay,
    int maxInFlightPerNode) {

  /** A reconnect after a blip should be quick. */
  public static final Duration DEFAULT_RECONNECT_MIN_DELAY = Duration.ofMillis(50);

  /** A node that stays down is tried every few seconds, not hammered. */
  public static final Duration DEFAULT_RECONNECT_MAX_DELAY = Duration.ofSeconds(5);

  /**
   * Far above what a healthy node has in flight (a few hundred under heavy load), low enough that a
   * hung node cannot hold more than a few MB of requests.
   */
  public static final int DEFAULT_MAX_IN_FLIGHT_PER_NODE = 10_000;

  /** The largest {@code maxInFlightPerNode} accepted. */
  public static final int MAX_IN_FLIGHT_LIMIT = 10_000_000;

  /** Validates every component; see the record description for the accepted values. */
  public ConnectionOptions {
    OptionChecks.notNull(protocol, "protocol");
    OptionChecks.atLeast(database, 0, "database");
    if (clientName != null && (clientName.isEmpty() || clientName.contains(" "))) {
      throw new IllegalArgumentException(
          "clientName must be non-empty without spaces, got '" + clientName + "'");
    }
    OptionChecks.positive(reconnectMinDelay, "reconnectMinDelay");
    OptionChecks.positive(reconnectMaxDelay, "reconnectMaxDelay");
    OptionChecks.ordered(reconnectMinDelay, reconnectMaxDelay, "reconnect");
    OptionChecks.inRange(maxInFlightPerNode, 1, MAX_IN_FLIGHT_LIMIT, "maxInFlightPerNode");
  }

  /** RESP version negotiated, database 0, no name, and the {@code DEFAULT_*} constants. */
  public static ConnectionOptions defaults() {
    return new ConnectionOptions(
        SlotwiseConfig.Protocol.AUTO,
        0,
        null,
        DEFAULT_RECONNECT_MIN_DELAY,
        DEFAULT_RECONNECT_MAX_DELAY,
        DEFAULT_MAX_IN_FLIGHT_PER_NODE);
  }

  /** A copy with {@code protocol} replaced, validated like the constructor. */
  public ConnectionOptions withProtocol(SlotwiseConfig.Protocol protocol) {
    return new ConnectionOptions(
        protocol, database, clientName, reconnectMinDelay, reconnectMaxDelay, maxInFlightPerNode);
  }

  /** A copy with {@code database} replaced, validated like the constructor. */
  public ConnectionOptions withDatabase(int database) {
    return new ConnectionOptions(
        protocol, database, clientName, reconnectMinDelay, reconnectMaxDelay, maxInFlightPerNode);
  }

  /** A copy with {@code clientName} replaced, validated like the constructor. */
  public ConnectionOptions withClientName(String clientName) {
    return new ConnectionOptions(
        protocol, database, clientName, reconnectMinDelay, reconnectMaxDelay, maxInFlightPerNode);
  }

  /** A copy with both bounds of the reconnect backoff. */
  public ConnectionOptions withReconnectDelay(Duration min, Duration max) {
    return new ConnectionOptions(protocol, database, clientName, min, max, maxInFlightPerNode);
  }

  /** A copy with {@code maxInFlightPerNode} replaced, validated like the constructor. */
  public ConnectionOptions withMaxInFlightPerNode(int maxInFlightPerNode) {
    return new ConnectionOptions(
        protocol, database, clientName, reconnectMinDelay, reconnectMaxDelay, maxInFlightPerNode);
  }
}
