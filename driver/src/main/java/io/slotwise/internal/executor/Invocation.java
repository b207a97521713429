package io.slotwise.internal.executor;

import io.slotwise.HostAndPort;
import io.slotwise.RedisOutcomeUnknownException;
import io.slotwise.RedisRedirectionException;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Outbound;
import io.slotwise.internal.transport.Router;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One command on its way through the retry loop: route, send, look at the outcome, and either
 * complete the caller's future or try again — bounded by the redirect count and the deadline.
 *
 * <p>Reading order: {@link #start()} → {@link #attempt()} → {@link #onReply} / {@link #onFailure} →
 * {@link RetryPolicy} decides → {@link #follow(RetryStep, Reply)} carries it out. Attempts run one
 * after the other (the next one starts only after the previous outcome), on the caller's thread, an
 * event loop or the scheduler; the deadline timer may fire concurrently, which is why completion
 * goes through the future alone.
 */
public final class Invocation<T> implements Outbound, DeadlineSweeper.Tracked {
  private final CommandExecutor executor;
  private final Command command;
  private final Function<Reply, T> converter;
  private final HostAndPort pinned;
  public final CompletableFuture<T> future = new CompletableFuture<>();

  private long deadlineNanos;
  private NodeConnection firstConnection;
  private volatile ScheduledFuture<?> deadlineTimer;
  private int redirects;
  private int retries;
  private HostAndPort nextTarget;
  private boolean nextAsking;
  private volatile NodeConnection current;
  private volatile Throwable lastError;
  // The nodes tried, for messages: the first, then each further one (copied on write: redirects
  // are rare). Written by the attempts, one after the other; read by the deadline at any time.
  private volatile HostAndPort firstNode;
  private volatile List<HostAndPort> laterNodes = List.of();

  public Invocation(
      CommandExecutor executor, Command command, Function<Reply, T> converter, HostAndPort pinned) {
    this.executor = executor;
    this.command = command;
    this.converter = converter;
    this.pinned = pinned;
  }

  /** Whether the command goes to a given node rather than by its key. */
  boolean isPinned() {
    return pinned != null;
  }

  /**
   * Sends the first attempt to {@code connection} instead of routing it (a pipeline in Codis mode
   * keeps its batch on one proxy); later attempts are routed as usual. Before the start only.
   */
  void preferFirst(NodeConnection connection) {
    this.firstConnection = connection;
  }

  /** Arms the deadline and makes the first attempt. */
  CompletableFuture<T> start() {
    armDeadline();
    attempt();
    return future;
  }

  /**
   * Starts several commands at once, writing those bound for the same node back to back in one
   * flush (the sub-commands of a cross-slot {@code MGET}, a pipeline's batches).
   */
  static void startAll(List<? extends Invocation<?>> invocations) {
    if (invocations.isEmpty()) {
      return;
    }
    Invocation<?> first = invocations.get(0);
    CommandExecutor executor = first.executor;
    long deadline = executor.nanoTime() + executor.timeoutNanos();
    for (Invocation<?> invocation : invocations) {
      invocation.deadlineNanos = deadline;
    }
    executor.deadlines().trackAll(invocations, deadline);
    Map<NodeConnection, List<Invocation<?>>> byNode = new LinkedHashMap<>();
    for (Invocation<?> invocation : invocations) {
      NodeConnection connection = invocation.routeFirst();
      if (connection != null) {
        byNode.computeIfAbsent(connection, c -> new ArrayList<>()).add(invocation);
      }
    }
    byNode.forEach(NodeConnection::sendAll);
  }

  /**
   * The deadline runs from the start, not from construction (a pipeline queues first). No timer
   * yet: the executor's {@link DeadlineSweeper} arms one only if the command is still pending a
   * sweep period later.
   */
  private void armDeadline() {
    deadlineNanos = executor.nanoTime() + executor.timeoutNanos();
    executor.deadlines().track(this);
  }

  @Override
  public long deadlineNanos() {
    return deadlineNanos;
  }

  /** Called by the sweeper once this command is older than a sweep period. */
  @Override
  public void onSweep(long now) {
    if (future.isDone()) {
      return;
    }
    long remaining = deadlineNanos - now;
    if (remaining <= 0) {
      onDeadline();
      return;
    }
    ScheduledFuture<?> timer =
        executor.scheduler().schedule(this::onDeadline, remaining, TimeUnit.NANOSECONDS);
    deadlineTimer = timer;
    if (future.isDone()) {
      timer.cancel(false); // completed while the timer was being armed
    }
  }

  /** Routes a first attempt without sending; null when routing failed (a retry is arranged). */
  private NodeConnection routeFirst() {
    NodeConnection connection = route();
    if (connection != null) {
      nextTarget = null;
      nextAsking = false;
    }
    return connection;
  }

  /** Routes and sends; a routing failure is retried later like a refused connection. */
  void attempt() {
    if (future.isDone()) {
      return;
    }
    NodeConnection connection = route();
    if (connection == null) {
      return;
    }
    boolean asking = nextAsking;
    nextTarget = null;
    nextAsking = false;
    if (asking) {
      connection.sendAll(List.of(Asking.INSTANCE, this));
    } else {
      connection.send(this);
    }
  }

  /** The connection for the next attempt, or null after arranging a retry or a failure. */
  private NodeConnection route() {
    Router router = executor.router();
    NodeConnection connection;
    try {
      HostAndPort target = nextTarget != null ? nextTarget : pinned;
      if (firstConnection != null) {
        connection = firstConnection;
        firstConnection = null;
      } else {
        connection = target != null ? router.connectionTo(target) : router.route(command);
      }
    } catch (RuntimeException e) {
      if (CommandExecutor.isPermanent(e)) {
        fail(e);
      } else {
        follow(new RetryStep.RetryLater(RetryStep.Cause.NO_ROUTE, e), null);
      }
      return null;
    }
    current = connection;
    recordNode(connection.address());
    return connection;
  }

  @Override
  public Command command() {
    return command;
  }

  @Override
  public void onReply(Reply reply) {
    if (future.isDone()) {
      return; // timed out while in flight; the late reply is dropped
    }
    NodeConnection from = current;
    executor.router().onNodeSuccess(from);
    follow(
        RetryPolicy.onReply(
            reply, from.address(), redirects, executor.maxRedirects(), command.name()),
        reply);
  }

  @Override
  public void onFailure(Throwable cause, boolean written) {
    if (future.isDone()) {
      return;
    }
    NodeConnection from = current;
    if (from != null && !(cause instanceof SlotwiseClosedException)) {
      executor.router().onNodeFailure(from, cause, false);
    }
    follow(RetryPolicy.onFailure(cause, written, executor.retrySafe(command)), null);
  }

  /** Carries out one decision of the policy. */
  private void follow(RetryStep step, Reply reply) {
    if (step instanceof RetryStep.Complete) {
      complete(reply);
    } else if (step instanceof RetryStep.Moved moved) {
      redirects++;
      executor.counters().moved.increment();
      executor.recorder().redirected("moved", moved.address());
      executor.router().onMoved(moved.slot(), moved.address());
      nextTarget = moved.address();
      attempt();
    } else if (step instanceof RetryStep.Ask ask) {
      redirects++;
      executor.counters().asked.increment();
      executor.recorder().redirected("ask", ask.address());
      nextTarget = ask.address();
      nextAsking = true;
      attempt();
    } else if (step instanceof RetryStep.RetryLater later) {
      retryLater(later);
    } else if (step instanceof RetryStep.ServerError error) {
      fail(error.error());
    } else if (step instanceof RetryStep.TooManyRedirects) {
      fail(
          new RedisRedirectionException(
              command.name()
                  + " was redirected more than "
                  + executor.maxRedirects()
                  + " times"
                  + describeRoute()));
    } else if (step instanceof RetryStep.OutcomeUnknown unknown) {
      fail(
          new RedisOutcomeUnknownException(
              command.name()
                  + " was sent to "
                  + current.address()
                  + " but its connection broke before the reply: it may or may not have run"
                  + " (not resent: at-most-once writes)",
              unknown.cause()));
    } else if (step instanceof RetryStep.Fatal fatal) {
      fail(fatal.cause());
    }
  }

  private void retryLater(RetryStep.RetryLater later) {
    lastError = later.error() != null ? later.error() : lastError;
    executor.counters().retry(later.cause());
    executor.recorder().retried(later.cause().name());
    if (later.cause() == RetryStep.Cause.READONLY) {
      executor.router().onNodeFailure(current, later.error(), false);
    }
    long delay = executor.backoffNanos(retries++);
    if (executor.nanoTime() + delay >= deadlineNanos) {
      return; // the deadline timer ends it, with the last error as the cause
    }
    executor.scheduler().schedule(this::attempt, delay, TimeUnit.NANOSECONDS);
  }

  private void complete(Reply reply) {
    T value;
    try {
      value = converter.apply(reply);
    } catch (RuntimeException e) {
      fail(e);
      return;
    }
    if (future.complete(value)) {
      cancelTimer();
      executor.recordOutcome(command, deadlineNanos, true);
    }
  }

  private void fail(Throwable error) {
    if (failCounted(error)) {
      cancelTimer();
    }
  }

  private void cancelTimer() {
    ScheduledFuture<?> timer = deadlineTimer;
    if (timer != null) {
      timer.cancel(false);
    }
  }

  private void recordNode(HostAndPort address) {
    HostAndPort first = firstNode;
    if (first == null) {
      firstNode = address;
      return;
    }
    List<HostAndPort> later = laterNodes;
    HostAndPort last = later.isEmpty() ? first : later.get(later.size() - 1);
    if (!last.equals(address)) {
      List<HostAndPort> more = new ArrayList<>(later.size() + 1);
      more.addAll(later);
      more.add(address);
      laterNodes = List.copyOf(more);
    }
  }

  /**
   * Fails the caller's future, counting it first so that a caller who sees the failure also sees it
   * counted; the count is taken back if another outcome won the race.
   */
  private boolean failCounted(Throwable error) {
    executor.counters().failed.increment();
    if (future.completeExceptionally(error)) {
      executor.recordOutcome(command, deadlineNanos, false);
      return true;
    }
    executor.counters().failed.decrement();
    return false;
  }

  private void onDeadline() {
    if (future.isDone()) {
      return;
    }
    Throwable cause = lastError;
    RedisTimeoutException timeout =
        new RedisTimeoutException(
            command.name()
                + " did not complete within "
                + executor.timeoutNanos() / 1_000_000
                + " ms"
                + describeRoute()
                + (cause != null ? "; last error: " + cause.getMessage() : ""),
            cause);
    NodeConnection stuck = current;
    if (stuck != null && cause == null) {
      // Waiting on a reply, not on a retry: the node may hang. Told before the caller hears of
      // it, so the router reacts before the application retries.
      executor.router().onNodeFailure(stuck, timeout, true);
    }
    executor.counters().timeouts.increment();
    if (!failCounted(timeout)) {
      executor.counters().timeouts.decrement();
    } else {
      executor.recorder().timedOut(command.name());
    }
  }

  private String describeRoute() {
    StringBuilder sb = new StringBuilder();
    byte[] key = command.firstKey();
    if (key != null && executor.router().splitsBySlot()) {
      sb.append(" (slot ").append(io.slotwise.cluster.SlotHash.slot(key)).append(';');
    } else {
      sb.append(" (");
    }
    List<HostAndPort> tried = new ArrayList<>();
    HostAndPort first = firstNode;
    if (first != null) {
      tried.add(first);
      tried.addAll(laterNodes);
    }
    sb.append(" nodes tried: ").append(tried).append(')');
    return sb.toString();
  }
}
