package io.slotwise.internal.pubsub;

import io.slotwise.pubsub.PubSubMessage;
import io.slotwise.pubsub.PubSubMessageListener;
import io.slotwise.pubsub.Subscription;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages of one connection on their way to the listener: queued by the I/O thread ({@link
 * #offer}), delivered one at a time and in order by the shared delivery pool, at most {@value
 * #BATCH} per turn so that one busy connection does not hold a pool thread from the others. At most
 * {@link Subscription#MAX_QUEUED} wait; further messages are dropped and counted (pub/sub is
 * at-most-once; the alternative, queueing without bound, ends in an out-of-memory error).
 *
 * <p>Thread-safe: any thread offers, one pool thread at a time delivers.
 */
final class SerialDelivery implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(SerialDelivery.class);
  static final int BATCH = 64;

  private final String source;
  private final PubSubMessageListener listener;
  private final Executor pool;
  private final int limit;
  private final Queue<PubSubMessage> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger size = new AtomicInteger();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final AtomicLong dropped = new AtomicLong();

  /**
   * @param source names the connection in log lines
   */
  SerialDelivery(String source, PubSubMessageListener listener, Executor pool, int limit) {
    this.source = source;
    this.listener = listener;
    this.pool = pool;
    this.limit = limit;
  }

  /** Queues one message for the listener; never blocks. */
  void offer(PubSubMessage message) {
    if (size.incrementAndGet() > limit) {
      size.decrementAndGet();
      long n = dropped.incrementAndGet();
      if (n == 1 || n % 10_000 == 0) {
        log.warn(
            "pub/sub listener too slow on {}: {} messages waiting, {} dropped so far",
            source,
            limit,
            n);
      }
      return;
    }
    queue.add(message);
    schedule();
  }

  /** Messages dropped because the queue was full. */
  long dropped() {
    return dropped.get();
  }

  private void schedule() {
    if (scheduled.compareAndSet(false, true)) {
      try {
        pool.execute(this);
      } catch (RejectedExecutionException e) {
        scheduled.set(false); // the client is closing: nothing more is delivered
        queue.clear();
        size.set(0);
      }
    }
  }

  @Override
  public void run() {
    for (int i = 0; i < BATCH; i++) {
      PubSubMessage m = queue.poll();
      if (m == null) {
        break;
      }
      size.decrementAndGet();
      try {
        listener.onMessage(m);
      } catch (RuntimeException e) {
        log.warn("pub/sub listener failed on {} from {}", m, source, e);
      }
    }
    scheduled.set(false);
    if (!queue.isEmpty()) {
      schedule();
    }
  }
}
