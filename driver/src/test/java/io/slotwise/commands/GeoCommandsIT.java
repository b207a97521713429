package io.slotwise.commands;

import static io.slotwise.commands.TypedTargets.b;
import static io.slotwise.commands.TypedTargets.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.slotwise.cluster.CrossSlotException;
import io.slotwise.commands.TypedTargets.Target;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every typed geo command against real Redis 7, standalone and the local cluster, RESP2 and RESP3
 * (RESP3 answers distances and coordinates as doubles, RESP2 as strings).
 */
@ExtendWith(RedisExtension.class)
class GeoCommandsIT {
  private static TypedTargets targets;

  @BeforeAll
  static void connect(RedisServerProcess server, LocalRedisCluster cluster) {
    targets = new TypedTargets(server, cluster);
  }

  @AfterAll
  static void close() {
    targets.close();
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void addDistanceHashPosition(Target t) {
    RedisCommands redis = targets.sync(t);
    String key = "{" + t + "}cities";
    redis.del(key);
    assertThat(redis.geoadd(key, 13.361389, 38.115556, "Palermo")).isEqualTo(1);
    Map<String, GeoCoordinates> more = new LinkedHashMap<>();
    more.put("Catania", new GeoCoordinates(15.087269, 37.502669));
    more.put("Palermo", new GeoCoordinates(13.361389, 38.115556));
    assertThat(redis.geoadd(key, more)).isEqualTo(1);
    assertThat(
            redis.geoadd(
                key, GeoAddArgs.create().nx(), Map.of("Palermo", new GeoCoordinates(1, 1))))
        .isZero();
    assertThat(
            redis.geoadd(
                key, GeoAddArgs.create().xx().ch(), Map.of("Rome", new GeoCoordinates(12.5, 41.9))))
        .isZero();
    Map<byte[], GeoCoordinates> bin = new LinkedHashMap<>();
    bin.put(b("Agrigento"), new GeoCoordinates(13.583333, 37.316667));
    assertThat(redis.geoadd(b(key), GeoAddArgs.create().ch(), bin)).isEqualTo(1);
    assertThat(redis.geoadd(b(key), 12.758489, 38.788135, b("edge"))).isEqualTo(1);

    assertThat(redis.geodist(key, "Palermo", "Catania", GeoUnit.KM))
        .isCloseTo(166.2742, within(0.01));
    assertThat(redis.geodist(b(key), b("Palermo"), b("Catania"), GeoUnit.M))
        .isCloseTo(166274.15, within(1.0));
    assertThat(redis.geodist(key, "Palermo", "nowhere", GeoUnit.KM)).isNull();
    assertThat(redis.geohash(key, "Palermo", "nowhere")).containsExactly("sqc8b49rny0", null);
    assertThat(redis.geohash(b(key), b("Catania"))).containsExactly("sqdtr74hyu0");
    List<GeoCoordinates> pos = redis.geopos(key, "Palermo", "nowhere");
    assertThat(pos.get(0).longitude()).isCloseTo(13.361389, within(1e-5));
    assertThat(pos.get(0).latitude()).isCloseTo(38.115556, within(1e-5));
    assertThat(pos.get(1)).isNull();
    assertThat(redis.geopos(b(key), b("Catania")).get(0).latitude())
        .isCloseTo(37.502669, within(1e-5));
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void searchAndStore(Target t) {
    RedisCommands redis = targets.sync(t);
    String key = "{" + t + "}shops";
    String dest = "{" + t + "}near";
    redis.del(key, dest);
    Map<String, GeoCoordinates> m = new LinkedHashMap<>();
    m.put("a", new GeoCoordinates(13.40, 52.52));
    m.put("b", new GeoCoordinates(13.41, 52.52));
    m.put("c", new GeoCoordinates(13.50, 52.52));
    m.put("far", new GeoCoordinates(2.35, 48.85));
    redis.geoadd(key, m);

    List<GeoResult<String>> plain =
        redis.geosearch(key, GeoSearchArgs.fromMember("a").byRadius(10, GeoUnit.KM).asc());
    assertThat(plain).extracting(GeoResult::member).containsExactly("a", "b", "c");
    assertThat(plain.get(0).distance()).isNull();

    List<GeoResult<String>> full =
        redis.geosearch(
            key,
            GeoSearchArgs.fromLonLat(13.40, 52.52)
                .byRadius(10, GeoUnit.KM)
                .desc()
                .count(2)
                .withDist()
                .withHash()
                .withCoord());
    assertThat(full).extracting(GeoResult::member).containsExactly("c", "b");
    assertThat(full.get(0).distance()).isCloseTo(6.77, within(0.05));
    assertThat(full.get(0).hash()).isPositive();
    assertThat(full.get(0).coordinates().longitude()).isCloseTo(13.50, within(1e-4));

    List<GeoResult<byte[]>> box =
        redis.geosearch(
            b(key), GeoSearchArgs.fromMember(b("b")).byBox(2, 2, GeoUnit.KM).withDist());
    assertThat(box).extracting(r -> s(r.member())).containsExactlyInAnyOrder("a", "b");
    assertThat(
            redis.geosearch(
                key, GeoSearchArgs.fromMember("a").byRadius(1000, GeoUnit.MI).countAny(1)))
        .hasSize(1);

    assertThat(
            redis.geosearchstore(
                dest, key, GeoSearchArgs.fromMember("a").byRadius(10, GeoUnit.KM), false))
        .isEqualTo(3);
    assertThat(redis.zcard(dest)).isEqualTo(3);
    assertThat(
            redis.geosearchstore(
                b(dest),
                b(key),
                GeoSearchArgs.fromMember("a").byRadius(10, GeoUnit.KM).asc().count(2),
                true))
        .isEqualTo(2);
    assertThat(redis.zscore(dest, "a")).isEqualTo(0.0);
    assertThat(redis.zscore(dest, "b")).isCloseTo(0.68, within(0.05));
    assertThatThrownBy(
            () ->
                redis.geosearchstore(
                    dest,
                    key,
                    GeoSearchArgs.fromMember("a").byRadius(1, GeoUnit.KM).withDist(),
                    false))
        .isInstanceOf(IllegalArgumentException.class);
    if (t.cluster()) {
      assertThatThrownBy(
              () ->
                  redis.geosearchstore(
                      t + ":elsewhere",
                      key,
                      GeoSearchArgs.fromMember("a").byRadius(1, GeoUnit.KM),
                      false))
          .isInstanceOf(CrossSlotException.class)
          .hasMessageContaining("GEOSEARCHSTORE");
    }
  }
}
