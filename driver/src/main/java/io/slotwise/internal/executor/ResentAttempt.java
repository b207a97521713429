package io.slotwise.internal.executor;

import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.Outbound;

/**
 * An attempt of an {@link Invocation} sent after an earlier one was abandoned on a hung node: its
 * outcome counts only while it is the invocation's current attempt ({@code sent} is its number).
 * Immutable; its callbacks run where the connection calls them.
 */
final class ResentAttempt implements Outbound {
  private final Invocation<?> invocation;
  private final int sent;

  ResentAttempt(Invocation<?> invocation, int sent) {
    this.invocation = invocation;
    this.sent = sent;
  }

  @Override
  public Command command() {
    return invocation.command();
  }

  @Override
  public void onReply(Reply reply) {
    invocation.onReply(reply, sent);
  }

  @Override
  public void onFailure(Throwable cause, boolean written) {
    invocation.onFailure(cause, written, sent);
  }

  @Override
  public long deadlineNanos() {
    return invocation.deadlineNanos();
  }

  @Override
  public void waitingForRoom(boolean waiting) {
    invocation.waitingForRoom(waiting);
  }
}
