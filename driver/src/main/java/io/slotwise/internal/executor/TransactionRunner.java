package io.slotwise.internal.executor;

import io.slotwise.HostAndPort;
import io.slotwise.RedisProtocolException;
import io.slotwise.RedisRedirectionException;
import io.slotwise.RedisServerException;
import io.slotwise.SlotwiseException;
import io.slotwise.TransactionResult;
import io.slotwise.cluster.CrossSlotException;
import io.slotwise.cluster.SlotHash;
import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.internal.command.Args;
import io.slotwise.internal.command.MultiKey;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.IoThreads;
import io.slotwise.internal.transport.NodeConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Runs one optimistic transaction on an exclusive connection to the slot owner:
 *
 * <ol>
 *   <li>refuse watched keys in several slots (before anything is sent);
 *   <li>borrow a connection to the owner, {@code WATCH} the keys;
 *   <li>run the body against a {@link TransactionQueue} (it only queues; it may read current values
 *       through the client, the keys being watched already); refuse queued keys outside the slot;
 *   <li>write {@code MULTI} and the queued commands in one flush; once their replies are in, and
 *       the connection still has the session that ran {@code WATCH} ({@link TransactionSession}),
 *       write {@code EXEC};
 *   <li>{@code EXEC} null: a watched key changed, the result is discarded; an array: complete each
 *       queued future with its typed reply.
 * </ol>
 *
 * <p>Every reply goes through the client's {@link RetryLoop} as one unit of {@link Attempts}. A
 * {@code MOVED}, {@code ASK}, {@code TRYAGAIN}, {@code CLUSTERDOWN}... to {@code WATCH}, to a
 * queued command or to {@code EXEC} means nothing ran ({@code EXEC} answers {@code EXECABORT}), so
 * the whole transaction is tried again, the body included:
 *
 * <ul>
 *   <li>{@code MOVED}: at once on the new owner;
 *   <li>{@code ASK} to {@code WATCH} (every watched key left the migrating source): at once on the
 *       target, {@code ASKING} before {@code WATCH} and before {@code MULTI} (its flag lasts until
 *       {@code EXEC}); the target runs it if every key it touches is there, else says {@code
 *       TRYAGAIN};
 *   <li>{@code TRYAGAIN}, or {@code ASK} to a queued command (the watched keys are still on the
 *       source): the slot is split by a migration; tried again on the owner after a short backoff,
 *       until the slot is whole or the command timeout (from the start) has passed — these waits
 *       are not counted as attempts;
 *   <li>anything else transient: after the configured backoff, at most {@link #MAX_ATTEMPTS}
 *       attempts in all.
 * </ul>
 *
 * <p>A connection that breaks before {@code EXEC} was written ran nothing: tried again whole. One
 * that reconnected between {@code WATCH} and {@code EXEC} watches nothing: the attempt is abandoned
 * before {@code EXEC} and tried again whole. Only an {@code EXEC} written and unanswered leaves the
 * outcome unknown ({@link io.slotwise.RedisOutcomeUnknownException}, not retried); each step waits
 * at most the command timeout. The futures of an abandoned attempt fail; attempts are counted and
 * reported like any other command.
 *
 * <p>Runs on the caller's thread and blocks it. One instance per client, thread-safe (no state).
 */
public final class TransactionRunner {
  /** Attempts in all: enough for a slot migration and a failover in a row, bounded. */
  static final int MAX_ATTEMPTS = 5;

  private static final Command MULTI = Command.keyless(false, "MULTI");
  private static final Command EXEC = Command.keyless(false, "EXEC");

  private final ExclusiveConnections exclusive;
  private final boolean bySlot;

  public TransactionRunner(ExclusiveConnections exclusive, boolean bySlot) {
    this.exclusive = exclusive;
    this.bySlot = bySlot;
  }

  public TransactionResult run(byte[][] watchKeys, Consumer<AsyncRedisCommands> body) {
    IoThreads.refuseBlocking("transaction(...)");
    Args.requireObject(body, "body");
    Command watch = MultiKey.command("WATCH", Args.requireAll(watchKeys, "watchKeys"), 1, false);
    exclusive.refuseInCodis(watch);
    int slot = commonSlot(watch, -1);
    RetryLoop loop = exclusive.retries();
    long budget = exclusive.commandTimeout().toNanos();
    Attempts attempts = loop.transaction("EXEC", watch.firstKey(), MAX_ATTEMPTS, budget);
    HostAndPort target = null;
    boolean asking = false;
    while (true) {
      TransactionQueue queue = new TransactionQueue();
      Outcome outcome = attempt(attempts, target, asking, watch, slot, body, queue);
      if (outcome.result != null) {
        attempts.succeeded();
        return withAttempts(outcome.result, attempts.attempts());
      }
      if (outcome.next instanceof FollowUp.Resend resend) {
        failAll(queue.queued(), abandoned(attempts.lastReason()));
        loop.pause(resend.delayNanos());
        target = resend.target();
        asking = resend.asking();
        continue;
      }
      RuntimeException error =
          outcome.next instanceof FollowUp.Fail fail
              ? unchecked(fail.error())
              : attempts.timeout(budget, " waiting for a slot being migrated"); // AwaitDeadline
      failAll(queue.queued(), error);
      throw attempts.failed(error);
    }
  }

  /** One try: a result (attempt count filled in by {@link #run}), or what the loop says next. */
  private record Outcome(TransactionResult result, FollowUp next) {
    static Outcome done(TransactionResult result) {
      return new Outcome(result, null);
    }

    static Outcome next(FollowUp next) {
      return new Outcome(null, next);
    }
  }

  private Outcome attempt(
      Attempts attempts,
      HostAndPort target,
      boolean asking,
      Command watch,
      int slot,
      Consumer<AsyncRedisCommands> body,
      TransactionQueue queue) {
    NodeConnection connection;
    try {
      HostAndPort node = target != null ? exclusive.resolve(target) : exclusive.ownerOf(watch);
      connection = exclusive.borrow(node);
    } catch (RuntimeException e) {
      return Outcome.next(attempts.onNoConnection(e, true)); // the pool waited its max wait
    }
    attempts.sending(connection);
    TransactionSession session =
        new TransactionSession(connection, asking, exclusive.commandTimeout().toNanos());
    boolean clean = false;
    try {
      // An ASK to WATCH means every watched key left the source: the transaction follows them.
      attempts.awaiting("WATCH", true);
      TransactionSession.Step watched = session.watch(watch);
      if (!watched.ok()) {
        return Outcome.next(failed(attempts, session, watched, false)); // WATCH changes no data
      }
      FollowUp next = attempts.onReply(watched.replies().get(0));
      if (!(next instanceof FollowUp.Complete)) {
        clean = true; // a refused WATCH watches nothing
        return Outcome.next(next);
      }
      body.accept(queue.facade());
      List<TransactionQueue.Queued<?>> queued = queue.queued();
      for (TransactionQueue.Queued<?> q : queued) {
        commonSlot(q.command, slot);
      }
      if (!session.sameSession()) {
        return Outcome.next(attempts.onFailure(session.replaced(), false, true));
      }
      List<Command> block = new ArrayList<>(queued.size() + 1);
      block.add(MULTI);
      queued.forEach(q -> block.add(q.command));
      attempts.awaiting("MULTI");
      TransactionSession.Step queuedStep = session.queue(block);
      if (!queuedStep.ok()) {
        return Outcome.next(failed(attempts, session, queuedStep, false)); // no EXEC: none ran
      }
      if (!session.sameSession()) {
        // MULTI may have opened on a new session; the connection is closed, which discards it.
        return Outcome.next(attempts.onFailure(session.replaced(), false, true));
      }
      attempts.awaiting("EXEC");
      TransactionSession.Step exec = session.exec(EXEC);
      if (!exec.ok()) {
        return Outcome.next(failed(attempts, session, exec, true));
      }
      Reply execReply = exec.replies().get(0);
      if (execReply instanceof Reply.Error && !session.sameSession()) {
        // "EXEC without MULTI" from a new session: nothing ran.
        return Outcome.next(attempts.onFailure(session.replaced(), false, true));
      }
      clean = true; // EXEC (or its abort) ends the transaction and unwatches every key
      List<Reply> replies = new ArrayList<>(queuedStep.replies());
      replies.add(execReply);
      return finish(attempts, queued, replies);
    } finally {
      if (clean) {
        exclusive.release(connection);
      } else {
        exclusive.invalidate(connection);
      }
    }
  }

  /**
   * A step whose connection failed or timed out. Before {@code EXEC} nothing ran, so the whole
   * transaction is tried again; {@code EXEC} written and unanswered leaves the outcome unknown.
   */
  private static FollowUp failed(
      Attempts attempts, TransactionSession session, TransactionSession.Step step, boolean exec) {
    if (step.timedOut()) {
      return new FollowUp.Fail(attempts.timeout(session.timeoutNanos(), ""));
    }
    return attempts.onFailure(step.failure(), exec && step.written(), !exec);
  }

  /** The replies to MULTI, each queued command and EXEC, through the loop in that order. */
  private Outcome finish(
      Attempts attempts, List<TransactionQueue.Queued<?>> queued, List<Reply> replies) {
    FollowUp next = attempts.onReply(replies.get(0), "MULTI");
    for (int i = 0; i < queued.size() && next instanceof FollowUp.Complete; i++) {
      next = attempts.onReply(replies.get(i + 1), queued.get(i).command.name());
    }
    if (!(next instanceof FollowUp.Complete)) {
      return Outcome.next(next); // a redirect or refusal at queue time: EXEC aborted
    }
    Reply exec = replies.get(replies.size() - 1);
    if (exec instanceof Reply.Null) {
      failAll(queued, new SlotwiseException("transaction discarded: a watched key was changed"));
      return Outcome.done(TransactionResult.discarded(0));
    }
    if (exec instanceof Reply.Error) {
      return Outcome.next(attempts.onReply(exec, "EXEC")); // the slot moved before EXEC, or refused
    }
    if (!(exec instanceof Reply.Array array) || array.items().size() != queued.size()) {
      throw new RedisProtocolException(
          "EXEC answered " + exec + " for " + queued.size() + " queued commands");
    }
    List<Object> values = new ArrayList<>(queued.size());
    for (int i = 0; i < queued.size(); i++) {
      values.add(complete(queued.get(i), array.items().get(i)));
    }
    return Outcome.done(TransactionResult.committed(values, 0));
  }

  /** Completes one queued command; returns the value its caller's future got (or the error). */
  private static <T> Object complete(TransactionQueue.Queued<T> q, Reply reply) {
    if (reply instanceof Reply.Error e) {
      RedisServerException error = new RedisServerException(q.command.name(), e.message());
      q.future.completeExceptionally(error);
      return error;
    }
    try {
      q.future.complete(q.converter.apply(reply));
    } catch (RuntimeException e) {
      q.future.completeExceptionally(e);
      throw e;
    }
    try {
      return q.visible.getNow(null); // derived futures completed synchronously above
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** The slot all keys of {@code command} share ({@code expected}, or any when negative). */
  private int commonSlot(Command command, int expected) {
    if (!bySlot) {
      return 0;
    }
    int slot = expected;
    byte[][] args = command.args();
    for (int index : command.keyIndexes()) {
      int s = SlotHash.slot(args[index]);
      if (slot < 0) {
        slot = s;
      } else if (s != slot) {
        throw new CrossSlotException(
            expected < 0 ? "WATCH" : "transaction command " + command.name(), slot, s);
      }
    }
    return slot;
  }

  private static void failAll(List<TransactionQueue.Queued<?>> queued, Throwable cause) {
    for (TransactionQueue.Queued<?> q : queued) {
      q.future.completeExceptionally(cause);
    }
  }

  private static RedisRedirectionException abandoned(String reason) {
    return new RedisRedirectionException(
        "this attempt of the transaction was not executed and was tried again ("
            + (reason != null ? reason : "retry")
            + "); see the TransactionResult");
  }

  private static RuntimeException unchecked(Throwable error) {
    return error instanceof RuntimeException e
        ? e
        : new SlotwiseException("transaction failed: " + error, error);
  }

  private static TransactionResult withAttempts(TransactionResult r, int attempts) {
    return r.wasDiscarded()
        ? TransactionResult.discarded(attempts)
        : TransactionResult.committed(r.values(), attempts);
  }
}
