package io.slotwise.spring.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.SlotwiseConfig;
import io.slotwise.testkit.Isolated;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Range;
import org.springframework.data.geo.Circle;
import org.springframework.data.geo.Distance;
import org.springframework.data.geo.Metrics;
import org.springframework.data.geo.Point;
import org.springframework.data.redis.connection.BitFieldSubCommands;
import org.springframework.data.redis.connection.DefaultSortParameters;
import org.springframework.data.redis.connection.ExpirationOptions;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.connection.RedisClusterNode;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisGeoCommands;
import org.springframework.data.redis.connection.RedisNode;
import org.springframework.data.redis.connection.RedisStreamCommands;
import org.springframework.data.redis.connection.RedisZSetCommands;
import org.springframework.data.redis.connection.SortParameters;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.connection.zset.DefaultTuple;
import org.springframework.data.redis.connection.zset.Weights;
import org.springframework.data.redis.core.KeyScanOptions;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.types.Expiration;
import org.springframework.data.redis.domain.geo.GeoReference;
import org.springframework.data.redis.domain.geo.GeoShape;

/**
 * Calls every method of {@link RedisConnection} (standalone) and {@link RedisClusterConnection}
 * (cluster) by reflection with harmless arguments and checks each either works or throws an {@link
 * InvalidDataAccessApiUsageException} (a refusal, or a server error about the made-up arguments);
 * never {@link UnsupportedOperationException} or another exception. The refusals ("is not supported
 * by Slotwise") must be exactly the documented ones. Methods that would break the test server
 * (SHUTDOWN, REPLICAOF, CLUSTER MEET/FORGET/ADDSLOTS...) or block (SUBSCRIBE) are listed and not
 * called.
 */
@ExtendWith(RedisExtension.class)
class ConnectionMethodsIT {
  /** Not called: each would stop, reconfigure or hold the (isolated) test server. */
  static final Set<String> NOT_CALLED =
      Set.of(
          "shutdown",
          "replicaOf",
          "replicaOfNoOne",
          "slaveOf",
          "slaveOfNoOne",
          "migrate",
          "killClient",
          "clusterForget",
          "clusterMeet",
          "clusterAddSlots",
          "clusterDeleteSlots",
          "clusterDeleteSlotsInRange",
          "clusterSetSlot",
          "clusterReplicate",
          "subscribe",
          "pSubscribe",
          "close",
          "multi",
          "watch",
          "openPipeline",
          "bgReWriteAof",
          "bgSave",
          "save",
          "flushAll",
          "resetConfigStats",
          "rewriteConfig",
          "setConfig",
          "scriptKill");

  /** The methods the connection refuses, and why (also in README "Spring Data Redis"). */
  static final Map<String, String> REFUSED =
      Map.of(
          "setClientName", "connections are shared: set SlotwiseConfig's clientName",
          "select", "one database per client: set SlotwiseConfig's database",
          "getClusterConnection", "a standalone or Codis client has no cluster connection");

  /**
   * The methods whose Redis reply is nil for the made-up arguments (missing key or member, blocking
   * pop timed out, no subscription, no client name): any other null would be suspect.
   */
  static final Set<String> NIL_REPLY =
      Set.of(
          "randomKey",
          "getSubscription",
          "bLMove",
          "bRPopLPush",
          "dump",
          "get",
          "getDel",
          "getEx",
          "getSet",
          "zRank",
          "zRevRank",
          "getClientName",
          "bLPop",
          "bRPop",
          "geoDist");

  private static final byte[] KEY = b("{m}key");

  @Test
  void everyRedisConnectionMethodOnAStandaloneServer(
      @Isolated("methods") RedisServerProcess server) {
    SlotwiseConnectionFactory f =
        new SlotwiseConnectionFactory(
            SlotwiseConfig.standalone(server.address().toString())
                .protocol(SlotwiseConfig.Protocol.RESP2)
                .build());
    f.afterPropertiesSet();
    try {
      RedisConnection c = f.getConnection();
      // Spring Data's String-bound default passes a Range<String> on (ClassCastException before).
      c.zSetCommands().zAdd(b("{m}z"), 1.5, b("a"));
      assertThat(c.zSetCommands().zRangeByScore(b("{m}z"), "-inf", "+inf"))
          .singleElement()
          .isEqualTo(b("a"));
      assertThat(c.zSetCommands().zRangeByScore(b("{m}z"), "(1.5", "+inf")).isEmpty();
      walk(RedisConnection.class, c, null);
    } finally {
      f.destroy();
    }
  }

