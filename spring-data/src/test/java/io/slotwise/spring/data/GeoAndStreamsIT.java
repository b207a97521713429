package io.slotwise.spring.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.slotwise.SlotwiseConfig;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.domain.Range;
import org.springframework.data.geo.Circle;
import org.springframework.data.geo.Distance;
import org.springframework.data.geo.GeoResults;
import org.springframework.data.geo.Metrics;
import org.springframework.data.geo.Point;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisGeoCommands.GeoLocation;
import org.springframework.data.redis.connection.RedisGeoCommands.GeoRadiusCommandArgs;
import org.springframework.data.redis.connection.RedisGeoCommands.GeoSearchCommandArgs;
import org.springframework.data.redis.connection.RedisGeoCommands.GeoSearchStoreCommandArgs;
import org.springframework.data.redis.connection.RedisStreamCommands.XAddOptions;
import org.springframework.data.redis.connection.RedisStreamCommands.XClaimOptions;
import org.springframework.data.redis.connection.RedisStreamCommands.XPendingOptions;
import org.springframework.data.redis.connection.stream.ByteRecord;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.PendingMessages;
import org.springframework.data.redis.connection.stream.PendingMessagesSummary;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamInfo;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.domain.geo.GeoReference;
import org.springframework.data.redis.domain.geo.GeoShape;

/**
 * Every {@code RedisGeoCommands} and {@code RedisStreamCommands} method of the connection, values
 * checked, on the local cluster and a standalone server, over RESP2 and RESP3.
 */
@ExtendWith(RedisExtension.class)
class GeoAndStreamsIT {
  private static LocalRedisCluster cluster;
  private static RedisServerProcess server;
  private SlotwiseConnectionFactory factory;

  @BeforeAll
  static void servers(LocalRedisCluster sharedCluster, RedisServerProcess sharedServer) {
    cluster = sharedCluster;
    server = sharedServer;
  }

  static Stream<Arguments> targets() {
    return SpringDataRedisIT.targets();
  }

  private RedisConnection connection(String target, SlotwiseConfig.Protocol protocol) {
    SlotwiseConfig.Builder b =
        target.equals("cluster")
            ? SlotwiseConfig.cluster(cluster.seeds())
            : SlotwiseConfig.standalone(server.address().toString());
    factory = new SlotwiseConnectionFactory(b.protocol(protocol).build());
    factory.afterPropertiesSet();
    return factory.getConnection();
  }

  @AfterEach
  void close() {
    if (factory != null) {
      factory.destroy();
    }
  }

