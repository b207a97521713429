package io.slotwise.internal.transport;

import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.util.concurrent.CompletableFuture;

/**
 * An {@link Outbound} that completes a future: for {@link NodeConnection#request}, the handshake,
 * and callers that send several commands back to back with {@link NodeConnection#sendAll}. Error
 * replies complete it normally (as {@link Reply.Error}); transport failures complete it
 * exceptionally. Thread-safe.
 */
public final class RequestOutbound implements Outbound {
  private final Command command;
  private final CompletableFuture<Reply> future = new CompletableFuture<>();

  public RequestOutbound(Command command) {
    this.command = command;
  }

  /** Completes with the reply (error replies included) or the transport failure. */
  public CompletableFuture<Reply> future() {
    return future;
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
    future.completeExceptionally(cause);
  }
}
