package io.slotwise.spring.data;

import org.springframework.data.redis.connection.RedisGeoCommands;

/**
 * {@link RedisGeoCommands} on Slotwise: not mapped yet. Every method throws an {@link
 * org.springframework.dao.InvalidDataAccessApiUsageException} naming itself and the way around: the
 * same command through the Slotwise client ({@code getNativeConnection()}, then {@code
 * sync().execute(...)}), or through this connection's {@code execute(String, byte[]...)}, both of
 * which route it by its key. Stateless.
 */
final class SlotwiseGeoCommands extends Family implements RedisGeoCommands {
  private static final String WHY =
      "Spring Data's geo types are not mapped by the Slotwise connection yet; send the command"
          + " with RedisConnection#execute(String, byte[]...) or the SlotwiseClient from"
          + " getNativeConnection()";

  SlotwiseGeoCommands(CommandRunner runner) {
    super(runner);
  }

  @Override
  public java.lang.Long geoAdd(byte[] arg0, org.springframework.data.geo.Point arg1, byte[] arg2) {
    throw refused("geoAdd", WHY);
  }

  @Override
  public java.lang.Long geoAdd(
      byte[] arg0, java.util.Map<byte[], org.springframework.data.geo.Point> arg1) {
    throw refused("geoAdd", WHY);
  }

  @Override
  public java.lang.Long geoAdd(
      byte[] arg0,
      java.lang.Iterable<
              org.springframework.data.redis.connection.RedisGeoCommands.GeoLocation<byte[]>>
          arg1) {
    throw refused("geoAdd", WHY);
  }

  @Override
  public org.springframework.data.geo.Distance geoDist(byte[] arg0, byte[] arg1, byte[] arg2) {
    throw refused("geoDist", WHY);
  }

  @Override
  public org.springframework.data.geo.Distance geoDist(
      byte[] arg0, byte[] arg1, byte[] arg2, org.springframework.data.geo.Metric arg3) {
    throw refused("geoDist", WHY);
  }

  @Override
  public java.util.List<java.lang.String> geoHash(byte[] arg0, byte[]... arg1) {
    throw refused("geoHash", WHY);
  }

  @Override
  public java.util.List<org.springframework.data.geo.Point> geoPos(byte[] arg0, byte[]... arg1) {
    throw refused("geoPos", WHY);
  }

  @Override
  public org.springframework.data.geo.GeoResults<
          org.springframework.data.redis.connection.RedisGeoCommands.GeoLocation<byte[]>>
      geoRadius(byte[] arg0, org.springframework.data.geo.Circle arg1) {
    throw refused("geoRadius", WHY);
  }

  @Override
  public org.springframework.data.geo.GeoResults<
          org.springframework.data.redis.connection.RedisGeoCommands.GeoLocation<byte[]>>
      geoRadius(
          byte[] arg0,
          org.springframework.data.geo.Circle arg1,
          org.springframework.data.redis.connection.RedisGeoCommands.GeoRadiusCommandArgs arg2) {
    throw refused("geoRadius", WHY);
  }

  @Override
  public org.springframework.data.geo.GeoResults<
          org.springframework.data.redis.connection.RedisGeoCommands.GeoLocation<byte[]>>
      geoRadiusByMember(byte[] arg0, byte[] arg1, org.springframework.data.geo.Distance arg2) {
    throw refused("geoRadiusByMember", WHY);
  }

  @Override
  public org.springframework.data.geo.GeoResults<
          org.springframework.data.redis.connection.RedisGeoCommands.GeoLocation<byte[]>>
      geoRadiusByMember(
          byte[] arg0,
          byte[] arg1,
          org.springframework.data.geo.Distance arg2,
          org.springframework.data.redis.connection.RedisGeoCommands.GeoRadiusCommandArgs arg3) {
    throw refused("geoRadiusByMember", WHY);
  }

  @Override
  public java.lang.Long geoRemove(byte[] arg0, byte[]... arg1) {
    throw refused("geoRemove", WHY);
  }

  @Override
  public org.springframework.data.geo.GeoResults<
          org.springframework.data.redis.connection.RedisGeoCommands.GeoLocation<byte[]>>
      geoSearch(
          byte[] arg0,
          org.springframework.data.redis.domain.geo.GeoReference<byte[]> arg1,
          org.springframework.data.redis.domain.geo.GeoShape arg2,
          org.springframework.data.redis.connection.RedisGeoCommands.GeoSearchCommandArgs arg3) {
    throw refused("geoSearch", WHY);
  }

  @Override
  public java.lang.Long geoSearchStore(
      byte[] arg0,
      byte[] arg1,
      org.springframework.data.redis.domain.geo.GeoReference<byte[]> arg2,
      org.springframework.data.redis.domain.geo.GeoShape arg3,
      org.springframework.data.redis.connection.RedisGeoCommands.GeoSearchStoreCommandArgs arg4) {
    throw refused("geoSearchStore", WHY);
  }
}
