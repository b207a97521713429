package io.slotwise.bench;

/**
 * One child run's figures; the CPU and allocation costs are per operation (command, or call for
 * mget-100), -1 when not measured; {@code failure} is non-null when the child failed. Immutable.
 */
record RunResult(
    String client,
    Workload workload,
    double opsPerSecond,
    double p50Micros,
    double p99Micros,
    double p999Micros,
    long errors,
    double clientCpuMicrosPerOp,
    double serverCpuMicrosPerOp,
    double allocatedBytesPerOp,
    String failure) {

  static RunResult failed(String client, Workload workload, String why) {
    return new RunResult(client, workload, 0, 0, 0, 0, 0, -1, -1, -1, why);
  }

  boolean ok() {
    return failure == null && errors == 0;
  }
}
