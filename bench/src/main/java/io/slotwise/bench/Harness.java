package io.slotwise.bench;

import io.slotwise.testkit.LocalRedisCluster;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Parent mode: starts the local cluster (unless seeds are given), preloads the keys, runs one child
 * JVM per client and workload, then the C ceiling, and prints the table. Single-threaded; stops the
 * cluster it started.
 */
final class Harness {
  private final Options options;

  Harness(Options options) {
    this.options = options;
  }

  int run() throws IOException, InterruptedException {
    if (options.seeds != null) {
      return runAgainst(options.seeds);
    }
    System.out.println("== starting a local 3-master + 3-replica cluster (test kit)");
    try (LocalRedisCluster cluster = LocalRedisCluster.start()) {
      if (options.serverPids.length == 0) {
        options.serverPids = cluster.nodes().stream().mapToLong(n -> n.pid()).toArray();
      }
      return runAgainst(cluster.seeds());
    }
  }

  private int runAgainst(String[] seeds) throws IOException, InterruptedException {
    System.out.println("== seeds " + String.join(",", seeds));
    preload(seeds);
    List<String[]> plan = new ArrayList<>();
    for (Workload w : options.workloads) {
      for (String c : options.clients) {
        if (Child.runs(c, w)) {
          plan.add(new String[] {c, w.label()});
        }
      }
    }
    List<RunResult> results = new ArrayList<>();
    int n = 0;
    for (String[] run : plan) {
      n++;
      long t0 = System.nanoTime();
      RunResult r = runChild(run[0], Workload.parse(run[1]), seeds);
      results.add(r);
      System.out.printf(
          Locale.ROOT,
          "[%d/%d] %-14s %-12s %s (%.1f s)%n",
          n,
          plan.size(),
          r.client(),
          r.workload().label(),
          r.failure() != null
              ? "FAILED: " + r.failure()
              : String.format(
                  Locale.ROOT,
                  "%.0f %s/s p50 %.1f µs p99 %.1f µs p999 %.1f µs errors %d"
                      + " cpu/op client %s server %s, alloc/op %s",
                  r.opsPerSecond(),
                  r.workload().unit(),
                  r.p50Micros(),
                  r.p99Micros(),
                  r.p999Micros(),
                  r.errors(),
                  ResultTable.micros(r.clientCpuMicrosPerOp()),
                  ResultTable.micros(r.serverCpuMicrosPerOp()),
                  ResultTable.bytes(r.allocatedBytesPerOp())),
          (System.nanoTime() - t0) / 1e9);
    }
    List<CeilingBenchmark.Ceiling> ceilings = new ArrayList<>();
    String note = null;
    if (CeilingBenchmark.available()) {
      System.out.println("== redis-benchmark -P 100 -d 100 -t set,get (the C ceiling; then -c 1)");
      ceilings.add(CeilingBenchmark.run(seeds, options.quick ? 100_000 : 2_000_000, 0));
      ceilings.add(CeilingBenchmark.run(seeds, options.quick ? 50_000 : 1_000_000, 1));
    } else {
      note = "C ceiling: skipped, no redis-benchmark on the PATH (Debian: redis-tools).";
      System.out.println(note);
    }
    System.out.println();
    System.out.print(ResultTable.format(results, ceilings, note));
    boolean ok = results.stream().allMatch(RunResult::ok);
    if (!ok) {
      System.out.println("FAILED: at least one run failed or saw errors (see above)");
    }
    return ok ? 0 : 1;
  }

  private void preload(String[] seeds) throws InterruptedException {
    KeySpace keys = new KeySpace(options.keys);
    long t0 = System.nanoTime();
    Semaphore inFlight = new Semaphore(WorkloadRunner.MAX_IN_FLIGHT);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    try (SlotwiseBenchClient client = new SlotwiseBenchClient(seeds)) {
      for (int i = 0; i < keys.size() && failure.get() == null; i++) {
        inFlight.acquire();
        client
            .setAsync(keys.key(i), keys.value())
            .whenComplete(
                (v, e) -> {
                  if (e != null) {
                    failure.compareAndSet(null, e);
                  }
                  inFlight.release();
                });
      }
      if (!inFlight.tryAcquire(WorkloadRunner.MAX_IN_FLIGHT, 60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("preload: SETs still in flight after 60 s");
      }
    }
    if (failure.get() != null) {
      throw new IllegalStateException("preload failed", failure.get());
    }
    System.out.printf(
        Locale.ROOT,
        "== preloaded %d keys with %d-byte values in %.1f s%n",
        keys.size(),
        KeySpace.VALUE_SIZE,
        (System.nanoTime() - t0) / 1e9);
  }

  private RunResult runChild(String client, Workload workload, String[] seeds)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xms1g");
    cmd.add("-Xmx1g");
    if (options.jfrDir != null) {
      Files.createDirectories(options.jfrDir);
      Path file = options.jfrDir.resolve(client + "-" + workload.label() + ".jfr");
      cmd.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + file);
    }
    String profiler = options.profilerAgent(client, workload);
    if (profiler != null) {
      Files.createDirectories(options.profileDir);
      cmd.add(profiler);
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(options.childArgs(client, workload, seeds));
    Path log = Files.createTempFile("slotwise-bench-" + client + "-" + workload.label(), ".log");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log.toFile());
    Process p = pb.start();
    String result = null;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith(Child.RESULT + " ")) {
          result = line;
        }
      }
    }
    long limit = options.warmupMillis + options.durationMillis + 120_000;
    if (!p.waitFor(limit, TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      return RunResult.failed(client, workload, "child still running after " + limit + " ms");
    }
    if (p.exitValue() != 0 || result == null) {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      System.out.println("---- child log " + log + " (last 40 lines)");
      lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(System.out::println);
      return RunResult.failed(client, workload, "child exit " + p.exitValue());
    }
    String errors = Files.readString(log, StandardCharsets.UTF_8);
    if (!errors.isBlank() && !result.endsWith(" 0")) {
      System.out.println("---- child log " + log);
      System.out.println(errors.length() > 4000 ? errors.substring(0, 4000) : errors);
    } else {
      Files.delete(log);
    }
    String[] f = result.split(" ");
    return new RunResult(
        client,
        workload,
        Double.parseDouble(f[1]),
        Double.parseDouble(f[2]),
        Double.parseDouble(f[3]),
        Double.parseDouble(f[4]),
        Long.parseLong(f[5]),
        Double.parseDouble(f[6]),
        Double.parseDouble(f[7]),
        Double.parseDouble(f[8]),
        null);
  }
}
