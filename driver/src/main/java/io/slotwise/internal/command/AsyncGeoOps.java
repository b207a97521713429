package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.u;
import static io.slotwise.internal.command.AsyncOps.us;

import io.slotwise.commands.AsyncRedisGeoCommands;
import io.slotwise.commands.GeoAddArgs;
import io.slotwise.commands.GeoCoordinates;
import io.slotwise.commands.GeoResult;
import io.slotwise.commands.GeoSearchArgs;
import io.slotwise.commands.GeoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The geo commands of {@link AsyncCommandsImpl}, as default methods over what {@link AsyncOps}
 * provides; each hands its future out through {@link AsyncOps#handOut} exactly once. Holds no
 * state; thread-safe as its implementor.
 */
public interface AsyncGeoOps extends AsyncOps, AsyncRedisGeoCommands {
  @Override
  default CompletableFuture<Long> geoadd(
      String key, double longitude, double latitude, String member) {
    return run(
        GeoCommandBuilder.geoadd(
            u(key, "key"),
            GeoAddArgs.create(),
            GeoCommandBuilder.one(longitude, latitude, u(member, "member"))),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> geoadd(
      byte[] key, double longitude, double latitude, byte[] member) {
    return run(
        GeoCommandBuilder.geoadd(
            key, GeoAddArgs.create(), GeoCommandBuilder.one(longitude, latitude, member)),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> geoadd(String key, Map<String, GeoCoordinates> members) {
    return run(
        GeoCommandBuilder.geoadd(
            u(key, "key"), GeoAddArgs.create(), GeoConverters.utf8Keys(members, "members")),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> geoadd(byte[] key, Map<byte[], GeoCoordinates> members) {
    return run(GeoCommandBuilder.geoadd(key, GeoAddArgs.create(), members), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> geoadd(
      String key, GeoAddArgs args, Map<String, GeoCoordinates> members) {
    return run(
        GeoCommandBuilder.geoadd(u(key, "key"), args, GeoConverters.utf8Keys(members, "members")),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> geoadd(
      byte[] key, GeoAddArgs args, Map<byte[], GeoCoordinates> members) {
    return run(GeoCommandBuilder.geoadd(key, args, members), Converters::integer);
  }

  @Override
  default CompletableFuture<Double> geodist(
      String key, String member1, String member2, GeoUnit unit) {
    return run(
        GeoCommandBuilder.geodist(
            u(key, "key"), u(member1, "member1"), u(member2, "member2"), unit),
        Converters::nullableDecimal);
  }

  @Override
  default CompletableFuture<Double> geodist(
      byte[] key, byte[] member1, byte[] member2, GeoUnit unit) {
    return run(GeoCommandBuilder.geodist(key, member1, member2, unit), Converters::nullableDecimal);
  }

  @Override
  default CompletableFuture<List<String>> geohash(String key, String... members) {
    return run(
        GeoCommandBuilder.members("GEOHASH", u(key, "key"), us(members, "members")),
        Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<String>> geohash(byte[] key, byte[]... members) {
    return run(
        GeoCommandBuilder.members("GEOHASH", key, Args.requireAll(members, "members")),
        Converters.STRING_LIST);
  }

  @Override
  default CompletableFuture<List<GeoCoordinates>> geopos(String key, String... members) {
    return run(
        GeoCommandBuilder.members("GEOPOS", u(key, "key"), us(members, "members")),
        GeoConverters.POSITIONS);
  }

  @Override
  default CompletableFuture<List<GeoCoordinates>> geopos(byte[] key, byte[]... members) {
    return run(
        GeoCommandBuilder.members("GEOPOS", key, Args.requireAll(members, "members")),
        GeoConverters.POSITIONS);
  }

  @Override
  default CompletableFuture<List<GeoResult<String>>> geosearch(String key, GeoSearchArgs args) {
    return run(
        GeoCommandBuilder.geosearch(u(key, "key"), args),
        GeoConverters.results(args, Converters::string));
  }

  @Override
  default CompletableFuture<List<GeoResult<byte[]>>> geosearch(byte[] key, GeoSearchArgs args) {
    return run(
        GeoCommandBuilder.geosearch(key, args), GeoConverters.results(args, Converters::bytes));
  }

  @Override
  default CompletableFuture<Long> geosearchstore(
      String destination, String source, GeoSearchArgs args, boolean storeDist) {
    return run(
        GeoCommandBuilder.geosearchstore(
            u(destination, "destination"), u(source, "source"), args, storeDist),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> geosearchstore(
      byte[] destination, byte[] source, GeoSearchArgs args, boolean storeDist) {
    return run(
        GeoCommandBuilder.geosearchstore(destination, source, args, storeDist),
        Converters::integer);
  }
}
