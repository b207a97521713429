package io.slotwise.testkit;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.DecoderException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes client commands for {@link FakeNode}: RESP arrays of bulk strings ({@code *2\r\n$3\r\nGET
 * \r\n$1\r\nk\r\n}) and inline commands ({@code PING\r\n}) into {@code List<String>} (UTF-8).
 * Written for the kit on purpose: the fake must not share code with the driver's decoder.
 *
 * <p>Re-parses from the start of a command until it is complete, which is fine for test traffic.
 */
public final class FakeRespDecoder extends ByteToMessageDecoder {
  private static final int MAX_ARGS = 1 << 20;
  private static final int MAX_BULK = 64 << 20;

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    while (in.isReadable()) {
      int start = in.readerIndex();
      List<String> command = in.getByte(start) == '*' ? readArray(in) : readInline(in);
      if (command == null) {
        in.readerIndex(start);
        return;
      }
      if (!command.isEmpty()) {
        out.add(command);
      }
    }
  }

  private static List<String> readInline(ByteBuf in) {
    String line = readLine(in);
    if (line == null) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (String w : line.trim().split("\\s+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  private static List<String> readArray(ByteBuf in) {
    in.skipBytes(1);
    String header = readLine(in);
    if (header == null) {
      return null;
    }
    int n = parseLength(header, MAX_ARGS);
    List<String> args = new ArrayList<>(Math.min(n, 16));
    for (int i = 0; i < n; i++) {
      if (!in.isReadable()) {
        return null;
      }
      byte type = in.readByte();
      if (type != '$') {
        throw new DecoderException("expected '$' in a command array, got '" + (char) type + "'");
      }
      String lenLine = readLine(in);
      if (lenLine == null) {
        return null;
      }
      int len = parseLength(lenLine, MAX_BULK);
      if (in.readableBytes() < len + 2) {
        return null;
      }
      args.add(in.readCharSequence(len, StandardCharsets.UTF_8).toString());
      in.skipBytes(2);
    }
    return args;
  }

  private static int parseLength(String text, int max) {
    try {
      int n = Integer.parseInt(text);
      if (n < 0 || n > max) {
        throw new DecoderException("length out of range 0.." + max + ": " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new DecoderException("bad length '" + text + "'", e);
    }
  }

  /** A CRLF-terminated line without its terminator, or null when the CRLF has not arrived. */
  private static String readLine(ByteBuf in) {
    int lf = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) '\n');
    if (lf < 0) {
      return null;
    }
    int end = lf > in.readerIndex() && in.getByte(lf - 1) == '\r' ? lf - 1 : lf;
    byte[] bytes = new byte[end - in.readerIndex()];
    in.readBytes(bytes);
    in.readerIndex(lf + 1);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
