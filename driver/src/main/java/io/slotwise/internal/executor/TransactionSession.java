package io.slotwise.internal.executor;

import io.slotwise.RedisConnectionException;
import io.slotwise.SlotwiseException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Outbound;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One attempt of a transaction on its borrowed exclusive connection: each step ({@code WATCH}; then
 * {@code MULTI} with the queued commands; then {@code EXEC}) written in one flush and awaited for
 * at most the command timeout, {@code ASKING} written first when the attempt follows an {@code
 * ASK}.
 *
 * <p>It binds {@code WATCH} to the server session it ran on. The connection reconnects by itself
 * after a break, and a new session watches nothing; {@link #sameSession()} says whether the
 * connection still has the session of {@code WATCH} ({@link NodeConnection#connectCount()} is
 * unchanged). The runner checks it after the body and after the {@code MULTI} step's replies: when
 * it holds then, {@code WATCH}, {@code MULTI} and the queued commands all reached one session, and
 * an {@code EXEC} that reaches a later one only gets "EXEC without MULTI" — nothing commits
 * unwatched.
 *
 * <p>Confined to the thread running the transaction; not thread-safe.
 */
final class TransactionSession {
  private static final Command ASKING = Command.keyless(false, "ASKING");

  /**
   * The outcome of one step: the replies in order ({@code ASKING}'s left out), or the failure and
   * whether the step may have reached the server, or a timeout.
   */
  record Step(List<Reply> replies, Throwable failure, boolean written, boolean timedOut) {
    boolean ok() {
      return replies != null;
    }
  }

  private final NodeConnection connection;
  private final boolean asking;
  private final long timeoutNanos;
  private final long session;

  /**
   * @param asking whether {@code ASKING} precedes {@code WATCH} and {@code MULTI} (the attempt
   *     follows an {@code ASK}; the flag lasts from {@code MULTI} to {@code EXEC})
   */
  TransactionSession(NodeConnection connection, boolean asking, long timeoutNanos) {
    this.connection = connection;
    this.asking = asking;
    this.timeoutNanos = timeoutNanos;
    this.session = connection.connectCount();
  }

  long timeoutNanos() {
    return timeoutNanos;
  }

  /** Whether the connection still has the server session it had when this attempt began. */
  boolean sameSession() {
    return connection.connectCount() == session;
  }

  /** Why the attempt was abandoned when {@link #sameSession()} no longer holds. */
  RedisConnectionException replaced() {
    return new RedisConnectionException(
        "the connection to "
            + connection.address()
            + " was re-established between WATCH and EXEC; the new session watches nothing, so"
            + " the transaction was not executed on it");
  }

  /** Writes {@code WATCH} (after {@code ASKING} when asking) and waits for its reply. */
  Step watch(Command watch) {
    return exchange(List.of(watch), asking);
  }

  /** Writes {@code MULTI} and the queued commands (after {@code ASKING} when asking). */
  Step queue(List<Command> multiAndQueued) {
    return exchange(multiAndQueued, asking);
  }

  /** Writes {@code EXEC} alone. */
  Step exec(Command exec) {
    return exchange(List.of(exec), false);
  }

  private Step exchange(List<Command> commands, boolean withAsking) {
    List<Sent> sent = new ArrayList<>(commands.size() + 1);
    if (withAsking) {
      sent.add(new Sent(ASKING));
    }
    for (Command c : commands) {
      sent.add(new Sent(c));
    }
    connection.sendAll(sent);
    CompletableFuture<?>[] all = sent.stream().map(s -> s.future).toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(all).get(timeoutNanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlotwiseException(
          "interrupted while waiting for a transaction on " + connection.address(), e);
    } catch (ExecutionException e) {
      boolean written = sent.stream().anyMatch(s -> s.written);
      return new Step(null, e.getCause(), written, false);
    } catch (TimeoutException e) {
      return new Step(null, null, true, true);
    }
    List<Reply> replies = new ArrayList<>(commands.size());
    for (int i = withAsking ? 1 : 0; i < sent.size(); i++) {
      replies.add(sent.get(i).future.join());
    }
    return new Step(replies, null, false, false);
  }

  /** One command of a step: its reply, or its failure and whether it was written. */
  private static final class Sent implements Outbound {
    private final Command command;
    final CompletableFuture<Reply> future = new CompletableFuture<>();
    volatile boolean written;

    Sent(Command command) {
      this.command = command;
    }

    @Override
    public Command command() {
      return command;
    }

    @Override
    public void onReply(Reply reply) {
      future.complete(reply);
    }

    @Override
    public void onFailure(Throwable cause, boolean written) {
      this.written = written;
      future.completeExceptionally(cause);
    }
  }
}
