package io.slotwise.bench;

import java.util.Locale;

/**
 * A figure of a {@link RunResult} that Slotwise is compared on, and which way is better. Ratios are
 * always Slotwise ÷ peer, so for throughput above 1 is better and for latency and CPU below 1 is
 * better. Stateless.
 */
enum Metric {
  /** Operations per second (commands, or calls for mget-100); higher is better. */
  THROUGHPUT("ops/s", true),
  /** 99th percentile latency; lower is better. */
  P99("p99", false),
  /** Client JVM CPU time per operation; lower is better. */
  CLIENT_CPU("client CPU/op", false);

  private final String label;
  private final boolean higherIsBetter;

  Metric(String label, boolean higherIsBetter) {
    this.label = label;
    this.higherIsBetter = higherIsBetter;
  }

  String label() {
    return label;
  }

  boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** This metric of {@code r}, or -1 when the run failed or did not measure it. */
  double value(RunResult r) {
    if (r.failure() != null) {
      return -1;
    }
    double v =
        switch (this) {
          case THROUGHPUT -> r.opsPerSecond();
          case P99 -> r.p99Micros();
          case CLIENT_CPU -> r.clientCpuMicrosPerOp();
        };
    return v > 0 ? v : -1;
  }

  /** {@code sw ÷ peer} on this metric, or NaN when either is missing, failed or unmeasured. */
  double ratio(RunResult sw, RunResult peer) {
    if (sw == null || peer == null) {
      return Double.NaN;
    }
    double a = value(sw);
    double b = value(peer);
    return a < 0 || b < 0 ? Double.NaN : a / b;
  }

  /** Whether {@code a} is better than {@code b} on this metric (both measured). */
  boolean better(double a, double b) {
    return higherIsBetter ? a > b : a < b;
  }

  /** This metric of {@code r} with its unit, e.g. "11867 cmds/s", "183.0 µs", "57.60 µs". */
  String format(RunResult r) {
    double v = value(r);
    if (v < 0) {
      return "n/a";
    }
    return switch (this) {
      case THROUGHPUT -> String.format(Locale.ROOT, "%.0f %s/s", v, r.workload().unit());
      case P99 -> String.format(Locale.ROOT, "%.1f µs", v);
      case CLIENT_CPU -> String.format(Locale.ROOT, "%.2f µs", v);
    };
  }

  /** A ratio for the tables: "0.42x", or "n/a" when NaN. */
  static String ratioText(double ratio) {
    return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2fx", ratio);
  }
}
