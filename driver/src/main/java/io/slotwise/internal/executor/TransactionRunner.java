package io.slotwise.internal.executor;

import io.slotwise.HostAndPort;
import io.slotwise.RedisOutcomeUnknownException;
import io.slotwise.RedisProtocolException;
import io.slotwise.RedisRedirectionException;
import io.slotwise.RedisServerException;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseException;
import io.slotwise.TransactionResult;
import io.slotwise.cluster.CrossSlotException;
import io.slotwise.cluster.SlotHash;
import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.internal.cluster.Redirect;
import io.slotwise.internal.command.Args;
import io.slotwise.internal.command.MultiKey;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.RequestOutbound;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
 * <p>A {@code MOVED} (or {@code ASK}, {@code TRYAGAIN}, {@code CLUSTERDOWN}) to {@code WATCH} or to
 * a queued command means nothing ran ({@code EXEC} answers {@code EXECABORT}): the whole
 * transaction is tried again on the new owner, the body included, at most {@link #MAX_ATTEMPTS}
 * times. The futures of an abandoned attempt fail. Each step waits at most the command timeout; a
 * timeout or a broken connection after {@code EXEC} was written leaves the outcome unknown and is
 * not retried.
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
    Args.requireObject(body, "body");
    Command watch = MultiKey.command("WATCH", Args.requireAll(watchKeys, "watchKeys"), 1, false);
    exclusive.refuseInCodis(watch);
    int slot = commonSlot(watch, -1);
    RuntimeException last = null;
    List<TransactionQueue.Queued<?>> abandoned = List.of();
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      abandon(abandoned, last);
      TransactionQueue queue = new TransactionQueue();
      Attempt outcome = attempt(watch, slot, body, queue);
      if (outcome.result != null) {
        return withAttempts(outcome.result, attempt);
      }
      last = outcome.retryReason;
      abandoned = queue.queued();
      backoff(attempt, outcome.redirected);
    }
    abandon(abandoned, last);
    throw new RedisRedirectionException(
        "transaction on slot "
            + slot
            + " was not executed after "
            + MAX_ATTEMPTS
            + " attempts; last: "
            + (last != null ? last.getMessage() : "none"));
  }

  /** One try: a result (attempt count filled in by {@link #run}), or why to try again. */
  private record Attempt(
      TransactionResult result, RuntimeException retryReason, boolean redirected) {}

  private Attempt attempt(
      Command watch, int slot, Consumer<AsyncRedisCommands> body, TransactionQueue queue) {
    HostAndPort owner = exclusive.ownerOf(watch);
    NodeConnection connection = exclusive.borrow(owner);
    boolean clean = false;
    try {
      Reply watched = await(send(connection, List.of(watch)), "WATCH", owner).get(0);
      RetryReason again = retryReason(watched, owner, "WATCH");
      if (again != null) {
        clean = true; // a refused WATCH watches nothing
        return new Attempt(null, again.error, again.redirected);
      }
      if (watched instanceof Reply.Error e) {
        throw new RedisServerException("WATCH", e.message());
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
      List<Reply> replies = await(send(connection, block), "MULTI/EXEC", owner);
      clean = true; // EXEC (or its abort) ends the transaction and unwatches every key
      return finish(queued, replies, owner);
    } finally {
      if (clean) {
        exclusive.release(connection);
      } else {
        exclusive.invalidate(connection);
      }
    }
  }

  private Attempt finish(
      List<TransactionQueue.Queued<?>> queued, List<Reply> replies, HostAndPort owner) {
    if (replies.get(0) instanceof Reply.Error e) {
      throw new RedisServerException("MULTI", e.message());
    }
    for (int i = 0; i < queued.size(); i++) {
      Reply reply = replies.get(i + 1);
      String name = queued.get(i).command.name();
      RetryReason again = retryReason(reply, owner, name);
      if (again != null) {
        return new Attempt(null, again.error, again.redirected);
      }
      if (reply instanceof Reply.Error e) {
        RedisServerException refused = new RedisServerException(name, e.message());
        fail(queued, refused);
        throw refused;
      }
    }
    Reply exec = replies.get(replies.size() - 1);
    if (exec instanceof Reply.Null) {
      fail(queued, new SlotwiseException("transaction discarded: a watched key was changed"));
      return new Attempt(TransactionResult.discarded(0), null, false);
    }
    if (exec instanceof Reply.Error e) {
      RedisServerException failed = new RedisServerException("EXEC", e.message());
      fail(queued, failed);
      throw failed;
    }
    if (!(exec instanceof Reply.Array array) || array.items().size() != queued.size()) {
      throw new RedisProtocolException(
          "EXEC answered " + exec + " for " + queued.size() + " queued commands");
    }
    List<Object> values = new ArrayList<>(queued.size());
    for (int i = 0; i < queued.size(); i++) {
      values.add(complete(queued.get(i), array.items().get(i)));
    }
    return new Attempt(TransactionResult.committed(values, 0), null, false);
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
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Why to try the whole transaction again, or null when the reply is final. */
  private record RetryReason(RuntimeException error, boolean redirected) {}

  private RetryReason retryReason(Reply reply, HostAndPort owner, String name) {
    if (!(reply instanceof Reply.Error error)) {
      return null;
    }
    Redirect redirect = Redirect.parse(error, owner);
    if (redirect != null) {
      if (redirect.kind() == Redirect.Kind.MOVED) {
        exclusive.router().onMoved(redirect.slot(), redirect.address());
      }
      return new RetryReason(
          new RedisRedirectionException(name + " on " + owner + ": " + error.message()),
          redirect.kind() == Redirect.Kind.MOVED);
    }
    switch (error.code()) {
      case "TRYAGAIN":
      case "CLUSTERDOWN":
      case "MASTERDOWN":
      case "LOADING":
      case "READONLY":
        return new RetryReason(new RedisServerException(name, error.message()), false);
      default:
        return null;
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

  private List<Reply> await(CompletableFuture<List<Reply>> replies, String what, HostAndPort node) {
    long timeout = exclusive.config().commandTimeout().toNanos();
    try {
      return replies.get(timeout, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlotwiseException("interrupted while waiting for " + what + " on " + node, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw new RedisOutcomeUnknownException(
          what
              + " on "
              + node
              + " failed: "
              + cause.getMessage()
              + " (the transaction may or may"
              + " not have run)",
          cause);
    } catch (TimeoutException e) {
      throw new RedisTimeoutException(
          what + " on " + node + " got no answer within " + timeout / 1_000_000 + " ms", e);
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

  private static void fail(List<TransactionQueue.Queued<?>> queued, Throwable cause) {
    for (TransactionQueue.Queued<?> q : queued) {
      q.future.completeExceptionally(cause);
    }
  }

  private static void abandon(List<TransactionQueue.Queued<?>> queued, RuntimeException reason) {
    if (!queued.isEmpty()) {
      fail(
          queued,
          new RedisRedirectionException(
              "this attempt of the transaction was not executed and was tried again ("
                  + (reason != null ? reason.getMessage() : "retry")
                  + "); see the TransactionResult"));
    }
  }

  private static TransactionResult withAttempts(TransactionResult r, int attempts) {
    return r.wasDiscarded()
        ? TransactionResult.discarded(attempts)
        : TransactionResult.committed(r.values(), attempts);
  }

  private void backoff(int attempt, boolean redirected) {
    if (redirected) {
      return; // the new owner is known: go at once
    }
    long millis = Math.min(10L << attempt, 500);
    try {
      Thread.sleep(millis); // a migration or an election in progress: give it time, bounded
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlotwiseException("interrupted while retrying a transaction", e);
    }
  }
}
