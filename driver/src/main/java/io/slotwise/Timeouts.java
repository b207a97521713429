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
 * @param failoverBudget how long after its start a command may wait for a failover (Redis Cluster):
 *     while the master of its slot is unreachable or hung, while its slot has no master, while the
 *     cluster answers {@code CLUSTERDOWN}, a command that was not written to the failed master —
 *     and a read or idempotent write that was, but got no reply — is held and sent to the promoted
 *     replica, failing only when this budget (not the command timeout) runs out. A command written
 *     to the failed master that is not safe to resend fails with {@link
 *     RedisOutcomeUnknownException} once the command timeout passes without a reply. Takes effect
 *     only when longer than {@code commandTimeout}; positive. Default {@link
 *     #DEFAULT_FAILOVER_BUDGET}.
 */
public record Timeouts(Duration connectTimeout, Duration commandTimeout, Duration failoverBudget) {

  /** A connect and handshake on a LAN take milliseconds; 2 s tolerates a busy node. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);

  /**
   * Long enough for a busy node, short enough to fail before a user's HTTP timeout; a failover is
   * waited out within {@link #DEFAULT_FAILOVER_BUDGET} instead.
   */
  public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(2);

  /**
   * Covers a failover of a cluster with Redis's default {@code cluster-node-timeout} (15 s): the
   * node timeout until the master is marked failed, then the election (0.5 to 1 s, plus 1 s per
   * better-ranked replica) and one topology refresh of the client. Lower it to about {@code
   * cluster-node-timeout + 3 s} for a cluster with a shorter node timeout.
   */
  public static final Duration DEFAULT_FAILOVER_BUDGET = Duration.ofSeconds(20);

  /** Validates the three timeouts. */
  public Timeouts {
    OptionChecks.positive(connectTimeout, "connectTimeout");
    OptionChecks.positive(commandTimeout, "commandTimeout");
    OptionChecks.positive(failoverBudget, "failoverBudget");
  }

  /** The two timeouts, with {@link #DEFAULT_FAILOVER_BUDGET}. */
  public Timeouts(Duration connectTimeout, Duration commandTimeout) {
    this(connectTimeout, commandTimeout, DEFAULT_FAILOVER_BUDGET);
  }

  /**
   * The defaults: {@link #DEFAULT_CONNECT_TIMEOUT}, {@link #DEFAULT_COMMAND_TIMEOUT}, {@link
   * #DEFAULT_FAILOVER_BUDGET}.
   */
  public static Timeouts defaults() {
    return new Timeouts(DEFAULT_CONNECT_TIMEOUT, DEFAULT_COMMAND_TIMEOUT, DEFAULT_FAILOVER_BUDGET);
  }

  /** A copy with {@code connectTimeout} replaced, validated like the constructor. */
  public Timeouts withConnectTimeout(Duration connectTimeout) {
    return new Timeouts(connectTimeout, commandTimeout, failoverBudget);
  }

  /** A copy with {@code commandTimeout} replaced, validated like the constructor. */
  public Timeouts withCommandTimeout(Duration commandTimeout) {
    return new Timeouts(connectTimeout, commandTimeout, failoverBudget);
  }

  /** A copy with {@code failoverBudget} replaced, validated like the constructor. */
  public Timeouts withFailoverBudget(Duration failoverBudget) {
    return new Timeouts(connectTimeout, commandTimeout, failoverBudget);
  }

  /**
   * The longest a command may take before failing: the larger of the command timeout and budget.
   */
  public Duration longestWait() {
    return failoverBudget.compareTo(commandTimeout) > 0 ? failoverBudget : commandTimeout;
  }
}
