package io.slotwise.internal.command;

import io.slotwise.Pipeline;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseException;
import io.slotwise.internal.executor.CommandExecutor;
import io.slotwise.internal.executor.PipelineDispatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link Pipeline} as {@link AsyncCommandsImpl} over a {@link PipelineDispatcher}: every command
 * method is inherited, so the pipeline has exactly the commands of the async API; {@link #handOut}
 * records each future in call order for {@link #syncAll()}. Not thread-safe (see {@link Pipeline}).
 */
public final class PipelineImpl extends AsyncCommandsImpl implements Pipeline {
  /**
   * Added to the command timeout when waiting for a batch: every command ends by its own deadline,
   * so the margin only covers timer and thread scheduling delays on a loaded machine.
   */
  static final long MARGIN_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final PipelineDispatcher pipeline;
  private final long waitNanos;
  private ArrayList<CompletableFuture<?>> results = new ArrayList<>();
  private boolean closed;

  /**
   * @param keyPositions the client's resolver of generic commands' keys, or null for a new one
   */
  public PipelineImpl(CommandExecutor executor, KeyPositionResolver keyPositions) {
    this(new PipelineDispatcher(executor), executor.longestWaitNanos(), keyPositions);
  }

  private PipelineImpl(
      PipelineDispatcher pipeline, long timeoutNanos, KeyPositionResolver keyPositions) {
    super(pipeline, keyPositions);
    this.pipeline = pipeline;
    this.waitNanos = timeoutNanos + MARGIN_NANOS;
  }

  @Override
  public <T> CompletableFuture<T> handOut(CompletableFuture<T> future) {
    if (!closed) {
      results.add(future);
    }
    return future;
  }

  @Override
  public void sync() {
    sendAndAwait();
  }

  @Override
  public List<Object> syncAll() {
    List<CompletableFuture<?>> batch = sendAndAwait();
    List<Object> values = new ArrayList<>(batch.size());
    for (CompletableFuture<?> f : batch) {
      values.add(outcome(f));
    }
    return values;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    try {
      sync();
    } finally {
      closed = true;
      pipeline.close();
    }
  }

  /** Starts the queue and waits for the futures handed out since the last sync; returns them. */
  private List<CompletableFuture<?>> sendAndAwait() {
    List<CompletableFuture<?>> batch = results;
    results = new ArrayList<>();
    try {
      pipeline.beginSync();
      awaitAll(batch);
    } finally {
      pipeline.endSync();
    }
    return batch;
  }

  private void awaitAll(List<CompletableFuture<?>> batch) {
    long deadline = System.nanoTime() + waitNanos;
    for (CompletableFuture<?> f : batch) {
      if (f.isDone()) {
        continue;
      }
      try {
        f.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      } catch (ExecutionException | CancellationException failedOnItsOwn) {
        // A failed command is a result like any other: read from its future or from syncAll().
      } catch (TimeoutException e) {
        throw new RedisTimeoutException(
            "a pipeline of "
                + batch.size()
                + " commands did not complete within "
                + TimeUnit.NANOSECONDS.toMillis(waitNanos)
                + " ms",
            e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SlotwiseException("interrupted while waiting for a pipeline", e);
      }
    }
  }

  /** A complete future's value, or its exception (unwrapped) when it failed. */
  private static Object outcome(CompletableFuture<?> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      return e.getCause() != null ? e.getCause() : e;
    } catch (CancellationException e) {
      return e;
    }
  }
}
