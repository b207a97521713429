package io.slotwise.internal.executor;

import io.slotwise.HostAndPort;
import io.slotwise.RedisServerException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.internal.cluster.ClusterRouter;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.DirectLinks;
import io.slotwise.internal.transport.DirectOutbound;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Outbound;
import io.slotwise.internal.transport.Router;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One command on a shared (multiplexed) connection on its way through the retry loop: route, send,
 * hand the outcome to its {@link Attempts}, and do what comes back — complete the caller's future,
 * fail it, or send again — bounded by the redirect count and the deadline.
 *
 * <p>Reading order: {@link #start()} → {@link #attempt()} → {@link #onReply} / {@link #onFailure} →
 * {@link Attempts} asks {@link RetryPolicy} and carries the decision out → {@link #carry} sends
 * again or completes. Attempts run one after the other (the next one starts only after the previous
 * outcome), on the caller's thread, an event loop or the scheduler; the deadline timer may fire
 * concurrently, which is why completion goes through the future alone.
 */
public final class Invocation<T> implements DirectOutbound, DeadlineSweeper.Tracked, Runnable {
  private static final int LANE_UNKNOWN = -2;

  final CommandExecutor executor;
  private final Command command;
  private final Function<Reply, T> converter;
  private final HostAndPort pinned;
  // What the router routes by: the command itself, or for a WAIT the write whose connection it
  // must use; and the time the server may take on top of the command timeout (WAIT's timeout).
  private final Command routing;
  private final long extraNanos;
  // Completed once with the outcome: the caller's future, or a part's place in a call (Parts).
  public final CompletableFuture<T> future;

  private Attempts attempts;
  private NodeConnection firstConnection;
  private volatile ScheduledFuture<?> deadlineTimer;
  private HostAndPort nextTarget;
  private boolean nextAsking;
  private Supplier<CompletableFuture<T>> splitSlotAnswer;
  private int lane = LANE_UNKNOWN;
  // Attempts abandoned on a hung node so far: later attempts are sent as a Resent of their number,
  // and the reply of an abandoned one, if it ever comes, is dropped.
  private volatile int generation;
  // True while the connection makes the sender wait for room (see Outbound#waitingForRoom).
  private volatile boolean waitingForRoom;
  // A sync caller's thread while it starts the command: its own attempts may use a DirectLinks link
  // (directLink + directStamp: the last one used, for the deadline to abort).
  private Thread directCaller;
  private volatile DirectOutbound.Link directLink;
  private long directStamp;
  private static final long ROOM_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  public Invocation(
      CommandExecutor executor, Command command, Function<Reply, T> converter, HostAndPort pinned) {
    this(executor, command, converter, pinned, new CompletableFuture<>());
  }

  /**
   * With {@code completion} as its future: for a part of a call answered as a whole ({@link
   * Parts}), its place in the call.
   */
  Invocation(
      CommandExecutor executor,
      Command command,
      Function<Reply, T> converter,
      HostAndPort pinned,
      CompletableFuture<T> completion) {
    this(executor, command, converter, pinned, command, 0, completion);
  }

  /**
   * A command that must run on the shared connection that carried the writes of {@code routing}'s
   * slot ({@code WAIT}): routed as {@code routing}, never resent after its connection failed, with
   * {@code extraNanos} added to its deadline.
   */
  Invocation(
      CommandExecutor executor,
      Command command,
      Function<Reply, T> converter,
      Command routing,
      long extraNanos) {
    this(executor, command, converter, null, routing, extraNanos, new CompletableFuture<>());
  }

  private Invocation(
      CommandExecutor executor,
      Command command,
      Function<Reply, T> converter,
      HostAndPort pinned,
      Command routing,
      long extraNanos,
      CompletableFuture<T> completion) {
    this.executor = executor;
    this.command = command;
    this.converter = converter;
    this.pinned = pinned;
    this.routing = routing;
    this.extraNanos = extraNanos;
    this.future = completion;
  }

  /**
   * How to answer otherwise when the command meets a slot split by a migration ({@code TRYAGAIN}):
   * a multi-key read answered key by key, each key following its own {@code ASK}. Used once,
   * instead of waiting for the slot; the result completes this invocation (within its deadline).
   * Before the start only.
   */
  public void answerSplitSlotWith(Supplier<CompletableFuture<T>> answer) {
    this.splitSlotAnswer = answer;
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

  /**
   * Arms the deadline and makes the first attempt. The deadline runs from the start, not from
   * construction (a pipeline queues first). No timer yet: the executor's {@link DeadlineSweeper}
   * arms one only if the command is still pending a sweep period later.
   */
  CompletableFuture<T> start() {
    long now = executor.nanoTime();
    begin(now);
    if (extraNanos == 0) {
      executor.deadlines().track(this);
    } else {
      onSweep(now); // a deadline of its own, later than the sweeper's order assumes: a timer now
    }
    attempt();
    return future;
  }

  /**
   * {@link #start()} for a sync caller ({@link SyncCallers}): when {@code direct}, the attempts
   * made on its thread before this returns go on a caller-thread link when one is free and the
   * node's shared connection is idle ({@link DirectLinks}), completing the future before this
   * returns.
   */
  CompletableFuture<T> start(boolean direct) {
    if (!direct) {
      return start();
    }
    directCaller = Thread.currentThread();
    try {
      return start();
    } finally {
      directCaller = null;
    }
  }

  @Override
  public void onLink(DirectOutbound.Link link, long stamp) {
    directStamp = stamp;
    directLink = link;
  }

  @Override
  public void waitingForRoom(boolean waiting) {
    waitingForRoom = waiting;
  }

  void begin(long startNanos) {
    attempts =
        executor
            .retries()
            .command(
                command.name(),
                command.firstKey(),
                startNanos,
                startNanos + executor.timeoutNanos() + extraNanos);
  }

  @Override
  public long deadlineNanos() {
    return attempts.deadlineNanos();
  }

  /** Called by the sweeper once this command is older than a sweep period. */
  @Override
  public void onSweep(long now) {
    if (future.isDone()) {
      return;
    }
    long remaining = attempts.deadlineNanos() - now;
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
  NodeConnection routeFirst() {
    NodeConnection connection = route();
    if (connection != null) {
      nextTarget = null;
      nextAsking = false;
    }
    return connection;
  }

  /**
   * Sends now, or behind the commands of the same slot that wait to be retried (see {@link
   * RetryLanes}), so that it does not overtake them.
   */
  void attempt() {
    if (future.isDone() || joinedLane()) {
      return;
    }
    run();
  }

  /** Whether it was queued behind the commands of its slot that wait to be retried. */
  boolean joinedLane() {
    RetryLanes.Joined joined = executor.lanes().joinIfWaiting(lane(), this);
    if (joined == RetryLanes.Joined.BEHIND_FAILOVER) {
      attempts.waitsBehindFailover();
    }
    return joined != RetryLanes.Joined.NO;
  }

  /**
   * The lane of this command's retries: its slot (cluster), the one lane (other modes), or none for
   * a keyless or pinned command. Computed when first needed.
   */
  private int lane() {
    int l = lane;
    if (l == LANE_UNKNOWN) {
      byte[] key = routing.firstKey();
      if (pinned != null || key == null) {
        l = RetryLanes.NO_LANE;
      } else if (executor.router().splitsBySlot()) {
        l = ClusterRouter.firstKeySlot(routing); // remembered on the command: route reuses it
      } else {
        l = RetryLanes.SINGLE_LANE;
      }
      lane = l;
    }
    return l;
  }

  /**
   * Routes and sends at once (a routing failure is retried later like a refused connection); run by
   * {@link #attempt} and by a released {@link RetryLanes} lane.
   */
  @Override
  public void run() {
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
    int sent = generation;
    DirectLinks links = directCaller == Thread.currentThread() ? connection.directLinks() : null;
    if (links != null && sent == 0 && !asking && links.call(this)) {
      return; // the outcome is in: delivered on this thread
    }
    Outbound out = sent == 0 ? this : new ResentAttempt(this, sent);
    if (asking) {
      connection.sendAll(List.of(Asking.INSTANCE, out));
    } else {
      connection.send(out);
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
        connection = target != null ? router.connectionTo(target) : router.route(routing);
      }
    } catch (RuntimeException e) {
      carry(attempts.onNoConnection(e, false), null);
      return null;
    }
    if (nextTarget == null
        && pinned == null
        && executor.ridesOutFailovers()
        && router.isUnresponsive(connection)) {
      carry(attempts.onNodeDown(connection), null); // not written to a hung node: it waits
      return null;
    }
    attempts.sending(connection);
    return connection;
  }

  @Override
  public Command command() {
    return command;
  }

  @Override
  public void onReply(Reply reply) {
    onReply(reply, 0);
  }

  @Override
  public void onFailure(Throwable cause, boolean written) {
    onFailure(cause, written, 0);
  }

  void onReply(Reply reply, int sent) {
    if (future.isDone() || sent != generation) {
      return; // timed out, or abandoned on a hung node, while in flight: the late reply is dropped
    }
    carry(attempts.onReply(reply), reply);
  }

  void onFailure(Throwable cause, boolean written, int sent) {
    waitingForRoom = false; // a refusal the deadline deferred to (NettyNodeConnection) is here
    if (future.isDone() || sent != generation) {
      return;
    }
    if (routing != command) {
      // A WAIT answers for the writes of its own connection only: on another one it would cover
      // none of them, so it is never resent.
      carry(attempts.onFailure(cause, true, false), null);
      return;
    }
    carry(attempts.onFailure(cause, written, executor.retrySafe(command)), null);
  }

  /** Does what the loop decided: complete, fail, or send again (now or after the backoff). */
  private void carry(FollowUp next, Reply reply) {
    if (next instanceof FollowUp.Complete) {
      complete(reply);
    } else if (next instanceof FollowUp.Resend
        && splitSlotAnswer != null
        && attempts.metSplitSlot()) {
      answerSplitSlot();
    } else if (next instanceof FollowUp.Resend resend) {
      if (pinned != null && resend.target() != null && reply instanceof Reply.Error redirect) {
        // A command for a chosen node is answered by that node: MOVED/ASK is its answer.
        fail(new RedisServerException(command.name(), redirect.message()));
        return;
      }
      nextTarget = resend.target();
      nextAsking = resend.asking();
      try {
        if (resend.delayNanos() > 0 && resend.target() == null && lane() != RetryLanes.NO_LANE) {
          executor.lanes().park(lane(), this, resend.delayNanos(), attempts.waitsOutFailover());
        } else {
          executor.retries().resend(resend.delayNanos(), this::attempt);
        }
      } catch (RejectedExecutionException e) {
        fail(new SlotwiseClosedException("the client is closed; " + command.name() + " not sent"));
      }
    } else if (next instanceof FollowUp.Fail failure) {
      fail(failure.error());
    }
    // FollowUp.AwaitDeadline: the deadline timer ends it, with the last error as the cause.
  }

  /** Completes this invocation from the other answer (once), instead of waiting for the slot. */
  private void answerSplitSlot() {
    Supplier<CompletableFuture<T>> answer = splitSlotAnswer;
    splitSlotAnswer = null;
    CompletableFuture<T> other;
    try {
      other = answer.get();
    } catch (RuntimeException e) {
      fail(e);
      return;
    }
    other.whenComplete(
        (value, error) -> {
          if (error != null) {
            fail(unwrapped(error));
          } else if (future.complete(value)) {
            cancelTimer();
            attempts.succeeded();
          }
        });
  }

  private static Throwable unwrapped(Throwable e) {
    return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
  }

  private void complete(Reply reply) {
    if (attempts.complete(future, converter, reply)) {
      cancelTimer();
    }
  }

  private void fail(Throwable error) {
    if (attempts.fail(future, error)) {
      cancelTimer();
    }
  }

  private void cancelTimer() {
    ScheduledFuture<?> timer = deadlineTimer;
    if (timer != null) {
      timer.cancel(false);
    }
  }

  /**
   * The deadline: the command fails with a timeout — unless a failover holds it up (cluster mode, a
   * failover budget longer than the command timeout, a command routed by its key). Then a command
   * waiting to be sent again because of the failover gets the budget; one sent to a node that gives
   * no reply is abandoned there and sent again once the node or its successor answers if it is safe
   * to resend, and fails as outcome-unknown otherwise.
   */
  private void onDeadline() {
    if (waitingForRoom && !future.isDone()) {
      // The sender waits for room until this same deadline and then fails the command with the
      // reason it never left (RedisBackpressureException): let it, rather than race it.
      scheduleDeadlineCheck(ROOM_GRACE_NANOS);
      return;
    }
    deadlinePassed();
    DirectOutbound.Link link = directLink;
    if (link != null) {
      // After the loop heard of the deadline: the blocked caller's failure is then dropped.
      link.abort(directStamp);
    }
  }

  private void deadlinePassed() {
    if (future.isDone()) {
      return;
    }
    long now = executor.nanoTime();
    if (pinned == null && routing == command && executor.ridesOutFailovers()) {
      long budget = executor.failoverBudgetNanos();
      if (attempts.isAwaitingReply()) {
        generation++; // before the loop hears of it: a reply racing in now is dropped
        carry(attempts.abandon(budget, executor.timeoutNanos(), executor.retrySafe(command)), null);
        armDeadline(now);
        return;
      }
      if (attempts.extendForFailover(now, budget)) {
        armDeadline(now);
        if (attempts.takeStalled()) {
          attempt(); // it was left for the deadline: nothing else will send it again
        }
        return;
      }
    }
    long budget = attempts.deadlineNanos() - attempts.startNanos();
    attempts.fail(future, attempts.timeout(budget, ""));
  }

  private void armDeadline(long now) {
    if (future.isDone()) {
      return;
    }
    scheduleDeadlineCheck(Math.max(0, attempts.deadlineNanos() - now));
  }

  private void scheduleDeadlineCheck(long delayNanos) {
    try {
      deadlineTimer =
          executor.scheduler().schedule(this::onDeadline, delayNanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      fail(new SlotwiseClosedException("the client is closed; " + command.name() + " not sent"));
    }
  }
}
