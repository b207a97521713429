package io.slotwise.spring.data;

import java.util.List;
import java.util.Map;
import org.springframework.data.geo.Circle;
import org.springframework.data.geo.Distance;
import org.springframework.data.geo.GeoResults;
import org.springframework.data.geo.Metric;
import org.springframework.data.geo.Point;
import org.springframework.data.redis.connection.RedisGeoCommands;
import org.springframework.data.redis.domain.geo.GeoReference;
import org.springframework.data.redis.domain.geo.GeoShape;

/**
 * {@link RedisGeoCommands} on Slotwise: {@code GEOADD}, {@code GEODIST}, {@code GEOHASH}, {@code
 * GEOPOS}, {@code GEORADIUS[BYMEMBER]}, {@code GEOSEARCH[STORE]} and {@code ZREM}, their replies
 * converted by {@link GeoReplies}. {@code geoSearchStore} needs both keys in one slot in cluster
 * mode. Not thread-safe (one per connection).
 */
final class SlotwiseGeoCommands extends Family implements RedisGeoCommands {

  SlotwiseGeoCommands(CommandRunner runner) {
    super(runner);
  }

  @Override
  public Long geoAdd(byte[] key, Point point, byte[] member) {
    require(point, "geoAdd", "point");
    return run(
        "geoAdd",
        Replies::toLong,
        Cmd.of("GEOADD").add(key).add(point.getX()).add(point.getY()).add(member));
  }

  @Override
  public Long geoAdd(byte[] key, Map<byte[], Point> memberCoordinateMap) {
    require(memberCoordinateMap, "geoAdd", "memberCoordinateMap");
    Cmd cmd = Cmd.of("GEOADD").add(key);
    memberCoordinateMap.forEach(
        (member, point) -> cmd.add(point.getX()).add(point.getY()).add(member));
    return run("geoAdd", Replies::toLong, cmd);
  }

  @Override
  public Long geoAdd(byte[] key, Iterable<GeoLocation<byte[]>> locations) {
    require(locations, "geoAdd", "locations");
    Cmd cmd = Cmd.of("GEOADD").add(key);
    for (GeoLocation<byte[]> l : locations) {
      require(l.getPoint(), "geoAdd", "point of a location");
      cmd.add(l.getPoint().getX()).add(l.getPoint().getY()).add(l.getName());
    }
    return run("geoAdd", Replies::toLong, cmd);
  }

  @Override
  public Distance geoDist(byte[] key, byte[] member1, byte[] member2) {
    return geoDist(key, member1, member2, DistanceUnit.METERS);
  }

  @Override
  public Distance geoDist(byte[] key, byte[] member1, byte[] member2, Metric metric) {
    return run(
        "geoDist",
        GeoReplies.distance(metric),
        Cmd.of("GEODIST")
            .add(key)
            .add(member1)
            .add(member2)
            .word(GeoReplies.unit(metric, "geoDist")));
  }

  @Override
  public List<String> geoHash(byte[] key, byte[]... members) {
    return run(
        "geoHash",
        reply -> Replies.mapped(reply, Replies::string),
        Cmd.of("GEOHASH").add(key).add(members));
  }

  @Override
  public List<Point> geoPos(byte[] key, byte[]... members) {
    return run("geoPos", GeoReplies::points, Cmd.of("GEOPOS").add(key).add(members));
  }

  @Override
  public GeoResults<GeoLocation<byte[]>> geoRadius(byte[] key, Circle within) {
    return geoRadius(key, within, GeoRadiusCommandArgs.newGeoRadiusArgs());
  }

  @Override
  public GeoResults<GeoLocation<byte[]>> geoRadius(
      byte[] key, Circle within, GeoRadiusCommandArgs args) {
    require(within, "geoRadius", "within");
    Distance r = within.getRadius();
    Cmd cmd =
        Cmd.of("GEORADIUS")
            .add(key)
            .add(within.getCenter().getX())
            .add(within.getCenter().getY())
            .add(r.getValue())
            .word(GeoReplies.unit(r.getMetric(), "geoRadius"));
    return run(
        "geoRadius", GeoReplies.results(args, r.getMetric()), GeoReplies.queryOptions(cmd, args));
  }

  @Override
  public GeoResults<GeoLocation<byte[]>> geoRadiusByMember(
      byte[] key, byte[] member, Distance radius) {
    return geoRadiusByMember(key, member, radius, GeoRadiusCommandArgs.newGeoRadiusArgs());
  }

  @Override
  public GeoResults<GeoLocation<byte[]>> geoRadiusByMember(
      byte[] key, byte[] member, Distance radius, GeoRadiusCommandArgs args) {
    require(radius, "geoRadiusByMember", "radius");
    Cmd cmd =
        Cmd.of("GEORADIUSBYMEMBER")
            .add(key)
            .add(member)
            .add(radius.getValue())
            .word(GeoReplies.unit(radius.getMetric(), "geoRadiusByMember"));
    return run(
        "geoRadiusByMember",
        GeoReplies.results(args, radius.getMetric()),
        GeoReplies.queryOptions(cmd, args));
  }

  @Override
  public Long geoRemove(byte[] key, byte[]... members) {
    return run("geoRemove", Replies::toLong, Cmd.of("ZREM").add(key).add(members));
  }

  @Override
  public GeoResults<GeoLocation<byte[]>> geoSearch(
      byte[] key, GeoReference<byte[]> reference, GeoShape predicate, GeoSearchCommandArgs args) {
    Cmd cmd = GeoReplies.search(Cmd.of("GEOSEARCH").add(key), reference, predicate, "geoSearch");
    return run(
        "geoSearch",
        GeoReplies.results(args, predicate.getMetric()),
        GeoReplies.queryOptions(cmd, args));
  }

  @Override
  public Long geoSearchStore(
      byte[] destKey,
      byte[] key,
      GeoReference<byte[]> reference,
      GeoShape predicate,
      GeoSearchStoreCommandArgs args) {
    Cmd cmd =
        GeoReplies.search(
            Cmd.of("GEOSEARCHSTORE").add(destKey).add(key), reference, predicate, "geoSearchStore");
    return run("geoSearchStore", Replies::toLong, GeoReplies.queryOptions(cmd, args));
  }
}
