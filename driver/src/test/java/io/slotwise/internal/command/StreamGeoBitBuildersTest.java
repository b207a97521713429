package io.slotwise.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.slotwise.internal.protocol.Command;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The argument vectors, key positions and read-only flags of the stream, geo, HyperLogLog and
 * bitmap builders, and their option checks.
 */
class StreamGeoBitBuildersTest {

  private static byte[] b(String s) {
    return s.getBytes(UTF_8);
  }

  private static List<String> words(Command c) {
    List<String> out = new ArrayList<>();
    for (byte[] a : c.args()) {
      out.add(new String(a, UTF_8));
    }
    return out;
  }

  private static void check(Command c, boolean readOnly, int[] keys, String... args) {
    assertThat(words(c)).containsExactly(args);
    assertThat(c.keyIndexes()).containsExactly(keys);
    assertThat(c.isReadOnly()).as("readOnly of " + c.name()).isEqualTo(readOnly);
  }

  private static final int[] K1 = {1};

  @Test
  void streamWrites() {
    Map<byte[], byte[]> f = new LinkedHashMap<>();
    f.put(b("b"), b("2"));
    f.put(b("a"), b("1"));
    check(
        StreamCommandBuilder.xadd(b("s"), XAddArgs.create(), f),
        false,
        K1,
        "XADD",
        "s",
        "*",
        "b",
        "2",
        "a",
        "1");
    XAddArgs opts =
        XAddArgs.create()
            .nomkstream()
            .trim(XTrimArgs.maxlen(100).approximate().limit(10))
            .id("5-1");
    check(
        StreamCommandBuilder.xadd(b("s"), opts, f),
        false,
        K1,
        "XADD",
        "s",
        "NOMKSTREAM",
        "MAXLEN",
        "~",
        "100",
        "LIMIT",
        "10",
        "5-1",
        "b",
        "2",
        "a",
        "1");
    check(
        StreamCommandBuilder.xtrim(b("s"), XTrimArgs.minid("7-0")),
        false,
        K1,
        "XTRIM",
        "s",
        "MINID",
        "=",
        "7-0");
    check(
        StreamCommandBuilder.xdel(b("s"), new String[] {"1-0", "2-0"}),
        false,
        K1,
        "XDEL",
        "s",
        "1-0",
        "2-0");
    check(
        StreamCommandBuilder.range("XREVRANGE", b("s"), "+", "-", 3),
        true,
        K1,
        "XREVRANGE",
        "s",
        "+",
        "-",
        "COUNT",
        "3");
    assertThatThrownBy(() -> XTrimArgs.maxlen(5).limit(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("approximate");
    assertThatThrownBy(() -> StreamCommandBuilder.xadd(b("s"), XAddArgs.create(), Map.of()))
        .hasMessage("fields must not be empty");
  }

  @Test
  void readsFindTheirKeysAfterStreams() {
    XReadArgs args = XReadArgs.create().count(5).block(Duration.ofMillis(1500));
    check(
        StreamCommandBuilder.xread(args, new byte[][] {b("a"), b("b")}, new String[] {"0", "$"}),
        true,
        new int[] {6, 7},
        "XREAD",
        "COUNT",
        "5",
        "BLOCK",
        "1500",
        "STREAMS",
        "a",
        "b",
        "0",
        "$");
    // A group named STREAMS is not taken for the keyword.
    check(
        StreamCommandBuilder.xreadgroup(
            "STREAMS",
            "c",
            XReadArgs.create().noack(),
            StreamCommandBuilder.one(b("k")),
            StreamCommandBuilder.one(">", "id")),
        false,
        new int[] {6},
        "XREADGROUP",
        "GROUP",
        "STREAMS",
        "c",
        "NOACK",
        "STREAMS",
        "k",
        ">");
    assertThat(
            words(
                StreamCommandBuilder.xread(
                    XReadArgs.create().block(Duration.ofNanos(10)),
                    StreamCommandBuilder.one(b("a")),
                    new String[] {"0"})))
        .as("a block under 1 ms must not become BLOCK 0 (forever)")
        .contains("1");
    assertThat(StreamCommandBuilder.blockFor(XReadArgs.create())).isNegative();
    assertThat(StreamCommandBuilder.blockFor(XReadArgs.create().block(Duration.ZERO))).isZero();
    assertThatThrownBy(
            () ->
                StreamCommandBuilder.xread(
                    XReadArgs.create(), new byte[][] {b("a"), b("b")}, new String[] {"0"}))
        .hasMessageContaining("keys and ids");
    assertThatThrownBy(() -> CommandTable.keyIndexes("XREAD", new byte[][] {b("XREAD"), b("a")}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XREAD");
    assertThatThrownBy(
            () ->
                CommandTable.keyIndexes(
                    "XREAD", new byte[][] {b("XREAD"), b("STREAMS"), b("a"), b("b"), b("0")}))
        .hasMessageContaining("as many ids as keys");
  }

  @Test
  void groupsPendingClaims() {
    check(
        StreamCommandBuilder.xgroupCreate(
            b("s"), "g", "$", XGroupCreateArgs.create().mkstream().entriesRead(3)),
        false,
        new int[] {2},
        "XGROUP",
        "CREATE",
        "s",
        "g",
        "$",
        "MKSTREAM",
        "ENTRIESREAD",
        "3");
    check(
        StreamCommandBuilder.xgroup("XGROUP SETID", b("s"), "g", "0"),
        false,
        new int[] {2},
        "XGROUP",
        "SETID",
        "s",
        "g",
        "0");
    check(
        StreamCommandBuilder.xgroup("XGROUP DESTROY", b("s"), "g"),
        false,
        new int[] {2},
        "XGROUP",
        "DESTROY",
        "s",
        "g");
    check(StreamCommandBuilder.xpending(b("s"), "g", null), true, K1, "XPENDING", "s", "g");
    check(
        StreamCommandBuilder.xpending(
            b("s"), "g", XPendingArgs.range("-", "+", 10).idle(60).consumer("c")),
        true,
        K1,
        "XPENDING",
        "s",
        "g",
        "IDLE",
        "60",
        "-",
        "+",
        "10",
        "c");
    check(
        StreamCommandBuilder.xclaim(
            b("s"),
            "g",
            "c",
            10,
            XClaimArgs.create().time(5).retryCount(2).force().lastId("9-0"),
            true,
            new String[] {"1-0"}),
        false,
        K1,
        "XCLAIM",
        "s",
        "g",
        "c",
        "10",
        "1-0",
        "TIME",
        "5",
        "RETRYCOUNT",
        "2",
        "FORCE",
        "LASTID",
        "9-0",
        "JUSTID");
    check(
        StreamCommandBuilder.xautoclaim(b("s"), "g", "c", 0, "0-0", 25),
        false,
        K1,
        "XAUTOCLAIM",
        "s",
        "g",
        "c",
        "0",
        "0-0",
        "COUNT",
        "25");
    check(
        StreamCommandBuilder.xinfo("XINFO CONSUMERS", b("s"), "g"),
        true,
        new int[] {2},
        "XINFO",
        "CONSUMERS",
        "s",
        "g");
    assertThatThrownBy(() -> XClaimArgs.create().idle(1).time(2))
        .hasMessageContaining("IDLE and TIME");
  }

  @Test
  void geo() {
    Map<byte[], GeoCoordinates> m = new LinkedHashMap<>();
    m.put(b("p"), new GeoCoordinates(13.5, 38.25));
    check(
        GeoCommandBuilder.geoadd(b("g"), GeoAddArgs.create().xx().ch(), m),
        false,
        K1,
        "GEOADD",
        "g",
        "XX",
        "CH",
        "13.5",
        "38.25",
        "p");
    check(
        GeoCommandBuilder.geodist(b("g"), b("a"), b("b"), GeoUnit.MI),
        true,
        K1,
        "GEODIST",
        "g",
        "a",
        "b",
        "mi");
    GeoSearchArgs search =
        GeoSearchArgs.fromMember("a").byBox(2.0, 3.5, GeoUnit.KM).desc().countAny(4).withHash();
    check(
        GeoCommandBuilder.geosearch(b("g"), search),
        true,
        K1,
        "GEOSEARCH",
        "g",
        "FROMMEMBER",
        "a",
        "BYBOX",
        "2.0",
        "3.5",
        "km",
        "DESC",
        "COUNT",
        "4",
        "ANY",
        "WITHHASH");
    check(
        GeoCommandBuilder.geosearchstore(
            b("d"), b("g"), GeoSearchArgs.fromLonLat(1, 2).byRadius(5, GeoUnit.M), true),
        false,
        new int[] {1, 2},
        "GEOSEARCHSTORE",
        "d",
        "g",
        "FROMLONLAT",
        "1.0",
        "2.0",
        "BYRADIUS",
        "5.0",
        "m",
        "STOREDIST");
    assertThatThrownBy(() -> GeoCommandBuilder.geosearch(b("g"), GeoSearchArgs.fromMember("a")))
        .hasMessageContaining("shape");
    assertThatThrownBy(() -> GeoAddArgs.create().nx().xx()).hasMessageContaining("conflict");
    assertThatThrownBy(() -> GeoSearchArgs.fromLonLat(Double.NaN, 1))
        .hasMessageContaining("longitude");
  }

  @Test
  void bitmapsAndHyperLogLog() {
    check(BitCommandBuilder.setbit(b("k"), 7, true), false, K1, "SETBIT", "k", "7", "1");
    check(
        BitCommandBuilder.bitcount(b("k"), BitCommandBuilder.range(0, -1, BitUnit.BIT)),
        true,
        K1,
        "BITCOUNT",
        "k",
        "0",
        "-1",
        "BIT");
    check(
        BitCommandBuilder.bitpos(b("k"), false, BitCommandBuilder.range(2, 9, BitUnit.BYTE)),
        true,
        K1,
        "BITPOS",
        "k",
        "0",
        "2",
        "9",
        "BYTE");
    check(
        BitCommandBuilder.bitop(BitOperation.XOR, b("d"), new byte[][] {b("a"), b("b")}),
        false,
        new int[] {2, 3, 4},
        "BITOP",
        "XOR",
        "d",
        "a",
        "b");
    BitFieldArgs bf =
        BitFieldArgs.create()
            .overflow(BitFieldArgs.Overflow.FAIL)
            .incrby("i5", 100, 1)
            .get("u4", 0);
    check(
        BitCommandBuilder.bitfield("BITFIELD", b("k"), bf),
        false,
        K1,
        "BITFIELD",
        "k",
        "OVERFLOW",
        "FAIL",
        "INCRBY",
        "i5",
        "100",
        "1",
        "GET",
        "u4",
        "0");
    assertThat(bf.replies()).isEqualTo(2);
    check(
        BitCommandBuilder.bitfield("BITFIELD_RO", b("k"), BitFieldArgs.create().get("u8", 8)),
        true,
        K1,
        "BITFIELD_RO",
        "k",
        "GET",
        "u8",
        "8");
    check(
        BitCommandBuilder.keys("PFCOUNT", new byte[][] {b("a"), b("b")}),
        true,
        new int[] {1, 2},
        "PFCOUNT",
        "a",
        "b");
    check(
        BitCommandBuilder.keyAndValues("PFMERGE", b("d"), new byte[][] {b("a")}),
        false,
        new int[] {1, 2},
        "PFMERGE",
        "d",
        "a");
    assertThatThrownBy(() -> BitCommandBuilder.bitfield("BITFIELD_RO", b("k"), bf))
        .hasMessageContaining("only GET");
    assertThatThrownBy(() -> BitFieldArgs.create().get("u64", 0)).hasMessageContaining("u64");
    assertThatThrownBy(() -> BitCommandBuilder.setbit(b("k"), -1, true))
        .hasMessageContaining("offset");
  }

  @Test
  void idempotencyFollowsTheRule() {
    CommandTable table = CommandTable.builtIn();
    for (String name :
        List.of(
            "XADD",
            "XDEL",
            "XACK",
            "XCLAIM",
            "XREADGROUP",
            "GEOADD",
            "PFADD",
            "SETBIT",
            "BITFIELD",
            "BITOP",
            "XGROUP CREATE")) {
      assertThat(table.isIdempotent(name)).as(name).isFalse();
    }
    for (String name :
        List.of(
            "XRANGE",
            "XREAD",
            "GEOSEARCH",
            "PFCOUNT",
            "PFMERGE",
            "BITFIELD_RO",
            "XGROUP SETID",
            "XINFO STREAM")) {
      assertThat(table.isIdempotent(name)).as(name).isTrue();
    }
  }
}
