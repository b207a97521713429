package io.slotwise.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Who is compared with whom: each Slotwise configuration (plain "slotwise", and "spring-slotwise"
 * for the Spring template clients) against the peer clients that run the same workload, and which
 * peer is the best on a metric. Stateless.
 */
final class Peers {
  private Peers() {}

  /**
   * The Slotwise row a client is compared with: the Spring template clients with each other
   * (spring-slotwise / spring-lettuce), every other client with plain Slotwise.
   */
  static String reference(String client) {
    return client.startsWith("spring-") ? SpringTemplateBenchClient.SLOTWISE : "slotwise";
  }

  /** The row of {@code client} on {@code w}, or null when it was not run. */
  static RunResult find(List<RunResult> results, String client, Workload w) {
    for (RunResult r : results) {
      if (r.client().equals(client) && r.workload() == w) {
        return r;
      }
    }
    return null;
  }

  /** The rows on {@code w} compared with {@code reference}, in table order (failed ones too). */
  static List<RunResult> of(List<RunResult> results, String reference, Workload w) {
    List<RunResult> out = new ArrayList<>();
    for (RunResult r : results) {
      if (r.workload() == w
          && !r.client().equals(reference)
          && reference(r.client()).equals(reference)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The peer configuration best on {@code m} (highest ops/s; lowest p99 or CPU per op) among those
   * that measured it; the first in table order on a tie; null when none did.
   */
  static RunResult best(List<RunResult> peers, Metric m) {
    RunResult best = null;
    for (RunResult r : peers) {
      double v = m.value(r);
      if (v >= 0 && (best == null || m.better(v, m.value(best)))) {
        best = r;
      }
    }
    return best;
  }
}
