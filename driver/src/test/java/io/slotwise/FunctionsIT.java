package io.slotwise;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.commands.FunctionLibrary;
import io.slotwise.commands.FunctionRestorePolicy;
import io.slotwise.commands.NodeResults;
import io.slotwise.commands.RedisCommands;
import io.slotwise.commands.RedisScript;
import io.slotwise.commands.ReplyConverter;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Functions, read-only scripts, {@code SCRIPT EXISTS} and the script helper against the shared real
 * cluster (3 masters) and a standalone server, RESP2 and RESP3. Every test flushes the functions it
 * loaded ({@code FLUSHALL} between tests does not).
 */
@ExtendWith(RedisExtension.class)
class FunctionsIT {
  private static final String LIB =
      "#!lua name=slotwise_t14\n"
          + "redis.register_function('t14_set', function(keys, args)"
          + " return redis.call('SET', keys[1], args[1]) end)\n"
          + "redis.register_function{function_name='t14_get', callback=function(keys, args)"
          + " return redis.call('GET', keys[1]) end, flags={'no-writes'},"
          + " description='reads a key'}\n";

  private static SlotwiseClient cluster(LocalRedisCluster cluster, SlotwiseConfig.Protocol p) {
    return SlotwiseClient.create(SlotwiseConfig.cluster(cluster.seeds()).protocol(p).build());
  }

