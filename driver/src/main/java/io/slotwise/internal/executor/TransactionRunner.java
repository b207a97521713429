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
import io.slotwise.internal.transport.RequestOutbound;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs one optimistic transaction on an exclusive connection to the slot owner:
 *
 * <ol>
 *   <li>refuse watched keys in several slots (before anything is sent);
 *   <li>borrow a connection to the owner, {@code WATCH} the keys;
 *   <li>run the body against a {@link TransactionQueue} (it only queues; it may read current values
 *       through the client, the keys being watched already); refuse queued keys outside the slot;
 *   <li>write {@code MULTI}, the queued commands and {@code EXEC} in one flush;
 *   <li>{@code EXEC} null: a watched key changed, the result is discarded; an array: complete each
 *       queued future with its typed reply.
 * </ol>
 *
 * <p>Every reply goes through the client's {@link RetryLoop} as one unit of {@link Attempts}, which
 * cannot be preceded by {@code ASKING}: a {@code MOVED} (or {@code ASK}, {@code TRYAGAIN}, {@code
 * CLUSTERDOWN}...) to {@code WATCH}, to a queued command or to {@code EXEC} means nothing ran
 * ({@code EXEC} answers {@code EXECABORT}), so the whole transaction is tried again, the body
 * included — at once on the new owner after {@code MOVED}, after the configured backoff otherwise —
 * at most {@link #MAX_ATTEMPTS} times, counted and reported like any other command. The futures of
 * an abandoned attempt fail. Each step waits at most the command timeout; a timeout or a broken
 * connection leaves the outcome unknown and is not retried.
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
    Attempts attempts = loop.block("EXEC", watch.firstKey(), MAX_ATTEMPTS);
    HostAndPort target = null;
    while (true) {
      TransactionQueue queue = new TransactionQueue();
      Outcome outcome = attempt(attempts, target, watch, slot, body, queue);
      if (outcome.result != null) {
        attempts.succeeded();
        return withAttempts(outcome.result, attempts.attempts());
      }
      if (outcome.next instanceof FollowUp.Resend resend) {
        failAll(queue.queued(), abandoned(attempts.lastReason()));
        loop.pause(resend.delayNanos());
        target = resend.target();
        continue;
      }
      // FollowUp.Fail: the only other outcome of a unit without a deadline.
      RuntimeException error = unchecked(((FollowUp.Fail) outcome.next).error());
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
    boolean clean = false;
    try {
      attempts.awaiting("WATCH");
      Exchange watched = exchange(attempts, connection, List.of(watch));
      if (watched.failed != null) {
        return Outcome.next(watched.failed);
      }
      FollowUp next = attempts.onReply(watched.replies.get(0));
      if (!(next instanceof FollowUp.Complete)) {
        clean = true; // a refused WATCH watches nothing
        return Outcome.next(next);
      }
      body.accept(queue.facade());
      List<TransactionQueue.Queued<?>> queued = queue.queued();
      for (TransactionQueue.Queued<?> q : queued) {
        commonSlot(q.command, slot);
      }
      List<Command> block = new ArrayList<>(queued.size() + 2);
      block.add(MULTI);
      queued.forEach(q -> block.add(q.command));
      block.add(EXEC);
      attempts.awaiting("MULTI/EXEC");
      Exchange replies = exchange(attempts, connection, block);
      if (replies.failed != null) {
        return Outcome.next(replies.failed);
      }
      clean = true; // EXEC (or its abort) ends the transaction and unwatches every key
      return finish(attempts, queued, replies.replies);
    } finally {
      if (clean) {
        exclusive.release(connection);
      } else {
        exclusive.invalidate(connection);
      }
    }
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

  /** The replies of one step, or what the loop says after its connection failed or timed out. */
  private record Exchange(List<Reply> replies, FollowUp failed) {}

  /**
   * Writes {@code commands} in one flush and waits (at most the command timeout) for the replies.
   */
  private Exchange exchange(Attempts attempts, NodeConnection connection, List<Command> commands) {
    long timeout = exclusive.commandTimeout().toNanos();
    try {
      return new Exchange(send(connection, commands).get(timeout, TimeUnit.NANOSECONDS), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlotwiseException(
          "interrupted while waiting for a transaction on " + connection.address(), e);
    } catch (ExecutionException e) {
      // Written, perhaps run: never resent (EXEC may have applied the block).
      return new Exchange(null, attempts.onFailure(e.getCause(), true, false));
    } catch (TimeoutException e) {
      return new Exchange(null, new FollowUp.Fail(attempts.timeout(timeout, "")));
    }
  }

  /** Writes {@code commands} back to back in one flush; completes with every reply, in order. */
  private static CompletableFuture<List<Reply>> send(
      NodeConnection connection, List<Command> commands) {
    List<RequestOutbound> exchanges = new ArrayList<>(commands.size());
    for (Command c : commands) {
      exchanges.add(new RequestOutbound(c));
    }
    connection.sendAll(exchanges);
    CompletableFuture<?>[] all =
        exchanges.stream().map(RequestOutbound::future).toArray(CompletableFuture[]::new);
    return CompletableFuture.allOf(all)
        .thenApply(done -> exchanges.stream().map(x -> x.future().join()).toList());
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
