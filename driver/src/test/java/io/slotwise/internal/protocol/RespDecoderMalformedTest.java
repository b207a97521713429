package io.slotwise.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.slotwise.RedisProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed input fails with a message naming what was wrong and the stream offset. */
class RespDecoderMalformedTest {

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("?\r\n", 0, "unknown type byte '?'"),
        Arguments.of("\r\n", 0, "unknown type byte 0x0d"),
        Arguments.of("+OK\r\n:12x\r\n", 8, "invalid digit 'x' (0x78) in integer"),
        Arguments.of(":\r\n", 1, "empty integer"),
        Arguments.of(":-\r\n", 1, "sign without digits"),
        Arguments.of(":9223372036854775808\r\n", 1, "overflows"),
        Arguments.of(":-9223372036854775809\r\n", 1, "overflows"),
        Arguments.of(":123456789012345678901\r\n", 1, "longer than the limit of 20"),
        Arguments.of(":1 \r\n", 2, "invalid digit 0x20"),
        Arguments.of("$-2\r\n", 1, "invalid length -2"),
        Arguments.of("$+5\r\nhello\r\n", 1, "'+' sign"),
        Arguments.of("$\r\n", 1, "empty length"),
        Arguments.of("$3x\r\n", 2, "invalid digit 'x' (0x78) in length"),
        Arguments.of("*-5\r\n", 1, "invalid length -5"),
        Arguments.of("%-1\r\n", 1, "invalid length -1 after type '%'"),
        Arguments.of("~-1\r\n", 1, "invalid length -1"),
        Arguments.of("!-1\r\n", 1, "invalid length -1"),
        Arguments.of("$3\r\nabcd\r\n", 7, "expected CR after payload, got 'd'"),
        Arguments.of("$3\r\nabc\rx", 8, "expected LF after payload, got 'x'"),
        Arguments.of("+OK\n", 3, "LF without a preceding CR"),
        Arguments.of("+OK\rX", 4, "expected LF after CR, got 'X'"),
        Arguments.of("#x\r\n", 1, "boolean must be 't' or 'f'"),
        Arguments.of("#\r\n", 1, "boolean"),
        Arguments.of("#tt\r\n", 1, "boolean"),
        Arguments.of(",abc\r\n", 1, "invalid character 'a' (0x61) in double"),
        Arguments.of(",1.5d\r\n", 4, "invalid character 'd'"),
        Arguments.of(",\r\n", 1, "empty double"),
        Arguments.of(",1e\r\n", 1, "invalid double '1e'"),
        Arguments.of(",Infinity\r\n", 1, "invalid character 'I'"),
        Arguments.of("_x\r\n", 1, "RESP3 null"),
        Arguments.of("(12a\r\n", 3, "invalid digit 'a' (0x61) in big number"),
        Arguments.of("(\r\n", 1, "big number without digits"),
        Arguments.of("=3\r\ntxt\r\n", 1, "verbatim length 3"),
        Arguments.of("=5\r\ntxt;a\r\n", 7, "expected ':' after verbatim format"),
        Arguments.of("*2\r\n:1\r\n?", 8, "unknown type byte '?'"),
        Arguments.of("%1\r\n+k\r\n$2\r\nv\r\n\r\n", 14, "expected CR after payload"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void failsWithOffset(String wire, int offset, String what) {
    RespDecoder decoder = new RespDecoder(DecoderLimits.DEFAULTS);
    ByteBuf buf = Unpooled.copiedBuffer(wire, StandardCharsets.ISO_8859_1);
    try {
      assertThatThrownBy(
              () -> {
                while (decoder.decode(buf) != null) {
                  // Replies before the malformed one are fine.
                }
              })
          .isInstanceOf(RedisProtocolException.class)
          .hasMessageContaining("stream offset " + offset + ":")
          .hasMessageContaining(what);
      // The decoder stays failed: the connection must be closed.
      assertThatThrownBy(() -> decoder.decode(buf))
          .isInstanceOf(RedisProtocolException.class)
          .hasMessageContaining("unusable after an earlier error")
          .hasMessageContaining("stream offset " + offset);
    } finally {
      buf.release();
    }
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void failsAtTheSameOffsetWhenFedOneByteAtATime(String wire, int offset, String what) {
    RespDecoder decoder = new RespDecoder(DecoderLimits.DEFAULTS);
    ByteBuf buf = Unpooled.buffer();
    byte[] bytes = wire.getBytes(StandardCharsets.ISO_8859_1);
    try {
      assertThatThrownBy(
              () -> {
                for (byte b : bytes) {
                  buf.writeByte(b);
                  decoder.decode(buf);
                  buf.discardReadBytes();
                }
              })
          .isInstanceOf(RedisProtocolException.class)
          .hasMessageContaining("stream offset " + offset + ":")
          .hasMessageContaining(what);
    } finally {
      buf.release();
    }
  }

  @Test
  void offsetsCountBytesAcrossCallsAndBuffers() {
    RespDecoder decoder = new RespDecoder(DecoderLimits.DEFAULTS);
    ByteBuf first = Unpooled.copiedBuffer("xx+OK\r\n$3\r\nfo", StandardCharsets.US_ASCII);
    ByteBuf second = Unpooled.copiedBuffer("o\r\n:7\r\n:1?\r\n", StandardCharsets.US_ASCII);
    try {
      first.readerIndex(2);
      assertThat(decoder.decode(first)).isEqualTo(new Reply.SimpleString("OK"));
      assertThat(decoder.decode(first)).isNull();
      assertThat(decoder.bytesConsumed()).isEqualTo(11);
      assertThat(Replies.render(decoder.decode(second))).isEqualTo("$foo");
      assertThat(decoder.decode(second)).isEqualTo(new Reply.Int(7));
      assertThatThrownBy(() -> decoder.decode(second))
          .isInstanceOf(RedisProtocolException.class)
          .hasMessage("malformed RESP at stream offset 20: invalid digit '?' (0x3f) in integer");
    } finally {
      first.release();
      second.release();
    }
  }
}
