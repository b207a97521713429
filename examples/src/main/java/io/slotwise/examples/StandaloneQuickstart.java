package io.slotwise.examples;

import io.slotwise.SlotwiseClient;
import io.slotwise.commands.RedisCommands;
import io.slotwise.testkit.RedisServerProcess;
import java.util.List;
import java.util.Map;

/**
 * One Redis server: strings, counters, multi-key commands, async. Pass {@code host:port} to use
 * your own server; without it the example starts a local one.
 */
final class StandaloneQuickstart {
  private StandaloneQuickstart() {}

  static void run(String[] args) throws Exception {
    RedisServerProcess local = args.length == 0 ? RedisServerProcess.start() : null;
    String address = local != null ? local.address().toString() : args[0];
    try (SlotwiseClient client = SlotwiseClient.standalone(address)) {
      RedisCommands redis = client.sync();
      redis.set("greeting", "hello from Slotwise");
      System.out.println("GET greeting      -> " + redis.get("greeting"));
      System.out.println("INCR visits       -> " + redis.incr("visits"));
      redis.mset(Map.of("a", "1", "b", "2"));
      List<String> values = redis.mget("a", "b", "missing");
      System.out.println("MGET a b missing  -> " + values);
      System.out.println("async GET a       -> " + client.async().get("a").get());
      System.out.println("DEL a b greeting  -> " + redis.del("a", "b", "greeting"));
    } finally {
      if (local != null) {
        local.close();
      }
    }
  }
}
