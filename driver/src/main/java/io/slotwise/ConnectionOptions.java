package io.slotwise;

import io.slotwise.internal.config.OptionChecks;
import java.time.Duration;

/**
 * How each connection to a node is set up and kept: the RESP version, database and client name its
 * handshake asks for, the backoff between reconnects, and the bounds on what it holds. Immutable
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
 *     connection; past it a new command waits for room or is refused (see {@code waitWhenFull}); in
 *     1..10,000,000. Default {@link #DEFAULT_MAX_IN_FLIGHT_PER_NODE}.
 * @param maxBytesInFlightPerNode encoded bytes of the commands queued and awaiting replies on one
 *     node's connection; past it a new command waits for room or is refused, like at {@code
 *     maxInFlightPerNode}. A command is admitted while the count before it is below the bound, so
 *     one command larger than the bound still goes out on an idle connection. In 1..2^40. Default
 *     {@link #DEFAULT_MAX_BYTES_IN_FLIGHT_PER_NODE}.
 * @param waitWhenFull what a command finds at one of the two bounds: {@code true} (the default)
 *     makes the calling application thread wait for room until the command's deadline, then fail
 *     with {@link RedisBackpressureException}; {@code false} fails it at once (fail-fast). A
 *     command sent from an I/O thread (a callback of a future) or by a retry never waits: it fails
 *     at once either way.
 * @param syncConnectionsPerNode how many sync calls in progress at once do their own I/O: the
 *     calling thread writes its command to a blocking connection of the node and reads the reply
 *     itself, waking no I/O thread (Jedis's model, beside the multiplexed connection), while the
 *     node's multiplexed connection has nothing queued or in flight; also the most such connections
 *     per node. Further concurrent sync calls share the multiplexed connection, where batching
 *     serves many callers better. Not with TLS. In 0..1024, 0 turns it off. Default {@link
 *     #DEFAULT_SYNC_CONNECTIONS_PER_NODE}.
 */
