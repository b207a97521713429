package io.slotwise.internal.command;

import io.slotwise.commands.AsyncRedisCommands;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * What the per-family command interfaces of {@link SyncCommandsImpl} ({@link SyncStringOps}, {@link
 * SyncKeyOps}, ... {@link SyncGenericOps}) need from it: the async commands to call and the waits
 * on their futures. Package-private; its methods are public only because interface methods are.
 * Thread-safe as its implementor.
 */
public interface SyncOps {

  /** The async commands each sync command calls, then waits on; not owned. */
  AsyncRedisCommands async();

  /** Waits for {@code future}; {@code command} names it in messages. */
  <T> T await(CompletableFuture<T> future, String command);

  /**
   * Waits for a blocking command: the command timeout plus the time the server may block, or
   * without bound when it may block forever (the executor has no deadline then either).
   */
  <T> T awaitBlocking(CompletableFuture<T> future, String command, Duration blockFor);
}