  @Test
  void everyRedisClusterConnectionMethodOnTheCluster(
      @Isolated("methods") LocalRedisCluster cluster) {
    SlotwiseConnectionFactory f =
        new SlotwiseConnectionFactory(
            SlotwiseConfig.cluster(cluster.seeds())
                .protocol(SlotwiseConfig.Protocol.RESP3)
                .build());
    f.afterPropertiesSet();
    try {
      RedisClusterConnection c = f.getClusterConnection();
      RedisClusterNode master =
          java.util.stream.StreamSupport.stream(c.clusterGetNodes().spliterator(), false)
              .filter(RedisClusterNode::isMaster)
              .findFirst()
              .orElseThrow();
      walk(RedisClusterConnection.class, c, master);
    } finally {
      f.destroy();
    }
  }

  private static void walk(Class<?> api, Object connection, RedisClusterNode node) {
    Map<String, String> unexpected = new TreeMap<>();
    Set<String> refused = new LinkedHashSet<>();
    List<String> nulls = new ArrayList<>();
    int called = 0;
    List<Method> methods = new ArrayList<>(Arrays.asList(api.getMethods()));
    methods.sort(Comparator.comparing(Method::toGenericString));
    for (Method m : methods) {
      if (Modifier.isStatic(m.getModifiers()) || NOT_CALLED.contains(m.getName())) {
        continue;
      }
      String sig = m.getName() + Arrays.toString(m.getParameterTypes());
      Object[] args;
      try {
        args = args(m, node);
      } catch (RuntimeException e) {
        unexpected.put(sig, "test cannot build arguments: " + e);
        continue;
      }
      called++;
      try {
        Object result = m.invoke(connection, args);
        if (result == null && m.getReturnType() != void.class) {
          nulls.add(m.getName());
        }
      } catch (InvocationTargetException e) {
        Throwable t = e.getCause();
        if (t instanceof InvalidDataAccessApiUsageException) {
          if (String.valueOf(t.getMessage()).contains("is not supported by Slotwise")) {
            refused.add(m.getName());
          }
        } else {
          unexpected.put(sig, t.toString());
        }
      } catch (IllegalAccessException e) {
        unexpected.put(sig, e.toString());
      }
    }
    System.out.printf(
        "%s: %d methods called, refused %s, %d returned null for the made-up arguments: %s%n",
        api.getSimpleName(), called, refused, nulls.size(), nulls);
    assertThat(unexpected)
        .as("methods neither working nor refusing with the Spring type")
        .isEmpty();
    assertThat(REFUSED.keySet()).containsAll(refused);
    assertThat(NIL_REPLY).as("methods that returned null").containsAll(nulls);
    assertThat(called).isGreaterThan(300);
  }

