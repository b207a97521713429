package io.slotwise.examples;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseClient;
import io.slotwise.SlotwiseConfig;
import io.slotwise.SlotwiseStats;
import io.slotwise.cluster.MigrationResult;
import io.slotwise.cluster.SlotHash;
import io.slotwise.cluster.SlotMigrator;
import io.slotwise.commands.RedisCommands;
import io.slotwise.metrics.MicrometerRecorder;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisServerProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live resharding under load, the default demo: two writer threads run SET / GET / INCR while
 * {@link SlotMigrator} moves the slots of their keys from one master to another (and back), in
 * MIGRATE batches of 10 keys so that slots stay split for a while and the client meets {@code ASK}.
 * The application sees no error: the client follows every {@code MOVED} and {@code ASK}. Starts its
 * own local cluster; pass seed addresses to use yours (it moves slots there too — use a test
 * cluster).
 */
final class ReshardingDemo {
  private static final int WRITERS = 2;
  private static final int KEYS = 20_000;
  private static final int TAGS = 500;

  private ReshardingDemo() {}

  static void run(String[] args) throws Exception {
    LocalRedisCluster local = null;
    String[] seeds = args;
    if (seeds.length == 0) {
      System.out.println("starting a local 3-master + 3-replica Redis Cluster ...");
      local = LocalRedisCluster.start();
      seeds = local.seeds();
    }
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    SlotwiseConfig config =
        SlotwiseConfig.cluster(seeds).recorder(MicrometerRecorder.create(registry)).build();
    try (SlotwiseClient client = SlotwiseClient.create(config);
        SlotMigrator migrator = SlotMigrator.builder(seeds).batchSize(10).build()) {
      RedisCommands redis = client.sync();
      System.out.printf("writing %d keys ...%n", KEYS);
      for (int i = 0; i < KEYS; i++) {
        redis.set(key(i), "0");
      }
      List<HostAndPort> masters = masters(local, client);
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong operations = new AtomicLong();
      AtomicLong errors = new AtomicLong();
      List<Thread> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int id = w;
        Thread t = new Thread(() -> write(redis, id, stop, operations, errors), "writer-" + w);
        t.start();
        writers.add(t);
      }
      long started = System.nanoTime();
      List<Integer> slots = slotsOfTheKeys(migrator, masters.get(0));
      System.out.printf(
          "moving %d slots %s -> %s while %d threads write ...%n",
          slots.size(), masters.get(0), masters.get(1), WRITERS);
      MigrationResult there = migrator.moveSlots(slots, masters.get(1));
      System.out.printf("  moved %d slots, %d keys%n", there.slots().size(), there.keysMoved());
      System.out.printf("moving them back %s -> %s ...%n", masters.get(1), masters.get(0));
      MigrationResult back = migrator.moveSlots(there.slots(), masters.get(0));
      System.out.printf("  moved %d slots, %d keys%n", back.slots().size(), back.keysMoved());
      stop.set(true);
      for (Thread t : writers) {
        t.join();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      SlotwiseStats stats = client.stats();
      System.out.printf("%n%d operations in %.1f s while slots moved%n", operations.get(), seconds);
      System.out.printf(
          "redirects followed: MOVED %d, ASK %d (metrics: slotwise.redirects moved=%.0f ask=%.0f)%n",
          stats.moved(), stats.asked(), redirects(registry, "moved"), redirects(registry, "ask"));
      System.out.printf("retries: %s%n", stats.retriesByCause());
      System.out.printf("errors = %d%n", errors.get());
      if (errors.get() != 0) {
        throw new IllegalStateException(errors.get() + " operations failed during the resharding");
      }
    } finally {
      if (local != null) {
        local.close();
      }
    }
  }

  private static List<HostAndPort> masters(LocalRedisCluster local, SlotwiseClient client) {
    List<HostAndPort> masters = new ArrayList<>();
    if (local != null) {
      for (RedisServerProcess m : local.masters()) {
        masters.add(m.address());
      }
      return masters;
    }
    for (String line : String.valueOf(client.sync().execute("CLUSTER", "NODES")).split("\n")) {
      String[] f = line.split(" ");
      if (f.length > 2 && f[2].contains("master") && !f[2].contains("fail")) {
        masters.add(HostAndPort.parse(f[1].replaceAll("@.*", "")));
      }
    }
    if (masters.size() < 2) {
      throw new IllegalStateException("the resharding demo needs at least two masters");
    }
    return masters;
  }

  /** Forty keys share each hash tag, so a slot holds several MIGRATE batches. */
  private static String key(int i) {
    return "demo:{" + (i % TAGS) + "}:" + i;
  }

  /** The slots of the demo's hash tags that {@code source} owns. */
  private static List<Integer> slotsOfTheKeys(SlotMigrator migrator, HostAndPort source) {
    Set<Integer> slots = new TreeSet<>();
    for (int t = 0; t < TAGS; t++) {
      int slot = SlotHash.slot("{" + t + "}");
      if (migrator.ownerOf(slot).equals(source)) {
        slots.add(slot);
      }
    }
    return new ArrayList<>(slots);
  }

  /** SET a key to a counter value, read it back, INCR it: any mismatch is an error. */
  private static void write(
      RedisCommands redis,
      int writer,
      AtomicBoolean stop,
      AtomicLong operations,
      AtomicLong errors) {
    long n = 0;
    while (!stop.get()) {
      int i = (int) ((n++ * WRITERS + writer) % KEYS);
      try {
        String value = Long.toString(n);
        redis.set(key(i), value);
        if (!value.equals(redis.get(key(i)))) {
          errors.incrementAndGet();
        }
        if (redis.incr(key(i)) != n + 1) {
          errors.incrementAndGet();
        }
        operations.addAndGet(3);
      } catch (RuntimeException e) {
        errors.incrementAndGet();
        System.err.println("error: " + e);
      }
    }
  }

  private static double redirects(SimpleMeterRegistry registry, String kind) {
    double total = 0;
    for (Counter c : registry.find("slotwise.redirects").tag("kind", kind).counters()) {
      total += c.count();
    }
    return total;
  }
}
