package io.slotwise.internal.command;

import static io.slotwise.internal.command.ReplyShapes.items;

import io.slotwise.commands.GeoCoordinates;
import io.slotwise.commands.GeoResult;
import io.slotwise.commands.GeoSearchArgs;
import io.slotwise.internal.protocol.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the replies of the geo commands into {@link GeoCoordinates} and {@link GeoResult}, in both
 * protocol versions (RESP3 doubles or RESP2 strings), and encodes text member maps. Stateless and
 * thread-safe.
 */
final class GeoConverters {
  private GeoConverters() {}

  /** {@code GEOPOS}: {@code [lon, lat]} or null per member. */
  static final Function<Reply, List<GeoCoordinates>> POSITIONS =
      Converters.list(GeoConverters::position);

  /** A position {@code [longitude, latitude]}, or {@code null} for a null reply. */
  static GeoCoordinates position(Reply r) {
    if (r == Reply.Null.INSTANCE) {
      return null;
    }
    List<Reply> p = ReplyShapes.tuple(r, 2, "a [longitude, latitude] pair");
    return new GeoCoordinates(Converters.decimal(p.get(0)), Converters.decimal(p.get(1)));
  }

  /**
   * {@code GEOSEARCH}: plain members, or, with any {@code WITH...} option, {@code [member,
   * distance?, hash?, [lon, lat]?]} per member in that order.
   */
  static <V> Function<Reply, List<GeoResult<V>>> results(
      GeoSearchArgs args, Function<Reply, V> member) {
    boolean dist = args.returnsDistance();
    boolean hash = args.returnsHash();
    boolean coord = args.returnsCoordinates();
    return r -> {
      List<GeoResult<V>> out = new ArrayList<>();
      for (Reply item : items(r)) {
        if (!dist && !hash && !coord) {
          out.add(new GeoResult<>(member.apply(item), null, null, null));
          continue;
        }
        int size = 1 + (dist ? 1 : 0) + (hash ? 1 : 0) + (coord ? 1 : 0);
        List<Reply> p = ReplyShapes.tuple(item, size, "a geo result of " + size + " elements");
        int i = 1;
        Double d = dist ? Converters.decimal(p.get(i++)) : null;
        Long h = hash ? Converters.integer(p.get(i++)) : null;
        GeoCoordinates c = coord ? position(p.get(i)) : null;
        out.add(new GeoResult<>(member.apply(p.get(0)), d, h, c));
      }
      return out;
    };
  }

  /** A non-empty member map with text members, encoded, in iteration order. */
  static Map<byte[], GeoCoordinates> utf8Keys(Map<String, GeoCoordinates> map, String name) {
    Args.requireEntries(map, name);
    Map<byte[], GeoCoordinates> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k.getBytes(StandardCharsets.UTF_8), v));
    return out;
  }
}
