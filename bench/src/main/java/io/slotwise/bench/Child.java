package io.slotwise.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Child mode: one client, one workload, one JVM. Warms up, measures, prints one {@code RESULT} line
 * on stdout for the parent. Runs on the calling thread; closes the client.
 */
final class Child {
  static final String RESULT = "RESULT";

  private Child() {}

  static BenchClient open(String client, String[] seeds) {
    return switch (client) {
      case "slotwise" -> new SlotwiseBenchClient(seeds);
      case "lettuce" -> new LettuceBenchClient(seeds);
      case "jedis" -> new JedisBenchClient(seeds, false);
      case "jedis-executor" -> new JedisBenchClient(seeds, true);
      case SpringTemplateBenchClient.SLOTWISE -> SpringTemplateBenchClient.slotwise(seeds);
      case SpringTemplateBenchClient.LETTUCE -> SpringTemplateBenchClient.lettuce(seeds);
      default -> throw new IllegalArgumentException("client: unknown '" + client + "'");
    };
  }

  /**
   * Whether {@code client} runs {@code workload}: Jedis has no async API, and "jedis-executor"
   * differs from "jedis" only for multi-node pipelines, so it runs only those workloads; the Spring
   * template clients measure what a Spring application's get/set loop costs, so they run the
   * synchronous workloads only.
   */
  static boolean runs(String client, Workload workload) {
    return switch (client) {
      case "jedis" -> workload != Workload.ASYNC;
      case "jedis-executor" -> workload == Workload.PIPELINE_100 || workload == Workload.MGET_100;
      case SpringTemplateBenchClient.SLOTWISE, SpringTemplateBenchClient.LETTUCE ->
          workload == Workload.SYNC_1T || workload == Workload.SYNC_16T;
      default -> true;
    };
  }

  static int run(Options o) throws InterruptedException {
    if (o.seeds == null) {
      throw new IllegalArgumentException("--child needs --seeds");
    }
    KeySpace keys = new KeySpace(o.keys);
    try (BenchClient client = open(o.childClient, o.seeds)) {
      byte[] probe = client.get(keys.key(0));
      if (probe == null || probe.length != KeySpace.VALUE_SIZE) {
        throw new IllegalStateException(
            client.name() + ": key:000000 is not preloaded (got " + probe + ")");
      }
      WorkloadRunner runner = new WorkloadRunner(client, keys);
      Measurement m = new Measurement();
      runner.run(o.childWorkload, TimeUnit.MILLISECONDS.toNanos(o.warmupMillis), m);
      m.histogram();
      m.reset();
      long clientCpu0 = CpuMeter.processCpuNanos();
      long serverCpu0 = serverCpu(o);
      long allocated0 = CpuMeter.allocatedBytes();
      long t0 = System.nanoTime();
      runner.run(o.childWorkload, TimeUnit.MILLISECONDS.toNanos(o.durationMillis), m);
      double seconds = (System.nanoTime() - t0) / 1e9;
      long clientCpu = difference(clientCpu0, CpuMeter.processCpuNanos());
      long serverCpu = difference(serverCpu0, serverCpu(o));
      long allocated = difference(allocated0, CpuMeter.allocatedBytes());
      Histogram h = m.histogram();
      System.out.printf(
          java.util.Locale.ROOT,
          "%s %.1f %.1f %.1f %.1f %d %.3f %.3f %.1f%n",
          RESULT,
          m.ops() / seconds,
          h.getValueAtPercentile(50) / 1000.0,
          h.getValueAtPercentile(99) / 1000.0,
          h.getValueAtPercentile(99.9) / 1000.0,
          m.errors(),
          CpuMeter.microsPerOp(clientCpu, m.ops()),
          CpuMeter.microsPerOp(serverCpu, m.ops()),
          allocated < 0 || m.ops() == 0 ? -1.0 : (double) allocated / m.ops());
      if (m.firstError() != null) {
        System.err.println(client.name() + " " + o.childWorkload.label() + ": first error:");
        m.firstError().printStackTrace();
      }
      System.out.flush();
    }
    return 0;
  }

  private static long serverCpu(Options o) {
    return o.serverPids.length == 0 ? -1 : CpuMeter.processesCpuNanos(o.serverPids);
  }

  private static long difference(long before, long after) {
    return before < 0 || after < 0 ? -1 : after - before;
  }
}
