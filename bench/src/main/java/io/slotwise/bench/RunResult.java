package io.slotwise.bench;

/** One child run's figures; {@code failure} is non-null when the child failed. Immutable. */
record RunResult(
    String client,
    Workload workload,
    double opsPerSecond,
    double p50Micros,
    double p99Micros,
    double p999Micros,
    long errors,
    String failure) {

  static RunResult failed(String client, Workload workload, String why) {
    return new RunResult(client, workload, 0, 0, 0, 0, 0, why);
  }

  boolean ok() {
    return failure == null && errors == 0;
  }
}
