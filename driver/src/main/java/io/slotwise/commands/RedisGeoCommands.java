package io.slotwise.commands;

import java.util.List;
import java.util.Map;

/**
 * Geo commands ({@code GEOADD}, {@code GEOSEARCH}, ...). Each call waits for its reply. Part of
 * {@link RedisCommands}, whose notes on overloads, {@code null} replies and exceptions apply.
 * Thread-safe; obtained from {@link io.slotwise.SlotwiseClient#sync()} and closed with the client,
 * never on its own.
 */
public interface RedisGeoCommands {

  /** {@code GEOADD} of one member: 1 when it was added, 0 when its position was updated. */
  long geoadd(String key, double longitude, double latitude, String member);

  /**
   * Same as {@link #geoadd(String, double, double, String)}, with {@code byte[]} in place of {@code
   * String}.
   */
  long geoadd(byte[] key, double longitude, double latitude, byte[] member);

  /** {@code GEOADD} of several members: how many were added. */
  long geoadd(String key, Map<String, GeoCoordinates> members);

  /** Same as {@link #geoadd(String, Map)}, with {@code byte[]} in place of {@code String}. */
  long geoadd(byte[] key, Map<byte[], GeoCoordinates> members);

  /** {@code GEOADD [NX|XX] [CH]}: how many were added (with {@code CH}: added or moved). */
  long geoadd(String key, GeoAddArgs args, Map<String, GeoCoordinates> members);

  /**
   * Same as {@link #geoadd(String, GeoAddArgs, Map)}, with {@code byte[]} in place of {@code
   * String}.
   */
  long geoadd(byte[] key, GeoAddArgs args, Map<byte[], GeoCoordinates> members);

  /** {@code GEODIST}: the distance in {@code unit}, or {@code null} when a member is missing. */
  Double geodist(String key, String member1, String member2, GeoUnit unit);

  /**
   * Same as {@link #geodist(String, String, String, GeoUnit)}, with {@code byte[]} in place of
   * {@code String}.
   */
  Double geodist(byte[] key, byte[] member1, byte[] member2, GeoUnit unit);

  /** {@code GEOHASH}: each member's 11-character geohash, {@code null} for missing ones. */
  List<String> geohash(String key, String... members);

  /**
   * Same as {@link #geohash(String, String...)}, with {@code byte[]} in place of {@code String}.
   */
  List<String> geohash(byte[] key, byte[]... members);

  /** {@code GEOPOS}: each member's position, {@code null} for missing ones. */
  List<GeoCoordinates> geopos(String key, String... members);

  /** Same as {@link #geopos(String, String...)}, with {@code byte[]} in place of {@code String}. */
  List<GeoCoordinates> geopos(byte[] key, byte[]... members);

  /** {@code GEOSEARCH}: the members within the shape, with what {@code args} asked for. */
  List<GeoResult<String>> geosearch(String key, GeoSearchArgs args);

  /**
   * Same as {@link #geosearch(String, GeoSearchArgs)}, with {@code byte[]} in place of {@code
   * String}.
   */
  List<GeoResult<byte[]>> geosearch(byte[] key, GeoSearchArgs args);

  /**
   * {@code GEOSEARCHSTORE [STOREDIST]}: stores the members found in {@code source} into {@code
   * destination} (with {@code storeDist}, scored by distance instead of position) and answers how
   * many. Both keys must share one slot in cluster mode.
   */
  long geosearchstore(String destination, String source, GeoSearchArgs args, boolean storeDist);

  /**
   * Same as {@link #geosearchstore(String, String, GeoSearchArgs, boolean)}, with {@code byte[]} in
   * place of {@code String}.
   */
  long geosearchstore(byte[] destination, byte[] source, GeoSearchArgs args, boolean storeDist);
}
