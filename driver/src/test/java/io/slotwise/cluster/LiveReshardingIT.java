package io.slotwise.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseClient;
import io.slotwise.SlotwiseStats;
import io.slotwise.commands.RedisCommands;
import io.slotwise.testkit.Isolated;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The product promise: a live resharding under load costs the application no error, no lost write
 * and no doubled write.
 *
 * <p>Eight threads run SET/GET/INCR over 10k keys for at least 30 s while {@link SlotMigrator}
 * moves at least 2000 slots with their keys between the masters, in MIGRATE batches of 3 keys so
 * that clients meet {@code ASK} while slots are split. Each thread owns its keys (key {@code i}
 * belongs to thread {@code i % 8}), so it knows the last value it was acknowledged for each.
 */
@ExtendWith(RedisExtension.class)
class LiveReshardingIT {
  private static final int THREADS = 8;
  private static final int KEYS = 10_000;
  private static final Duration MIN_LOAD = Duration.ofSeconds(30);
  private static final int MIN_SLOTS_MOVED = 2000;

  private static LocalRedisCluster cluster;

  @BeforeAll
  static void useCluster(@Isolated LocalRedisCluster isolated) {
    cluster = isolated;
  }

  @Test
  void reshardingUnderLoadCostsNoErrorNoLostAndNoDoubledWrite() throws Exception {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      String[] lastValue = new String[KEYS];
      long[] increments = new long[KEYS];
      for (int i = 0; i < KEYS; i++) {
        lastValue[i] = "init-" + i;
        redis.set(key(i), lastValue[i]);
      }

      AtomicBoolean stop = new AtomicBoolean();
      ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
      AtomicLong operations = new AtomicLong();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        workers.add(
            pool.submit(
                () -> load(redis, thread, lastValue, increments, stop, errors, operations)));
      }

