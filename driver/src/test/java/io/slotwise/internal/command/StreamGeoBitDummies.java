package io.slotwise.internal.command;

import io.slotwise.commands.BitFieldArgs;
import io.slotwise.commands.BitOperation;
import io.slotwise.commands.BitUnit;
import io.slotwise.commands.GeoAddArgs;
import io.slotwise.commands.GeoCoordinates;
import io.slotwise.commands.GeoSearchArgs;
import io.slotwise.commands.GeoUnit;
import io.slotwise.commands.XAddArgs;
import io.slotwise.commands.XClaimArgs;
import io.slotwise.commands.XGroupCreateArgs;
import io.slotwise.commands.XPendingArgs;
import io.slotwise.commands.XReadArgs;
import io.slotwise.commands.XTrimArgs;
import java.lang.reflect.Type;
import java.time.Duration;

/**
 * Valid dummy arguments of the option types of the stream, geo and bitmap commands, for {@link
 * ApiConsistencyTest}; {@code null} for any other type. Stateless.
 */
final class StreamGeoBitDummies {
  private StreamGeoBitDummies() {}

  static Object of(Type type) {
    if (type == XAddArgs.class) {
      return XAddArgs.create().trim(XTrimArgs.maxlen(10).approximate().limit(5)).nomkstream();
    } else if (type == XTrimArgs.class) {
      return XTrimArgs.minid("0-1");
    } else if (type == XReadArgs.class) {
      return XReadArgs.create().count(1).block(Duration.ofMillis(10));
    } else if (type == XGroupCreateArgs.class) {
      return XGroupCreateArgs.create().mkstream().entriesRead(0);
    } else if (type == XPendingArgs.class) {
      return XPendingArgs.range("-", "+", 10).idle(1).consumer("c");
    } else if (type == XClaimArgs.class) {
      return XClaimArgs.create().idle(1).retryCount(1).force().lastId("0-1");
    } else if (type == GeoCoordinates.class) {
      return new GeoCoordinates(13.4, 52.5);
    } else if (type == GeoUnit.class) {
      return GeoUnit.KM;
    } else if (type == GeoAddArgs.class) {
      return GeoAddArgs.create().nx().ch();
    } else if (type == GeoSearchArgs.class) {
      return GeoSearchArgs.fromLonLat(13.4, 52.5).byRadius(10, GeoUnit.KM).asc().count(3);
    } else if (type == BitUnit.class) {
      return BitUnit.BIT;
    } else if (type == BitOperation.class) {
      return BitOperation.AND;
    } else if (type == BitFieldArgs.class) {
      return BitFieldArgs.create().get("u8", 0).get("i4", 8);
    }
    return null;
  }
}
