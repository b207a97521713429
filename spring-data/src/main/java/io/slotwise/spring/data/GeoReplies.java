package io.slotwise.spring.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.geo.Distance;
import org.springframework.data.geo.GeoResult;
import org.springframework.data.geo.GeoResults;
import org.springframework.data.geo.Metric;
import org.springframework.data.geo.Metrics;
import org.springframework.data.geo.Point;
import org.springframework.data.redis.connection.RedisGeoCommands.DistanceUnit;
import org.springframework.data.redis.connection.RedisGeoCommands.GeoCommandArgs;
import org.springframework.data.redis.connection.RedisGeoCommands.GeoCommandArgs.GeoCommandFlag;
import org.springframework.data.redis.connection.RedisGeoCommands.GeoLocation;
import org.springframework.data.redis.domain.geo.BoxShape;
import org.springframework.data.redis.domain.geo.GeoReference;
import org.springframework.data.redis.domain.geo.GeoShape;
import org.springframework.data.redis.domain.geo.RadiusShape;

/**
 * The geo commands' option words ({@code WITHDIST}, {@code COUNT n ANY}, {@code FROMMEMBER}, {@code
 * BYBOX}...) and the conversion of their replies (positions, distances, search results, in their
 * RESP2 bulk-string and RESP3 double shapes) into Spring Data's geo types. Stateless.
 */
final class GeoReplies {
  private GeoReplies() {}

  /** Redis' unit word for a metric: {@code m}, {@code km}, {@code mi}, {@code ft}. */
  static String unit(Metric metric, String method) {
    String abbreviation = metric == null ? "" : metric.getAbbreviation().toLowerCase(Locale.ROOT);
    return switch (abbreviation) {
      case "m", "km", "mi", "ft" -> abbreviation;
      case "" -> "m";
      default ->
          throw new InvalidDataAccessApiUsageException(
              method
                  + ": Redis measures distances in m, km, mi or ft, not in '"
                  + metric.getAbbreviation()
                  + "'");
    };
  }

  /** The metric results are given in: the one asked for, metres for {@link Metrics#NEUTRAL}. */
  static Metric resultMetric(Metric metric) {
    return metric == null || Metrics.NEUTRAL.equals(metric) ? DistanceUnit.METERS : metric;
  }

  static Function<Object, Distance> distance(Metric metric) {
    Metric m = resultMetric(metric);
    return reply -> reply == null ? null : new Distance(Replies.toDouble(reply), m);
  }

  /** One position reply: {@code [lon, lat]}, or {@code null} for a missing member. */
  static Point point(Object reply) {
    if (reply == null) {
      return null;
    }
    List<Object> xy = Replies.list(reply);
    return xy.size() < 2
        ? null
        : new Point(Replies.toDouble(xy.get(0)), Replies.toDouble(xy.get(1)));
  }

  static List<Point> points(Object reply) {
    return Replies.mapped(reply, GeoReplies::point);
  }

  /** {@code [ASC|DESC] [COUNT n [ANY]] [WITHCOORD] [WITHDIST]} of a radius or search query. */
  static Cmd queryOptions(Cmd cmd, GeoCommandArgs args) {
    if (args == null) {
      return cmd;
    }
    boolean any = args.getFlags().contains(GeoCommandFlag.any());
    if (args.getFlags().contains(GeoCommandFlag.withCord())) {
      cmd.word("WITHCOORD");
    }
    if (args.getFlags().contains(GeoCommandFlag.withDist())) {
      cmd.word("WITHDIST");
    }
    if (args.hasLimit()) {
      cmd.word("COUNT").add(args.getLimit()).wordIf(any, "ANY");
    }
    if (args.hasSortDirection()) {
      cmd.word(args.getSortDirection().isAscending() ? "ASC" : "DESC");
    }
    if (args.getFlags().contains(GeoCommandFlag.storeDist())) {
      cmd.word("STOREDIST");
    }
    return cmd;
  }

  /** {@code FROMMEMBER m | FROMLONLAT lon lat} then {@code BYRADIUS r u | BYBOX w h u}. */
  static Cmd search(Cmd cmd, GeoReference<byte[]> from, GeoShape shape, String method) {
    Family.require(from, method, "reference");
    Family.require(shape, method, "shape");
    if (from instanceof GeoReference.GeoMemberReference<byte[]> member) {
      cmd.word("FROMMEMBER").add(member.getMember());
    } else if (from instanceof GeoReference.GeoCoordinateReference<byte[]> point) {
      cmd.word("FROMLONLAT").add(point.getLongitude()).add(point.getLatitude());
    } else {
      throw new InvalidDataAccessApiUsageException(
          method + ": unknown GeoReference " + from.getClass().getName());
    }
    if (shape instanceof RadiusShape radius) {
      Distance r = radius.getRadius();
      cmd.word("BYRADIUS").add(r.getValue()).word(unit(r.getMetric(), method));
    } else if (shape instanceof BoxShape box) {
      Distance w = box.getBoundingBox().getWidth();
      Distance h = box.getBoundingBox().getHeight();
      cmd.word("BYBOX").add(w.getValue()).add(h.getValue()).word(unit(w.getMetric(), method));
    } else {
      throw new InvalidDataAccessApiUsageException(
          method + ": unknown GeoShape " + shape.getClass().getName());
    }
    return cmd;
  }

  /**
   * A radius or search reply: member names alone, or per member {@code [name, dist?, coord?]} in
   * the order the flags ask for ({@code WITHDIST} before {@code WITHCOORD}).
   */
  static Function<Object, GeoResults<GeoLocation<byte[]>>> results(
      GeoCommandArgs args, Metric metric) {
    boolean withDist = args != null && args.getFlags().contains(GeoCommandFlag.withDist());
    boolean withCoord = args != null && args.getFlags().contains(GeoCommandFlag.withCord());
    Metric m = resultMetric(metric);
    return reply -> {
      List<GeoResult<GeoLocation<byte[]>>> out = new ArrayList<>();
      for (Object item : Replies.list(reply)) {
        if (!withDist && !withCoord) {
          out.add(
              new GeoResult<>(new GeoLocation<>(Replies.bytes(item), null), new Distance(0, m)));
          continue;
        }
        List<Object> parts = Replies.list(item);
        int i = 1;
        double dist = withDist ? Replies.toDouble(parts.get(i++)) : 0;
        Point point = withCoord ? point(parts.get(i)) : null;
        out.add(
            new GeoResult<>(
                new GeoLocation<>(Replies.bytes(parts.get(0)), point), new Distance(dist, m)));
      }
      return new GeoResults<>(out, m);
    };
  }
}