  @ParameterizedTest
  @MethodSource("targets")
  void geo(String target, SlotwiseConfig.Protocol protocol) {
    RedisConnection c = connection(target, protocol);
    byte[] key = b("{geo}" + target + protocol);
    byte[] dest = b("{geo}" + target + protocol + ":dest");
    c.keyCommands().del(key, dest);
    Point palermo = new Point(13.361389, 38.115556);
    Point catania = new Point(15.087269, 37.502669);
    assertThat(c.geoCommands().geoAdd(key, palermo, b("Palermo"))).isEqualTo(1L);
    assertThat(c.geoCommands().geoAdd(key, Map.of(b("Catania"), catania))).isEqualTo(1L);
    assertThat(
            c.geoCommands()
                .geoAdd(key, List.of(new GeoLocation<>(b("Agrigento"), new Point(13.58, 37.31)))))
        .isEqualTo(1L);

    Distance meters = c.geoCommands().geoDist(key, b("Palermo"), b("Catania"));
    assertThat(meters.getValue()).isCloseTo(166274.15, within(1.0));
    Distance km = c.geoCommands().geoDist(key, b("Palermo"), b("Catania"), Metrics.KILOMETERS);
    assertThat(km.getValue()).isCloseTo(166.27, within(0.01));
    assertThat(km.getMetric()).isEqualTo(Metrics.KILOMETERS);
    assertThat(c.geoCommands().geoDist(key, b("Palermo"), b("Nowhere"))).isNull();
    assertThat(c.geoCommands().geoHash(key, b("Palermo"), b("Nowhere")))
        .containsExactly("sqc8b49rny0", null);
    List<Point> pos = c.geoCommands().geoPos(key, b("Palermo"), b("Nowhere"));
    assertThat(pos.get(0).getX()).isCloseTo(13.361389, within(1e-5));
    assertThat(pos.get(0).getY()).isCloseTo(38.115556, within(1e-5));
    assertThat(pos.get(1)).isNull();

    Circle circle = new Circle(new Point(15, 37), new Distance(200, Metrics.KILOMETERS));
    assertThat(names(c.geoCommands().geoRadius(key, circle)))
        .containsExactlyInAnyOrder("Palermo", "Catania", "Agrigento");
    GeoResults<GeoLocation<byte[]>> near =
        c.geoCommands()
            .geoRadius(
                key,
                circle,
                GeoRadiusCommandArgs.newGeoRadiusArgs()
                    .includeDistance()
                    .includeCoordinates()
                    .sortAscending()
                    .limit(2));
    assertThat(names(near)).containsExactly("Catania", "Agrigento");
    assertThat(near.getContent().get(0).getDistance().getValue()).isCloseTo(56.44, within(0.01));
    assertThat(near.getContent().get(0).getDistance().getMetric()).isEqualTo(Metrics.KILOMETERS);
    assertThat(near.getContent().get(0).getContent().getPoint().getX())
        .isCloseTo(15.087269, within(1e-5));
    assertThat(
            names(
                c.geoCommands()
                    .geoRadiusByMember(key, b("Palermo"), new Distance(100, Metrics.KILOMETERS))))
        .containsExactlyInAnyOrder("Palermo", "Agrigento");
    GeoResults<GeoLocation<byte[]>> byMember =
        c.geoCommands()
            .geoRadiusByMember(
                key,
                b("Palermo"),
                new Distance(200, Metrics.KILOMETERS),
                GeoRadiusCommandArgs.newGeoRadiusArgs().includeDistance().sortDescending());
    assertThat(names(byMember)).containsExactly("Catania", "Agrigento", "Palermo");
    assertThat(byMember.getContent().get(2).getDistance().getValue()).isCloseTo(0, within(1e-3));

    GeoResults<GeoLocation<byte[]>> box =
        c.geoCommands()
            .geoSearch(
                key,
                GeoReference.fromCoordinate(new Point(14, 37.8)),
                GeoShape.byBox(
                    400,
                    400,
                    org.springframework.data.redis.connection.RedisGeoCommands.DistanceUnit
                        .KILOMETERS),
                GeoSearchCommandArgs.newGeoSearchArgs().includeDistance().sortAscending());
    assertThat(box.getContent()).hasSize(3);
    assertThat(
            names(
                c.geoCommands()
                    .geoSearch(
                        key,
                        GeoReference.fromMember(b("Catania")),
                        GeoShape.byRadius(new Distance(10, Metrics.KILOMETERS)),
                        GeoSearchCommandArgs.newGeoSearchArgs())))
        .containsExactly("Catania");
    assertThat(
            c.geoCommands()
                .geoSearchStore(
                    dest,
                    key,
                    GeoReference.fromMember(b("Palermo")),
                    GeoShape.byRadius(new Distance(100, Metrics.KILOMETERS)),
                    GeoSearchStoreCommandArgs.newGeoSearchStoreArgs().storeDistance()))
        .isEqualTo(2L);
    assertThat(c.zSetCommands().zScore(dest, b("Palermo"))).isEqualTo(0.0);
    assertThat(c.geoCommands().geoRemove(key, b("Agrigento"), b("Nowhere"))).isEqualTo(1L);

    StringRedisTemplate strings = new StringRedisTemplate(factory);
    strings.afterPropertiesSet();
    assertThat(strings.opsForGeo().position(new String(key, StandardCharsets.UTF_8), "Catania"))
        .hasSize(1);
    c.close();
  }

