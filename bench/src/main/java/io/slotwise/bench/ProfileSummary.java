package io.slotwise.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Summarises an async-profiler collapsed-stack file ({@code frame;frame;...;frame COUNT} per line,
 * as written with {@code file=X.collapsed}): the share of samples per thread, and the top frames by
 * self share (the sampled frame) and by total share (the frame anywhere on the stack, counted once
 * per stack), over all threads and for the thread with the most samples.
 *
 * <pre>
 * java -cp bench/target/slotwise-bench.jar io.slotwise.bench.ProfileSummary FILE.collapsed [N]
 * </pre>
 *
 * <p>With async-profiler's {@code threads} option the first frame of each stack is the thread,
 * {@code [name tid=N]}; threads of the same name are counted together. Without it every stack
 * counts for one thread, "(all)". When the busiest thread is one of the JVM's own (a JIT compiler
 * during warm-up, GC), the busiest other thread is shown as well. Stateless; the file is read once.
 */
public final class ProfileSummary {
  /** Threads named by a first frame like {@code [slotwise-io-1 tid=4242]} ({@code [tid=N]}). */
  private static final Pattern THREAD = Pattern.compile("\\[(?:(.+) )?tid=\\d+\\]");

  /** The JVM's own threads (JIT compilers, GC, VM operations), by their (truncated) names. */
  private static final Pattern JVM_THREAD =
      Pattern.compile(
          "(C[12] CompilerThre|GC Thread|G1 |VM |Service Thread|Sweeper|Monitor Defl).*");

  static final String UNNAMED = "(unnamed)";

  static final String ALL_THREADS = "(all)";

  /** One line of the file: the thread, the frames from the root to the sampled one, the count. */
  record Stack(String thread, List<String> frames, long samples) {}

  /** A name with its samples and their share (0..100) of the samples considered. */
  record Share(String name, long samples, double percent) {}

  private ProfileSummary() {}

  /** Prints the summary of FILE with the top N frames (default 20); exit status 2 on bad usage. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: ProfileSummary FILE.collapsed [N]");
      System.exit(2);
      return;
    }
    int n = 20;
    try {
      n = args.length == 2 ? Integer.parseInt(args[1]) : n;
    } catch (NumberFormatException e) {
      System.err.println("ProfileSummary: N is not an integer: '" + args[1] + "'");
      System.exit(2);
      return;
    }
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    System.out.print(format(args[0], parse(lines), Math.max(1, n)));
  }

  /**
   * The stacks of a collapsed file; blank lines are skipped.
   *
   * @throws IllegalArgumentException naming the line when one has no sample count
   */
  static List<Stack> parse(List<String> lines) {
    List<Stack> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      long samples;
      try {
        samples = space < 0 ? -1 : Long.parseLong(line.substring(space + 1));
      } catch (NumberFormatException e) {
        samples = -1;
      }
      if (samples < 0) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + ": not 'frame;...;frame COUNT': " + abbreviate(line));
      }
      List<String> frames = new ArrayList<>(List.of(line.substring(0, space).split(";")));
      Matcher m = THREAD.matcher(frames.get(0));
      String thread = ALL_THREADS;
      if (m.matches()) {
        thread = m.group(1) == null ? UNNAMED : m.group(1);
        frames.remove(0);
      }
      out.add(new Stack(thread, List.copyOf(frames), samples));
    }
    return out;
  }

  /** Samples per thread, most first. */
  static List<Share> threads(List<Stack> stacks) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Stack s : stacks) {
      counts.merge(s.thread(), s.samples(), Long::sum);
    }
    return top(counts, total(stacks), Integer.MAX_VALUE);
  }

  /** The {@code n} frames sampled most often (the last frame of each stack). */
  static List<Share> selfFrames(List<Stack> stacks, int n) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Stack s : stacks) {
      if (!s.frames().isEmpty()) {
        counts.merge(s.frames().get(s.frames().size() - 1), s.samples(), Long::sum);
      }
    }
    return top(counts, total(stacks), n);
  }

  /** The {@code n} frames on the most stacks (a frame recursing counts once per stack). */
  static List<Share> totalFrames(List<Stack> stacks, int n) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Stack s : stacks) {
      Set<String> seen = new HashSet<>();
      for (String f : s.frames()) {
        if (seen.add(f)) {
          counts.merge(f, s.samples(), Long::sum);
        }
      }
    }
    return top(counts, total(stacks), n);
  }

  static String format(String name, List<Stack> stacks, int n) {
    StringBuilder sb = new StringBuilder();
    List<Share> threads = threads(stacks);
    sb.append(
        String.format(
            Locale.ROOT, "%s: %d samples, %d threads%n", name, total(stacks), threads.size()));
    sb.append("\nSamples per thread:\n");
    appendShares(sb, threads);
    appendFrames(sb, "all threads", stacks, n);
    if (!threads.isEmpty()) {
      appendThread(sb, stacks, threads.get(0).name(), n);
      if (JVM_THREAD.matcher(threads.get(0).name()).matches()) {
        threads.stream()
            .map(Share::name)
            .filter(t -> !JVM_THREAD.matcher(t).matches())
            .findFirst()
            .ifPresent(t -> appendThread(sb, stacks, t, n));
      }
    }
    return sb.toString();
  }

  /** The frames of one thread, as shares of that thread's samples. */
  private static void appendThread(StringBuilder sb, List<Stack> stacks, String thread, int n) {
    List<Stack> own = stacks.stream().filter(s -> s.thread().equals(thread)).toList();
    appendFrames(sb, "thread " + thread + ", share of its own samples", own, n);
  }

  private static void appendFrames(StringBuilder sb, String scope, List<Stack> stacks, int n) {
    sb.append("\nTop ").append(n).append(" frames by self share (").append(scope).append("):\n");
    appendShares(sb, selfFrames(stacks, n));
    sb.append("\nTop ").append(n).append(" frames by total share (").append(scope).append("):\n");
    appendShares(sb, totalFrames(stacks, n));
  }

  private static void appendShares(StringBuilder sb, List<Share> shares) {
    for (Share s : shares) {
      sb.append(
          String.format(Locale.ROOT, "%6.1f %% %9d  %s%n", s.percent(), s.samples(), s.name()));
    }
  }

  private static List<Share> top(Map<String, Long> counts, long total, int n) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(n)
        .map(
            e -> new Share(e.getKey(), e.getValue(), total == 0 ? 0 : 100.0 * e.getValue() / total))
        .toList();
  }

  private static long total(List<Stack> stacks) {
    return stacks.stream().mapToLong(Stack::samples).sum();
  }

  private static String abbreviate(String line) {
    return line.length() > 120 ? line.substring(0, 120) + "..." : line;
  }
}