public record ConnectionOptions(
    SlotwiseConfig.Protocol protocol,
    int database,
    String clientName,
    Duration reconnectMinDelay,
    Duration reconnectMaxDelay,
    int maxInFlightPerNode,
    long maxBytesInFlightPerNode,
    boolean waitWhenFull,
    int syncConnectionsPerNode) {

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

  /**
   * 64 MiB: many times what a healthy node has on the wire at once (it answers within
   * milliseconds), small enough that a slow or hung node cannot make the client hold gigabytes of
   * large values.
   */
  public static final long DEFAULT_MAX_BYTES_IN_FLIGHT_PER_NODE = 64L * 1024 * 1024;

  /**
   * One: a lone sync caller — the case the multiplexed connection serves worst, with nothing to
   * batch with — does its own I/O; two or more concurrent sync calls share the multiplexed
   * connection (measured: with 16 threads, links for up to 8 of them were slower than none).
   */
  public static final int DEFAULT_SYNC_CONNECTIONS_PER_NODE = 1;

  /** The largest {@code syncConnectionsPerNode} accepted. */
  public static final int MAX_SYNC_CONNECTIONS_PER_NODE = 1024;

  /** The largest {@code maxBytesInFlightPerNode} accepted (1 TiB). */
  public static final long MAX_BYTES_IN_FLIGHT_LIMIT = 1L << 40;

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
    if (maxBytesInFlightPerNode < 1 || maxBytesInFlightPerNode > MAX_BYTES_IN_FLIGHT_LIMIT) {
      throw new IllegalArgumentException(
          "maxBytesInFlightPerNode must be in 1.."
              + MAX_BYTES_IN_FLIGHT_LIMIT
              + ", got "
              + maxBytesInFlightPerNode);
    }
    OptionChecks.inRange(
        syncConnectionsPerNode, 0, MAX_SYNC_CONNECTIONS_PER_NODE, "syncConnectionsPerNode");
  }

  /**
   * The options as they were before the caller-thread connections: {@link
   * #DEFAULT_SYNC_CONNECTIONS_PER_NODE}.
   */
  public ConnectionOptions(
      SlotwiseConfig.Protocol protocol,
      int database,
      String clientName,
      Duration reconnectMinDelay,
      Duration reconnectMaxDelay,
      int maxInFlightPerNode,
      long maxBytesInFlightPerNode,
      boolean waitWhenFull) {
    this(
        protocol,
        database,
        clientName,
        reconnectMinDelay,
        reconnectMaxDelay,
        maxInFlightPerNode,
        maxBytesInFlightPerNode,
        waitWhenFull,
        DEFAULT_SYNC_CONNECTIONS_PER_NODE);
  }

  /**
   * The options as they were before the byte bound and the waiting: {@link
   * #DEFAULT_MAX_BYTES_IN_FLIGHT_PER_NODE} and {@code waitWhenFull == true}.
   */
  public ConnectionOptions(
      SlotwiseConfig.Protocol protocol,
      int database,
      String clientName,
      Duration reconnectMinDelay,
      Duration reconnectMaxDelay,
      int maxInFlightPerNode) {
    this(
        protocol,
        database,
        clientName,
        reconnectMinDelay,
        reconnectMaxDelay,
        maxInFlightPerNode,
        DEFAULT_MAX_BYTES_IN_FLIGHT_PER_NODE,
        true,
        DEFAULT_SYNC_CONNECTIONS_PER_NODE);
  }

  /** RESP version negotiated, database 0, no name, and the {@code DEFAULT_*} constants. */
  public static ConnectionOptions defaults() {
    return new ConnectionOptions(
        SlotwiseConfig.Protocol.AUTO,
        0,
        null,
        DEFAULT_RECONNECT_MIN_DELAY,
        DEFAULT_RECONNECT_MAX_DELAY,
        DEFAULT_MAX_IN_FLIGHT_PER_NODE,
        DEFAULT_MAX_BYTES_IN_FLIGHT_PER_NODE,
        true,
        DEFAULT_SYNC_CONNECTIONS_PER_NODE);
  }

  /** A copy with {@code protocol} replaced, validated like the constructor. */
  public ConnectionOptions withProtocol(SlotwiseConfig.Protocol protocol) {
    return new ConnectionOptions(
        protocol,
        database,
        clientName,
        reconnectMinDelay,
        reconnectMaxDelay,
        maxInFlightPerNode,
        maxBytesInFlightPerNode,
        waitWhenFull,
        syncConnectionsPerNode);
  }

  /** A copy with {@code database} replaced, validated like the constructor. */
  public ConnectionOptions withDatabase(int database) {
    return new ConnectionOptions(
        protocol,
        database,
        clientName,
        reconnectMinDelay,
        reconnectMaxDelay,
        maxInFlightPerNode,
        maxBytesInFlightPerNode,
        waitWhenFull,
        syncConnectionsPerNode);
  }

  /** A copy with {@code clientName} replaced, validated like the constructor. */
  public ConnectionOptions withClientName(String clientName) {
    return new ConnectionOptions(
        protocol,
        database,
        clientName,
        reconnectMinDelay,
        reconnectMaxDelay,
        maxInFlightPerNode,
        maxBytesInFlightPerNode,
        waitWhenFull,
        syncConnectionsPerNode);
  }

  /** A copy with both bounds of the reconnect backoff. */
  public ConnectionOptions withReconnectDelay(Duration min, Duration max) {
    return new ConnectionOptions(
        protocol,
        database,
        clientName,
        min,
        max,
        maxInFlightPerNode,
        maxBytesInFlightPerNode,
        waitWhenFull,
        syncConnectionsPerNode);
  }

  /** A copy with {@code maxInFlightPerNode} replaced, validated like the constructor. */
  public ConnectionOptions withMaxInFlightPerNode(int maxInFlightPerNode) {
    return new ConnectionOptions(
        protocol,
        database,
        clientName,
        reconnectMinDelay,
        reconnectMaxDelay,
        maxInFlightPerNode,
        maxBytesInFlightPerNode,
        waitWhenFull,
        syncConnectionsPerNode);
  }

  /** A copy with {@code maxBytesInFlightPerNode} replaced, validated like the constructor. */
  public ConnectionOptions withMaxBytesInFlightPerNode(long maxBytesInFlightPerNode) {
    return new ConnectionOptions(
        protocol,
        database,
        clientName,
        reconnectMinDelay,
        reconnectMaxDelay,
        maxInFlightPerNode,
        maxBytesInFlightPerNode,
        waitWhenFull,
        syncConnectionsPerNode);
  }

  /** A copy with {@code waitWhenFull} replaced. */
  public ConnectionOptions withWaitWhenFull(boolean waitWhenFull) {
    return new ConnectionOptions(
        protocol,
        database,
        clientName,
        reconnectMinDelay,
        reconnectMaxDelay,
        maxInFlightPerNode,
        maxBytesInFlightPerNode,
        waitWhenFull,
        syncConnectionsPerNode);
  }

  /** A copy with {@code syncConnectionsPerNode} replaced, validated like the constructor. */
  public ConnectionOptions withSyncConnectionsPerNode(int syncConnectionsPerNode) {
    return new ConnectionOptions(
        protocol,
        database,
        clientName,
        reconnectMinDelay,
        reconnectMaxDelay,
        maxInFlightPerNode,
        maxBytesInFlightPerNode,
        waitWhenFull,
        syncConnectionsPerNode);
  }
}
