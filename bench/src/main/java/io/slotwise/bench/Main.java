package io.slotwise.bench;

import java.util.Arrays;

/**
 * Entry point of {@code slotwise-bench.jar}.
 *
 * <ul>
 *   <li>{@code java -jar slotwise-bench.jar [--seeds host:port,...] [--quick] [--clients ...]
 *       [--workloads ...] [--warmup S] [--duration S] [--keys N] [--jfr DIR] [--async-profiler LIB
 *       [--profile-dir DIR] [--profile-event EVENT]]}: the side-by-side harness (the result table,
 *       the efficiency block and the issue 16 target verdicts);
 *   <li>{@code java -jar slotwise-bench.jar jmh [JMH options]}: the JMH micro-benchmarks (for
 *       example {@code jmh -prof gc SlotHash}).
 * </ul>
 *
 * <p>{@link ProfileSummary} (its own main class) summarises the collapsed stacks that {@code
 * --async-profiler} writes.
 */
public final class Main {
  private Main() {}

  /** Runs the harness, a child run, or JMH; exits with a non-zero status on failure. */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("jmh")) {
      org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("slotwise-bench: " + e.getMessage());
      System.exit(2);
      return;
    }
    int status = options.childClient != null ? Child.run(options) : new Harness(options).run();
    System.exit(status);
  }
}
