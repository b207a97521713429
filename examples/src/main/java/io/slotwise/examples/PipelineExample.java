package io.slotwise.examples;

import io.slotwise.AsyncRedisCommands;
import io.slotwise.SlotwiseClient;
import io.slotwise.testkit.LocalRedisCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Batches and cross-slot multi-key commands. Many async commands issued back to back share each
 * node's connection and go out in few writes (one round trip per node for the whole batch rather
 * than one per command); a cross-slot {@code MGET} / {@code MSET} / {@code DEL} is split by slot,
 * sent to each owner, and merged in the caller's order. Starts its own local cluster unless given
 * seed addresses.
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
      AsyncRedisCommands async = client.async();

      long started = System.nanoTime();
      List<CompletableFuture<String>> sets = new ArrayList<>(BATCH);
      for (int i = 0; i < BATCH; i++) {
        sets.add(async.set("item:" + i, "value-" + i));
      }
      CompletableFuture.allOf(sets.toArray(new CompletableFuture<?>[0])).join();
      System.out.printf(
          "async batch: %d SETs over every master in %.1f ms%n",
          BATCH, (System.nanoTime() - started) / 1e6);

      String[] keys = {"item:7", "item:4242", "missing", "item:1", "item:9999"};
      System.out.println("MGET across slots  -> " + client.sync().mget(keys));

      Map<String, String> values = new TreeMap<>();
      for (int i = 0; i < 5; i++) {
        values.put("profile:" + i, "p" + i);
      }
      client.sync().mset(values);
      System.out.println(
          "MSET across slots  -> " + client.sync().mget(values.keySet().toArray(new String[0])));
      System.out.println(
          "async MGET         -> " + async.mget("profile:0", "profile:4", "item:0").get());
      System.out.println(
          "DEL across slots   -> " + client.sync().del(values.keySet().toArray(new String[0])));
      System.out.println("client counters    -> " + client.stats());
    } finally {
      if (local != null) {
        local.close();
      }
    }
  }
}
