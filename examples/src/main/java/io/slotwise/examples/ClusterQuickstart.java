package io.slotwise.examples;

import io.slotwise.SlotwiseClient;
import io.slotwise.cluster.SlotHash;
import io.slotwise.commands.RedisCommands;
import io.slotwise.testkit.LocalRedisCluster;
import java.util.ArrayList;
import java.util.List;

/**
 * A Redis Cluster: keys spread over the slots, hash tags, and a cross-slot {@code MGET} merged in
 * the caller's order. Pass seed addresses to use your own cluster; without them the example starts
 * a local 3-master + 3-replica cluster.
 */
final class ClusterQuickstart {
  private ClusterQuickstart() {}

  static void run(String[] args) throws Exception {
    LocalRedisCluster local = null;
    String[] seeds = args;
    if (seeds.length == 0) {
      System.out.println("starting a local 3-master + 3-replica Redis Cluster ...");
      local = LocalRedisCluster.start();
      seeds = local.seeds();
    }
    try (SlotwiseClient client = SlotwiseClient.cluster(seeds)) {
      RedisCommands redis = client.sync();
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        String key = "user:" + i;
        keys.add(key);
        redis.set(key, "name-" + i);
        System.out.printf("SET %-8s slot %5d%n", key, SlotHash.slot(key));
      }
      System.out.println("MGET across slots -> " + redis.mget(keys.toArray(new String[0])));
      redis.set("{user:42}.name", "Ada");
      redis.set("{user:42}.email", "ada@example.org");
      System.out.println(
          "hash tag: {user:42}.name and {user:42}.email share slot "
              + SlotHash.slot("{user:42}.name"));
      System.out.println("DEL across slots  -> " + redis.del(keys.toArray(new String[0])));
      System.out.println("client counters   -> " + client.stats());
    } finally {
      if (local != null) {
        local.close();
      }
    }
  }
}
