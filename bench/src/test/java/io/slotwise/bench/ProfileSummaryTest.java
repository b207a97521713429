package io.slotwise.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.bench.ProfileSummary.Share;
import io.slotwise.bench.ProfileSummary.Stack;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shares per thread and per frame from a small collapsed-stack file (100 samples). */
class ProfileSummaryTest {
  private static final List<String> FILE =
      List.of(
          "[main tid=1];java/lang/Thread.run;A.work;B.hash 30",
          "[main tid=1];java/lang/Thread.run;A.work 10",
          "",
          "[main tid=1];java/lang/Thread.run;A.work;A.work;C.park 20",
          "[io-1 tid=2];epoll_wait 20",
          "[io-1 tid=7];epoll_wait 5",
          "[io 2 tid=3];B.hash 15");

  private final List<Stack> stacks = ProfileSummary.parse(FILE);

  @Test
  void threadSharesMergeThreadsOfOneNameAndKeepSpacesInNames() {
    assertThat(stacks).hasSize(6);
    assertThat(stacks.get(0))
        .isEqualTo(new Stack("main", List.of("java/lang/Thread.run", "A.work", "B.hash"), 30));
    assertThat(ProfileSummary.threads(stacks))
        .containsExactly(
            new Share("main", 60, 60.0), new Share("io-1", 25, 25.0), new Share("io 2", 15, 15.0));
  }

  @Test
  void selfCountsTheSampledFrameAndTotalCountsAFrameOncePerStack() {
    assertThat(ProfileSummary.selfFrames(stacks, 3))
        .containsExactly(
            new Share("B.hash", 45, 45.0),
            new Share("epoll_wait", 25, 25.0),
            new Share("C.park", 20, 20.0));
    assertThat(ProfileSummary.totalFrames(stacks, 10))
        .containsExactly(
            new Share("java/lang/Thread.run", 60, 60.0),
            new Share("A.work", 60, 60.0),
            new Share("B.hash", 45, 45.0),
            new Share("epoll_wait", 25, 25.0),
            new Share("C.park", 20, 20.0));
  }

  @Test
  void summaryShowsTheBusiestThreadAgainstItsOwnSamples() {
    String out = ProfileSummary.format("x.collapsed", stacks, 2);
    assertThat(out).startsWith("x.collapsed: 100 samples, 3 threads");
    assertThat(out).contains("Top 2 frames by self share (thread main, share of its own samples):");
    String mainSelf =
        out.substring(
            out.indexOf("self share (thread main"), out.indexOf("total share (thread main"));
    assertThat(mainSelf)
        .contains("  50.0 %        30  B.hash", "  33.3 %        20  C.park")
        .doesNotContain("A.work");
    assertThat(out).contains(" 100.0 %        60  java/lang/Thread.run");
  }

  @Test
  void anUnnamedThreadIsKeptAndABusyJitThreadBringsTheBusiestOtherThread() {
    List<Stack> jit =
        ProfileSummary.parse(
            List.of(
                "[C2 CompilerThre tid=9];Compile 50",
                "[tid=5];start_thread 1",
                "[main tid=1];A.work 30",
                "[io-1 tid=2];epoll_wait 19"));
    assertThat(ProfileSummary.threads(jit))
        .extracting(Share::name)
        .containsExactly("C2 CompilerThre", "main", "io-1", ProfileSummary.UNNAMED);
    String out = ProfileSummary.format("jit.collapsed", jit, 3);
    assertThat(out)
        .contains("(thread C2 CompilerThre, share of its own samples)")
        .contains("(thread main, share of its own samples)")
        .doesNotContain("(thread io-1");
    assertThat(ProfileSummary.format("x", stacks, 3)).doesNotContain("(thread io-1");
  }

  @Test
  void withoutThreadFramesEverythingIsOneThreadAndBadLinesAreNamed() {
    List<Stack> plain = ProfileSummary.parse(List.of("[unknown];A.run 3", "A.run;B.x 1"));
    assertThat(ProfileSummary.threads(plain))
        .containsExactly(new Share(ProfileSummary.ALL_THREADS, 4, 100.0));
    assertThat(ProfileSummary.selfFrames(plain, 5))
        .containsExactly(new Share("A.run", 3, 75.0), new Share("B.x", 1, 25.0));
    assertThatThrownBy(() -> ProfileSummary.parse(List.of("A.run 1", "A.run;B.x many")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2: not 'frame;...;frame COUNT'");
  }
}
