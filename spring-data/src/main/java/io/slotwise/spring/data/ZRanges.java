package io.slotwise.spring.data;

import java.nio.charset.StandardCharsets;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;

/** Score and lex bounds and {@code LIMIT} of the sorted-set range commands. Stateless. */
final class ZRanges {
  private ZRanges() {}

  static byte[] scoreLower(Range<? extends Number> range) {
    return score(range == null ? null : range.getLowerBound(), "-inf");
  }

  static byte[] scoreUpper(Range<? extends Number> range) {
    return score(range == null ? null : range.getUpperBound(), "+inf");
  }

  private static byte[] score(Range.Bound<? extends Number> bound, String unbounded) {
    if (bound == null || bound.getValue().isEmpty()) {
      return ascii(unbounded);
    }
    // Spring Data's String-bound defaults (zRangeByScore(key, "-inf", "+inf")...) pass a
    // Range<String> through this Range<? extends Number> parameter: take such a bound as written.
    Object raw = bound.getValue().get();
    String value =
        raw instanceof Number n ? Replies.formatDouble(n.doubleValue()) : String.valueOf(raw);
    return ascii(bound.isInclusive() ? value : "(" + value);
  }

  static byte[] lexLower(Range<byte[]> range) {
    return lex(range == null ? null : range.getLowerBound(), "-");
  }

  static byte[] lexUpper(Range<byte[]> range) {
    return lex(range == null ? null : range.getUpperBound(), "+");
  }

  private static byte[] lex(Range.Bound<byte[]> bound, String unbounded) {
    if (bound == null || bound.getValue().isEmpty()) {
      return ascii(unbounded);
    }
    Object raw = bound.getValue().get();
    byte[] value =
        raw instanceof byte[] b ? b : String.valueOf(raw).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[value.length + 1];
    out[0] = (byte) (bound.isInclusive() ? '[' : '(');
    System.arraycopy(value, 0, out, 1, value.length);
    return out;
  }

  static Cmd limit(Cmd cmd, Limit limit) {
    if (limit != null && limit.isLimited()) {
      cmd.word("LIMIT").add(limit.getOffset()).add(limit.getCount());
    }
    return cmd;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
