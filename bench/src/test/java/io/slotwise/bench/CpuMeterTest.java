package io.slotwise.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading CPU time from /proc and passing the server processes to the children. */
class CpuMeterTest {

  @Test
  void readsUserPlusSystemTicksEvenWithSpacesAndParenthesesInTheName() {
    String stat =
        "4242 (redis-server (x) :7000) S 1 4242 4242 0 -1 4194560 512 0 0 0 1234 567 0 0 20 0 5 0"
            + " 100 0 0";
    assertThat(CpuMeter.ticks(stat)).isEqualTo(1234 + 567);
    assertThatThrownBy(() -> CpuMeter.ticks("garbage"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a /proc/PID/stat line");
  }

  @Test
  void measuresThisProcessAndReportsUnknownAsMinusOne() {
    long pid = ProcessHandle.current().pid();
    long before = CpuMeter.processesCpuNanos(new long[] {pid});
    long spin = System.nanoTime() + 50_000_000L;
    long x = 0;
    while (System.nanoTime() < spin) {
      x += Long.hashCode(x + 1);
    }
    assertThat(x).isNotEqualTo(1); // keeps the loop
    assertThat(CpuMeter.processesCpuNanos(new long[] {pid})).isGreaterThan(before);
    assertThat(CpuMeter.processCpuNanos()).isPositive();
    assertThat(CpuMeter.processesCpuNanos(new long[] {Long.MAX_VALUE})).isEqualTo(-1);
    assertThat(CpuMeter.microsPerOp(-1, 10)).isEqualTo(-1);
    assertThat(CpuMeter.microsPerOp(5_000, 0)).isEqualTo(-1);
    assertThat(CpuMeter.microsPerOp(5_000, 2)).isEqualTo(2.5);
  }

  @Test
  void serverPidsAreParsedCheckedAndPassedToChildren() {
    Options o = Options.parse(new String[] {"--quick", "--server-pids", "11, 12"});
    assertThat(o.serverPids).containsExactly(11, 12);
    List<String> child = o.childArgs("slotwise", Workload.ASYNC, new String[] {"127.0.0.1:7000"});
    assertThat(child).containsSequence("--server-pids", "11,12");
    assertThat(
            Options.parse(new String[] {"--quick"})
                .childArgs("slotwise", Workload.ASYNC, new String[] {"h:1"}))
        .doesNotContain("--server-pids");
    assertThatThrownBy(() -> Options.parse(new String[] {"--server-pids", "12,x"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--server-pids: not a process id 'x'");
  }
}