  @ParameterizedTest
  @MethodSource("targets")
  @SuppressWarnings("unchecked")
  void streams(String target, SlotwiseConfig.Protocol protocol) {
    RedisConnection c = connection(target, protocol);
    String name = "{st}" + target + protocol;
    byte[] key = b(name);
    byte[] other = b(name + ":other");
    c.keyCommands().del(key, other);
    var s = c.streamCommands();

    RecordId first = s.xAdd(record(key, "1-1", "f", "a"), XAddOptions.none());
    assertThat(first.getValue()).isEqualTo("1-1");
    RecordId second = s.xAdd(record(key, "2-1", "f", "b"), XAddOptions.maxlen(10));
    RecordId third = s.xAdd(record(key, null, "f", "c"), XAddOptions.none());
    assertThat(third.shouldBeAutoGenerated()).isFalse();
    assertThat(third.getTimestamp()).isGreaterThan(2L);
    assertThat(s.xLen(key)).isEqualTo(3L);

    List<ByteRecord> all = s.xRange(key, Range.unbounded(), Limit.unlimited());
    assertThat(all)
        .extracting(r -> r.getId().getValue())
        .containsExactly("1-1", "2-1", third.getValue());
    assertThat(field(all.get(1))).isEqualTo("b");
    assertThat(all.get(0).getStream()).isEqualTo(key);
    assertThat(s.xRange(key, Range.closed("1-1", "2-1"), Limit.limit().count(1)))
        .extracting(r -> r.getId().getValue())
        .containsExactly("1-1");
    assertThat(s.xRange(key, Range.rightOpen("1-1", "2-1"), Limit.unlimited())).hasSize(1);
    assertThat(s.xRevRange(key, Range.unbounded(), Limit.limit().count(2)))
        .extracting(r -> r.getId().getValue())
        .containsExactly(third.getValue(), "2-1");

    List<ByteRecord> read =
        s.xRead(
            StreamReadOptions.empty().count(2), StreamOffset.create(key, ReadOffset.from("0-0")));
    assertThat(read).extracting(r -> r.getId().getValue()).containsExactly("1-1", "2-1");
    assertThat(
            s.xRead(
                StreamReadOptions.empty().block(Duration.ofMillis(50)),
                StreamOffset.create(key, ReadOffset.from(third))))
        .isEmpty();

    assertThat(s.xGroupCreate(key, "g", ReadOffset.from("0-0"))).isEqualTo("OK");
    assertThat(s.xGroupCreate(other, "g2", ReadOffset.latest(), true)).isEqualTo("OK");
    List<ByteRecord> got =
        s.xReadGroup(
            Consumer.from("g", "alice"),
            StreamReadOptions.empty().count(2),
            StreamOffset.create(key, ReadOffset.lastConsumed()));
    assertThat(got).extracting(ByteRecord::getId).containsExactly(first, second);
    assertThat(field(got.get(0))).isEqualTo("a");

    PendingMessagesSummary summary = s.xPending(key, "g");
    assertThat(summary.getTotalPendingMessages()).isEqualTo(2L);
    assertThat(summary.minMessageId()).isEqualTo("1-1");
    assertThat(summary.maxMessageId()).isEqualTo("2-1");
    assertThat(summary.getPendingMessagesPerConsumer()).containsEntry("alice", 2L);
    PendingMessages pending = s.xPending(key, "g", XPendingOptions.unbounded(10L));
    assertThat(pending.size()).isEqualTo(2);
    assertThat(pending.get(0).getIdAsString()).isEqualTo("1-1");
    assertThat(pending.get(0).getConsumerName()).isEqualTo("alice");
    assertThat(pending.get(0).getTotalDeliveryCount()).isEqualTo(1L);
    assertThat(
            s.xPending(
                key, "g", XPendingOptions.range(Range.closed("2-1", "2-1"), 5L).consumer("alice")))
        .hasSize(1);

    List<ByteRecord> claimed =
        s.xClaim(key, "g", "bob", XClaimOptions.minIdle(Duration.ZERO).ids(first));
    assertThat(claimed).extracting(ByteRecord::getId).containsExactly(first);
    assertThat(field(claimed.get(0))).isEqualTo("a");
    assertThat(s.xClaimJustId(key, "g", "bob", XClaimOptions.minIdle(Duration.ZERO).ids(second)))
        .containsExactly(second);
    assertThat(s.xAck(key, "g", first)).isEqualTo(1L);

    StreamInfo.XInfoStream info = s.xInfo(key);
    assertThat(info.streamLength()).isEqualTo(3L);
    assertThat(info.groupCount()).isEqualTo(1L);
    assertThat(info.firstEntryId()).isEqualTo("1-1");
    assertThat(info.lastEntryId()).isEqualTo(third.getValue());
    StreamInfo.XInfoGroups groups = s.xInfoGroups(key);
    assertThat(groups.size()).isEqualTo(1);
    assertThat(groups.get(0).groupName()).isEqualTo("g");
    assertThat(groups.get(0).pendingCount()).isEqualTo(1L);
    assertThat(groups.get(0).lastDeliveredId()).isEqualTo("2-1");
    StreamInfo.XInfoConsumers consumers = s.xInfoConsumers(key, "g");
    assertThat(consumers.size()).isEqualTo(2);
    assertThat(consumers.stream().map(StreamInfo.XInfoConsumer::consumerName))
        .containsExactlyInAnyOrder("alice", "bob");

    assertThat(s.xGroupDelConsumer(key, Consumer.from("g", "alice"))).isTrue();
    assertThat(s.xGroupDestroy(key, "g")).isTrue();
    assertThat(s.xGroupDestroy(key, "g")).isFalse();
    assertThat(s.xDel(key, first)).isEqualTo(1L);
    assertThat(s.xTrim(key, 1)).isEqualTo(1L);
    assertThat(s.xTrim(key, 0, true)).isGreaterThanOrEqualTo(0L);

    StringRedisTemplate strings = new StringRedisTemplate(factory);
    strings.afterPropertiesSet();
    RecordId viaTemplate =
        strings.opsForStream().add(StreamRecords.string(Map.of("k", "v")).withStreamKey(name));
    List<MapRecord<String, Object, Object>> back =
        strings
            .opsForStream()
            .range(name, Range.closed(viaTemplate.getValue(), viaTemplate.getValue()));
    assertThat(back).hasSize(1);
    assertThat(back.get(0).getValue()).containsEntry("k", "v");
    c.close();
  }

  private static MapRecord<byte[], byte[], byte[]> record(
      byte[] key, String id, String f, String v) {
    var r = StreamRecords.newRecord().in(key);
    if (id != null) {
      r = r.withId(id);
    }
    return r.ofBytes(Map.of(b(f), b(v)));
  }

  private static String field(ByteRecord r) {
    return r.getValue().entrySet().stream()
        .filter(e -> new String(e.getKey(), StandardCharsets.UTF_8).equals("f"))
        .map(e -> new String(e.getValue(), StandardCharsets.UTF_8))
        .findFirst()
        .orElse(null);
  }

  private static List<String> names(GeoResults<GeoLocation<byte[]>> results) {
    return results.getContent().stream()
        .map(r -> new String(r.getContent().getName(), StandardCharsets.UTF_8))
        .toList();
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
