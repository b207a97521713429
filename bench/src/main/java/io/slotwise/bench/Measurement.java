package io.slotwise.bench;

import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Counts operations and errors and records latencies in nanoseconds. Thread-safe (wait-free
 * recording); {@link #reset()} starts a new interval, used after the warm-up.
 */
final class Measurement {
  private final Recorder latencies = new Recorder(3);
  private final LongAdder ops = new LongAdder();
  private final LongAdder errors = new LongAdder();
  private volatile Throwable firstError;

  void record(long startNanos, int operations) {
    latencies.recordValue(Math.max(1, System.nanoTime() - startNanos));
    ops.add(operations);
  }

  void error(Throwable t) {
    errors.increment();
    if (firstError == null) {
      firstError = t;
    }
  }

  void reset() {
    latencies.reset();
    ops.reset();
    errors.reset();
  }

  long ops() {
    return ops.sum();
  }

  long errors() {
    return errors.sum();
  }

  Throwable firstError() {
    return firstError;
  }

  /** The latencies since the last reset; call once, at the end. */
  Histogram histogram() {
    return latencies.getIntervalHistogram();
  }
}
