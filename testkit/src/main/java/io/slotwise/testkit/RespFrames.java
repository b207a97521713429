package io.slotwise.testkit;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * Finds where one complete RESP value ends in a buffer, without decoding it: what a forwarding
 * proxy needs to keep requests and replies paired. Covers RESP2 and the RESP3 types. Stateless.
 */
public final class RespFrames {
  /** Bigger lengths are treated as a protocol error rather than waited for. */
  private static final long MAX_LENGTH = 512L * 1024 * 1024;

  private RespFrames() {}

  /**
   * The index just past the value that starts at {@code start}, or -1 when the buffer does not hold
   * all of it yet.
   *
   * @throws IllegalStateException on bytes that are not RESP
   */
  static int end(ByteBuf buf, int start) {
    if (start >= buf.writerIndex()) {
      return -1;
    }
    byte type = buf.getByte(start);
    int lineEnd = lineEnd(buf, start);
    if (lineEnd < 0) {
      return -1;
    }
    int next = lineEnd + 2;
    switch (type) {
      case '+', '-', ':', '_', ',', '#', '(':
        return next;
      case '$', '=', '!':
        {
          long len = number(buf, start + 1, lineEnd);
          if (len < 0) {
            return next;
          }
          long end = next + len + 2;
          return end <= buf.writerIndex() ? (int) end : -1;
        }
      case '*', '~', '>', '%', '|':
        {
          long count = number(buf, start + 1, lineEnd);
          if (type == '%' || type == '|') {
            count *= 2;
          }
          int pos = next;
          for (long i = 0; i < count; i++) {
            pos = end(buf, pos);
            if (pos < 0) {
              return -1;
            }
          }
          return type == '|' ? end(buf, pos) : pos;
        }
      default:
        return next; // an inline command: one line
    }
  }

  /** The name of the command that starts at {@code start} (a request array or inline line). */
  static String commandName(ByteBuf buf, int start) {
    int lineEnd = lineEnd(buf, start);
    if (buf.getByte(start) != '*') {
      String line = buf.toString(start, lineEnd - start, StandardCharsets.UTF_8).trim();
      int space = line.indexOf(' ');
      return space < 0 ? line : line.substring(0, space);
    }
    int bulk = lineEnd + 2;
    if (number(buf, start + 1, lineEnd) < 1 || buf.getByte(bulk) != '$') {
      return "";
    }
    int bulkLineEnd = lineEnd(buf, bulk);
    int len = (int) number(buf, bulk + 1, bulkLineEnd);
    return buf.toString(bulkLineEnd + 2, Math.max(len, 0), StandardCharsets.UTF_8);
  }

  private static int lineEnd(ByteBuf buf, int from) {
    for (int i = from; i + 1 < buf.writerIndex(); i++) {
      if (buf.getByte(i) == '\r' && buf.getByte(i + 1) == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static long number(ByteBuf buf, int from, int to) {
    String s = buf.toString(from, to - from, StandardCharsets.US_ASCII);
    long v;
    try {
      v = Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalStateException("not RESP: bad length '" + s + "'", e);
    }
    if (v > MAX_LENGTH) {
      throw new IllegalStateException("not RESP: length " + v + " too large");
    }
    return v;
  }
}
