package io.slotwise.internal.command;

import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseException;
import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.commands.RedisCommands;
import io.slotwise.internal.transport.IoThreads;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link RedisCommands} that waits on an {@link AsyncRedisCommands} future per call. The executor
 * enforces the command deadline; this class waits a little longer ({@link #WAIT_MARGIN}) only as a
 * safety net. A failure reaches the caller as the {@link SlotwiseException} subclass itself (never
 * wrapped in {@link ExecutionException}); anything else is wrapped in a {@link SlotwiseException}.
 * An interrupt while waiting restores the thread's interrupt flag and throws. The commands are the
 * default methods of the per-family interfaces ({@link SyncStringOps}, {@link SyncKeyOps}, ...
 * {@link SyncGenericOps}); this class holds what they need ({@link SyncOps}). Thread-safe; owns
 * nothing.
 */
public final class SyncCommandsImpl
    implements RedisCommands,
        SyncStringOps,
        SyncKeyOps,
        SyncKeyExtendedOps,
        SyncHashOps,
        SyncListOps,
        SyncSetOps,
        SyncSortedSetOps,
        SyncSortedSetExtendedOps,
        SyncSortedSetCombineOps,
        SyncScriptingOps,
        SyncServerOps,
        SyncPubSubOps,
        SyncBlockingOps,
        SyncGenericOps,
        SyncStreamOps,
        SyncGeoOps,
        SyncHyperLogLogOps,
        SyncBitmapOps {
  /** Extra wait past the command timeout, for the executor to report its own timeout first. */
  static final Duration WAIT_MARGIN = Duration.ofSeconds(5);

  private final AsyncRedisCommands async;
  private final long waitNanos;

  public SyncCommandsImpl(AsyncRedisCommands async, Duration commandTimeout) {
    this.async = Args.requireObject(async, "async");
    Args.requireObject(commandTimeout, "commandTimeout");
    if (commandTimeout.isNegative() || commandTimeout.isZero()) {
      throw new IllegalArgumentException("commandTimeout must be positive, got " + commandTimeout);
    }
    this.waitNanos = saturatedNanos(commandTimeout.plus(WAIT_MARGIN));
  }

  @Override
  public AsyncRedisCommands async() {
    return async;
  }

  @Override
  public <T> T await(CompletableFuture<T> future, String command) {
    return await(future, command, waitNanos);
  }

  private <T> T await(CompletableFuture<T> future, String command, long waitNanos) {
    IoThreads.refuseBlocking("sync()." + command);
    try {
      return future.get(waitNanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlotwiseException("interrupted while waiting for " + command, e);
    } catch (ExecutionException | CompletionException | CancellationException e) {
      throw unwrap(e, command);
    } catch (TimeoutException e) {
      throw new RedisTimeoutException(
          command + " got no answer within " + Duration.ofNanos(waitNanos), e);
    }
  }

  @Override
  public <T> T awaitBlocking(CompletableFuture<T> future, String command, Duration blockFor) {
    if (!blockFor.isZero()) {
      return await(future, command, saturatedNanos(Duration.ofNanos(waitNanos).plus(blockFor)));
    }
    IoThreads.refuseBlocking("sync()." + command);
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlotwiseException("interrupted while waiting for " + command, e);
    } catch (ExecutionException | CompletionException | CancellationException e) {
      throw unwrap(e, command);
    }
  }

  /** The {@link SlotwiseException} inside {@code e}, or a new one wrapping the real cause. */
  static SlotwiseException unwrap(Throwable e, String command) {
    Throwable t = e;
    while ((t instanceof ExecutionException || t instanceof CompletionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof SlotwiseException s) {
      return s;
    }
    if (t instanceof CancellationException) {
      return new SlotwiseException(command + " was cancelled", t);
    }
    return new SlotwiseException(command + " failed: " + t, t);
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }
}
