package io.slotwise.internal.transport;

import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;

/**
 * A command handed to a {@link NodeConnection}, with the callbacks that receive its outcome.
 *
 * <p>Exactly one of the two callbacks is called, exactly once, on the connection's event-loop
 * thread: implementations must not block. Error replies ({@code -ERR}, {@code MOVED}, ...) are
 * delivered through {@link #onReply} as {@link Reply.Error} values; {@link #onFailure} is only for
 * transport failures.
 */
public interface Outbound {

  Command command();

  /** The server's reply to this command (possibly an error reply). */
  void onReply(Reply reply);

  /**
   * The command has no reply and never will from this connection.
   *
   * @param cause why (a {@link io.slotwise.RedisConnectionException}, {@link
   *     io.slotwise.RedisProtocolException}, {@link io.slotwise.SlotwiseClosedException}, ...)
   * @param written {@code false} when it is certain the command never reached the server (it may be
   *     sent again safely); {@code true} when it was written and may have been executed
   */
  void onFailure(Throwable cause, boolean written);

  /** {@link #deadlineNanos()} of a command that must never wait for room on a full connection. */
  long NO_DEADLINE = Long.MIN_VALUE;

  /**
   * When this command's caller stops waiting for it, in {@link System#nanoTime()} terms: a command
   * sent by an application thread to a connection at its bound waits for room until then (see
   * {@link io.slotwise.ConnectionOptions#waitWhenFull()}). Default {@link #NO_DEADLINE}: never
   * waits (control traffic, handshakes).
   */
  default long deadlineNanos() {
    return NO_DEADLINE;
  }

  /**
   * Whether this RESP3 push frame is this command's reply. Only for the commands whose RESP3 answer
   * is a push frame ({@code SUBSCRIBE} and its family confirm each channel with one): asked, for
   * the oldest command in flight only, for each push frame before it goes to the push listener;
   * {@code true} ends the command, whose {@link #onReply} then gets that frame. Default: never.
   */
  default boolean completesOnPush(Reply.Push push) {
    return false;
  }

  /**
   * Told {@code true} when the connection makes its sender wait for room (at a bound, see {@link
   * io.slotwise.ConnectionOptions#waitWhenFull()}) and {@code false} when the wait ends, on the
   * sender's thread: while it waits the sender itself reports the outcome if the deadline comes.
   * Default: nothing.
   */
  default void waitingForRoom(boolean waiting) {}
}
