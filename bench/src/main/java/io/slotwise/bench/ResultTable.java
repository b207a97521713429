package io.slotwise.bench;

import java.util.List;
import java.util.Locale;

/**
 * Formats the one result table, then the efficiency block ({@link EfficiencyReport}) and the
 * verdicts of issue 16's targets ({@link Targets}). Stateless.
 */
final class ResultTable {
  private ResultTable() {}

  static String format(
      List<RunResult> results, List<CeilingBenchmark.Ceiling> ceilings, String note) {
    StringBuilder sb = new StringBuilder();
    String header =
        String.format(
            Locale.ROOT,
            "| %-12s | %-15s | %12s | %9s | %9s | %9s | %6s | %10s | %10s | %9s | %13s | %11s |%n",
            "workload",
            "client",
            "ops/s",
            "p50 µs",
            "p99 µs",
            "p999 µs",
            "errors",
            "client CPU",
            "server CPU",
            "alloc/op",
            "slotwise/peer",
            "CPU sw/peer");
    sb.append(header);
    sb.append("|--------------|-----------------|-------------:|----------:|----------:|")
        .append("----------:|-------:|-----------:|-----------:|----------:|--------------:|")
        .append("------------:|\n");
    for (RunResult r : results) {
      String reference = Peers.reference(r.client());
      RunResult sw = Peers.find(results, reference, r.workload());
      boolean self = r.client().equals(reference);
      String ratio;
      if (r.failure() != null) {
        ratio = "FAILED";
      } else if (self) {
        ratio = "-";
      } else {
        ratio = Metric.ratioText(Metric.THROUGHPUT.ratio(sw, r));
      }
      String cpuRatio = self ? "-" : Metric.ratioText(Metric.CLIENT_CPU.ratio(sw, r));
      sb.append(
          String.format(
              Locale.ROOT,
              "| %-12s | %-15s | %12s | %9.1f | %9.1f | %9.1f | %6d | %10s | %10s | %9s | %13s"
                  + " | %11s |%n",
              r.workload().label(),
              r.client(),
              String.format(Locale.ROOT, "%.0f %s", r.opsPerSecond(), r.workload().unit()),
              r.p50Micros(),
              r.p99Micros(),
              r.p999Micros(),
              r.errors(),
              micros(r.clientCpuMicrosPerOp()),
              micros(r.serverCpuMicrosPerOp()),
              bytes(r.allocatedBytesPerOp()),
              ratio,
              cpuRatio));
    }
    for (CeilingBenchmark.Ceiling ceiling : ceilings) {
      RunResult sw = Peers.find(results, "slotwise", Workload.PIPELINE_100);
      String ratio =
          sw == null || sw.failure() != null
              ? "n/a"
              : String.format(Locale.ROOT, "%.2fx", sw.opsPerSecond() / ceiling.mix());
      sb.append(
          String.format(
              Locale.ROOT,
              "| %-12s | %-15s | %12.0f | %9s | %9s | %9s | %6s | %10s | %10s | %9s | %13s"
                  + " | %11s |%n",
              ceiling.connections() == 0 ? "C ceiling" : "C, 1 conn",
              "redis-bench",
              ceiling.mix(),
              "-",
              "-",
              "-",
              "-",
              "-",
              "-",
              "-",
              ratio,
              "-"));
    }
    for (CeilingBenchmark.Ceiling ceiling : ceilings) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%s: redis-benchmark -P 100 -d 100 -t set,get%s on %s: SET %.0f/s, GET %.0f/s;"
                  + " the row shows their 50/50 mix (harmonic mean), compared with Slotwise"
                  + " pipeline-100 (also SET/GET 50/50).%n",
              ceiling.connections() == 0 ? "C ceiling" : "C, 1 conn",
              ceiling.connections() == 0 ? "" : " -c " + ceiling.connections(),
              ceiling.node(),
              ceiling.set(),
              ceiling.get()));
    }
    if (ceilings.isEmpty() && note != null) {
      sb.append(note).append('\n');
    }
    sb.append(
        "ops/s counts commands, except mget-100 (calls of 100 keys). Latency: per command for"
            + " sync/async, per batch of 100 for pipeline-100, per call for mget-100. CPU: µs of"
            + " CPU time per op (command, or mget-100 call) during the measurement, in the client"
            + " JVM (all its threads) and in all Redis server processes together (- when not"
            + " measured: --seeds without --server-pids, or not Linux); alloc/op: heap bytes"
            + " allocated per op by the client JVM's threads. slotwise/peer: Slotwise's ops/s ÷"
            + " this client's; CPU sw/peer: Slotwise's client CPU per op ÷ this client's (below"
            + " 1.00x Slotwise spends less); spring-lettuce is compared with spring-slotwise.\n");
    sb.append('\n').append(EfficiencyReport.format(results));
    sb.append('\n').append(Targets.format("Issue 16 targets:", Targets.ISSUE_16, results));
    return sb.toString();
  }

  /** A CPU cost per op for the table, "-" when not measured. */
  static String micros(double perOp) {
    return perOp < 0 ? "-" : String.format(Locale.ROOT, "%.2f µs", perOp);
  }

  /** Bytes per op for the table, "-" when not measured. */
  static String bytes(double perOp) {
    return perOp < 0 ? "-" : String.format(Locale.ROOT, "%.0f B", perOp);
  }
}
