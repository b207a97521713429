package io.slotwise.bench;

import java.util.List;
import java.util.Locale;

/** Formats the one result table. Stateless. */
final class ResultTable {
  private ResultTable() {}

  static String format(
      List<RunResult> results, List<CeilingBenchmark.Ceiling> ceilings, String note) {
    StringBuilder sb = new StringBuilder();
    String header =
        String.format(
            Locale.ROOT,
            "| %-12s | %-15s | %12s | %9s | %9s | %9s | %6s | %10s | %10s | %9s | %13s |%n",
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
            "slotwise/peer");
    sb.append(header);
    sb.append("|--------------|-----------------|-------------:|----------:|----------:|")
        .append("----------:|-------:|-----------:|-----------:|----------:|--------------:|\n");
    for (RunResult r : results) {
      String reference = reference(r.client());
      RunResult sw = find(results, reference, r.workload());
      String ratio;
      if (r.failure() != null) {
        ratio = "FAILED";
      } else if (r.client().equals(reference)) {
        ratio = "-";
      } else if (sw == null || sw.failure() != null || r.opsPerSecond() == 0) {
        ratio = "n/a";
      } else {
        ratio = String.format(Locale.ROOT, "%.2fx", sw.opsPerSecond() / r.opsPerSecond());
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "| %-12s | %-15s | %12s | %9.1f | %9.1f | %9.1f | %6d | %10s | %10s | %9s | %13s |%n",
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
              ratio));
    }
    for (CeilingBenchmark.Ceiling ceiling : ceilings) {
      RunResult sw = find(results, "slotwise", Workload.PIPELINE_100);
      String ratio =
          sw == null || sw.failure() != null
              ? "n/a"
              : String.format(Locale.ROOT, "%.2fx", sw.opsPerSecond() / ceiling.mix());
      sb.append(
          String.format(
              Locale.ROOT,
              "| %-12s | %-15s | %12.0f | %9s | %9s | %9s | %6s | %10s | %10s | %9s | %13s |%n",
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
              ratio));
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
            + " allocated per op by the client JVM's threads.\n");
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

  /**
   * The Slotwise row a client is compared with: the Spring template clients with each other
   * (spring-slotwise / spring-lettuce), every other client with plain Slotwise.
   */
  static String reference(String client) {
    return client.startsWith("spring-") ? SpringTemplateBenchClient.SLOTWISE : "slotwise";
  }

  private static RunResult find(List<RunResult> results, String client, Workload w) {
    for (RunResult r : results) {
      if (r.client().equals(client) && r.workload() == w) {
        return r;
      }
    }
    return null;
  }
}
