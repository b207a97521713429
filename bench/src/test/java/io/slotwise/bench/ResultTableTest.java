package io.slotwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ratio columns, the efficiency block and the issue 16 verdicts, on synthetic runs. */
class ResultTableTest {

  private static RunResult run(String client, Workload w, double ops, double p99, double cpu) {
    return new RunResult(client, w, ops, p99 / 2, p99, p99 * 4, 0, cpu, 5.0, 400, null);
  }

  /**
   * sync-1t: every target met (CPU exactly 0.70x the best peer, jedis); pipeline-100: both missed
   * against jedis-executor; async: both met exactly at the bound; mget-100: lettuce's CPU
   * unmeasured and jedis-executor failed; sync-16t not run; the Spring pair on sync-1t.
   */
  private static final List<RunResult> RESULTS =
      List.of(
          run("slotwise", Workload.SYNC_1T, 20_000, 100, 14),
          run("lettuce", Workload.SYNC_1T, 10_000, 200, 40),
          run("jedis", Workload.SYNC_1T, 16_000, 125, 20),
          run(SpringTemplateBenchClient.SLOTWISE, Workload.SYNC_1T, 9_000, 300, 30),
          run(SpringTemplateBenchClient.LETTUCE, Workload.SYNC_1T, 6_000, 400, 40),
          run("slotwise", Workload.ASYNC, 300_000, 5_000, 2),
          run("lettuce", Workload.ASYNC, 100_000, 20_000, 4),
          run("slotwise", Workload.PIPELINE_100, 150_000, 1_000, 3),
          run("lettuce", Workload.PIPELINE_100, 100_000, 1_600, 5),
          run("jedis", Workload.PIPELINE_100, 40_000, 6_000, 25),
          run("jedis-executor", Workload.PIPELINE_100, 120_000, 1_250, 2.5),
          run("slotwise", Workload.MGET_100, 3_000, 700, 250),
          run("lettuce", Workload.MGET_100, 750, 3_500, -1),
          run("jedis", Workload.MGET_100, 600, 3_500, 1_000),
          RunResult.failed("jedis-executor", Workload.MGET_100, "child exit 1"));

  private static final String OUT = ResultTable.format(RESULTS, List.of(), null);

  @Test
  void everyPeerRowHasTheThroughputAndTheCpuRatio() {
    assertThat(mainRow(Workload.SYNC_1T, "slotwise")).endsWith("-", "-");
    assertThat(mainRow(Workload.SYNC_1T, "lettuce")).endsWith("2.00x", "0.35x");
    assertThat(mainRow(Workload.SYNC_1T, "jedis")).endsWith("1.25x", "0.70x");
    assertThat(mainRow(Workload.PIPELINE_100, "jedis-executor")).endsWith("1.25x", "1.20x");
    // the Spring template clients are compared with each other
    assertThat(mainRow(Workload.SYNC_1T, SpringTemplateBenchClient.SLOTWISE)).endsWith("-", "-");
    assertThat(mainRow(Workload.SYNC_1T, SpringTemplateBenchClient.LETTUCE))
        .endsWith("1.50x", "0.75x");
    // unmeasured CPU, failed run
    assertThat(mainRow(Workload.MGET_100, "lettuce")).endsWith("4.00x", "n/a");
    assertThat(mainRow(Workload.MGET_100, "jedis-executor")).endsWith("FAILED", "n/a");
    assertThat(OUT).contains("| slotwise/peer | CPU sw/peer |");
  }

  @Test
  void efficiencyBlockComparesWithEachPeerAndTheBestOnCpu() {
    assertThat(OUT).contains("Efficiency: client CPU per op");
    assertThat(efficiencyRow(Workload.SYNC_1T, "slotwise", "lettuce"))
        .containsExactly(
            "sync-1t", "slotwise", "14.00 µs", "lettuce", "40.00 µs", "0.35x", "0.50x");
    assertThat(efficiencyRow(Workload.SYNC_1T, "slotwise", "best: jedis"))
        .containsExactly(
            "sync-1t", "slotwise", "14.00 µs", "best: jedis", "20.00 µs", "0.70x", "0.80x");
    // jedis-executor has the lowest CPU per op on pipeline-100, not the highest ops/s alone
    assertThat(efficiencyRow(Workload.PIPELINE_100, "slotwise", "best: jedis-executor"))
        .containsExactly(
            "pipeline-100",
            "slotwise",
            "3.00 µs",
            "best: jedis-executor",
            "2.50 µs",
            "1.20x",
            "0.80x");
    // the best of the peers that measured their CPU: lettuce did not, jedis-executor failed
    assertThat(efficiencyRow(Workload.MGET_100, "slotwise", "best: jedis"))
        .containsExactly(
            "mget-100", "slotwise", "250.00 µs", "best: jedis", "1000.00 µs", "0.25x", "0.20x");
    assertThat(efficiencyRow(Workload.MGET_100, "slotwise", "lettuce")).contains("n/a");
    assertThat(
            efficiencyRow(
                Workload.SYNC_1T, SpringTemplateBenchClient.SLOTWISE, "best: spring-lettuce"))
        .endsWith("0.75x", "0.75x");
  }

