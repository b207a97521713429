package io.slotwise.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Command-line options of the harness (parent and child). Immutable after {@link #parse}.
 *
 * <pre>
 * [--seeds host:port,...] [--quick]
 * [--clients slotwise,lettuce,jedis,jedis-executor,spring-slotwise,spring-lettuce]
 * [--workloads sync-1t,sync-16t,async,pipeline-100,mget-100] [--warmup SECONDS]
 * [--duration SECONDS] [--keys N] [--jfr DIR] [--server-pids PID,...]
 * [--async-profiler LIB [--profile-dir DIR] [--profile-event EVENT]]
 * child mode (used by the harness itself): --child CLIENT WORKLOAD ...
 * </pre>
 */
final class Options {
  static final List<String> ALL_CLIENTS =
      List.of(
          "slotwise",
          "lettuce",
          "jedis",
          "jedis-executor",
          SpringTemplateBenchClient.SLOTWISE,
          SpringTemplateBenchClient.LETTUCE);

  String[] seeds;
  boolean quick;
  List<String> clients = ALL_CLIENTS;
  List<Workload> workloads = Arrays.asList(Workload.values());
  long warmupMillis = -1;
  long durationMillis = -1;
  int keys = -1;
  Path jfrDir;

  /** libasyncProfiler.so to load into each child JVM; null: no profile. */
  Path asyncProfiler;

  /** Where the children's collapsed stacks go. */
  Path profileDir = Path.of("bench", "target", "profiles");

  /** The async-profiler event: cpu (perf events), or itimer where perf events are refused. */
  String profileEvent = "cpu";

  /** The Redis server processes whose CPU time is measured; empty: not measured. */
  long[] serverPids = new long[0];

  String childClient;
  Workload childWorkload;

  static Options parse(String[] args) {
    Options o = new Options();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--seeds" -> o.seeds = value(args, ++i, a).split(",");
        case "--quick" -> o.quick = true;
        case "--clients" -> o.clients = clients(value(args, ++i, a));
        case "--workloads" -> o.workloads = workloads(value(args, ++i, a));
        case "--warmup" -> o.warmupMillis = seconds(value(args, ++i, a), a);
        case "--duration" -> o.durationMillis = seconds(value(args, ++i, a), a);
        case "--keys" -> o.keys = positive(value(args, ++i, a), a);
        case "--jfr" -> o.jfrDir = Path.of(value(args, ++i, a));
        case "--server-pids" -> o.serverPids = pids(value(args, ++i, a), a);
        case "--async-profiler" -> o.asyncProfiler = agentPath(value(args, ++i, a), a);
        case "--profile-dir" -> o.profileDir = agentPath(value(args, ++i, a), a);
        case "--profile-event" -> o.profileEvent = event(value(args, ++i, a), a);
        case "--child" -> {
          o.childClient = clients(value(args, ++i, a)).get(0);
          o.childWorkload = Workload.parse(value(args, ++i, a));
        }
        default -> throw new IllegalArgumentException("unknown argument '" + a + "'");
      }
    }
    if (o.asyncProfiler != null && !Files.isRegularFile(o.asyncProfiler)) {
      throw new IllegalArgumentException(
          "--async-profiler: no such file '" + o.asyncProfiler + "' (libasyncProfiler.so)");
    }
    if (o.warmupMillis < 0) {
      o.warmupMillis = o.quick ? 300 : 10_000;
    }
    if (o.durationMillis < 0) {
      o.durationMillis = o.quick ? 700 : 20_000;
    }
    if (o.keys < 0) {
      o.keys = o.quick ? 10_000 : 100_000;
    }
    return o;
  }

  /**
   * The JVM option that makes the child for {@code client} / {@code workload} run async-profiler
   * from start to exit (warm-up included), CPU samples every 1 ms per thread, written as collapsed
   * stacks to {@code profileDir/client-workload.collapsed}; null when no profiler was asked for.
   */
  String profilerAgent(String client, Workload workload) {
    if (asyncProfiler == null) {
      return null;
    }
    Path file = profileDir.resolve(client + "-" + workload.label() + ".collapsed");
    return "-agentpath:"
        + asyncProfiler.toAbsolutePath()
        + "=start,event="
        + profileEvent
        + ",interval=1ms,threads,file="
        + file.toAbsolutePath();
  }

  /** The arguments a child needs to run {@code client} / {@code workload} like this parent. */
  List<String> childArgs(String client, Workload workload, String[] clusterSeeds) {
    List<String> out = new ArrayList<>();
    out.addAll(List.of("--child", client, workload.label()));
    out.addAll(List.of("--seeds", String.join(",", clusterSeeds)));
    out.addAll(List.of("--keys", Integer.toString(keys)));
    out.addAll(List.of("--warmup", Double.toString(warmupMillis / 1000.0)));
    out.addAll(List.of("--duration", Double.toString(durationMillis / 1000.0)));
    if (serverPids.length > 0) {
      StringBuilder pids = new StringBuilder();
      for (long pid : serverPids) {
        pids.append(pids.length() == 0 ? "" : ",").append(pid);
      }
      out.addAll(List.of("--server-pids", pids.toString()));
    }
    return out;
  }

  /** A path for an agent option string, where ',' and '=' would split the options. */
  private static Path agentPath(String s, String name) {
    if (s.contains(",") || s.contains("=")) {
      throw new IllegalArgumentException(name + ": the path may not contain ',' or '=': " + s);
    }
    return Path.of(s);
  }

  private static String event(String s, String name) {
    if (!s.matches("[A-Za-z0-9_.:-]+")) {
      throw new IllegalArgumentException(name + ": not an async-profiler event '" + s + "'");
    }
    return s;
  }

  private static String value(String[] args, int i, String name) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(name + ": missing value");
    }
    return args[i];
  }

  private static List<String> clients(String csv) {
    List<String> out = new ArrayList<>();
    for (String c : csv.split(",")) {
      if (!ALL_CLIENTS.contains(c)) {
        throw new IllegalArgumentException("clients: unknown '" + c + "', known " + ALL_CLIENTS);
      }
      out.add(c);
    }
    return List.copyOf(out);
  }

  private static List<Workload> workloads(String csv) {
    List<Workload> out = new ArrayList<>();
    for (String w : csv.split(",")) {
      out.add(Workload.parse(w));
    }
    return List.copyOf(out);
  }

  private static long seconds(String s, String name) {
    double d;
    try {
      d = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": not a number of seconds '" + s + "'", e);
    }
    if (!(d > 0)) {
      throw new IllegalArgumentException(name + ": must be > 0 seconds, got " + s);
    }
    return Math.round(d * 1000);
  }

  private static long[] pids(String csv, String name) {
    String[] parts = csv.split(",");
    long[] out = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        out[i] = Long.parseLong(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + ": not a process id '" + parts[i] + "'", e);
      }
      if (out[i] < 1) {
        throw new IllegalArgumentException(name + ": not a process id '" + parts[i] + "'");
      }
    }
    return out;
  }

  private static int positive(String s, String name) {
    try {
      int n = Integer.parseInt(s);
      if (n < 1) {
        throw new IllegalArgumentException(name + ": must be >= 1, got " + s);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": not an integer '" + s + "'", e);
    }
  }
}
