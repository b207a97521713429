package io.slotwise.internal.executor;

import io.slotwise.SlotwiseStats;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Counters of the retry loop; cheap to bump from any thread. */
public final class ExecutorCounters {
  final LongAdder moved = new LongAdder();
  final LongAdder asked = new LongAdder();
  final LongAdder timeouts = new LongAdder();
  final LongAdder failed = new LongAdder();
  private final Map<RetryStep.Cause, LongAdder> retries = new EnumMap<>(RetryStep.Cause.class);

  ExecutorCounters() {
    for (RetryStep.Cause cause : RetryStep.Cause.values()) {
      retries.put(cause, new LongAdder());
    }
  }

  void retry(RetryStep.Cause cause) {
    retries.get(cause).increment();
  }

  SlotwiseStats snapshot() {
    Map<String, Long> byCause = new java.util.LinkedHashMap<>();
    retries.forEach(
        (cause, n) -> byCause.put(cause.name().toLowerCase(java.util.Locale.ROOT), n.sum()));
    return new SlotwiseStats(moved.sum(), asked.sum(), timeouts.sum(), failed.sum(), byCause);
  }
}
