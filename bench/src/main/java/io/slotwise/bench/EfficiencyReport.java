package io.slotwise.bench;

import java.util.List;
import java.util.Locale;

/**
 * The "Efficiency" block under the result table: per workload, Slotwise's client CPU per op against
 * each peer's, the ratio to each peer and to the best peer (lowest client CPU per op), and the p99
 * ratio. Plain Slotwise is compared with Lettuce and Jedis, spring-slotwise with spring-lettuce.
 * Stateless.
 */
final class EfficiencyReport {
  private static final String ROW = "| %-12s | %-15s | %10s | %-21s | %10s | %11s | %11s |%n";

  private EfficiencyReport() {}

  static String format(List<RunResult> results) {
    StringBuilder sb =
        new StringBuilder(
            "Efficiency: client CPU per op (all threads of the client JVM) and p99, Slotwise ÷"
                + " peer; below 1.00x Slotwise spends less CPU / waits less. \"best\": the peer"
                + " with the lowest client CPU per op on that workload.\n");
    sb.append(
        String.format(
            Locale.ROOT,
            ROW,
            "workload",
            "client",
            "client CPU",
            "peer",
            "peer CPU",
            "CPU sw/peer",
            "p99 sw/peer"));
    sb.append("|--------------|-----------------|-----------:|-----------------------|")
        .append("-----------:|------------:|------------:|\n");
    for (Workload w : Workload.values()) {
      for (String reference : List.of("slotwise", SpringTemplateBenchClient.SLOTWISE)) {
        RunResult sw = Peers.find(results, reference, w);
        List<RunResult> peers = Peers.of(results, reference, w);
        if (sw == null || peers.isEmpty()) {
          continue;
        }
        for (RunResult p : peers) {
          sb.append(row(sw, p, p.client()));
        }
        RunResult best = Peers.best(peers, Metric.CLIENT_CPU);
        if (best == null) {
          sb.append(
              String.format(
                  Locale.ROOT,
                  ROW,
                  w.label(),
                  reference,
                  cpu(sw),
                  "best: none",
                  "-",
                  "n/a",
                  "n/a"));
        } else {
          sb.append(row(sw, best, "best: " + best.client()));
        }
      }
    }
    return sb.toString();
  }

  private static String row(RunResult sw, RunResult peer, String peerLabel) {
    return String.format(
        Locale.ROOT,
        ROW,
        sw.workload().label(),
        sw.client(),
        cpu(sw),
        peerLabel,
        cpu(peer),
        Metric.ratioText(Metric.CLIENT_CPU.ratio(sw, peer)),
        Metric.ratioText(Metric.P99.ratio(sw, peer)));
  }

  private static String cpu(RunResult r) {
    return Metric.CLIENT_CPU.format(r);
  }
}
