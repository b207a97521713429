package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.cluster.SlotHash;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.ClusterShape;
import io.slotwise.testkit.Isolated;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import io.slotwise.testkit.RespTestClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failover under load with the client's default settings, on real clusters (3 masters, 1 replica
 * each, {@code cluster-node-timeout} 2 s, so a promotion takes 3 to 5 s: longer than the 2 s
 * command timeout, shorter than the failover budget): a master killed with SIGKILL, a master frozen
 * with SIGSTOP, and a graceful {@code CLUSTER FAILOVER}. Each test prints what the application saw
 * — errors by type, the longest call, the time from the promotion (seen by polling the replica's
 * {@code ROLE} every 5 ms) to the first successful read of the victim's slots, the bystander read
 * latency on the other masters while the victim is down, and lost writes.
 */
@ExtendWith(RedisExtension.class)
class FailoverIT {
  private static final Duration FAILOVER_WAIT = Duration.ofSeconds(30);
  private static final int THREADS = 8;

  @Test
  void masterKilledWithSigkill(
      @Isolated("kill") @ClusterShape(nodeTimeoutMs = 2000, requireFullCoverage = false)
          LocalRedisCluster cluster)
      throws Exception {
    crashAndRecover(cluster, "SIGKILL", RedisServerProcess::kill);
  }

  @Test
  void masterFrozenWithSigstop(
      @Isolated("stop") @ClusterShape(nodeTimeoutMs = 2000, requireFullCoverage = false)
          LocalRedisCluster cluster)
      throws Exception {
    crashAndRecover(cluster, "SIGSTOP", RedisServerProcess::pause);
  }

