package io.slotwise.bench;

import java.util.Locale;

/** The side-by-side workloads; see {@link WorkloadRunner} for what each one does. */
enum Workload {
  /** SET then GET of one random key, one thread. */
  SYNC_1T("sync-1t"),
  /** 16 threads, GET/SET 50/50 on random keys. */
  SYNC_16T("sync-16t"),
  /** One issuing thread, at most 1000 commands in flight, GET/SET 50/50. */
  ASYNC("async"),
  /** Batches of 100 commands (SET/GET alternating) on random keys across all slots. */
  PIPELINE_100("pipeline-100"),
  /** MGET of 100 random keys across slots. */
  MGET_100("mget-100");

  private final String label;

  Workload(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** The unit the ops/s column counts: commands, except for MGET (one call of 100 keys). */
  String unit() {
    return this == MGET_100 ? "calls" : "cmds";
  }

  static Workload parse(String label) {
    for (Workload w : values()) {
      if (w.label.equals(label.toLowerCase(Locale.ROOT))) {
        return w;
      }
    }
    throw new IllegalArgumentException("workload: unknown '" + label + "'");
  }
}
