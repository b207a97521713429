package io.slotwise.internal.command;

import io.slotwise.internal.protocol.Reply;
import java.util.function.Function;

/**
 * The generic reply conversion of {@code execute(byte[]...)} for callers outside this package (the
 * dedicated connections). Stateless.
 */
public final class GenericReplies {
  private GenericReplies() {}

  /** Bulk replies as {@code byte[]}; a top-level error is thrown naming {@code command}. */
  public static Function<Reply, Object> binary(String command) {
    return Converters.generic(command, false);
  }
}