  private static Object[] args(Method m, RedisClusterNode node) {
    Type[] types = m.getGenericParameterTypes();
    Object[] out = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      out[i] = value(types[i], node, m);
    }
    return out;
  }

  private static Object value(Type type, RedisClusterNode node, Method m) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : rawClass(type);
    String name = type.getTypeName();
    if (raw == byte[].class) return KEY;
    if (raw == byte[][].class) return new byte[][] {b("{m}k2")};
    if (raw == String.class) return m.getName().startsWith("config") ? "maxmemory" : "x";
    if (raw == String[].class) return new String[] {m.getName().startsWith("x") ? "1-1" : "x"};
    if (raw == long.class || raw == Long.class) return 1L;
    if (raw == int.class || raw == Integer.class) return 1;
    if (raw == int[].class) return new int[] {1};
    if (raw == double.class) return 1.0;
    if (raw == boolean.class) return false;
    if (raw == Duration.class) return Duration.ofMillis(10);
    if (raw == Instant.class) return Instant.now().plusSeconds(60);
    if (raw == TimeUnit.class) return TimeUnit.SECONDS;
    if (raw == Iterable.class)
      return List.of(new RedisGeoCommands.GeoLocation<>(b("m"), new Point(1, 1)));
    if (raw == java.util.Collection.class) return List.of(b("{m}k2"));
    if (raw == Map.class)
      return name.contains("Point") ? Map.of(b("m"), new Point(1, 1)) : Map.of(b("f"), b("v"));
    if (raw == Set.class) return Set.of(new DefaultTuple(b("m"), 1.0));
    if (raw == Range.class) return name.contains("Number") ? Range.closed(0, 1) : Range.unbounded();
    if (raw == Circle.class)
      return new Circle(new Point(1, 1), new Distance(10, Metrics.KILOMETERS));
    if (raw == Distance.class) return new Distance(10, Metrics.KILOMETERS);
    if (raw == org.springframework.data.geo.Metric.class) return Metrics.KILOMETERS;
    if (raw == Point.class) return new Point(1, 1);
    if (raw == BitFieldSubCommands.class)
      return BitFieldSubCommands.create()
          .get(BitFieldSubCommands.BitFieldType.unsigned(4))
          .valueAt(0);
    if (raw == ExpirationOptions.class) return ExpirationOptions.none();
    if (raw == ExpirationOptions.Condition.class) return ExpirationOptions.Condition.ALWAYS;
    if (raw == Limit.class) return Limit.unlimited();
    if (raw == org.springframework.data.redis.connection.MessageListener.class)
      return (org.springframework.data.redis.connection.MessageListener) (msg, p) -> {};
    if (raw == RedisClusterNode.class || raw == RedisNode.class) return node;
    if (raw == RedisClusterNode.SlotRange.class) return new RedisClusterNode.SlotRange(1, 2);
    if (raw == RedisGeoCommands.GeoLocation.class)
      return new RedisGeoCommands.GeoLocation<>(b("m"), new Point(1, 1));
    if (raw == RedisGeoCommands.GeoRadiusCommandArgs.class)
      return RedisGeoCommands.GeoRadiusCommandArgs.newGeoRadiusArgs().includeDistance();
    if (raw == RedisGeoCommands.GeoSearchCommandArgs.class)
      return RedisGeoCommands.GeoSearchCommandArgs.newGeoSearchArgs().includeCoordinates();
    if (raw == RedisGeoCommands.GeoSearchStoreCommandArgs.class)
      return RedisGeoCommands.GeoSearchStoreCommandArgs.newGeoSearchStoreArgs();
    if (raw == GeoReference.class) return GeoReference.fromCoordinate(new Point(1, 1));
    if (raw == GeoShape.class) return GeoShape.byRadius(new Distance(10, Metrics.KILOMETERS));
    if (raw == RedisStreamCommands.XAddOptions.class) return RedisStreamCommands.XAddOptions.none();
    if (raw == RedisStreamCommands.XClaimOptions.class)
      return RedisStreamCommands.XClaimOptions.minIdle(Duration.ZERO).ids(RecordId.of("1-1"));
    if (raw == RedisStreamCommands.XPendingOptions.class)
      return RedisStreamCommands.XPendingOptions.unbounded();
    if (raw == org.springframework.data.redis.connection.stream.MapRecord.class)
      return StreamRecords.newRecord().in(b("{m}stream")).ofBytes(Map.of(b("f"), b("v")));
    if (raw == Consumer.class) return Consumer.from("g", "c");
    if (raw == ReadOffset.class) return ReadOffset.from("0-0");
    if (raw == RecordId[].class) return new RecordId[] {RecordId.of("1-1")};
    if (raw == StreamOffset[].class)
      return new StreamOffset<?>[] {StreamOffset.create(b("{m}stream"), ReadOffset.from("0-0"))};
    if (raw == StreamReadOptions.class) return StreamReadOptions.empty().count(1);
    if (raw == Weights.class) return Weights.of(1);
    if (raw == RedisZSetCommands.ZAddArgs.class) return RedisZSetCommands.ZAddArgs.empty();
    if (raw == SortParameters.class) return new DefaultSortParameters();
    if (raw == KeyScanOptions.class)
      return (KeyScanOptions) ScanOptions.scanOptions().type("string").count(10).build();
    if (raw == ScanOptions.class) return ScanOptions.scanOptions().count(10).build();
    if (raw == Expiration.class) return Expiration.seconds(60);
    if (raw.isEnum()) return raw.getEnumConstants()[0];
    if (raw.getName().endsWith("AddSlots")) return null;
    throw new IllegalArgumentException("no value for " + name);
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) return c;
    if (type instanceof java.lang.reflect.GenericArrayType g) {
      Type component = g.getGenericComponentType();
      Class<?> c =
          component instanceof ParameterizedType p
              ? (Class<?>) p.getRawType()
              : (Class<?>) component;
      return java.lang.reflect.Array.newInstance(c, 0).getClass();
    }
    throw new IllegalArgumentException("no raw class for " + type);
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