  @Test
  void bestPeerIsHighestOpsForThroughputAndLowestForCpuAndLatency() {
    List<RunResult> peers = Peers.of(RESULTS, "slotwise", Workload.PIPELINE_100);
    assertThat(peers)
        .extracting(RunResult::client)
        .containsExactly("lettuce", "jedis", "jedis-executor");
    assertThat(Peers.best(peers, Metric.THROUGHPUT).client()).isEqualTo("jedis-executor");
    assertThat(Peers.best(peers, Metric.CLIENT_CPU).client()).isEqualTo("jedis-executor");
    assertThat(
            Peers.best(Peers.of(RESULTS, "slotwise", Workload.SYNC_1T), Metric.THROUGHPUT).client())
        .isEqualTo("jedis");
    assertThat(Peers.best(Peers.of(RESULTS, "slotwise", Workload.SYNC_1T), Metric.P99).client())
        .isEqualTo("jedis");
    assertThat(
            Peers.best(Peers.of(RESULTS, "slotwise", Workload.MGET_100), Metric.CLIENT_CPU)
                .client())
        .isEqualTo("jedis");
    assertThat(Peers.best(Peers.of(RESULTS, "slotwise", Workload.SYNC_16T), Metric.THROUGHPUT))
        .isNull();
  }

  @Test
  void eachIssue16TargetGetsItsVerdict() {
    assertThat(targetRow("sync-1t ops/s >= 1.00x jedis"))
        .containsExactly("1.25x jedis (20000 cmds/s vs 16000 cmds/s)", "met");
    assertThat(targetRow("sync-1t p99 <= 1.00x jedis"))
        .containsExactly("0.80x jedis (100.0 µs vs 125.0 µs)", "met");
    assertThat(targetRow("sync-1t client CPU/op <= 0.70x best peer"))
        .containsExactly("0.70x jedis (14.00 µs vs 20.00 µs)", "met");
    assertThat(targetRow("pipeline-100 client CPU/op <= 0.70x best peer"))
        .containsExactly("1.20x jedis-executor (3.00 µs vs 2.50 µs)", "MISSED");
    assertThat(targetRow("mget-100 client CPU/op <= 0.70x best peer"))
        .containsExactly("lettuce not measured, jedis-executor failed", "n/a");
    assertThat(targetRow("async client CPU/op <= 0.50x best peer"))
        .containsExactly("0.50x lettuce (2.00 µs vs 4.00 µs)", "met");
    assertThat(targetRow("pipeline-100 ops/s >= 1.50x best peer"))
        .containsExactly("1.25x jedis-executor (150000 cmds/s vs 120000 cmds/s)", "MISSED");
    assertThat(targetRow("mget-100 ops/s >= 1.50x best peer"))
        .containsExactly("jedis-executor failed", "n/a");
    assertThat(targetRow("sync-16t ops/s >= 1.50x best peer"))
        .containsExactly("sync-16t not in this run", "not run");
    assertThat(targetRow("async ops/s >= 3.00x lettuce"))
        .containsExactly("3.00x lettuce (300000 cmds/s vs 100000 cmds/s)", "met");
    assertThat(Targets.ISSUE_16).hasSize(10);
  }

  @Test
  void aTargetNeedsEveryPeerItComparesWith() {
    List<RunResult> onlyJedis =
        List.of(
            run("slotwise", Workload.PIPELINE_100, 150_000, 1_000, 3),
            run("jedis", Workload.PIPELINE_100, 40_000, 6_000, 25));
    Target best = Target.againstBest(Workload.PIPELINE_100, Metric.THROUGHPUT, 1.5);
    assertThat(best.evaluate(onlyJedis))
        .isEqualTo(new Target.Outcome(Target.Verdict.NOT_RUN, "no lettuce, jedis-executor run"));
    Target named = Target.against("jedis", Workload.PIPELINE_100, Metric.THROUGHPUT, 1.5);
    assertThat(named.evaluate(onlyJedis).verdict()).isEqualTo(Target.Verdict.MET);
  }

  private static List<String> cells(String line) {
    String[] parts = line.split("\\|");
    return Arrays.stream(parts, 1, parts.length).map(String::strip).toList();
  }

  private static List<List<String>> rows() {
    return OUT.lines().filter(l -> l.startsWith("| ")).map(ResultTableTest::cells).toList();
  }

  /** The first row of that workload and client: the main table's (it comes first). */
  private static List<String> mainRow(Workload w, String client) {
    return rows().stream()
        .filter(c -> c.get(0).equals(w.label()) && c.get(1).equals(client))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + w + " " + client + " in\n" + OUT));
  }

  private static List<String> efficiencyRow(Workload w, String client, String peer) {
    return rows().stream()
        .filter(c -> c.size() == 7 && c.get(0).equals(w.label()) && c.get(1).equals(client))
        .filter(c -> c.get(3).equals(peer))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no efficiency row " + w + " " + peer + "\n" + OUT));
  }

  private static List<String> targetRow(String target) {
    List<String> row =
        rows().stream()
            .filter(c -> c.get(0).equals(target))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no target row '" + target + "' in\n" + OUT));
    return row.subList(1, row.size());
  }
}