  @Test
  void gracefulFailoverUnderLoadHasNoErrors(
      @Isolated("graceful") @ClusterShape(nodeTimeoutMs = 1000) LocalRedisCluster cluster)
      throws Exception {
    RedisServerProcess victim = cluster.masters().get(0);
    RedisServerProcess replica = cluster.replicasOf(victim).get(0);
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      FailoverLoad load = new FailoverLoad(client, slotsOf(cluster, victim), THREADS);
      load.start();
      FailoverLoad.sleepMillis(500);
      long start = System.nanoTime();
      cluster.failover(replica, FAILOVER_WAIT);
      long switched = System.nanoTime();
      FailoverLoad.sleepMillis(1_000);
      load.stop();
      long firstAfter = load.firstProbeSuccessAfter(switched);
      System.out.printf(
          "CLUSTER FAILOVER under load: %d ops, errors %s, longest call %d ms, failover took %d"
              + " ms, first read of the moved slots %d ms after it was done, MOVED followed %d%n",
          load.ops.sum(),
          describe(load.errors),
          load.longestCallNanos.get() / 1_000_000,
          (switched - start) / 1_000_000,
          firstAfter < 0 ? -1 : (firstAfter - switched) / 1_000_000,
          client.stats().moved());
      assertThat(load.errorCount()).as("errors seen by the application").isZero();
      assertThat(lostCounters(client, load)).isZero();
      assertThat(doubledCounters(client, load)).as("INCRs applied twice").isEmpty();
      assertThat(missing(client, load.ackedSets)).isZero();
    }
  }

  private void crashAndRecover(
      LocalRedisCluster cluster, String how, Consumer<RedisServerProcess> crash) throws Exception {
    RedisServerProcess victim = cluster.masters().get(0);
    RedisServerProcess replica = cluster.replicasOf(victim).get(0);
    BitSet victimSlots = slotsOf(cluster, victim);
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      List<String> waited = writeAndWait(client, cluster, victimSlots);
      FailoverLoad load = new FailoverLoad(client, victimSlots, THREADS);
      load.start();
      FailoverLoad.sleepMillis(1_000);
      AtomicLong promoted = new AtomicLong();
      Thread watcher = watchPromotion(replica, promoted);
      long crashed = System.nanoTime();
      crash.accept(victim);
      try {
        watcher.join(FAILOVER_WAIT.toMillis());
        assertThat(promoted.get()).as("replica promoted").isNotZero();
        try {
          Await.until(
              "a read of the victim's slots succeeds after the promotion",
              Duration.ofSeconds(10),
              () -> load.firstProbeSuccessAfter(promoted.get()) > 0);
        } catch (AssertionError e) {
          System.out.println(
              "no read after the promotion: "
                  + client.stats()
                  + "; errors "
                  + describe(load.errors)
                  + "; first errors "
                  + load.firstErrors);
          throw e;
        }
        FailoverLoad.sleepMillis(1_000);
        load.stop();
      } finally {
        if (victim.isPaused()) {
          victim.resume();
        }
      }
      long recovered = load.firstProbeSuccessAfter(promoted.get()) - promoted.get();
      double[] bystander = load.bystanderMillis(crashed, promoted.get());
      long lostCounters = lostCounters(client, load);
      long lostUnwaited = missing(client, load.ackedSets);
      long lostWaited = missing(client, waited);
      System.out.printf(
          "%s of master %s under %d threads: %d ops; errors seen by the application %s;"
              + " longest call %d ms; promotion %d ms after the crash; first successful read of"
              + " its slots %d ms after the promotion; other masters while it was down: p50 %.2f"
              + " ms, p99 %.2f ms, max %.2f ms over %d reads; INCRs acknowledged but lost %d;"
              + " SETs acknowledged without WAIT and lost %d of %d; SETs acknowledged after WAIT"
              + " and lost %d of %d%n",
          how,
          victim.address(),
          THREADS,
          load.ops.sum(),
          describe(load.errors),
          load.longestCallNanos.get() / 1_000_000,
          (promoted.get() - crashed) / 1_000_000,
          recovered / 1_000_000,
          bystander[0],
          bystander[1],
          bystander[2],
          (long) bystander[3],
          lostCounters,
          lostUnwaited,
          load.ackedSets.size(),
          lostWaited,
          waited.size());
      System.out.println(
          "slowest bystander reads during the outage: "
              + load.slowestBystanders(crashed, promoted.get(), 5)
              + "client retries by cause: "
              + client.stats().retriesByCause());
      assertThat(recovered)
          .as("promotion to first success (ns)")
          .isLessThanOrEqualTo(1_000_000_000L);
      assertThat(bystander[3]).as("bystander reads during the outage").isPositive();
      assertThat(bystander[1]).as("p99 ms of reads on the other masters").isLessThan(50.0);
      assertThat(lostWaited).as("writes acknowledged by WAIT 1 and lost").isZero();
      assertThat(doubledCounters(client, load)).as("INCRs applied twice").isEmpty();
      System.out.println("first error of each kind: " + load.firstErrors);
      assertThat(load.longestCallNanos.get())
          .as("longest call (ns): held commands wait for the promotion, within the failover budget")
          .isLessThan(client.config().timeouts().failoverBudget().toNanos());
      // Only writes that were on the wire when the master died may fail, and only as "outcome
      // unknown": INCR is not resent (it is not idempotent). Reads and idempotent SETs are resent,
      // and commands never written wait for the promotion within the failover budget.
      for (String kind : load.errors.keySet()) {
        assertThat(kind)
            .as("errors seen by the application: " + describe(load.errors))
            .isEqualTo("INCR:RedisOutcomeUnknownException");
      }
    }
  }

  /**
   * Writes 300 keys (a third of them in the victim's slots), then calls {@code waitReplicas} once
   * per master, with the last key written to it: the WAIT runs on the shared connection that
   * carried that master's writes, so it covers all of them. ({@code execute("WAIT", ...)} ran on a
   * connection that carried none and answered at once; {@code WaitReplicasIT} shows it.)
   */
  private static List<String> writeAndWait(
      SlotwiseClient client, LocalRedisCluster cluster, BitSet victimSlots) {
    List<String> keys = new ArrayList<>();
    Map<Integer, String> lastKeyByMaster = new java.util.TreeMap<>();
    for (int i = 0; i < 300; i++) {
      String key = "waited:" + i;
      client.sync().set(key, "v" + i);
      keys.add(key);
      lastKeyByMaster.put(cluster.ownerOfSlot(SlotHash.slot(key)).port(), key);
    }
    assertThat(lastKeyByMaster).hasSize(cluster.masters().size());
    for (String key : lastKeyByMaster.values()) {
      long acked = client.sync().waitReplicas(key, 1, Duration.ofSeconds(2));
      assertThat(acked).as("replicas that acknowledged the writes up to " + key).isEqualTo(1L);
    }
    assertThat(keys.stream().filter(k -> victimSlots.get(SlotHash.slot(k))).count()).isPositive();
    return keys;
  }

  private static Thread watchPromotion(RedisServerProcess replica, AtomicLong promoted) {
    Thread t =
        new Thread(
            () -> {
              try (RespTestClient c = replica.client()) {
                long deadline = System.nanoTime() + FAILOVER_WAIT.toNanos();
                while (System.nanoTime() < deadline) {
                  List<?> role = (List<?>) c.call("ROLE");
                  if ("master".equals(role.get(0))) {
                    promoted.set(System.nanoTime());
                    return;
                  }
                  FailoverLoad.sleepMillis(5);
                }
              }
            },
            "failover-watcher");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** The slots {@code master} owns, from {@code CLUSTER SLOTS} of the master itself. */
  static BitSet slotsOf(LocalRedisCluster cluster, RedisServerProcess master) {
    BitSet slots = new BitSet(LocalRedisCluster.SLOTS);
    for (Object r : (List<?>) master.call("CLUSTER", "SLOTS")) {
      List<?> range = (List<?>) r;
      List<?> owner = (List<?>) range.get(2);
      if (((Long) owner.get(1)).intValue() == master.port()) {
        slots.set(((Long) range.get(0)).intValue(), ((Long) range.get(1)).intValue() + 1);
      }
    }
    assertThat(slots.cardinality()).isPositive();
    return slots;
  }

  /** INCRs acknowledged but missing from their counters (summed over the counters). */
  private static long lostCounters(SlotwiseClient client, FailoverLoad load) {
    long lost = 0;
    for (int t = 0; t < THREADS; t++) {
      lost += Math.max(0, load.incrAcked[t] - counter(client, t));
    }
    return lost;
  }

  /**
   * Counters above the number of INCR calls that may have run (acknowledged, or failed with an
   * unknown outcome): each is an INCR applied twice. Empty when every write ran at most once.
   */
  private static List<String> doubledCounters(SlotwiseClient client, FailoverLoad load) {
    List<String> doubled = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      long value = counter(client, t);
      long mayHaveRun = load.incrAcked[t] + load.incrUnknown[t];
      if (value > mayHaveRun) {
        doubled.add(
            "c:%d = %d > %d acknowledged + %d unknown"
                .formatted(t, value, load.incrAcked[t], load.incrUnknown[t]));
      }
    }
    return doubled;
  }

  private static long counter(SlotwiseClient client, int thread) {
    String v = client.sync().get("c:" + thread);
    return v == null ? 0 : Long.parseLong(v);
  }

  private static long missing(SlotwiseClient client, Iterable<String> keys) {
    List<String> all = new ArrayList<>();
    keys.forEach(all::add);
    long missing = 0;
    for (int i = 0; i < all.size(); i += 500) {
      List<String> chunk = all.subList(i, Math.min(all.size(), i + 500));
      for (String v : client.sync().mget(chunk.toArray(new String[0]))) {
        if (v == null) {
          missing++;
        }
      }
    }
    return missing;
  }

  private static String describe(Map<String, LongAdder> errors) {
    return errors.isEmpty() ? "none" : errors.toString();
  }
}
