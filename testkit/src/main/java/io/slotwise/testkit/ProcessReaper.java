package io.slotwise.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Kills the test JVM's {@code redis-server} processes even when the JVM itself is killed with
 * SIGKILL, where no shutdown hook runs.
 *
 * <p>A small {@code /bin/sh} companion process is started on first use with its standard input a
 * pipe from this JVM. The JVM writes {@code +PID} for every server it starts and {@code -PID} for
 * every one it stops. When the JVM ends, however it ends, the kernel closes the pipe; the companion
 * reads end-of-file and sends SIGKILL to the pids still listed (on Linux only those whose {@code
 * /proc/PID/comm} still says {@code redis-server}, so a reused pid is left alone), then exits.
 *
 * <p>Where {@code /bin/sh} does not exist, it does nothing (the shutdown hook still covers normal
 * exits). Thread-safe.
 */
public final class ProcessReaper {
  /**
   * The companion: keeps a space-separated list of pids; "+N" adds, "-N" removes; at EOF kills the
   * rest.
   */
  static final String SCRIPT =
      "pids=' '\n"
          + "while IFS= read -r line; do\n"
          + "  case \"$line\" in\n"
          + "    +*) pids=\"$pids${line#+} \" ;;\n"
          + "    -*) pids=$(printf '%s' \"$pids\" | sed \"s/ ${line#-} / /\") ;;\n"
          + "  esac\n"
          + "done\n"
          + "for p in $pids; do\n"
          + "  if [ -d /proc/self ] && ! grep -qs redis \"/proc/$p/comm\"; then continue; fi\n"
          + "  kill -9 \"$p\" 2>/dev/null\n"
          + "done\n";

  private static final Path SHELL = Path.of("/bin/sh");

  private static OutputStream pipe;
  private static boolean unavailable;

  private ProcessReaper() {}

  /** Adds a server's pid to the companion's list. */
  static synchronized void watch(long pid) {
    send("+" + pid);
  }

  /** Removes a stopped server's pid from the list. */
  static synchronized void forget(long pid) {
    if (pipe != null) {
      send("-" + pid);
    }
  }

  private static void send(String line) {
    if (unavailable) {
      return;
    }
    try {
      if (pipe == null) {
        if (!Files.isExecutable(SHELL)) {
          unavailable = true;
          return;
        }
        Process companion =
            new ProcessBuilder(SHELL.toString(), "-c", SCRIPT)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        pipe = companion.getOutputStream();
      }
      pipe.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
      pipe.flush();
    } catch (IOException e) {
      // The companion is gone: servers are still killed by the shutdown hook on a normal exit.
      unavailable = true;
      System.err.println("[slotwise-testkit] process reaper unavailable: " + e);
    }
  }
}
