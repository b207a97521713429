package io.slotwise.internal.executor;

import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.RedisOutcomeUnknownException;
import io.slotwise.RedisRedirectionException;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Outbound;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One blocking command on a borrowed exclusive connection: borrow a connection to the slot owner,
 * send, hand the connection back, follow {@code MOVED}/{@code ASK} by borrowing on the new owner
 * (bounded by the redirect limit), retry {@code TRYAGAIN}/{@code CLUSTERDOWN} and refused
 * connections after a backoff — all within one deadline: the command timeout plus the time the
 * command may block.
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
  private final long deadlineNanos;
  private final CompletableFuture<T> future = new CompletableFuture<>();
  private final AtomicReference<NodeConnection> held = new AtomicReference<>();
  private ScheduledFuture<?> deadlineTimer;
  private int redirects;
  private int retries;

  ExclusiveCall(
      ExclusiveConnections exclusive,
      Command command,
      Function<Reply, T> converter,
      Duration blockFor) {
    this.exclusive = exclusive;
    this.command = command;
    this.converter = converter;
    Duration timeout = exclusive.config().commandTimeout();
    this.budgetNanos = blockFor.isZero() ? FOREVER : saturated(timeout.plus(blockFor));
    this.deadlineNanos = budgetNanos == FOREVER ? Long.MAX_VALUE : System.nanoTime() + budgetNanos;
  }

  CompletableFuture<T> start() {
    if (budgetNanos != FOREVER) {
      deadlineTimer =
          exclusive.scheduler().schedule(this::onDeadline, budgetNanos, TimeUnit.NANOSECONDS);
    }
    try {
      exclusive.borrowExecutor().execute(() -> attempt(null, false));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      fail(new SlotwiseClosedException("the client is closed"));
    }
    return future;
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
      if (CommandExecutor.isPermanent(e) || e instanceof RedisConnectionException) {
        fail(e);
      } else {
        retryLater(e);
      }
      return;
    }
    held.set(connection);
    if (future.isDone()) {
      handBack(false);
      return;
    }
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
    NodeConnection from = held.get();
    if (from == null || future.isDone()) {
      return;
    }
    RetryStep step =
        RetryPolicy.onReply(
            reply, from.address(), redirects, exclusive.config().maxRedirects(), command.name());
    handBack(true);
    if (step instanceof RetryStep.Complete) {
      complete(reply);
    } else if (step instanceof RetryStep.Moved moved) {
      redirects++;
      exclusive.router().onMoved(moved.slot(), moved.address());
      exclusive.borrowExecutor().execute(() -> attempt(moved.address(), false));
    } else if (step instanceof RetryStep.Ask ask) {
      redirects++;
      exclusive.borrowExecutor().execute(() -> attempt(ask.address(), true));
    } else if (step instanceof RetryStep.RetryLater later) {
      retryLater(later.error());
    } else if (step instanceof RetryStep.ServerError error) {
      fail(error.error());
    } else {
      fail(
          new RedisRedirectionException(
              command.name()
                  + " was redirected more than "
                  + exclusive.config().maxRedirects()
                  + " times (last node "
                  + from.address()
                  + ")"));
    }
  }

  @Override
  public void onFailure(Throwable cause, boolean written) {
    handBack(false);
    if (future.isDone()) {
      return;
    }
    if (written) {
      fail(
          new RedisOutcomeUnknownException(
              command.name()
                  + " was sent on an exclusive connection that broke before the reply: it may or"
                  + " may not have run",
              cause));
    } else {
      retryLater(cause);
    }
  }

  private void retryLater(Throwable cause) {
    long delay = Math.min(1_000_000L << Math.min(retries++, 8), 200_000_000L);
    if (System.nanoTime() + delay >= deadlineNanos) {
      fail(
          new RedisTimeoutException(
              command.name() + " could not be sent before its deadline: " + cause, cause));
      return;
    }
    exclusive
        .scheduler()
        .schedule(
            () -> exclusive.borrowExecutor().execute(() -> attempt(null, false)),
            delay,
            TimeUnit.NANOSECONDS);
  }

  private void complete(Reply reply) {
    try {
      if (future.complete(converter.apply(reply))) {
        cancelTimer();
      }
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  private void fail(Throwable error) {
    if (future.completeExceptionally(error)) {
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
    NodeConnection stuck = held.get();
    future.completeExceptionally(
        new RedisTimeoutException(
            command.name()
                + " did not complete within "
                + budgetNanos / 1_000_000
                + " ms (command timeout + blocking timeout)"
                + (stuck != null ? " on an exclusive connection to " + stuck.address() : "")));
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
