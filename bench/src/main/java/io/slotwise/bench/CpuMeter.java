package io.slotwise.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time (and heap allocation) spent by this JVM (every thread: the client's I/O threads, its
 * callers, JIT and GC) and by the Redis server processes, so that each run can say how much CPU one
 * operation cost on the client's side and on the servers' side. Stateless; Linux {@code /proc} for
 * the servers.
 *
 * <p>On a machine where the client and the servers share the cores, the servers' share bounds what
 * any client can reach; the two columns make that visible in the table instead of leaving it to a
 * profile.
 */
final class CpuMeter {
  /** Linux reports process times in clock ticks of 1/100 s (USER_HZ, fixed by the kernel ABI). */
  static final long NANOS_PER_TICK = 10_000_000L;

  private CpuMeter() {}

  /** CPU time of this JVM so far, in ns, or -1 when the platform does not tell. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /**
   * CPU time (user + system) of the given processes so far, in ns, or -1 when one of them cannot be
   * read (not Linux, or the process is gone).
   */
  static long processesCpuNanos(long[] pids) {
    long sum = 0;
    for (long pid : pids) {
      try {
        String stat =
            Files.readString(
                Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
        sum += ticks(stat) * NANOS_PER_TICK;
      } catch (IOException | RuntimeException e) {
        return -1;
      }
    }
    return sum;
  }

  /**
   * utime + stime, in ticks, from one {@code /proc/PID/stat} line. The command name (field 2) is in
   * parentheses and may hold spaces or parentheses itself, so fields are counted from the last
   * {@code ')'}: state is field 3, utime 14, stime 15.
   *
   * @throws IllegalArgumentException when the line is not in that format
   */
  static long ticks(String stat) {
    int close = stat.lastIndexOf(')');
    if (close < 0) {
      throw new IllegalArgumentException("not a /proc/PID/stat line: " + stat);
    }
    String[] f = stat.substring(close + 1).trim().split(" +");
    if (f.length < 13) {
      throw new IllegalArgumentException("not a /proc/PID/stat line: " + stat);
    }
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  /**
   * Bytes allocated so far by every live thread of this JVM (threads that ended are not counted;
   * the clients under test keep theirs), or -1 when the platform does not tell.
   */
  static long allocatedBytes() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
        && threads.isThreadAllocatedMemorySupported()
        && threads.isThreadAllocatedMemoryEnabled()) {
      return threads.getTotalThreadAllocatedBytes();
    }
    return -1;
  }

  /** {@code nanos / ops} in µs, or -1 when either is unknown. */
  static double microsPerOp(long nanos, long ops) {
    return nanos < 0 || ops <= 0 ? -1 : nanos / 1000.0 / ops;
  }
}
