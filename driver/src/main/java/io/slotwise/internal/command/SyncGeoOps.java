package io.slotwise.internal.command;

import io.slotwise.commands.GeoAddArgs;
import io.slotwise.commands.GeoCoordinates;
import io.slotwise.commands.GeoResult;
import io.slotwise.commands.GeoSearchArgs;
import io.slotwise.commands.GeoUnit;
import io.slotwise.commands.RedisGeoCommands;
import java.util.List;
import java.util.Map;

/**
 * The geo commands of {@link SyncCommandsImpl}, as default methods that wait on {@link
 * SyncOps#async()} with {@link SyncOps#await}. Holds no state; thread-safe as its implementor.
 */
public interface SyncGeoOps extends SyncOps, RedisGeoCommands {
  @Override
  default long geoadd(String key, double longitude, double latitude, String member) {
    return await(async().geoadd(key, longitude, latitude, member), "GEOADD");
  }

  @Override
  default long geoadd(byte[] key, double longitude, double latitude, byte[] member) {
    return await(async().geoadd(key, longitude, latitude, member), "GEOADD");
  }

  @Override
  default long geoadd(String key, Map<String, GeoCoordinates> members) {
    return await(async().geoadd(key, members), "GEOADD");
  }

  @Override
  default long geoadd(byte[] key, Map<byte[], GeoCoordinates> members) {
    return await(async().geoadd(key, members), "GEOADD");
  }

  @Override
  default long geoadd(String key, GeoAddArgs args, Map<String, GeoCoordinates> members) {
    return await(async().geoadd(key, args, members), "GEOADD");
  }

  @Override
  default long geoadd(byte[] key, GeoAddArgs args, Map<byte[], GeoCoordinates> members) {
    return await(async().geoadd(key, args, members), "GEOADD");
  }

  @Override
  default Double geodist(String key, String member1, String member2, GeoUnit unit) {
    return await(async().geodist(key, member1, member2, unit), "GEODIST");
  }

  @Override
  default Double geodist(byte[] key, byte[] member1, byte[] member2, GeoUnit unit) {
    return await(async().geodist(key, member1, member2, unit), "GEODIST");
  }

  @Override
  default List<String> geohash(String key, String... members) {
    return await(async().geohash(key, members), "GEOHASH");
  }

  @Override
  default List<String> geohash(byte[] key, byte[]... members) {
    return await(async().geohash(key, members), "GEOHASH");
  }

  @Override
  default List<GeoCoordinates> geopos(String key, String... members) {
    return await(async().geopos(key, members), "GEOPOS");
  }

  @Override
  default List<GeoCoordinates> geopos(byte[] key, byte[]... members) {
    return await(async().geopos(key, members), "GEOPOS");
  }

  @Override
  default List<GeoResult<String>> geosearch(String key, GeoSearchArgs args) {
    return await(async().geosearch(key, args), "GEOSEARCH");
  }

  @Override
  default List<GeoResult<byte[]>> geosearch(byte[] key, GeoSearchArgs args) {
    return await(async().geosearch(key, args), "GEOSEARCH");
  }

  @Override
  default long geosearchstore(
      String destination, String source, GeoSearchArgs args, boolean storeDist) {
    return await(async().geosearchstore(destination, source, args, storeDist), "GEOSEARCHSTORE");
  }

  @Override
  default long geosearchstore(
      byte[] destination, byte[] source, GeoSearchArgs args, boolean storeDist) {
    return await(async().geosearchstore(destination, source, args, storeDist), "GEOSEARCHSTORE");
  }
}
