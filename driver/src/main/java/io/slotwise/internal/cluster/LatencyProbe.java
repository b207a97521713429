package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Measures each node's round-trip time for {@link io.slotwise.ReadFrom#LOWEST_LATENCY}: every
 * {@link #PERIOD} one {@code PING} goes to every node of the slot map over its command connection,
 * and an exponentially weighted moving average (weight {@link #ALPHA} for the new sample) is kept.
 * A ping still unanswered at the next round counts as a sample of the time waited so far, so a hung
 * node's average grows instead of freezing at its last good value.
 *
 * <p>Cost: one tiny command per node per second. Thread-safe; {@link #close()} stops the timer.
 */
public final class LatencyProbe implements AutoCloseable {
  /** Often enough to follow a node getting slow, rare enough to be free. */
  static final Duration PERIOD = Duration.ofSeconds(1);

  /** Weight of the newest sample: about the last three rounds dominate. */
  static final double ALPHA = 0.3;

  private static final Command PING = Command.keyless(true, "PING");

  private final Supplier<List<HostAndPort>> nodes;
  private final Function<HostAndPort, NodeConnection> connections;
  private final LongSupplier nanoTime;
  private final Map<HostAndPort, Sample> samples = new ConcurrentHashMap<>();
  private volatile ScheduledFuture<?> timer;

  LatencyProbe(
      Supplier<List<HostAndPort>> nodes,
      Function<HostAndPort, NodeConnection> connections,
      LongSupplier nanoTime) {
    this.nodes = nodes;
    this.connections = connections;
    this.nanoTime = nanoTime;
  }

  /** Starts probing at once and then every {@link #PERIOD}. */
  void start(ScheduledExecutorService scheduler) {
    try {
      timer =
          scheduler.scheduleWithFixedDelay(
              this::probeAll, 0, PERIOD.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      // The transport is shutting down: nothing left to measure.
    }
  }

  /** One round: a ping to every known node with a live connection. */
  void probeAll() {
    for (HostAndPort address : nodes.get()) {
      NodeConnection c;
      try {
        c = connections.apply(address);
      } catch (RuntimeException closed) {
        return;
      }
      Sample s = samples.computeIfAbsent(address, a -> new Sample());
      long now = nanoTime.getAsLong();
      if (s.pendingSince != 0) {
        s.add(now - s.pendingSince);
      }
      if (!c.isConnected()) {
        continue;
      }
      s.pendingSince = now;
      c.request(PING).whenComplete((reply, e) -> onAnswer(s, now, reply, e));
    }
  }

  private void onAnswer(Sample s, long sentAt, Reply reply, Throwable e) {
    if (s.pendingSince != sentAt) {
      return; // a newer round already counted this one as late
    }
    s.pendingSince = 0;
    if (e == null && !(reply instanceof Reply.Error)) {
      s.add(nanoTime.getAsLong() - sentAt);
    }
  }

  /** The node's average round trip in nanoseconds, or {@code Long.MAX_VALUE} when unmeasured. */
  long averageNanos(HostAndPort address) {
    Sample s = samples.get(address);
    return s == null || s.average < 0 ? Long.MAX_VALUE : Math.round(s.average);
  }

  /** Forgets nodes no longer in the topology. */
  void retain(java.util.Collection<HostAndPort> known) {
    samples.keySet().retainAll(known);
  }

  @Override
  public void close() {
    ScheduledFuture<?> t = timer;
    if (t != null) {
      t.cancel(false);
    }
  }

  /** One node's average; written by one probe round or reply at a time. */
  private static final class Sample {
    volatile double average = -1;
    volatile long pendingSince;

    synchronized void add(long nanos) {
      average = average < 0 ? nanos : ALPHA * nanos + (1 - ALPHA) * average;
    }
  }
}
