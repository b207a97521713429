package io.slotwise.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A test JVM killed with SIGKILL runs no shutdown hook: its servers must die anyway. A child JVM
 * starts a server and a frozen one (SIGSTOP) and stops a third; this test kills the child with
 * SIGKILL and waits, boundedly, for the first two to disappear.
 */
class ProcessReaperIT {

  /** The child JVM: starts servers, prints their pids, then waits to be killed. */
  public static final class Child {
    public static void main(String[] args) throws IOException {
      RedisServerProcess running = RedisServerProcess.start();
      RedisServerProcess frozen = RedisServerProcess.start();
      frozen.pause();
      RedisServerProcess stopped = RedisServerProcess.start();
      stopped.stop();
      System.out.println("pids " + running.pid() + " " + frozen.pid());
      System.out.flush();
      System.in.read(); // blocks until the test kills this JVM
    }
  }

  @Test
  void serversDieWhenTheirJvmIsKilledWithSigkill() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Child.class.getName())
            .redirectErrorStream(true)
            .start();
    List<Long> pids = new ArrayList<>();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder seen = new StringBuilder();
      String line;
      while ((line = out.readLine()) != null) {
        seen.append(line).append('\n');
        if (line.startsWith("pids ")) {
          for (String p : line.substring(5).split(" ")) {
            pids.add(Long.parseLong(p));
          }
          break;
        }
      }
      assertThat(pids).as("pids printed by the child JVM; its output:%n%s", seen).hasSize(2);
      for (long pid : pids) {
        assertThat(gone(pid)).as("server %d runs before the kill", pid).isFalse();
      }
      child.destroyForcibly(); // SIGKILL: no shutdown hook runs in the child
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
      Await.until(
          "servers " + pids + " killed after their JVM was",
          Duration.ofSeconds(10),
          () -> pids.stream().allMatch(ProcessReaperIT::gone));
    } finally {
      child.destroyForcibly();
      for (long pid : pids) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  /** True when the process no longer exists or is a zombie waiting to be reaped. */
  private static boolean gone(long pid) {
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    if (Files.exists(Path.of("/proc/self"))) {
      try {
        String s = Files.readString(stat);
        return s.substring(s.lastIndexOf(')') + 2).startsWith("Z");
      } catch (IOException e) {
        return true;
      }
    }
    return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
  }
}
