package io.slotwise.internal.command;

import static io.slotwise.internal.command.Args.require;
import static io.slotwise.internal.command.Args.requireEntries;
import static io.slotwise.internal.command.Args.requireObject;
import static io.slotwise.internal.command.CommandWords.cmd;
import static io.slotwise.internal.command.CommandWords.key;
import static io.slotwise.internal.command.CommandWords.prepend;
import static io.slotwise.internal.command.CommandWords.word;

import io.slotwise.commands.GeoAddArgs;
import io.slotwise.commands.GeoCoordinates;
import io.slotwise.commands.GeoSearchArgs;
import io.slotwise.commands.GeoUnit;
import io.slotwise.internal.protocol.Command;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the byte-level {@link Command} of every typed geo command, as {@link CommandBuilder} does
 * for strings: the argument vector, with key positions and the read-only flag from {@link
 * CommandTable}. Checks every argument, naming it. Stateless and thread-safe.
 */
final class GeoCommandBuilder {
  private GeoCommandBuilder() {}

  /** One member at one position, as a map for {@link #geoadd}. */
  static Map<byte[], GeoCoordinates> one(double longitude, double latitude, byte[] member) {
    Map<byte[], GeoCoordinates> m = new LinkedHashMap<>();
    m.put(require(member, "member"), new GeoCoordinates(longitude, latitude));
    return m;
  }

  static Command geoadd(byte[] key, GeoAddArgs args, Map<byte[], GeoCoordinates> members) {
    List<byte[]> a = new ArrayList<>(2 + 3 * members.size());
    a.add(key(key));
    for (String w : requireObject(args, "args").arguments()) {
      a.add(word(w));
    }
    requireEntries(members, "members");
    for (Map.Entry<byte[], GeoCoordinates> e : members.entrySet()) {
      GeoCoordinates c = e.getValue();
      a.add(coordinate(c.longitude(), "longitude"));
      a.add(coordinate(c.latitude(), "latitude"));
      a.add(e.getKey());
    }
    return cmd("GEOADD", a.toArray(new byte[0][]));
  }

  static Command geodist(byte[] key, byte[] member1, byte[] member2, GeoUnit unit) {
    return cmd(
        "GEODIST",
        key(key),
        require(member1, "member1"),
        require(member2, "member2"),
        word(requireObject(unit, "unit").word()));
  }

  /** {@code GEOHASH} / {@code GEOPOS key member...}. */
  static Command members(String name, byte[] key, byte[][] members) {
    return cmd(name, prepend(key(key), members));
  }

  static Command geosearch(byte[] key, GeoSearchArgs args) {
    List<byte[]> words = requireObject(args, "args").arguments();
    return cmd("GEOSEARCH", prepend(key(key), words.toArray(new byte[0][])));
  }

  static Command geosearchstore(
      byte[] destination, byte[] source, GeoSearchArgs args, boolean storeDist) {
    requireObject(args, "args");
    if (args.returnsCoordinates() || args.returnsDistance() || args.returnsHash()) {
      throw new IllegalArgumentException(
          "GEOSEARCHSTORE takes no WITHCOORD, WITHDIST or WITHHASH (use storeDist for distances)");
    }
    List<byte[]> a = new ArrayList<>();
    a.add(require(destination, "destination"));
    a.add(require(source, "source"));
    a.addAll(args.arguments());
    if (storeDist) {
      a.add(word("STOREDIST"));
    }
    return cmd("GEOSEARCHSTORE", a.toArray(new byte[0][]));
  }

  private static byte[] coordinate(double value, String name) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number, got " + value);
    }
    return word(Double.toString(value));
  }
}
