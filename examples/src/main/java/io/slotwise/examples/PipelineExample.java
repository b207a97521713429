package io.slotwise.examples;

import io.slotwise.Pipeline;
import io.slotwise.SlotwiseClient;
import io.slotwise.testkit.LocalRedisCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Pipelines and cross-slot multi-key commands. A {@link Pipeline} queues commands and sends them at
 * {@code sync()}: grouped by the node owning their slot, one flush per node, all nodes in parallel,
 * results in the caller's order. A cross-slot {@code MGET} / {@code MSET} / {@code DEL} is split by
 * slot, sent to each owner, and merged in the caller's order. Starts its own local cluster unless
 * given seed addresses.
 */
final class PipelineExample {
  private static final int BATCH = 10_000;

  private PipelineExample() {}

  static void run(String[] args) throws Exception {
    LocalRedisCluster local = null;
    String[] seeds = args;
    if (seeds.length == 0) {
      System.out.println("starting a local 3-master + 3-replica Redis Cluster ...");
      local = LocalRedisCluster.start();
      seeds = local.seeds();
    }
    try (SlotwiseClient client = SlotwiseClient.cluster(seeds)) {
      long started = System.nanoTime();
      try (Pipeline p = client.pipeline()) {
        for (int i = 0; i < BATCH; i++) {
          p.set("item:" + i, "value-" + i);
        }
        p.sync();
      }
      System.out.printf(
          "pipeline: %d SETs over every master in %.1f ms%n",
          BATCH, (System.nanoTime() - started) / 1e6);

      List<CompletableFuture<String>> gets = new ArrayList<>();
      List<Object> results;
      try (Pipeline p = client.pipeline()) {
        gets.add(p.get("item:1"));
        p.incr("visits");
        p.mget("item:2", "item:3000", "missing");
        gets.add(p.get("item:9999"));
        results = p.syncAll();
      }
      System.out.println("pipeline syncAll   -> " + results);
      System.out.println("its GET futures    -> " + gets.get(0).join() + ", " + gets.get(1).join());

      String[] keys = {"item:7", "item:4242", "missing", "item:1", "item:9999"};
      System.out.println("MGET across slots  -> " + client.sync().mget(keys));

      Map<String, String> values = new TreeMap<>();
      for (int i = 0; i < 5; i++) {
        values.put("profile:" + i, "p" + i);
      }
      client.sync().mset(values);
      String[] profileKeys = values.keySet().toArray(new String[0]);
      System.out.println("MSET across slots  -> " + client.sync().mget(profileKeys));
      System.out.println(
          "async MGET         -> " + client.async().mget("profile:0", "profile:4", "item:0").get());
      System.out.println("DEL across slots   -> " + client.sync().del(profileKeys));
      System.out.println("client counters    -> " + client.stats());
    } finally {
      if (local != null) {
        local.close();
      }
    }
  }
}