      long started = System.nanoTime();
      int moved = reshardUntilCount(MIN_SLOTS_MOVED);
      long elapsed = System.nanoTime() - started;
      if (elapsed < MIN_LOAD.toNanos()) {
        // The migrations were fast: keep the load on until the minimum duration, still moving
        // slots, so that the whole window is under resharding.
        moved += reshardUntil(started + MIN_LOAD.toNanos());
      }
      stop.set(true);
      for (Future<?> w : workers) {
        w.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
      elapsed = System.nanoTime() - started;

      SlotwiseStats stats = client.stats();
      System.out.printf(
          "live resharding: %d slots moved in %.1f s, %d operations, errors %d, stats %s%n",
          moved, elapsed / 1e9, operations.get(), errors.size(), stats);

      assertThat(errors).as("errors seen by the application").isEmpty();
      assertThat(moved).isGreaterThanOrEqualTo(MIN_SLOTS_MOVED);
      assertThat(elapsed).isGreaterThanOrEqualTo(MIN_LOAD.toNanos());
      assertThat(stats.moved()).as("MOVED redirects followed").isPositive();
      assertThat(stats.asked()).as("ASK redirects followed").isPositive();

      cluster.awaitConsistentSlots(Duration.ofSeconds(30));
      for (int i = 0; i < KEYS; i++) {
        assertThat(redis.get(key(i)))
            .as("last acknowledged value of key:%d", i)
            .isEqualTo(lastValue[i]);
        String counter = redis.get(counter(i));
        long expected = increments[i];
        assertThat(counter == null ? 0L : Long.parseLong(counter))
            .as("acknowledged INCRs of counter:%d", i)
            .isEqualTo(expected);
      }
    }
  }

  /**
   * Same-slot multi-key commands and transactions while slots are migrated slowly, two keys per
   * MIGRATE, so that slots stay split (some keys moved, some not) while the load runs: 8 threads of
   * {@code MSET} (an existing key and a new one joined by a hash tag), {@code MGET}, {@code
   * EXISTS}, {@code DEL} and {@code transaction(...)} over 80 slots that move round the masters for
   * ~18 s ({@code -Dslotwise.slowReshardSeconds=N} for a longer run). No error, and every value
   * read and left behind is the one last acknowledged.
   */
  @Test
  void multiKeyCommandsAndTransactionsDuringASlowReshardCostNoError() throws Exception {
    int seconds = Integer.getInteger("slotwise.slowReshardSeconds", 18);
    List<String> tags = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    for (int i = 0; tags.size() < 80; i++) {
      String tag = "mk" + i;
      int slot = SlotHash.slot(tag);
      if (!slots.contains(slot)) {
        tags.add(tag);
        slots.add(slot);
      }
    }
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands redis = client.sync();
      for (String tag : tags) {
        redis.set(MultiKeyLoad.existing(tag), "init");
        for (int k = 0; k < 40; k++) {
          redis.set("{" + tag + "}:filler:" + k, "f"); // so that a slot takes ~25 MIGRATEs
        }
      }
      SlotwiseStats before = client.stats();
      AtomicBoolean stop = new AtomicBoolean();
      ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
      AtomicLong calls = new AtomicLong();
      AtomicLong discards = new AtomicLong();
      List<MultiKeyLoad> loads = new ArrayList<>();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<String> own = new ArrayList<>();
        for (int i = t; i < tags.size(); i += THREADS) {
          own.add(tags.get(i));
        }
        MultiKeyLoad load = new MultiKeyLoad(client, own, stop, errors, calls, discards);
        loads.add(load);
        workers.add(pool.submit(load));
      }

      long started = System.nanoTime();
      long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
      int moved = 0;
      long keysMoved = 0;
      try (SlotMigrator migrator = SlotMigrator.builder(cluster.seeds()).batchSize(2).build()) {
        for (int round = 0; System.nanoTime() < deadline; round++) {
          List<RedisServerProcess> masters = cluster.masters();
          MigrationResult r =
              migrator.moveSlots(slots, masters.get(round % masters.size()).address());
          moved += r.slots().size();
          keysMoved += r.keysMoved();
        }
      } finally {
        stop.set(true);
        for (Future<?> w : workers) {
          w.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
      }
      long elapsed = System.nanoTime() - started;
      SlotwiseStats stats = client.stats();
      System.out.printf(
          "slow resharding (2 keys per MIGRATE): %d slot moves, %d keys moved in %.1f s; %d calls,"
              + " errors %d, discarded transactions retried %d, ASK %d, retries %s%n",
          moved,
          keysMoved,
          elapsed / 1e9,
          calls.get(),
          errors.size(),
          discards.get(),
          stats.asked() - before.asked(),
          stats.retriesByCause());

      assertThat(errors).as("errors seen by the application").isEmpty();
      assertThat(moved).as("slot moves").isGreaterThanOrEqualTo(80);
      assertThat(stats.asked() - before.asked()).as("ASK redirects followed").isPositive();
      assertThat(stats.retriesByCause().getOrDefault("tryagain", 0L))
          .as("TRYAGAIN met (slots were split under the load)")
          .isPositive();

      cluster.awaitConsistentSlots(Duration.ofSeconds(30));
      ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
      for (MultiKeyLoad load : loads) {
        load.verify(redis, wrong);
      }
      assertThat(wrong).as("values left behind").isEmpty();
    }
  }

  /** Ten keys share each hash tag, so a slot holds several keys and MIGRATE splits it. */
  private static String key(int i) {
    return "key:{" + (i % 1000) + "}:" + i;
  }

  private static String counter(int i) {
    return "counter:{" + (i % 1000) + "}:" + i;
  }

  private static void load(
      RedisCommands redis,
      int thread,
      String[] lastValue,
      long[] increments,
      AtomicBoolean stop,
      ConcurrentLinkedQueue<String> errors,
      AtomicLong operations) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long seq = 0;
    while (!stop.get()) {
      int i = random.nextInt(KEYS / THREADS) * THREADS + thread;
      try {
        switch (random.nextInt(3)) {
          case 0 -> {
            String value = "t" + thread + "-" + seq++;
            redis.set(key(i), value);
            lastValue[i] = value;
          }
          case 1 -> {
            String value = redis.get(key(i));
            if (!lastValue[i].equals(value)) {
              errors.add(key(i) + " read " + value + ", expected " + lastValue[i]);
            }
          }
          default -> {
            long n = redis.incr(counter(i));
            increments[i]++;
            if (n != increments[i]) {
              errors.add(counter(i) + " is " + n + " after " + increments[i] + " INCRs");
              increments[i] = n;
            }
          }
        }
        operations.incrementAndGet();
      } catch (RuntimeException e) {
        errors.add(e.toString());
      }
    }
  }

  /** Moves slots round the masters (A→B, B→C, C→A) until at least {@code target} moved. */
  private static int reshardUntilCount(int target) {
    int moved = 0;
    try (SlotMigrator migrator = SlotMigrator.builder(cluster.seeds()).batchSize(3).build()) {
      int round = 0;
      while (moved < target) {
        moved += moveRound(migrator, round++, 350);
      }
    }
    return moved;
  }

  private static int reshardUntil(long deadlineNanos) {
    int moved = 0;
    try (SlotMigrator migrator = SlotMigrator.builder(cluster.seeds()).batchSize(3).build()) {
      int round = 0;
      while (System.nanoTime() < deadlineNanos) {
        moved += moveRound(migrator, round++, 50);
      }
    }
    return moved;
  }

  private static int moveRound(SlotMigrator migrator, int round, int slots) {
    List<RedisServerProcess> masters = cluster.masters();
    HostAndPort source = masters.get(round % masters.size()).address();
    HostAndPort target = masters.get((round + 1) % masters.size()).address();
    return migrator.rebalance(slots, source, target).slots().size();
  }
}
