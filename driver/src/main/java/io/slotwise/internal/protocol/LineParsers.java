package io.slotwise.internal.protocol;

import static io.slotwise.internal.protocol.RespDecoder.describe;
import static io.slotwise.internal.protocol.RespDecoder.error;

import io.netty.buffer.ByteBuf;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Parsers for the value of one RESP line, reading bytes {@code [start, end)} of a buffer in place
 * (no intermediate {@code String} for integers). {@code at} is the stream offset of {@code start},
 * so errors can name the offset of the offending byte. Stateless.
 */
public final class LineParsers {
  private static final long MIN_DIV_10 = Long.MIN_VALUE / 10;

  private LineParsers() {}

  /** An optionally signed decimal {@code long}; {@code what} names it in errors. */
  static long parseLong(ByteBuf in, int start, int end, String what, long at) {
    if (start == end) {
      throw error(at, "empty " + what);
    }
    int i = start;
    byte first = in.getByte(i);
    boolean negative = first == '-';
    if (negative || first == '+') {
      i++;
      if (i == end) {
        throw error(at, "sign without digits in " + what);
      }
    }
    // Accumulate negatively so that Long.MIN_VALUE is representable.
    long value = 0;
    for (; i < end; i++) {
      byte b = in.getByte(i);
      if (b < '0' || b > '9') {
        throw error(at + (i - start), "invalid digit " + describe(b) + " in " + what);
      }
      int digit = b - '0';
      if (value < MIN_DIV_10) {
        throw error(at, what + " overflows a 64-bit integer");
      }
      value *= 10;
      if (value < Long.MIN_VALUE + digit) {
        throw error(at, what + " overflows a 64-bit integer");
      }
      value -= digit;
    }
    if (negative) {
      return value;
    }
    if (value == Long.MIN_VALUE) {
      throw error(at, what + " overflows a 64-bit integer");
    }
    return -value;
  }

  /** A RESP3 double: decimal or exponent notation, or {@code inf}, {@code -inf}, {@code nan}. */
  static double parseDouble(ByteBuf in, int start, int end, long at) {
    if (start == end) {
      throw error(at, "empty double");
    }
    double special = special(in, start, end);
    if (special == special || isNan(in, start, end)) {
      return special;
    }
    for (int i = start; i < end; i++) {
      byte b = in.getByte(i);
      boolean ok =
          (b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E';
      if (!ok) {
        throw error(at + (i - start), "invalid character " + describe(b) + " in double");
      }
    }
    String text = in.toString(start, end - start, StandardCharsets.US_ASCII);
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw error(at, "invalid double '" + text + "'");
    }
  }

  /** {@code t} or {@code f}. */
  static boolean parseBoolean(ByteBuf in, int start, int end, long at) {
    if (end - start == 1) {
      byte b = in.getByte(start);
      if (b == 't') {
        return true;
      }
      if (b == 'f') {
        return false;
      }
    }
    throw error(at, "boolean must be 't' or 'f'");
  }

  /** An optionally signed decimal integer of any size. */
  static BigInteger parseBigNumber(ByteBuf in, int start, int end, long at) {
    int i = start;
    if (i < end && (in.getByte(i) == '-' || in.getByte(i) == '+')) {
      i++;
    }
    if (i == end) {
      throw error(at, "big number without digits");
    }
    for (; i < end; i++) {
      byte b = in.getByte(i);
      if (b < '0' || b > '9') {
        throw error(at + (i - start), "invalid digit " + describe(b) + " in big number");
      }
    }
    return new BigInteger(in.toString(start, end - start, StandardCharsets.US_ASCII));
  }

  /** Infinity for {@code inf}/{@code +inf}, -Infinity for {@code -inf}, NaN otherwise. */
  private static double special(ByteBuf in, int start, int end) {
    int i = start;
    byte sign = in.getByte(i);
    if (sign == '-' || sign == '+') {
      i++;
    }
    if (end - i == 3 && lower(in, i) == 'i' && lower(in, i + 1) == 'n' && lower(in, i + 2) == 'f') {
      return sign == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return Double.NaN;
  }

  private static boolean isNan(ByteBuf in, int start, int end) {
    int i = start;
    byte sign = in.getByte(i);
    if (sign == '-' || sign == '+') {
      i++;
    }
    return end - i == 3
        && lower(in, i) == 'n'
        && lower(in, i + 1) == 'a'
        && lower(in, i + 2) == 'n';
  }

  private static int lower(ByteBuf in, int index) {
    return in.getByte(index) | 0x20;
  }
}
