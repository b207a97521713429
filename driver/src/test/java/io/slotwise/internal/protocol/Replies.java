package io.slotwise.internal.protocol;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Test helpers: a canonical text form of a {@link Reply} (records holding {@code byte[]} compare by
 * identity, so tests compare this form) and a RESP writer for generated replies.
 */
public final class Replies {
  private Replies() {}

  static String render(Reply reply) {
    StringBuilder sb = new StringBuilder();
    render(reply, sb);
    return sb.toString();
  }

  private static void render(Reply reply, StringBuilder sb) {
    if (reply instanceof Reply.SimpleString s) {
      sb.append('+').append(s.value());
    } else if (reply instanceof Reply.Error e) {
      sb.append('-').append(e.message());
    } else if (reply instanceof Reply.Int i) {
      sb.append(':').append(i.value());
    } else if (reply instanceof Reply.Bulk b) {
      sb.append('$');
      escape(b.value(), sb);
    } else if (reply instanceof Reply.Null) {
      sb.append('_');
    } else if (reply instanceof Reply.Array a) {
      list('*', a.items(), sb);
    } else if (reply instanceof Reply.SetReply s) {
      list('~', s.items(), sb);
    } else if (reply instanceof Reply.Push p) {
      list('>', p.items(), sb);
    } else if (reply instanceof Reply.MapReply m) {
      sb.append("%{");
      for (int i = 0; i < m.keys().size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        render(m.keys().get(i), sb);
        sb.append('=');
        render(m.values().get(i), sb);
      }
      sb.append('}');
    } else if (reply instanceof Reply.DoubleReply d) {
      sb.append(',').append(d.value());
    } else if (reply instanceof Reply.BooleanReply b) {
      sb.append('#').append(b.value() ? 't' : 'f');
    } else if (reply instanceof Reply.BigNumber n) {
      sb.append('(').append(n.value());
    } else if (reply instanceof Reply.Verbatim v) {
      sb.append('=').append(v.format()).append(':');
      escape(v.text(), sb);
    } else {
      throw new AssertionError("unknown reply " + reply);
    }
  }

  private static void list(char prefix, List<Reply> items, StringBuilder sb) {
    sb.append(prefix).append('[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      render(items.get(i), sb);
    }
    sb.append(']');
  }

  private static void escape(byte[] bytes, StringBuilder sb) {
    if (bytes.length > 512) {
      sb.append('(').append(bytes.length).append(" bytes, hash ").append(Arrays.hashCode(bytes));
      sb.append(')');
      return;
    }
    for (byte b : bytes) {
      if (b >= 0x20 && b < 0x7f && b != '\\') {
        sb.append((char) b);
      } else {
        sb.append(String.format("\\x%02x", b & 0xff));
      }
    }
  }

  /** The RESP bytes of {@code reply} (the inverse of decoding). */
  static byte[] write(Reply reply) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    write(reply, out);
    return out.toByteArray();
  }

  private static void write(Reply reply, java.io.ByteArrayOutputStream out) {
    if (reply instanceof Reply.SimpleString s) {
      line(out, "+" + s.value());
    } else if (reply instanceof Reply.Error e) {
      line(out, "-" + e.message());
    } else if (reply instanceof Reply.Int i) {
      line(out, ":" + i.value());
    } else if (reply instanceof Reply.Bulk b) {
      line(out, "$" + b.value().length);
      out.writeBytes(b.value());
      line(out, "");
    } else if (reply instanceof Reply.Null) {
      line(out, "_");
    } else if (reply instanceof Reply.Array a) {
      aggregate(out, '*', a.items());
    } else if (reply instanceof Reply.SetReply s) {
      aggregate(out, '~', s.items());
    } else if (reply instanceof Reply.Push p) {
      aggregate(out, '>', p.items());
    } else if (reply instanceof Reply.MapReply m) {
      line(out, "%" + m.keys().size());
      for (int i = 0; i < m.keys().size(); i++) {
        write(m.keys().get(i), out);
        write(m.values().get(i), out);
      }
    } else if (reply instanceof Reply.DoubleReply d) {
      double v = d.value();
      line(
          out,
          ","
              + (Double.isNaN(v)
                  ? "nan"
                  : Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : Double.toString(v)));
    } else if (reply instanceof Reply.BooleanReply b) {
      line(out, "#" + (b.value() ? 't' : 'f'));
    } else if (reply instanceof Reply.BigNumber n) {
      line(out, "(" + n.value());
    } else if (reply instanceof Reply.Verbatim v) {
      line(out, "=" + (v.text().length + 4));
      out.writeBytes((v.format() + ":").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(v.text());
      line(out, "");
    } else {
      throw new AssertionError("unknown reply " + reply);
    }
  }

  private static void aggregate(java.io.ByteArrayOutputStream out, char type, List<Reply> items) {
    line(out, type + "" + items.size());
    for (Reply item : items) {
      write(item, out);
    }
  }

  private static void line(java.io.ByteArrayOutputStream out, String text) {
    out.writeBytes((text + "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  /** A random reply tree at most {@code depth} aggregates deep with at most 6 elements each. */
  static Reply random(Random rnd, int depth) {
    int kind = rnd.nextInt(depth > 0 ? 14 : 10);
    switch (kind) {
      case 0:
        return new Reply.SimpleString(word(rnd));
      case 1:
        return new Reply.Error("ERR " + word(rnd));
      case 2:
        return new Reply.Int(rnd.nextBoolean() ? rnd.nextInt(300) - 1 : rnd.nextLong());
      case 3:
        byte[] bytes = new byte[rnd.nextInt(rnd.nextInt(10) == 0 ? 3000 : 20)];
        rnd.nextBytes(bytes);
        return new Reply.Bulk(bytes);
      case 4:
        return Reply.Null.INSTANCE;
      case 5:
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0};
        return new Reply.DoubleReply(
            rnd.nextInt(4) == 0 ? specials[rnd.nextInt(4)] : rnd.nextGaussian() * 1e6);
      case 6:
        return new Reply.BooleanReply(rnd.nextBoolean());
      case 7:
        return new Reply.BigNumber(new BigInteger(100, rnd).subtract(BigInteger.ONE.shiftLeft(99)));
      case 8:
        return new Reply.Verbatim(
            rnd.nextBoolean() ? "txt" : "mkd", word(rnd).getBytes(StandardCharsets.UTF_8));
      case 9:
        return new Reply.Int(rnd.nextInt());
      default:
        List<Reply> items = new ArrayList<>();
        int n = rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
          items.add(random(rnd, depth - 1));
        }
        switch (kind) {
          case 10:
            return new Reply.Array(items);
          case 11:
            return new Reply.SetReply(items);
          case 12:
            return new Reply.Push(items);
          default:
            List<Reply> values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
              values.add(random(rnd, depth - 1));
            }
            return new Reply.MapReply(items, values);
        }
    }
  }

  private static String word(Random rnd) {
    int n = rnd.nextInt(12);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('a' + rnd.nextInt(26)));
    }
    return sb.toString();
  }
}
