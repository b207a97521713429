package io.slotwise.internal.command;

import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.internal.executor.Dispatcher;
import java.util.concurrent.CompletableFuture;

/**
 * {@link AsyncRedisCommands} over a {@link Dispatcher}. The commands are the default methods of the
 * per-family interfaces ({@link AsyncStringOps}, {@link AsyncKeyOps}, ... {@link AsyncGenericOps});
 * every one is one line: check and encode the arguments (a {@code String} becomes its UTF-8 bytes
 * once), build the byte-level command with {@link CommandBuilder} or {@link
 * CollectionCommandBuilder}, and let the dispatcher send it and convert the reply with {@link
 * Converters}. This class holds what they need ({@link AsyncOps}). Thread-safe; holds no state but
 * the dispatcher, which it does not own, and helpers over it.
 *
 * <p>Every future handed back to the caller passes through {@link #handOut} exactly once (at the
 * leaf method that talks to the dispatcher, never in a continuation): the one extension point, used
 * by {@link PipelineImpl} to collect results in the caller's order.
 */
public sealed class AsyncCommandsImpl
    implements AsyncRedisCommands,
        AsyncStringOps,
        AsyncKeyOps,
        AsyncKeyExtendedOps,
        AsyncHashOps,
        AsyncListOps,
        AsyncSetOps,
        AsyncSortedSetOps,
        AsyncSortedSetExtendedOps,
        AsyncSortedSetCombineOps,
        AsyncScriptingOps,
        AsyncServerOps,
        AsyncPubSubOps,
        AsyncBlockingOps,
        AsyncGenericOps,
        AsyncStreamOps,
        AsyncGeoOps,
        AsyncHyperLogLogOps,
        AsyncBitmapOps
    permits PipelineImpl {
  private final Dispatcher dispatcher;
  private final KeylessCommands keyless;
  private final KeyPositionResolver keyPositions;

  public AsyncCommandsImpl(Dispatcher dispatcher) {
    this(dispatcher, null);
  }

  /**
   * @param keyPositions the resolver of generic commands' keys to share (a pipeline shares its
   *     client's, whose cache and {@code COMMAND INFO} lookups do not wait for a sync), or null for
   *     a new one over {@code dispatcher}
   */
  public AsyncCommandsImpl(Dispatcher dispatcher, KeyPositionResolver keyPositions) {
    this.dispatcher = Args.requireObject(dispatcher, "dispatcher");
    this.keyless = new KeylessCommands(dispatcher);
    this.keyPositions = keyPositions != null ? keyPositions : new KeyPositionResolver(dispatcher);
  }

  @Override
  public Dispatcher dispatcher() {
    return dispatcher;
  }

  @Override
  public KeylessCommands keyless() {
    return keyless;
  }

  /** The resolver of generic commands' keys, with its cache. */
  @Override
  public KeyPositionResolver keyPositions() {
    return keyPositions;
  }

  /**
   * Called with each future just before a command method returns it to the caller, on the caller's
   * thread. Identity here.
   */
  @Override
  public <T> CompletableFuture<T> handOut(CompletableFuture<T> future) {
    return future;
  }
}
