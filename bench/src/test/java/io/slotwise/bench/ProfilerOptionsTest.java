package io.slotwise.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --async-profiler: the agent option each child JVM gets. */
class ProfilerOptionsTest {
  @TempDir Path dir;

  @Test
  void eachChildWritesItsOwnCollapsedFile() throws IOException {
    Path lib = Files.createFile(dir.resolve("libasyncProfiler.so"));
    Options o =
        Options.parse(
            new String[] {"--quick", "--async-profiler", lib.toString(), "--profile-dir", "p"});
    assertThat(o.profilerAgent("jedis", Workload.SYNC_1T))
        .isEqualTo(
            "-agentpath:"
                + lib.toAbsolutePath()
                + "=start,event=cpu,interval=1ms,threads,file="
                + Path.of("p", "jedis-sync-1t.collapsed").toAbsolutePath());
    Options itimer =
        Options.parse(
            new String[] {"--async-profiler", lib.toString(), "--profile-event", "itimer"});
    assertThat(itimer.profilerAgent("slotwise", Workload.ASYNC))
        .contains("=start,event=itimer,interval=1ms,threads,file=")
        .endsWith(
            Path.of("bench", "target", "profiles", "slotwise-async.collapsed")
                .toAbsolutePath()
                .toString());
    assertThat(Options.parse(new String[] {"--quick"}).profilerAgent("jedis", Workload.SYNC_1T))
        .isNull();
  }

  @Test
  void aMissingLibraryOrAPathThatWouldSplitTheAgentOptionsIsRefused() {
    assertThatThrownBy(() -> Options.parse(new String[] {"--async-profiler", "/nope/lib.so"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--async-profiler: no such file '/nope/lib.so'");
    assertThatThrownBy(() -> Options.parse(new String[] {"--profile-dir", "a,b"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--profile-dir: the path may not contain ',' or '='");
    assertThatThrownBy(() -> Options.parse(new String[] {"--profile-event", "cpu,x=1"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--profile-event: not an async-profiler event 'cpu,x=1'");
  }
}
