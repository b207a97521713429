package io.slotwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One performance target: on {@code workload}, Slotwise's {@code metric} divided by a peer's must
 * be at least {@code factor} (throughput) or at most {@code factor} (p99, CPU per op). The peer is
 * a named client, or, when {@code peer} is null, the best peer configuration on that metric among
 * all the peers that run the workload (so every one of them must have been run). Immutable.
 */
record Target(Workload workload, Metric metric, String peer, double factor) {

  /** What a run says about a target. */
  enum Verdict {
    MET("met"),
    MISSED("MISSED"),
    /** Slotwise or a peer the target needs was not part of the run. */
    NOT_RUN("not run"),
    /** A run the target needs failed or did not measure the metric. */
    NOT_MEASURED("n/a");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /** A verdict with the figures behind it. */
  record Outcome(Verdict verdict, String measured) {}

  /** Against the named {@code peer} client. */
  static Target against(String peer, Workload workload, Metric metric, double factor) {
    return new Target(workload, metric, peer, factor);
  }

  /** Against the best peer configuration on {@code metric}. */
  static Target againstBest(Workload workload, Metric metric, double factor) {
    return new Target(workload, metric, null, factor);
  }

  /** For example "sync-1t client CPU/op <= 0.70x best peer". */
  String describe() {
    return String.format(
        Locale.ROOT,
        "%s %s %s %.2fx %s",
        workload.label(),
        metric.label(),
        metric.higherIsBetter() ? ">=" : "<=",
        factor,
        peer == null ? "best peer" : peer);
  }

  /**
   * The peers this target needs: the named one, or every peer of plain Slotwise on the workload.
   */
  List<String> requiredPeers() {
    if (peer != null) {
      return List.of(peer);
    }
    List<String> out = new ArrayList<>();
    for (String c : Options.ALL_CLIENTS) {
      if (!c.equals("slotwise")
          && Peers.reference(c).equals("slotwise")
          && Child.runs(c, workload)) {
        out.add(c);
      }
    }
    return out;
  }

  Outcome evaluate(List<RunResult> results) {
    List<String> missing = new ArrayList<>();
    RunResult sw = Peers.find(results, "slotwise", workload);
    if (sw == null) {
      missing.add("slotwise");
    }
    List<RunResult> peers = new ArrayList<>();
    for (String c : requiredPeers()) {
      RunResult r = Peers.find(results, c, workload);
      if (r == null) {
        missing.add(c);
      } else {
        peers.add(r);
      }
    }
    if (sw == null && peers.isEmpty()) {
      return new Outcome(Verdict.NOT_RUN, workload.label() + " not in this run");
    }
    if (!missing.isEmpty()) {
      return new Outcome(Verdict.NOT_RUN, "no " + String.join(", ", missing) + " run");
    }
    List<String> unmeasured = new ArrayList<>();
    for (RunResult r : concat(sw, peers)) {
      if (metric.value(r) < 0) {
        unmeasured.add(r.client() + (r.failure() != null ? " failed" : " not measured"));
      }
    }
    if (!unmeasured.isEmpty()) {
      return new Outcome(Verdict.NOT_MEASURED, String.join(", ", unmeasured));
    }
    RunResult p = peer == null ? Peers.best(peers, metric) : peers.get(0);
    double ratio = metric.ratio(sw, p);
    boolean met = metric.higherIsBetter() ? ratio >= factor : ratio <= factor;
    String measured =
        String.format(
            Locale.ROOT,
            "%s %s (%s vs %s)",
            Metric.ratioText(ratio),
            p.client(),
            metric.format(sw),
            metric.format(p));
    return new Outcome(met ? Verdict.MET : Verdict.MISSED, measured);
  }

  private static List<RunResult> concat(RunResult first, List<RunResult> rest) {
    List<RunResult> out = new ArrayList<>();
    out.add(first);
    out.addAll(rest);
    return out;
  }
}
