package io.slotwise.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RespEncoderTest {

  private static byte[] encode(Command command) {
    ByteBuf out = Unpooled.buffer(4);
    try {
      RespEncoder.encode(command, out);
      byte[] bytes = new byte[out.readableBytes()];
      out.readBytes(bytes);
      return bytes;
    } finally {
      out.release();
    }
  }

  private static Command set(byte[] key, byte[] value) {
    return Command.of("SET", new byte[][] {ascii("SET"), key, value}, new int[] {1}, false);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void writesExactBytes() {
    assertThat(encode(set(ascii("k"), ascii("v"))))
        .isEqualTo(ascii("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n"));
    assertThat(encode(Command.keyless(true, "PING"))).isEqualTo(ascii("*1\r\n$4\r\nPING\r\n"));
    assertThat(encode(Command.keyless(true, "CLUSTER", "SHARDS")))
        .isEqualTo(ascii("*2\r\n$7\r\nCLUSTER\r\n$6\r\nSHARDS\r\n"));
  }

  @Test
  void writesBinaryAndEmptyArgumentsVerbatim() {
    byte[] binary = {0, '\r', '\n', (byte) 0xff, '$', '*'};
    byte[] expected = concat(ascii("*3\r\n$3\r\nSET\r\n$6\r\n"), binary, ascii("\r\n$0\r\n\r\n"));
    Command command = set(binary, new byte[0]);
    assertThat(encode(command)).isEqualTo(expected);
    assertThat(RespEncoder.encodedLength(command)).isEqualTo(expected.length);
  }

  @Test
  void writesUtf8Arguments() {
    Command command = Command.keyless(false, "ECHO", "h\u00e9\u4e16");
    assertThat(encode(command))
        .isEqualTo(
            concat(
                ascii("*2\r\n$4\r\nECHO\r\n$6\r\n"),
                "h\u00e9\u4e16".getBytes(StandardCharsets.UTF_8),
                ascii("\r\n")));
  }

  /** Lengths around the pre-encoded header tables and the digit-count boundaries. */
  @ParameterizedTest
  @ValueSource(
      ints = {0, 1, 9, 10, 99, 100, 127, 128, 999, 1000, 1023, 1024, 1025, 9999, 10000, 70000})
  void headerLengthsAreRightAroundCacheAndDigitBoundaries(int n) {
    byte[] value = new byte[n];
    Arrays.fill(value, (byte) 'x');
    Command bulk = set(ascii("k"), value);
    byte[] expected =
        concat(ascii("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$" + n + "\r\n"), value, ascii("\r\n"));
    assertThat(encode(bulk)).isEqualTo(expected);
    assertThat(RespEncoder.encodedLength(bulk)).isEqualTo(expected.length);

    if (n > 0 && n <= 10000) {
      byte[][] args = new byte[n][];
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(ascii("*" + n + "\r\n"));
      for (int i = 0; i < n; i++) {
        args[i] = ascii(Integer.toString(i));
        out.writeBytes(ascii("$" + args[i].length + "\r\n" + i + "\r\n"));
      }
      Command many = Command.of("DEL", args, new int[0], false);
      assertThat(encode(many)).isEqualTo(out.toByteArray());
      assertThat(RespEncoder.encodedLength(many)).isEqualTo(out.size());
    }
  }

  @Test
  void appendsAtNonZeroWriterIndexWithoutTouchingEarlierBytes() {
    ByteBuf out = Unpooled.buffer(8);
    try {
      out.writeBytes(ascii("prefix"));
      out.readerIndex(2);
      Command command = set(ascii("key"), new byte[2000]);
      RespEncoder.encode(command, out);
      assertThat(out.readerIndex()).isEqualTo(2);
      assertThat(out.writerIndex()).isEqualTo(6 + RespEncoder.encodedLength(command));
      assertThat(out.toString(0, 6, StandardCharsets.US_ASCII)).isEqualTo("prefix");
      assertThat(out.toString(6, 22, StandardCharsets.US_ASCII))
          .isEqualTo("*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n");
    } finally {
      out.release();
    }
  }

  @Test
  void allocatingEncodeSizesTheBufferExactlyAndHandsOverOwnership() {
    ByteBufAllocator alloc = PooledByteBufAllocator.DEFAULT;
    Command command = set(ascii("key"), ascii("value"));
    ByteBuf out = RespEncoder.encode(command, alloc);
    try {
      assertThat(out.refCnt()).isEqualTo(1);
      assertThat(out.readableBytes()).isEqualTo(RespEncoder.encodedLength(command));
      assertThat(out.maxCapacity()).isEqualTo(out.readableBytes());
      assertThat(out.toString(StandardCharsets.US_ASCII))
          .isEqualTo("*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n");
    } finally {
      assertThat(out.release()).isTrue();
    }
    assertThat(out.refCnt()).isZero();
  }

  @Test
  void decoderReadsBackWhatTheEncoderWrote() {
    byte[] binary = new byte[300];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) i;
    }
    Command command = set(binary, ascii("v"));
    ByteBuf out = Unpooled.buffer();
    try {
      RespEncoder.encode(command, out);
      Reply reply = new RespDecoder(DecoderLimits.DEFAULTS).decode(out);
      assertThat(reply).isInstanceOf(Reply.Array.class);
      assertThat(((Reply.Array) reply).items())
          .extracting(r -> ((Reply.Bulk) r).value())
          .containsExactly(ascii("SET"), binary, ascii("v"));
    } finally {
      out.release();
    }
  }

  @Test
  void digitsCountsDecimalDigits() {
    int[] values = {0, 9, 10, 99, 100, 999_999_999, 1_000_000_000, Integer.MAX_VALUE};
    for (int v : values) {
      assertThat(RespEncoder.digits(v)).as("digits(%d)", v).isEqualTo(Integer.toString(v).length());
    }
  }

  @Test
  void rejectsNullArguments() {
    ByteBuf out = Unpooled.buffer();
    try {
      assertThatThrownBy(() -> RespEncoder.encode(null, out))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("command");
      assertThatThrownBy(() -> RespEncoder.encode(Command.keyless(true, "PING"), (ByteBuf) null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("out");
    } finally {
      out.release();
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
