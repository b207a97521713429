package io.slotwise.commands;

import io.slotwise.internal.command.Args;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code GEOSEARCH} and {@code GEOSEARCHSTORE} look for: a centre ({@code FROMMEMBER} or
 * {@code FROMLONLAT}), a shape ({@code BYRADIUS} or {@code BYBOX}), and optionally an order, a
 * {@code COUNT} (with {@code ANY}) and what to return with each member ({@code WITHCOORD}, {@code
 * WITHDIST}, {@code WITHHASH}; {@code GEOSEARCH} only). Immutable and thread-safe: every method
 * returns a new instance.
 *
 * <pre>{@code
 * redis.geosearch("shops", GeoSearchArgs.fromLonLat(13.4, 52.5).byRadius(5, GeoUnit.KM)
 *     .asc().count(10).withDist());
 * }</pre>
 */
public final class GeoSearchArgs {
  private final List<byte[]> origin;
  private final List<byte[]> shape;
  private final String order;
  private final long count;
  private final boolean any;
  private final boolean coord;
  private final boolean dist;
  private final boolean hash;

  private GeoSearchArgs(
      List<byte[]> origin,
      List<byte[]> shape,
      String order,
      long count,
      boolean any,
      boolean coord,
      boolean dist,
      boolean hash) {
    this.origin = origin;
    this.shape = shape;
    this.order = order;
    this.count = count;
    this.any = any;
    this.coord = coord;
    this.dist = dist;
    this.hash = hash;
  }

  /** Centred on an existing member ({@code FROMMEMBER}). */
  public static GeoSearchArgs fromMember(String member) {
    return fromMember(Args.utf8(member, "member"));
  }

  /** Centred on an existing member ({@code FROMMEMBER}), binary; the array is copied. */
  public static GeoSearchArgs fromMember(byte[] member) {
    byte[] m = Args.require(member, "member").clone();
    return new GeoSearchArgs(
        List.of(ascii("FROMMEMBER"), m), null, null, 0, false, false, false, false);
  }

  /** Centred on a point ({@code FROMLONLAT}). */
  public static GeoSearchArgs fromLonLat(double longitude, double latitude) {
    List<byte[]> o =
        List.of(ascii("FROMLONLAT"), number(longitude, "longitude"), number(latitude, "latitude"));
    return new GeoSearchArgs(o, null, null, 0, false, false, false, false);
  }

  /** Within {@code radius} of the centre ({@code BYRADIUS}); must be {@code > 0}. */
  public GeoSearchArgs byRadius(double radius, GeoUnit unit) {
    List<byte[]> s = List.of(ascii("BYRADIUS"), positive(radius, "radius"), ascii(unitWord(unit)));
    return withShape(s);
  }

  /** Within a box of {@code width} by {@code height} around the centre ({@code BYBOX}). */
  public GeoSearchArgs byBox(double width, double height, GeoUnit unit) {
    List<byte[]> s =
        List.of(
            ascii("BYBOX"),
            positive(width, "width"),
            positive(height, "height"),
            ascii(unitWord(unit)));
    return withShape(s);
  }

  private GeoSearchArgs withShape(List<byte[]> s) {
    if (shape != null) {
      throw new IllegalArgumentException("GEOSEARCH takes one shape: BYRADIUS or BYBOX");
    }
    return new GeoSearchArgs(origin, s, order, count, any, coord, dist, hash);
  }

  /** Nearest first ({@code ASC}). */
  public GeoSearchArgs asc() {
    return new GeoSearchArgs(origin, shape, "ASC", count, any, coord, dist, hash);
  }

  /** Farthest first ({@code DESC}). */
  public GeoSearchArgs desc() {
    return new GeoSearchArgs(origin, shape, "DESC", count, any, coord, dist, hash);
  }

  /** At most {@code count} members ({@code COUNT}); must be {@code >= 1}. */
  public GeoSearchArgs count(long count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, got " + count);
    }
    return new GeoSearchArgs(origin, shape, order, count, any, coord, dist, hash);
  }

  /**
   * {@code COUNT count ANY}: stop as soon as {@code count} members are found (not necessarily the
   * nearest).
   */
  public GeoSearchArgs countAny(long count) {
    return count(count).any();
  }

  private GeoSearchArgs any() {
    return new GeoSearchArgs(origin, shape, order, count, true, coord, dist, hash);
  }

  /** Return each member's position ({@code WITHCOORD}). */
  public GeoSearchArgs withCoord() {
    return new GeoSearchArgs(origin, shape, order, count, any, true, dist, hash);
  }

  /** Return each member's distance from the centre ({@code WITHDIST}). */
  public GeoSearchArgs withDist() {
    return new GeoSearchArgs(origin, shape, order, count, any, coord, true, hash);
  }

  /** Return each member's geohash ({@code WITHHASH}). */
  public GeoSearchArgs withHash() {
    return new GeoSearchArgs(origin, shape, order, count, any, coord, dist, true);
  }

  /** Whether {@code WITHCOORD} was asked for. */
  public boolean returnsCoordinates() {
    return coord;
  }

  /** Whether {@code WITHDIST} was asked for. */
  public boolean returnsDistance() {
    return dist;
  }

  /** Whether {@code WITHHASH} was asked for. */
  public boolean returnsHash() {
    return hash;
  }

  /**
   * The words after the key(s), e.g. {@code [FROMLONLAT, 13.4, 52.5, BYRADIUS, 5, km, ASC, COUNT,
   * 10, WITHDIST]}; new arrays each call.
   *
   * @throws IllegalArgumentException when no shape was chosen
   */
  public List<byte[]> arguments() {
    if (shape == null) {
      throw new IllegalArgumentException("GeoSearchArgs needs a shape: byRadius or byBox");
    }
    List<byte[]> words = new ArrayList<>(origin.size() + shape.size() + 7);
    origin.forEach(w -> words.add(w.clone()));
    shape.forEach(w -> words.add(w.clone()));
    if (order != null) {
      words.add(ascii(order));
    }
    if (count > 0) {
      words.add(ascii("COUNT"));
      words.add(ascii(Long.toString(count)));
      if (any) {
        words.add(ascii("ANY"));
      }
    }
    if (coord) {
      words.add(ascii("WITHCOORD"));
    }
    if (dist) {
      words.add(ascii("WITHDIST"));
    }
    if (hash) {
      words.add(ascii("WITHHASH"));
    }
    return words;
  }

  @Override
  public String toString() {
    List<String> words = new ArrayList<>();
    if (shape != null) {
      arguments().forEach(w -> words.add(new String(w, StandardCharsets.UTF_8)));
    }
    return "GeoSearchArgs" + words;
  }

  private static String unitWord(GeoUnit unit) {
    return Args.requireObject(unit, "unit").word();
  }

  private static byte[] positive(double value, String name) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
    }
    return ascii(Double.toString(value));
  }

  private static byte[] number(double value, String name) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number, got " + value);
    }
    return ascii(Double.toString(value));
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
