package io.slotwise.commands;

import io.slotwise.SlotwiseClient;
import io.slotwise.SlotwiseConfig;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisServerProcess;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The four clients the per-family integration tests run every command through: one standalone
 * server and the local cluster, each over RESP2 and RESP3. Opened by a test class's {@code
 * BeforeAll}, closed by its {@code AfterAll}. Not thread-safe (JUnit runs one test at a time).
 */
final class TypedTargets {
  /** Where a test runs: server kind and protocol. */
  enum Target {
    STANDALONE_RESP2,
    STANDALONE_RESP3,
    CLUSTER_RESP2,
    CLUSTER_RESP3;

    boolean cluster() {
      return name().startsWith("CLUSTER");
    }

    SlotwiseConfig.Protocol protocol() {
      return name().endsWith("RESP2")
          ? SlotwiseConfig.Protocol.RESP2
          : SlotwiseConfig.Protocol.RESP3;
    }
  }

  private final Map<Target, SlotwiseClient> clients = new EnumMap<>(Target.class);

  TypedTargets(RedisServerProcess server, LocalRedisCluster cluster) {
    for (Target t : Target.values()) {
      SlotwiseConfig.Builder b =
          t.cluster()
              ? SlotwiseConfig.cluster(cluster.seeds())
              : SlotwiseConfig.standalone(server.address().toString());
      clients.put(t, SlotwiseClient.create(b.protocol(t.protocol()).build()));
    }
  }

  RedisCommands sync(Target t) {
    return clients.get(t).sync();
  }

  AsyncRedisCommands async(Target t) {
    return clients.get(t).async();
  }

  void close() {
    clients.values().forEach(SlotwiseClient::close);
    clients.clear();
  }

  static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String s(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
