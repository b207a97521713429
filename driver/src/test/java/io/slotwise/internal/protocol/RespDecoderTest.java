package io.slotwise.internal.protocol;

import static io.slotwise.internal.protocol.Replies.render;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RespDecoderTest {

  /** One wire frame and the canonical rendering of the reply it must decode to. */
  record Fixture(String name, byte[] wire, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final int BIG_BULK = 100_000;

  static Stream<Fixture> fixtures() {
    List<Fixture> f = new ArrayList<>();
    f.add(fx("ok", "+OK\r\n", "+OK"));
    f.add(fx("pong", "+PONG\r\n", "+PONG"));
    f.add(fx("queued", "+QUEUED\r\n", "+QUEUED"));
    f.add(fx("simple", "+hello world\r\n", "+hello world"));
    f.add(fx("simple empty", "+\r\n", "+"));
    f.add(fx("simple utf8", "+h\u00e9\u4e16\r\n", "+h\u00e9\u4e16"));
    f.add(fx("error", "-ERR unknown command\r\n", "-ERR unknown command"));
    f.add(fx("moved", "-MOVED 3999 127.0.0.1:6381\r\n", "-MOVED 3999 127.0.0.1:6381"));
    f.add(fx("int zero", ":0\r\n", ":0"));
    f.add(fx("int minus one", ":-1\r\n", ":-1"));
    f.add(fx("int", ":1000\r\n", ":1000"));
    f.add(fx("int plus", ":+7\r\n", ":7"));
    f.add(fx("int max", ":9223372036854775807\r\n", ":9223372036854775807"));
    f.add(fx("int min", ":-9223372036854775808\r\n", ":-9223372036854775808"));
    f.add(fx("bulk", "$5\r\nhello\r\n", "$hello"));
    f.add(fx("bulk empty", "$0\r\n\r\n", "$"));
    f.add(fx("bulk crlf inside", "$4\r\n\r\n\r\n\r\n", "$\\x0d\\x0a\\x0d\\x0a"));
    f.add(fx("null bulk", "$-1\r\n", "_"));
    f.add(fx("array empty", "*0\r\n", "*[]"));
    f.add(fx("null array", "*-1\r\n", "_"));
    f.add(fx("array", "*3\r\n:1\r\n$3\r\nfoo\r\n+bar\r\n", "*[:1, $foo, +bar]"));
    f.add(fx("nested", "*3\r\n*2\r\n:1\r\n:2\r\n*1\r\n$-1\r\n*0\r\n", "*[*[:1, :2], *[_], *[]]"));
    f.add(
        fx(
            "cluster slots",
            "*1\r\n*3\r\n:0\r\n:5460\r\n*3\r\n$9\r\n127.0.0.1\r\n:7000\r\n$2\r\nid\r\n",
            "*[*[:0, :5460, *[$127.0.0.1, :7000, $id]]]"));
    f.add(fx("map", "%2\r\n+first\r\n:1\r\n+second\r\n:2\r\n", "%{+first=:1, +second=:2}"));
    f.add(fx("map empty", "%0\r\n", "%{}"));
    f.add(
        fx(
            "map nested",
            "%1\r\n*2\r\n:1\r\n:2\r\n%1\r\n$1\r\nk\r\n~1\r\n#t\r\n",
            "%{*[:1, :2]=%{$k=~[#t]}}"));
    f.add(fx("set", "~2\r\n+a\r\n+b\r\n", "~[+a, +b]"));
    f.add(fx("set empty", "~0\r\n", "~[]"));
    f.add(fx("double", ",3.14\r\n", ",3.14"));
    f.add(fx("double exp", ",1.5e10\r\n", ",1.5E10"));
    f.add(fx("double negative", ",-0.5\r\n", ",-0.5"));
    f.add(fx("double int", ",10\r\n", ",10.0"));
    f.add(fx("inf", ",inf\r\n", ",Infinity"));
    f.add(fx("-inf", ",-inf\r\n", ",-Infinity"));
    f.add(fx("nan", ",nan\r\n", ",NaN"));
    f.add(fx("true", "#t\r\n", "#t"));
    f.add(fx("false", "#f\r\n", "#f"));
    f.add(
        fx(
            "big number",
            "(3492890328409238509324850943850943825024385\r\n",
            "(3492890328409238509324850943850943825024385"));
    f.add(fx("big number negative", "(-12\r\n", "(-12"));
    f.add(fx("verbatim", "=15\r\ntxt:Some string\r\n", "=txt:Some string"));
    f.add(fx("verbatim empty", "=4\r\nmkd:\r\n", "=mkd:"));
    f.add(fx("resp3 null", "_\r\n", "_"));
    f.add(fx("blob error", "!21\r\nSYNTAX invalid syntax\r\n", "-SYNTAX invalid syntax"));
    f.add(
        fx(
            "push",
            ">3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$5\r\nhello\r\n",
            ">[$message, $ch, $hello]"));
    f.add(fx("push empty", ">0\r\n", ">[]"));
    f.add(
        fx(
            "attribute",
            "|1\r\n+key-popularity\r\n%2\r\n$1\r\na\r\n,0.1923\r\n$1\r\nb\r\n,0.0012\r\n"
                + "*2\r\n:2039123\r\n:9543892\r\n",
            "*[:2039123, :9543892]"));
    f.add(fx("attribute inside array", "*2\r\n|1\r\n+k\r\n+v\r\n:1\r\n:2\r\n", "*[:1, :2]"));
    f.add(fx("attribute empty", "|0\r\n:5\r\n", ":5"));
    f.add(fx("attribute last in array", "*1\r\n:1\r\n", "*[:1]"));
    byte[] binary = new byte[256];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) i;
    }
    f.add(bulkFixture("bulk binary", binary));
    byte[] big = new byte[BIG_BULK];
    new Random(42).nextBytes(big);
    f.add(bulkFixture("big bulk", big));
    f.add(deep(64));
    return f.stream();
  }

  private static Fixture fx(String name, String wire, String expected) {
    return new Fixture(name, wire.getBytes(StandardCharsets.UTF_8), expected);
  }

  private static Fixture bulkFixture(String name, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("$" + payload.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(payload);
    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return new Fixture(name, out.toByteArray(), render(new Reply.Bulk(payload)));
  }

  static Fixture deep(int depth) {
    return new Fixture(
        "nested " + depth,
        ("*1\r\n".repeat(depth) + ":7\r\n").getBytes(StandardCharsets.US_ASCII),
        "*[".repeat(depth) + ":7" + "]".repeat(depth));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void decodesWholeFrame(Fixture fixture) {
    ByteBuf buf = Unpooled.wrappedBuffer(fixture.wire());
    try {
      RespDecoder decoder = new RespDecoder(DecoderLimits.DEFAULTS);
      assertThat(render(decoder.decode(buf))).isEqualTo(fixture.expected());
      assertThat(buf.isReadable()).isFalse();
      assertThat(decoder.decode(buf)).isNull();
      assertThat(decoder.bytesConsumed()).isEqualTo(fixture.wire().length);
      assertThat(decoder.isMidReply()).isFalse();
      assertThat(buf.refCnt()).isEqualTo(1);
    } finally {
      assertThat(buf.release()).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void decodesFrameSplitAtEveryOffset(Fixture fixture) {
    byte[] wire = fixture.wire();
    // The 100 kB bulk is split at a stride (and around its header and trailer) to stay fast.
    int stride = wire.length > 10_000 ? 997 : 1;
    for (int split = 1; split < wire.length; split++) {
      boolean edge = split < 16 || split > wire.length - 16;
      if (!edge && split % stride != 0) {
        continue;
      }
      RespDecoder decoder = new RespDecoder(DecoderLimits.DEFAULTS);
      ByteBuf buf = Unpooled.buffer(wire.length);
      try {
        buf.writeBytes(wire, 0, split);
        assertThat(decoder.decode(buf)).as("prefix of %d bytes", split).isNull();
        assertThat(decoder.isMidReply()).isTrue();
        buf.discardReadBytes();
        buf.writeBytes(wire, split, wire.length - split);
        Reply reply = decoder.decode(buf);
        assertThat(reply).as("split at %d", split).isNotNull();
        assertThat(render(reply)).as("split at %d", split).isEqualTo(fixture.expected());
        assertThat(buf.isReadable()).isFalse();
        assertThat(decoder.bytesConsumed()).isEqualTo(wire.length);
      } finally {
        buf.release();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void decodesFrameFedOneByteAtATime(Fixture fixture) {
    byte[] wire = fixture.wire();
    RespDecoder decoder = new RespDecoder(DecoderLimits.DEFAULTS);
    ByteBuf buf = Unpooled.buffer(16);
    try {
      Reply reply = null;
      for (int i = 0; i < wire.length; i++) {
        assertThat(reply).as("reply before byte %d", i).isNull();
        buf.writeByte(wire[i]);
        reply = decoder.decode(buf);
        if (i % 64 == 0) {
          buf.discardReadBytes();
        }
      }
      assertThat(reply).isNotNull();
      assertThat(render(reply)).isEqualTo(fixture.expected());
      assertThat(decoder.isMidReply()).isFalse();
    } finally {
      buf.release();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void returnsNullForEveryStrictPrefix(Fixture fixture) {
    byte[] wire = fixture.wire();
    int stride = wire.length > 10_000 ? 991 : 1;
    for (int length = 0; length < wire.length; length += length < 16 ? 1 : stride) {
      ByteBuf buf = Unpooled.wrappedBuffer(wire, 0, length);
      try {
        assertThat(new RespDecoder(DecoderLimits.DEFAULTS).decode(buf))
            .as("prefix of %d bytes", length)
            .isNull();
      } finally {
        buf.release();
      }
    }
  }

  @Test
  void decodesManyRepliesBackToBackAtNonZeroReaderIndex() {
    List<Fixture> all = fixtures().toList();
    ByteBuf buf = Unpooled.buffer();
    try {
      buf.writeBytes("junk-before".getBytes(StandardCharsets.US_ASCII));
      buf.readerIndex(11);
      long total = 0;
      for (Fixture f : all) {
        buf.writeBytes(f.wire());
        total += f.wire().length;
      }
      RespDecoder decoder = new RespDecoder(DecoderLimits.DEFAULTS);
      for (Fixture f : all) {
        assertThat(render(decoder.decode(buf))).as(f.name()).isEqualTo(f.expected());
      }
      assertThat(decoder.decode(buf)).isNull();
      assertThat(buf.isReadable()).isFalse();
      assertThat(decoder.bytesConsumed()).isEqualTo(total);
    } finally {
      buf.release();
    }
  }

  @Test
  void decodesManyRepliesInRandomChunksAcrossSlices() {
    List<Fixture> all = fixtures().toList();
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    all.forEach(f -> stream.writeBytes(f.wire()));
    byte[] wire = stream.toByteArray();
    long seed = 7;
    Random rnd = new Random(seed);
    RespDecoder decoder = new RespDecoder(DecoderLimits.DEFAULTS);
    ByteBuf cumulation = Unpooled.buffer();
    ByteBuf backing = Unpooled.buffer(wire.length + 64);
    List<String> got = new ArrayList<>();
    try {
      int pos = 0;
      while (pos < wire.length) {
        int n = Math.min(wire.length - pos, 1 + rnd.nextInt(rnd.nextBoolean() ? 8 : 4000));
        cumulation.writeBytes(wire, pos, n);
        pos += n;
        // Decode from a slice at a non-zero offset of a larger buffer, then carry the rest over.
        backing.clear().writeZero(17);
        backing.writeBytes(cumulation, cumulation.readerIndex(), cumulation.readableBytes());
        ByteBuf slice = backing.slice(17, cumulation.readableBytes());
        Reply reply;
        while ((reply = decoder.decode(slice)) != null) {
          got.add(render(reply));
        }
        cumulation.skipBytes(slice.readerIndex());
        cumulation.discardReadBytes();
      }
      assertThat(got).containsExactlyElementsOf(all.stream().map(Fixture::expected).toList());
      assertThat(decoder.bytesConsumed()).isEqualTo(wire.length);
    } finally {
      cumulation.release();
      backing.release();
    }
  }

  @Test
  void errorReplyIsData() {
    ByteBuf buf = Unpooled.copiedBuffer("-ASK 3999 127.0.0.1:6381\r\n", StandardCharsets.US_ASCII);
    try {
      Reply reply = new RespDecoder(DecoderLimits.DEFAULTS).decode(buf);
      assertThat(reply).isInstanceOf(Reply.Error.class);
      assertThat(((Reply.Error) reply).code()).isEqualTo("ASK");
    } finally {
      buf.release();
    }
  }

  @Test
  void mapsKeepOrderAndRepliesAreImmutable() {
    ByteBuf buf =
        Unpooled.copiedBuffer("%2\r\n+b\r\n:2\r\n+a\r\n:1\r\n", StandardCharsets.US_ASCII);
    try {
      Reply.MapReply map = (Reply.MapReply) new RespDecoder(DecoderLimits.DEFAULTS).decode(buf);
      assertThat(map.keys()).extracting(Replies::render).containsExactly("+b", "+a");
      assertThat(map.values()).containsExactly(new Reply.Int(2), new Reply.Int(1));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> map.keys().add(Reply.Null.INSTANCE))
          .isInstanceOf(UnsupportedOperationException.class);
    } finally {
      buf.release();
    }
  }
}
