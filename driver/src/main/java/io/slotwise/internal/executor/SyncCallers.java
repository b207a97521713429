package io.slotwise.internal.executor;

import io.slotwise.internal.transport.DirectLinks;
import io.slotwise.internal.transport.IoThreads;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * How the sync API starts its commands: at once, and — while no more than {@code maxOnLinks} sync
 * calls of the client are in progress — with their first attempts on caller-thread links ({@link
 * DirectLinks}), so that a lone caller neither wakes an I/O thread nor is woken by one. Beyond that
 * many concurrent sync calls, commands share the multiplexed connections, where many callers'
 * commands share one system call and one wake-up (measured: 16 threads were slower on links).
 *
 * <p>A single command counts until its future completes; a batch (a cross-slot call's parts) while
 * it is being started, which is when its links are used. Once {@code maxOnLinks} calls count, the
 * next ones are not counted at all (one read of the counter): under load the multiplexed path pays
 * nothing for this, and a lone caller is still seen alone. Thread-safe: one counter per client.
 */
final class SyncCallers implements Starter {
  private final int maxOnLinks;
  private final AtomicInteger inProgress = new AtomicInteger();
  private final BiConsumer<Object, Throwable> done = (value, error) -> inProgress.decrementAndGet();

  /**
   * @param maxOnLinks sync calls in progress at once that may use links; 0: none
   */
  SyncCallers(int maxOnLinks) {
    this.maxOnLinks = maxOnLinks;
  }

  @Override
  public void start(Invocation<?> invocation) {
    if (maxOnLinks == 0 || IoThreads.isIoThread()) {
      invocation.start(); // never block an event loop (sync() refuses to wait there anyway)
      return;
    }
    if (inProgress.get() >= maxOnLinks) {
      invocation.start(); // busy: the multiplexed connection, and no counting (it costs under load)
      return;
    }
    boolean direct = inProgress.incrementAndGet() <= maxOnLinks;
    try {
      invocation.start(direct);
    } catch (RuntimeException | Error e) {
      inProgress.decrementAndGet();
      throw e;
    }
    if (invocation.future.isDone()) {
      inProgress.decrementAndGet();
    } else {
      invocation.future.whenComplete(done);
    }
  }

  @Override
  public void startAll(List<? extends Invocation<?>> invocations) {
    if (invocations.size() == 1) {
      start(invocations.get(0));
      return;
    }
    if (maxOnLinks == 0) {
      NodeBatches.start(invocations, false);
      return;
    }
    boolean direct = inProgress.incrementAndGet() <= maxOnLinks;
    try {
      NodeBatches.start(invocations, direct);
    } finally {
      inProgress.decrementAndGet();
    }
  }
}
