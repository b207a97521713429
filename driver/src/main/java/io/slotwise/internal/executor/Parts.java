package io.slotwise.internal.executor;

import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One call answered by several invocations — the per-slot parts of a cross-slot {@code MGET},
 * {@code MSET}, {@code DEL}/{@code EXISTS}/... — with one future for the caller and one countdown
 * instead of a future per part joined by {@code allOf}: each part completes into its place here
 * ({@link Part}); the last one in completes the call with {@code finish} applied to the values in
 * part order, and the first part to fail fails the call at once, with that part's error as is.
 *
 * <p>Each part is still an {@link Invocation} of its own: routed, retried, redirected, counted and
 * bounded by its deadline exactly as a single command. A part that fails after the call failed, or
 * completes after it failed, changes nothing (as with other parts of a failed call, it may have
 * run).
 *
 * <p>Use: {@link #add} every part (before any starts), then {@link #start}; the result is {@link
 * #result()}. Building is confined to one thread; completion is thread-safe (parts complete on
 * different event loops).
 *
 * @param <T> what each part converts its reply to
 * @param <R> what the call answers
 */
public final class Parts<T, R> {
  private final CommandExecutor executor;
  private final Function<List<T>, R> finish;
  private final CompletableFuture<R> result = new CompletableFuture<>();
  private final ArrayList<Invocation<T>> invocations;
  private Object[] values;
  private AtomicInteger pending;

  /**
   * @param expected how many parts will be added (sizes the arrays; more may be added)
   * @param finish turns the parts' values, in the order they were added, into the call's answer; an
   *     exception it throws fails the call
   */
  public Parts(CommandExecutor executor, int expected, Function<List<T>, R> finish) {
    this.executor = executor;
    this.finish = finish;
    this.invocations = new ArrayList<>(expected);
  }

  /** Adds a part: {@code command}, routed by its key, its reply converted by {@code converter}. */
  public Invocation<T> add(Command command, Function<Reply, T> converter) {
    if (pending != null) {
      throw new IllegalStateException("parts of " + command.name() + " added after the start");
    }
    Invocation<T> part =
        new Invocation<>(executor, command, converter, null, new Part<>(this, invocations.size()));
    invocations.add(part);
    return part;
  }

  /**
   * Hands every part to {@code starter} (started together: one flush per node, or queued by a
   * pipeline) and returns the call's future. A call without parts answers {@code finish} of none.
   */
  public CompletableFuture<R> start(Starter starter) {
    values = new Object[invocations.size()];
    pending = new AtomicInteger(invocations.size());
    if (invocations.isEmpty()) {
      finish();
    } else {
      starter.startAll(invocations);
    }
    return result;
  }

  /** The call's future (the one the caller gets). */
  public CompletableFuture<R> result() {
    return result;
  }

  private void arrived(int index, Object value) {
    values[index] = value;
    if (pending.decrementAndGet() == 0) {
      finish();
    }
  }

  private void finish() {
    if (result.isDone()) {
      return; // a part failed
    }
    R answer;
    try {
      @SuppressWarnings("unchecked")
      List<T> all = (List<T>) Arrays.asList(values);
      answer = finish.apply(all);
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return;
    }
    result.complete(answer);
  }

  private void failed(Throwable error) {
    result.completeExceptionally(error);
  }

  /**
   * Where one part completes: its invocation's future, which hands the outcome to the call. Never
   * handed out; nothing waits on it.
   */
  private static final class Part<T> extends CompletableFuture<T> {
    private final Parts<T, ?> call;
    private final int index;

    Part(Parts<T, ?> call, int index) {
      this.call = call;
      this.index = index;
    }

    @Override
    public boolean complete(T value) {
      if (!super.complete(value)) {
        return false;
      }
      call.arrived(index, value);
      return true;
    }

    @Override
    public boolean completeExceptionally(Throwable error) {
      if (!super.completeExceptionally(error)) {
        return false;
      }
      call.failed(error);
      return true;
    }
  }
}
