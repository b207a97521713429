package io.slotwise.internal.transport;

import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** Test {@link Outbound}: records the outcome, the thread it came on, and how often it came. */
public final class Recorder implements Outbound {
  final CompletableFuture<Reply> reply = new CompletableFuture<>();
  final AtomicInteger callbacks = new AtomicInteger();
  volatile Boolean written;
  volatile String thread;
  private final Command command;

  Recorder(Command command) {
    this.command = command;
  }

  static Recorder of(String... words) {
    return new Recorder(Command.keyless(false, words));
  }

  @Override
  public Command command() {
    return command;
  }

  @Override
  public void onReply(Reply r) {
    callbacks.incrementAndGet();
    thread = Thread.currentThread().getName();
    reply.complete(r);
  }

  @Override
  public void onFailure(Throwable cause, boolean written) {
    callbacks.incrementAndGet();
    thread = Thread.currentThread().getName();
    this.written = written;
    reply.completeExceptionally(cause);
  }

  /** The failure cause, waiting up to five seconds for it. */
  Throwable failure() {
    try {
      reply.get(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      throw new AssertionError("no outcome for " + command, e);
    }
    throw new AssertionError(command + " succeeded: " + reply.join());
  }

  /** The reply, waiting up to five seconds for it. */
  Reply get() {
    try {
      return reply.get(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (Exception e) {
      throw new AssertionError("no reply for " + command, e);
    }
  }
}
