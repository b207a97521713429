package io.slotwise.internal.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes a {@link Command} as a RESP array of bulk strings: {@code *N\r\n} then, per argument,
 * {@code $len\r\n<bytes>\r\n}. Numbers are written digit by digit straight into the buffer; the
 * headers of small arrays and short arguments come from a pre-encoded table.
 *
 * <p>Stateless and thread-safe. It never releases or retains the buffer it writes to: the caller
 * owns it.
 */
public final class RespEncoder {
  /** {@code *n\r\n} for n below this are pre-encoded. */
  private static final int CACHED_ARRAY_HEADERS = 128;

  /** {@code $n\r\n} for n below this are pre-encoded (most keys and small values). */
  private static final int CACHED_BULK_HEADERS = 1024;

  private static final byte[][] ARRAY_HEADERS = headers('*', CACHED_ARRAY_HEADERS);
  private static final byte[][] BULK_HEADERS = headers('$', CACHED_BULK_HEADERS);
  private static final short CRLF = ('\r' << 8) | '\n';

  /**
   * The largest command accepted, in encoded bytes: 1 GiB, the default {@code
   * client-query-buffer-limit} of Redis, which closes the connection of a client that sends more.
   */
  public static final long MAX_COMMAND_BYTES = 1L << 30;

  private RespEncoder() {}

  /**
   * Appends the RESP encoding of {@code command} at {@code out}'s writer index, growing the buffer
   * if needed. Writes exactly {@link #encodedLength(Command)} bytes.
   */
  public static void encode(Command command, ByteBuf out) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(out, "out");
    byte[][] args = command.args();
    writeHeader(out, ARRAY_HEADERS, (byte) '*', args.length);
    for (byte[] arg : args) {
      writeHeader(out, BULK_HEADERS, (byte) '$', arg.length);
      out.writeBytes(arg);
      out.writeShort(CRLF);
    }
  }

  /**
   * A new buffer from {@code alloc}, sized exactly, holding the encoding of {@code command}. The
   * caller owns (and must release) the returned buffer.
   */
  public static ByteBuf encode(Command command, ByteBufAllocator alloc) {
    Objects.requireNonNull(alloc, "alloc");
    int length = encodedLength(command);
    ByteBuf out = alloc.buffer(length, length);
    try {
      encode(command, out);
      return out;
    } catch (RuntimeException e) {
      out.release();
      throw e;
    }
  }

  /**
   * The exact number of bytes {@link #encode(Command, ByteBuf)} writes for {@code command} (at most
   * {@link #MAX_COMMAND_BYTES}: {@link Command#of} refuses larger ones).
   */
  public static int encodedLength(Command command) {
    Objects.requireNonNull(command, "command");
    return command.encodedLength();
  }

  /** The encoded length of an argument vector, computed without any limit. */
  static long encodedLength(byte[][] args) {
    long length = 1 + digits(args.length) + 2;
    for (byte[] arg : args) {
      length += 1 + digits(arg.length) + 2 + arg.length + 2;
    }
    return length;
  }

  private static void writeHeader(ByteBuf out, byte[][] cache, byte prefix, int n) {
    if (n < cache.length) {
      out.writeBytes(cache[n]);
      return;
    }
    int digits = digits(n);
    out.ensureWritable(digits + 3);
    int start = out.writerIndex();
    out.setByte(start, prefix);
    int pos = start + digits;
    int value = n;
    do {
      out.setByte(pos--, '0' + value % 10);
      value /= 10;
    } while (value != 0);
    out.setShort(start + digits + 1, CRLF);
    out.writerIndex(start + digits + 3);
  }

  /** Decimal digits of a non-negative int. */
  static int digits(int n) {
    int digits = 1;
    for (long bound = 10; bound <= n; bound *= 10) {
      digits++;
    }
    return digits;
  }

  private static byte[][] headers(char prefix, int count) {
    byte[][] table = new byte[count][];
    for (int i = 0; i < count; i++) {
      table[i] = (prefix + Integer.toString(i) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }
    return table;
  }
}
