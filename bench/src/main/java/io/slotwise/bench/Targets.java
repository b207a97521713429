package io.slotwise.bench;

import java.util.List;
import java.util.Locale;

/**
 * The targets of issue 16 ("Fast for one thread too"), as data, and their verdicts under the result
 * table. Ratios are Slotwise ÷ peer from one run; "best peer" is the peer configuration best on
 * that metric (highest ops/s, lowest CPU per op), jedis-executor included. Stateless.
 */
final class Targets {
  static final List<Target> ISSUE_16 =
      List.of(
          Target.against("jedis", Workload.SYNC_1T, Metric.THROUGHPUT, 1.0),
          Target.against("jedis", Workload.SYNC_1T, Metric.P99, 1.0),
          Target.againstBest(Workload.SYNC_1T, Metric.CLIENT_CPU, 0.7),
          Target.againstBest(Workload.PIPELINE_100, Metric.CLIENT_CPU, 0.7),
          Target.againstBest(Workload.MGET_100, Metric.CLIENT_CPU, 0.7),
          // Lettuce is the only peer with an async API, so the best peer here is Lettuce.
          Target.againstBest(Workload.ASYNC, Metric.CLIENT_CPU, 0.5),
          Target.againstBest(Workload.PIPELINE_100, Metric.THROUGHPUT, 1.5),
          Target.againstBest(Workload.MGET_100, Metric.THROUGHPUT, 1.5),
          Target.againstBest(Workload.SYNC_16T, Metric.THROUGHPUT, 1.5),
          Target.against("lettuce", Workload.ASYNC, Metric.THROUGHPUT, 3.0));

  private Targets() {}

  /** The verdict table of {@code targets} on {@code results}. */
  static String format(String title, List<Target> targets, List<RunResult> results) {
    StringBuilder sb = new StringBuilder(title).append('\n');
    String row = "| %-46s | %-56s | %-7s |%n";
    sb.append(String.format(Locale.ROOT, row, "target (Slotwise ÷ peer)", "measured", "verdict"));
    sb.append("|").append("-".repeat(48)).append("|").append("-".repeat(58)).append("|");
    sb.append("-".repeat(9)).append("|\n");
    for (Target t : targets) {
      Target.Outcome o = t.evaluate(results);
      sb.append(String.format(Locale.ROOT, row, t.describe(), o.measured(), o.verdict().label()));
    }
    return sb.toString();
  }
}