  /** One key owned by each master, in master order. */
  private static List<String> keyPerMaster(LocalRedisCluster cluster) {
    List<String> keys = new ArrayList<>();
    for (RedisServerProcess m : cluster.masters()) {
      for (int i = 0; ; i++) {
        String key = "fn:" + i;
        if (cluster.ownerOfSlot(cluster.keySlot(key)) == m) {
          keys.add(key);
          break;
        }
      }
    }
    return keys;
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void functionsLoadedOnEveryMasterServeKeysOfEveryMaster(
      SlotwiseConfig.Protocol p, LocalRedisCluster cluster) {
    try (SlotwiseClient client = cluster(cluster, p)) {
      RedisCommands redis = client.sync();
      try {
        NodeResults<String> loaded = redis.functionLoad(LIB);
        assertThat(loaded.nodes())
            .containsExactlyInAnyOrderElementsOf(
                cluster.masters().stream().map(RedisServerProcess::address).toList());
        assertThat(loaded.valuesOrThrow().values()).containsOnly("slotwise_t14");

        for (String key : keyPerMaster(cluster)) {
          assertThat(redis.fcall("t14_set", List.of(key), List.of("v-" + key))).isEqualTo("OK");
          assertThat(redis.fcallReadOnly("t14_get", List.of(key), List.of())).isEqualTo("v-" + key);
          assertThat(
                  redis.fcall("t14_get".getBytes(UTF_8), List.of(key.getBytes(UTF_8)), List.of()))
              .isEqualTo(("v-" + key).getBytes(UTF_8));
          assertThat(redis.get(key)).isEqualTo("v-" + key);
        }

        NodeResults<String> again = redis.functionLoad(LIB);
        assertThat(again.values()).isEmpty();
        assertThat(again.failures()).hasSize(3);
        assertThat(again.failures().values())
            .allSatisfy(e -> assertThat(e).hasMessageContaining("already exists"));
        assertThat(client.async().functionLoad(LIB, true).join().valuesOrThrow()).hasSize(3);

        List<FunctionLibrary> libs = redis.functionList("slotwise_*", true);
        assertThat(libs).hasSize(1);
        FunctionLibrary lib = libs.get(0);
        assertThat(lib.name()).isEqualTo("slotwise_t14");
        assertThat(lib.engine()).isEqualTo("LUA");
        assertThat(lib.code()).isEqualTo(LIB);
        assertThat(lib.functions())
            .anySatisfy(
                f -> {
                  assertThat(f.name()).isEqualTo("t14_get");
                  assertThat(f.flags()).containsExactly("no-writes");
                  assertThat(f.description()).isEqualTo("reads a key");
                });
        assertThat(redis.functionList()).extracting(FunctionLibrary::code).containsOnlyNulls();

        byte[] dump = redis.functionDump();
        assertThat(redis.functionFlush().valuesOrThrow().values()).containsOnly("OK");
        assertThat(redis.functionList()).isEmpty();
        String key = keyPerMaster(cluster).get(1);
        assertThatThrownBy(() -> redis.fcall("t14_get", List.of(key), List.of()))
            .isInstanceOf(RedisServerException.class)
            .hasMessageContaining("Function not found");
        assertThat(redis.functionRestore(dump, FunctionRestorePolicy.APPEND).valuesOrThrow())
            .hasSize(3);
        assertThat(redis.fcallReadOnly("t14_get", List.of(key), List.of())).isEqualTo("v-" + key);
        assertThat(redis.functionDelete("slotwise_t14").valuesOrThrow().values())
            .containsOnly("OK");
        assertThat(redis.functionList()).isEmpty();
      } finally {
        redis.functionFlush(false);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void scriptExistsAcrossMastersAndTheHelperReloadsWhereMissing(
      SlotwiseConfig.Protocol p, LocalRedisCluster cluster) {
    try (SlotwiseClient client = cluster(cluster, p)) {
      RedisCommands redis = client.sync();
      String source = "return redis.call('GET', KEYS[1])";
      RedisScript script = RedisScript.of(source + " -- " + p);
      String sha = redis.scriptLoad(source);
      String missing = "0123456789012345678901234567890123456789";
      assertThat(redis.scriptExists(sha, missing)).containsExactly(true, false);

      RedisServerProcess first = cluster.masters().get(0);
      client.onNode(first.address()).sync().execute("SCRIPT", "FLUSH").valuesOrThrow();
      assertThat(redis.scriptExists(sha)).as("gone from one master").containsExactly(false);

      String key = keyPerMaster(cluster).get(0);
      redis.set(key, "x");
      assertThat(redis.evalReadOnly(source, List.of(key), List.of())).isEqualTo("x");
      assertThat(redis.evalshaReadOnly(sha, List.of(key), List.of())).isEqualTo("x");
      assertThat(
              redis.evalReadOnly(source.getBytes(UTF_8), List.of(key.getBytes(UTF_8)), List.of()))
          .isEqualTo("x".getBytes(UTF_8));

      // The helper: EVALSHA answers NOSCRIPT on the key's master, EVAL runs and caches it there.
      assertThat(redis.eval(script, List.of(key), List.of())).isEqualTo("x");
      Object cached =
          client
              .onNode(first.address())
              .sync()
              .execute(ReplyConverter.raw(), "SCRIPT", "EXISTS", script.sha1())
              .get(first.address());
      assertThat(cached).isEqualTo(List.of(1L));
      assertThat(redis.eval(script, List.of(key), List.of())).isEqualTo("x");
      assertThat(client.async().evalBytes(script, List.of(key.getBytes(UTF_8)), List.of()).join())
          .isEqualTo("x".getBytes(UTF_8));
      assertThat(redis.scriptFlush()).isEqualTo("OK");
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2", "RESP3"})
  void standaloneServerIsTheOneMasterAndTheOneNode(
      SlotwiseConfig.Protocol p, RedisServerProcess server) {
    SlotwiseConfig config =
        SlotwiseConfig.standalone(server.address().toString()).protocol(p).build();
    try (SlotwiseClient client = SlotwiseClient.create(config)) {
      RedisCommands redis = client.sync();
      assertThat(client.onMasters().nodes()).containsExactly(server.address());
      assertThat(client.onAllNodes().nodes()).containsExactly(server.address());
      try {
        NodeResults<String> loaded = redis.functionLoad(LIB);
        assertThat(loaded.valuesOrThrow())
            .containsExactly(java.util.Map.entry(server.address(), "slotwise_t14"));
        assertThat(redis.fcall("t14_set", List.of("k"), List.of("v"))).isEqualTo("OK");
        assertThat(redis.fcallReadOnly("t14_get", List.of("k"), List.of())).isEqualTo("v");
        assertThat(redis.functionList("slotwise_t14", false)).hasSize(1);
      } finally {
        redis.functionFlush();
      }
      assertThat(redis.memoryUsage("k")).isPositive();
      assertThat(redis.configGet("maxmemory")).containsKey("maxmemory");
      assertThat(
              redis
                  .configSet("maxmemory", redis.configGet("maxmemory").get("maxmemory"))
                  .valuesOrThrow())
          .containsOnlyKeys(server.address());
      assertThat(client.onNode(server.address()).sync().clientId().get(server.address()))
          .isPositive();
      assertThatThrownBy(redis::clusterInfo)
          .isInstanceOf(RedisServerException.class)
          .hasMessageContaining("cluster support disabled");
      RedisScript seven = RedisScript.of("return 7 -- " + p);
      assertThat(redis.scriptFlush()).isEqualTo("OK");
      assertThat(redis.scriptExists(seven.sha1())).containsExactly(false);
      assertThat(redis.eval(seven, List.of(), List.of())).isEqualTo(7L);
      assertThat(redis.scriptExists(seven.sha1())).containsExactly(true);
      assertThat(redis.flushdb(false)).isEqualTo("OK");
      assertThat(redis.dbsize()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"RESP2"})
  void codisRefusesMastersAndFunctionsButReachesEveryProxy(
      SlotwiseConfig.Protocol p, RedisServerProcess server) {
    try (SlotwiseClient client =
        SlotwiseClient.create(SlotwiseConfig.codisStatic(server.address().toString()).build())) {
      assertThatThrownBy(client::onMasters)
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining("Codis");
      assertThat(client.onAllNodes().nodes()).containsExactly(server.address());
      assertThat(client.onAllNodes().sync().ping().valuesOrThrow().values()).containsOnly("PONG");
      assertThatThrownBy(() -> client.sync().functionLoad(LIB))
          .isInstanceOf(io.slotwise.codis.CodisUnsupportedCommandException.class)
          .hasMessageContaining("FUNCTION");
      assertThatThrownBy(() -> client.sync().fcall("f", List.of("k"), List.of()))
          .isInstanceOf(io.slotwise.codis.CodisUnsupportedCommandException.class);
    }
  }
}
