package io.slotwise.internal.executor;

import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.Outbound;

/**
 * {@code ASKING}, written just before a command redirected by {@code ASK} on the same connection;
 * its reply is ignored (the command's own reply says whether the target took it). Stateless; one
 * shared instance.
 */
public final class Asking implements Outbound {
  static final Asking INSTANCE = new Asking();
  private static final Command ASKING = Command.keyless(false, "ASKING");

  private Asking() {}

  @Override
  public Command command() {
    return ASKING;
  }

  @Override
  public void onReply(Reply reply) {}

  @Override
  public void onFailure(Throwable cause, boolean written) {}
}
