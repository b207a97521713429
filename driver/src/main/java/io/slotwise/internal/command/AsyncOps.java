package io.slotwise.internal.command;

import io.slotwise.internal.executor.Dispatcher;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What the per-family command interfaces of {@link AsyncCommandsImpl} ({@link AsyncStringOps},
 * {@link AsyncKeyOps}, ... {@link AsyncGenericOps}) need from it: the dispatcher, the keyless
 * commands, the resolver of generic commands' keys and {@link #handOut}. Package-private; its
 * methods are public only because interface methods are. Thread-safe as its implementor.
 */
public interface AsyncOps {

  /** The dispatcher every command goes through; not owned. */
  Dispatcher dispatcher();

  /** The commands sent to a chosen node or to every master, over {@link #dispatcher()}. */
  KeylessCommands keyless();

  /** The resolver of generic commands' keys, with its cache. */
  KeyPositionResolver keyPositions();

  /**
   * Called with each future just before a command method returns it to the caller, on the caller's
   * thread: exactly once per future, at the leaf method that talks to the dispatcher, never in a
   * continuation.
   */
  <T> CompletableFuture<T> handOut(CompletableFuture<T> future);

  /** Sends one command and hands its future out. */
  default <T> CompletableFuture<T> run(Command command, Function<Reply, T> converter) {
    return handOut(dispatcher().execute(command, converter));
  }

  /** {@code value} as UTF-8; {@code name} names it in the exception when it is null. */
  static byte[] u(String value, String name) {
    return Args.utf8(value, name);
  }

  /** Each of {@code values} as UTF-8; {@code name} names them in the exception. */
  static byte[][] us(String[] values, String name) {
    return Args.utf8All(values, name);
  }
}
