package io.slotwise.internal.executor;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Outbound;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One blocking command on a borrowed exclusive connection, through the client's {@link RetryLoop}
 * like any other command: borrow a connection to the slot owner, send, hand the connection back,
 * and do what its {@link Attempts} says — follow {@code MOVED}/{@code ASK} by borrowing on the new
 * owner, retry {@code TRYAGAIN}/{@code CLUSTERDOWN} and refused connections after the configured
 * backoff — all within one deadline: the command timeout plus the time the command may block (none
 * when it may block forever).
 *
 * <p>What differs from a shared-connection command is narrow: a broken connection after the command
 * was written is never resent (a pop may have happened), and a borrow that failed after waiting the
 * pool's max wait ends the command rather than waiting again.
 *
 * <p>The connection is handed back exactly once ({@link #handBack}): released when the reply came,
 * invalidated (closed) when the deadline passed or the connection broke, because the server may
 * still hold the command. Borrowing runs on {@link ExclusiveConnections#borrowExecutor()}, never on
 * the caller's thread (which may be an event loop).
 */
public final class ExclusiveCall<T> implements Outbound {
  private static final long FOREVER = -1;

  private final ExclusiveConnections exclusive;
  private final Command command;
  private final Function<Reply, T> converter;
  private final long budgetNanos;
  private final Attempts attempts;
  private final CompletableFuture<T> future = new CompletableFuture<>();
  private final AtomicReference<NodeConnection> held = new AtomicReference<>();
  private volatile ScheduledFuture<?> deadlineTimer;

  ExclusiveCall(
      ExclusiveConnections exclusive,
      Command command,
      Function<Reply, T> converter,
      Duration blockFor) {
    this.exclusive = exclusive;
    this.command = command;
    this.converter = converter;
    Duration timeout = exclusive.commandTimeout();
    this.budgetNanos = blockFor.isZero() ? FOREVER : saturated(timeout.plus(blockFor));
    RetryLoop loop = exclusive.retries();
    long now = loop.nanoTime();
    long deadline = budgetNanos == FOREVER ? Long.MAX_VALUE : now + budgetNanos;
    this.attempts = loop.command(command.name(), command.firstKey(), now, deadline);
  }

  CompletableFuture<T> start() {
    if (budgetNanos != FOREVER) {
      deadlineTimer =
          exclusive.scheduler().schedule(this::onDeadline, budgetNanos, TimeUnit.NANOSECONDS);
    }
    borrowThen(null, false);
    return future;
  }

  /** Makes the next attempt on the borrow executor. */
  private void borrowThen(HostAndPort target, boolean asking) {
    try {
      exclusive.borrowExecutor().execute(() -> attempt(target, asking));
    } catch (RejectedExecutionException e) {
      fail(new SlotwiseClosedException("the client is closed; " + command.name() + " not sent"));
    }
  }

  private void attempt(HostAndPort target, boolean asking) {
    if (future.isDone()) {
      return;
    }
    NodeConnection connection;
    try {
      HostAndPort node = target == null ? exclusive.ownerOf(command) : exclusive.resolve(target);
      connection = exclusive.borrow(node);
    } catch (RuntimeException e) {
      carry(attempts.onNoConnection(e, true), null); // the pool waited its max wait already
      return;
    }
    held.set(connection);
    if (future.isDone()) {
      handBack(false);
      return;
    }
    attempts.sending(connection);
    if (asking) {
      connection.sendAll(List.of(Asking.INSTANCE, this));
    } else {
      connection.send(this);
    }
  }

  @Override
  public Command command() {
    return command;
  }

  @Override
  public void onReply(Reply reply) {
    if (held.get() == null || future.isDone()) {
      return;
    }
    handBack(true);
    carry(attempts.onReply(reply), reply);
  }

  @Override
  public void onFailure(Throwable cause, boolean written) {
    handBack(false);
    if (future.isDone()) {
      return;
    }
    carry(
        attempts.onFailure(cause, written, false),
        null); // written: never resent, a pop may have run
  }

  /** Does what the loop decided: complete, fail, or borrow again (now or after the backoff). */
  private void carry(FollowUp next, Reply reply) {
    if (next instanceof FollowUp.Complete) {
      complete(reply);
    } else if (next instanceof FollowUp.Resend resend) {
      try {
        exclusive
            .retries()
            .resend(resend.delayNanos(), () -> borrowThen(resend.target(), resend.asking()));
      } catch (RejectedExecutionException e) {
        fail(new SlotwiseClosedException("the client is closed; " + command.name() + " not sent"));
      }
    } else if (next instanceof FollowUp.Fail failure) {
      fail(failure.error());
    }
    // FollowUp.AwaitDeadline: the deadline timer ends it, with the last error as the cause.
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

  private void onDeadline() {
    if (future.isDone()) {
      return;
    }
    attempts.fail(future, attempts.timeout(budgetNanos, " (command timeout + blocking timeout)"));
    handBack(false);
  }

  /** Hands the borrowed connection back once: reusable after a reply, else closed. */
  private void handBack(boolean reusable) {
    NodeConnection connection = held.getAndSet(null);
    if (connection == null) {
      return;
    }
    if (reusable) {
      exclusive.release(connection);
    } else {
      exclusive.invalidate(connection);
    }
  }

  private static long saturated(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE / 4;
    }
  }
}
