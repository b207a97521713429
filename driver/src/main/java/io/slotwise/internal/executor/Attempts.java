package io.slotwise.internal.executor;

import io.slotwise.HostAndPort;
import io.slotwise.RedisOutcomeUnknownException;
import io.slotwise.RedisRedirectionException;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.cluster.SlotHash;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The attempts of one unit of work — a command, a transaction, a subscribe command — through the
 * {@link RetryLoop}: the one place where an outcome becomes a decision and a decision is carried
 * out.
 *
 * <p>Reading order: the caller sends and says so ({@link #sending}); an outcome comes back ({@link
 * #onReply}, {@link #onFailure}, {@link #onNoConnection}); {@link RetryPolicy} decides; {@link
 * #follow} carries the decision out — the redirect and retry counts, the counters and the recorder,
 * the router told of {@code MOVED}, {@code ASK} and failed nodes, the backoff, the bounds
 * (redirects, attempts, deadline) — and hands the caller a {@link FollowUp}: complete, fail, or
 * send again (where, when, with {@code ASKING} or not). The caller only sends. Failures reach the
 * caller's future through {@link #fail}, so that every failure is counted the same way.
 *
 * <p>Not thread-safe for its attempts, which run one after the other (the next one starts only
 * after the previous outcome, on the caller's thread, an event loop or the scheduler). What a
 * deadline reads at any time — the step in flight, its node, the nodes tried, the last error — is
 * volatile.
 */
public final class Attempts {

  /** How a unit can be resent after {@code ASK}. */
  enum Unit {
    /** One command: resent at once to the {@code ASK} target, {@code ASKING} just before it. */
    COMMAND(true),
    /**
     * A unit that cannot be preceded by {@code ASKING} (a {@code WATCH} with its {@code
     * MULTI}/{@code EXEC} block, a subscribe command): after {@code ASK} it is sent again to the
     * slot's owner after a backoff, as after {@code TRYAGAIN}, while the migration proceeds.
     */
    BLOCK(false);

    final boolean asking;

    Unit(boolean asking) {
      this.asking = asking;
    }
  }

  /**
   * Retries of a split slot back off from the minimum delay for this many doublings only (10, 20,
   * 40 ms by default): the slot becomes whole when its last keys move, which is worth noticing
   * soon; the deadline bounds the wait.
   */
  static final int SPLIT_SLOT_GROWTH = 2;

  private final RetryLoop loop;
  private final String name;
  private final byte[] key;
  private final Unit unit;
  private final int maxAttempts;
  private final long startNanos;
  private volatile long deadlineNanos;
  // Whether the last retry was for a failover cause (see RetryPolicy.waitsOutFailover): then the
  // deadline may move to the failover budget.
  private volatile boolean failoverCause;
  // Whether the last decision was to let the deadline end the unit (a retry would start after it).
  private volatile boolean stalled;
  private int attempts = 1;
  private int redirects;
  private int retries;
  // Resends caused by a slot being migrated (ASK, TRYAGAIN): bounded by the redirect count and the
  // deadline, not by maxAttempts.
  private int migrationWaits;
  private boolean stepFollowsAsk;
  private RetryStep.Cause lastCause;
  private volatile String step;
  private volatile NodeConnection current;
  private volatile boolean awaitingReply;
  private volatile Throwable lastError;
  private volatile String lastReason;
  // The nodes tried, for messages: the first, then each further one without immediate repeats —
  // copied on write, since redirects are rare and the first node is all nearly every unit records.
  // Written by one attempt at a time, read at any time (a deadline may fire concurrently).
  private volatile HostAndPort firstNode;
  private volatile List<HostAndPort> laterNodes = List.of();

  Attempts(
      RetryLoop loop,
      String name,
      byte[] key,
      Unit unit,
      int maxAttempts,
      long startNanos,
      long deadlineNanos) {
    this.loop = loop;
    this.name = name;
    this.key = key;
    this.unit = unit;
    this.maxAttempts = maxAttempts;
    this.startNanos = startNanos;
    this.deadlineNanos = deadlineNanos;
    this.step = name;
  }

  long deadlineNanos() {
    return deadlineNanos;
  }

  long startNanos() {
    return startNanos;
  }

  /** Whether the unit was sent and its reply is awaited (rather than waiting to be sent again). */
  boolean isAwaitingReply() {
    return awaitingReply;
  }

  /**
   * At the deadline, between attempts: when the unit waits because of a failover (its node
   * unreachable or hung, its slot without master, the cluster down), its deadline moves to {@code
   * budgetNanos} after its start.
   *
   * @return whether the deadline is now later than {@code now}
   */
  /**
   * Whether the unit was left for its deadline to end (nothing scheduled to send it again); clears
   * it. After {@link #extendForFailover} the caller then sends it again itself.
   */
  /** Whether the last retry was for a failover cause (so the unit may get the failover budget). */
  boolean waitsOutFailover() {
    return failoverCause;
  }

  /** The unit was queued, unsent, behind commands that wait out a failover: it waits for it too. */
  void waitsBehindFailover() {
    failoverCause = true;
  }

  boolean takeStalled() {
    boolean was = stalled;
    stalled = false;
    return was;
  }

  boolean extendForFailover(long now, long budgetNanos) {
    if (awaitingReply || !failoverCause) {
      return false;
    }
    long extended = startNanos + budgetNanos;
    if (extended > deadlineNanos) {
      deadlineNanos = extended;
    }
    return now < deadlineNanos;
  }

  /**
   * At the deadline, with the unit sent and no reply: the node is taken for hung (the router is
   * told of the timeout, and holds the node's commands until it answers again or a replica is
   * promoted). A unit safe to resend is abandoned on that node and sent again once it or its
   * successor answers, within {@code budgetNanos} from its start; any other unit may have run, so
   * it fails with {@link RedisOutcomeUnknownException}. The caller drops the abandoned attempt's
   * reply.
   *
   * @param timeoutNanos the command timeout, for the message
   */
  FollowUp abandon(long budgetNanos, long timeoutNanos, boolean retrySafe) {
    NodeConnection stuck = current;
    RedisTimeoutException timeout = timeout(timeoutNanos, "");
    awaitingReply = false;
    if (!retrySafe) {
      return new FollowUp.Fail(
          new RedisOutcomeUnknownException(
              step
                  + " was sent to "
                  + stuck.address()
                  + ", which gave no reply within "
                  + timeoutNanos / 1_000_000
                  + " ms (hung or cut off): it may or may not have run"
                  + " (not resent: at-most-once writes)",
              timeout));
    }
    long extended = startNanos + budgetNanos;
    if (extended > deadlineNanos) {
      deadlineNanos = extended;
    }
    return follow(RetryPolicy.onNodeDown(timeout), null, stuck);
  }

  /**
   * The router named {@code node} for the next attempt, but it is known to hang: nothing is sent;
   * the unit waits like after a refused connection, for the node or its successor.
   */
  FollowUp onNodeDown(NodeConnection node) {
    addNode(node.address());
    return follow(
        RetryPolicy.onNodeDown(
            new io.slotwise.RedisConnectionException(
                node.address() + " has not answered since a command to it timed out")),
        null,
        node);
  }

  /** Attempts begun so far, the first included. */
  int attempts() {
    return attempts;
  }

  /** Why the unit was last sent again (the server's refusal or the failure), or null. */
  public String lastReason() {
    return lastReason;
  }

  /** The caller is about to send the unit on {@code connection}. */
  public void sending(NodeConnection connection) {
    current = connection;
    addNode(connection.address());
    awaitingReply = true;
  }

  /**
   * Names the step of the unit now in flight on the current connection, for messages (a
   * transaction's {@code WATCH}, then its {@code MULTI}/{@code EXEC} block).
   */
  void awaiting(String step) {
    awaiting(step, false);
  }

  /**
   * Names the step now in flight, and whether an {@code ASK} to it is followed to the target with
   * {@code ASKING} even in a unit that otherwise cannot be (a transaction's {@code WATCH}: all
   * watched keys left the source, so the whole transaction can run on the target).
   */
  void awaiting(String step, boolean followsAsk) {
    this.step = step;
    this.stepFollowsAsk = followsAsk;
    awaitingReply = true;
  }

  /**
   * Whether the last resend was decided because a multi-key command met a slot split by a migration
   * ({@code TRYAGAIN}): a caller that can answer it otherwise (a multi-key read, key by key) may do
   * so instead of waiting.
   */
  boolean metSplitSlot() {
    return lastCause == RetryStep.Cause.TRYAGAIN;
  }

  /** A reply to the step in flight came back on the current connection. */
  public FollowUp onReply(Reply reply) {
    return onReply(reply, step);
  }

  /**
   * A reply came back on the current connection.
   *
   * @param command the command it answers, for messages (one of a transaction's queued commands)
   */
  FollowUp onReply(Reply reply, String command) {
    NodeConnection from = current;
    awaitingReply = false;
    loop.router().onNodeSuccess(from);
    int max = loop.maxRedirects();
    return follow(RetryPolicy.onReply(reply, from.address(), redirects, max, command), reply, from);
  }

  /**
   * The current connection failed before the reply.
   *
   * @param written whether the unit may have reached the server
   * @param retrySafe whether running it twice is harmless
   */
  public FollowUp onFailure(Throwable cause, boolean written, boolean retrySafe) {
    NodeConnection from = current;
    awaitingReply = false;
    if (from != null && !(cause instanceof SlotwiseClosedException)) {
      loop.router().onNodeFailure(from, cause, false);
    }
    return follow(RetryPolicy.onFailure(cause, written, retrySafe), null, from);
  }

  /**
   * No connection could be had for the next attempt; nothing was sent.
   *
   * @param waited whether getting one already waited its own bound (see {@link
   *     RetryPolicy#onNoConnection})
   */
  FollowUp onNoConnection(RuntimeException cause, boolean waited) {
    return follow(RetryPolicy.onNoConnection(cause, waited), null, current);
  }

  /** Carries out one decision of the policy. */
  private FollowUp follow(RetryStep decision, Reply reply, NodeConnection from) {
    if (decision instanceof RetryStep.Complete) {
      return FollowUp.COMPLETE;
    }
    lastCause = decision instanceof RetryStep.RetryLater later ? later.cause() : null;
    boolean migration = decision.isMigration();
    if (attempts - migrationWaits >= maxAttempts && decision.sendsAgain() && !migration) {
      return new FollowUp.Fail(
          new RedisRedirectionException(
              name
                  + " was not executed after "
                  + attempts
                  + " attempts"
                  + route()
                  + "; last: "
                  + reason(reply, decision)));
    }
    if (decision instanceof RetryStep.Moved moved) {
      redirects++;
      loop.counters().moved.increment();
      loop.recorder().redirected("moved", moved.address());
      loop.router().onMoved(moved.slot(), moved.address());
      return again(moved.address(), false, 0, reply, moved);
    }
    if (decision instanceof RetryStep.Ask ask) {
      redirects++;
      loop.counters().asked.increment();
      loop.recorder().redirected("ask", ask.address());
      loop.router().onAsk(ask.slot(), ask.address());
      migrationWaits++;
      if (unit.asking || stepFollowsAsk) {
        return again(ask.address(), true, 0, reply, ask);
      }
      return again(
          null, false, loop.backoffNanos(Math.min(retries++, SPLIT_SLOT_GROWTH)), reply, ask);
    }
    if (decision instanceof RetryStep.RetryLater later) {
      lastError = later.error();
      failoverCause = RetryPolicy.waitsOutFailover(later.cause());
      loop.counters().retry(later.cause());
      loop.recorder().retried(later.cause().name());
      if (later.cause() == RetryStep.Cause.READONLY && from != null) {
        loop.router().onNodeFailure(from, later.error(), false); // a demoted master: map is stale
      }
      if (migration) {
        // A slot split by a migration: poll for its end at a short, bounded interval.
        migrationWaits++;
        return again(
            null, false, loop.backoffNanos(Math.min(retries++, SPLIT_SLOT_GROWTH)), reply, later);
      }
      return again(null, false, loop.backoffNanos(retries++), reply, later);
    }
    if (decision instanceof RetryStep.ServerError error) {
      return new FollowUp.Fail(error.error());
    }
    if (decision instanceof RetryStep.TooManyRedirects) {
      return new FollowUp.Fail(
          new RedisRedirectionException(
              step + " was redirected more than " + loop.maxRedirects() + " times" + route()));
    }
    if (decision instanceof RetryStep.OutcomeUnknown unknown) {
      return new FollowUp.Fail(
          new RedisOutcomeUnknownException(
              step
                  + " was sent to "
                  + from.address()
                  + " but its connection broke before the reply: it may or may not have run"
                  + " (not resent: at-most-once writes)",
              unknown.cause()));
    }
    if (decision instanceof RetryStep.Fatal fatal) {
      return new FollowUp.Fail(fatal.cause());
    }
    throw new IllegalStateException("no way to carry out " + decision);
  }

  /** Why the unit is sent again: the server's refusal, or the failure. */
  private static String reason(Reply reply, RetryStep decision) {
    if (reply instanceof Reply.Error error) {
      return error.message();
    }
    return decision instanceof RetryStep.RetryLater later && later.error() != null
        ? later.error().getMessage()
        : String.valueOf(decision);
  }

  /** The next attempt, unless it would start after the deadline. */
  private FollowUp again(
      HostAndPort target, boolean asking, long delayNanos, Reply reply, RetryStep decision) {
    lastReason = reason(reply, decision);
    if (delayNanos > 0 && loop.nanoTime() + delayNanos >= deadlineNanos) {
      stalled = true;
      return new FollowUp.AwaitDeadline(); // the deadline ends it, with the last error as cause
    }
    if (delayNanos > 0) {
      // The redirect bound stops a ping-pong between nodes that disagree, which never waits; after
      // a wait (ASK then TRYAGAIN while a slot stays split) the unit starts a fresh count.
      redirects = 0;
    }
    stalled = false;
    attempts++;
    return new FollowUp.Resend(target, asking, delayNanos);
  }

  /**
   * The exception for a unit that did not complete within {@code budgetNanos}, naming the step, the
   * slot, the nodes tried and the last error. When a reply was being awaited (not a retry), the
   * node may hang: the router is told before the caller hears of it, so that it reacts before the
   * application retries.
   *
   * @param detail appended to the budget, e.g. {@code " (command timeout + blocking timeout)"}
   */
  public RedisTimeoutException timeout(long budgetNanos, String detail) {
    Throwable cause = lastError;
    RedisTimeoutException timeout =
        new RedisTimeoutException(
            step
                + " did not complete within "
                + budgetNanos / 1_000_000
                + " ms"
                + detail
                + route()
                + (cause != null ? "; last error: " + cause.getMessage() : ""),
            cause);
    NodeConnection stuck = current;
    if (stuck != null && awaitingReply) {
      loop.router().onNodeFailure(stuck, timeout, true);
    }
    return timeout;
  }

  /** See {@link UnitOutcomes#fail}. */
  boolean fail(CompletableFuture<?> future, Throwable error) {
    return UnitOutcomes.fail(loop, name, startNanos, future, error);
  }

  /** See {@link UnitOutcomes#failed}. */
  <E extends RuntimeException> E failed(E error) {
    return UnitOutcomes.failed(loop, name, startNanos, error);
  }

  /** See {@link UnitOutcomes#complete}. */
  <T> boolean complete(CompletableFuture<T> future, Function<Reply, T> converter, Reply reply) {
    return UnitOutcomes.complete(loop, name, startNanos, future, converter, reply);
  }

  /** The unit completed with a reply (called after its future completed). */
  void succeeded() {
    loop.recordOutcome(name, startNanos, true);
  }

  /** {@code " (slot 42; nodes tried: [a, b])"}; the slot only where the router splits by slot. */
  private String route() {
    StringBuilder sb = new StringBuilder();
    if (key != null && loop.router().splitsBySlot()) {
      sb.append(" (slot ").append(SlotHash.slot(key)).append(';');
    } else {
      sb.append(" (");
    }
    sb.append(" nodes tried: ").append(nodesTried()).append(')');
    return sb.toString();
  }

  private void addNode(HostAndPort address) {
    HostAndPort head = firstNode;
    if (head == null) {
      firstNode = address;
      return;
    }
    List<HostAndPort> tail = laterNodes;
    HostAndPort last = tail.isEmpty() ? head : tail.get(tail.size() - 1);
    if (!last.equals(address)) {
      List<HostAndPort> more = new ArrayList<>(tail.size() + 1);
      more.addAll(tail);
      more.add(address);
      laterNodes = List.copyOf(more);
    }
  }

  /** {@code [a, b]}; {@code []} before the first attempt was sent. */
  private List<HostAndPort> nodesTried() {
    List<HostAndPort> all = new ArrayList<>();
    HostAndPort head = firstNode;
    if (head != null) {
      all.add(head);
      all.addAll(laterNodes);
    }
    return all;
  }
}
