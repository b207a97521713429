package io.slotwise.internal.transport;

import io.netty.util.internal.PlatformDependent;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Commands handed to a connection and not yet written: a multi-producer, single-consumer queue plus
 * the "a flush task is already scheduled" flag that makes many sends share one flush.
 *
 * <p>An element is one {@link Outbound} or one {@code List<Outbound>} from {@code sendAll}, which
 * is drained as a whole so that its commands stay contiguous on the wire. {@link #offer} is
 * thread-safe; {@link #drainTo} and {@link #forEachRemoved} are for the single consumer (the event
 * loop), though they are safe to call from anywhere.
 */
public final class SubmissionQueue {
  private final Queue<Object> queue = PlatformDependent.newMpscQueue();
  private final AtomicBoolean flushScheduled = new AtomicBoolean();

  /** Adds one command; returns whether the caller must schedule the flush task. */
  boolean offer(Outbound command) {
    queue.offer(command);
    return flushScheduled.compareAndSet(false, true);
  }

  /** Adds a contiguous group; returns whether the caller must schedule the flush task. */
  boolean offer(List<Outbound> group) {
    queue.offer(group);
    return flushScheduled.compareAndSet(false, true);
  }

  /** Called first by the flush task: sends after this point schedule another flush. */
  void flushStarted() {
    flushScheduled.set(false);
  }

  /** Claims the flush after a failed schedule attempt, or to reschedule; see {@link #offer}. */
  boolean claimFlush() {
    return flushScheduled.compareAndSet(false, true);
  }

  /** Clears the flag after the flush task could not be scheduled. */
  void flushNotScheduled() {
    flushScheduled.set(false);
  }

  boolean isEmpty() {
    return queue.isEmpty();
  }

  /** Moves up to {@code maxElements} elements (groups count as one) into {@code out}, in order. */
  void drainTo(List<Outbound> out, int maxElements) {
    Object element;
    for (int n = 0; n < maxElements && (element = queue.poll()) != null; n++) {
      if (element instanceof Outbound o) {
        out.add(o); // the common case, without a method reference allocated per element
      } else {
        add(element, out::add);
      }
    }
  }

  /** Removes every queued command, handing each to {@code action}. */
  void forEachRemoved(Consumer<Outbound> action) {
    Object element;
    while ((element = queue.poll()) != null) {
      add(element, action);
    }
  }

  private static void add(Object element, Consumer<Outbound> action) {
    if (element instanceof Outbound o) {
      action.accept(o);
      return;
    }
    @SuppressWarnings("unchecked")
    List<Outbound> group = (List<Outbound>) element;
    group.forEach(action);
  }
}
