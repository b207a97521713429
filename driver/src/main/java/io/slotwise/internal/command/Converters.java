package io.slotwise.internal.command;

import io.slotwise.RedisProtocolException;
import io.slotwise.RedisServerException;
import io.slotwise.commands.ScoredValue;
import io.slotwise.internal.protocol.Reply;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns non-error {@link Reply} values into the Java types of the command facades. Accepts both
 * protocol versions: RESP3 doubles, booleans, maps and sets as well as their RESP2 spellings (bulk
 * strings, integers 0/1, flat arrays). A reply of a shape the command never produces throws {@link
 * RedisProtocolException}. Stateless and thread-safe.
 */
public final class Converters {
  private Converters() {}

  static final Function<Reply, List<String>> STRING_LIST = list(Converters::string);
  static final Function<Reply, List<byte[]>> BYTES_LIST = list(Converters::bytes);

  /** Text: bulk, status or verbatim string; {@code null} for a null reply. */
  static String string(Reply r) {
    if (r instanceof Reply.Bulk b) {
      return b.utf8();
    }
    if (r instanceof Reply.SimpleString s) {
      return s.value();
    }
    if (r instanceof Reply.Verbatim v) {
      return new String(v.text(), StandardCharsets.UTF_8);
    }
    if (r == Reply.Null.INSTANCE) {
      return null;
    }
    throw unexpected("a string", r);
  }

  /** Binary: bulk, status or verbatim string as bytes; {@code null} for a null reply. */
  static byte[] bytes(Reply r) {
    if (r instanceof Reply.Bulk b) {
      return b.value();
    }
    if (r instanceof Reply.SimpleString s) {
      return s.value().getBytes(StandardCharsets.UTF_8);
    }
    if (r instanceof Reply.Verbatim v) {
      return v.text();
    }
    if (r == Reply.Null.INSTANCE) {
      return null;
    }
    throw unexpected("a string", r);
  }

  /** An integer reply (or a bulk holding one). */
  static Long integer(Reply r) {
    if (r instanceof Reply.Int i) {
      return i.value();
    }
    if (r instanceof Reply.Bulk b) {
      return parseLong(b.utf8());
    }
    throw unexpected("an integer", r);
  }

  /** An integer reply, or {@code null} for a null reply ({@code ZRANK} of a missing member). */
  static Long nullableInteger(Reply r) {
    return r == Reply.Null.INSTANCE ? null : integer(r);
  }

  /** RESP3 boolean, or RESP2 integer 0/1. */
  static Boolean bool(Reply r) {
    if (r instanceof Reply.BooleanReply b) {
      return b.value();
    }
    if (r instanceof Reply.Int i) {
      return i.value() != 0;
    }
    throw unexpected("a boolean or integer", r);
  }

  /** RESP3 double, or a bulk/status string such as {@code 1.5}, {@code inf}, {@code -inf}. */
  static Double decimal(Reply r) {
    if (r instanceof Reply.DoubleReply d) {
      return d.value();
    }
    if (r instanceof Reply.Int i) {
      return (double) i.value();
    }
    if (r instanceof Reply.Bulk || r instanceof Reply.SimpleString) {
      return parseDouble(string(r));
    }
    throw unexpected("a double", r);
  }

  /** A double, or {@code null} for a null reply ({@code ZSCORE} of a missing member). */
  static Double nullableDecimal(Reply r) {
    return r == Reply.Null.INSTANCE ? null : decimal(r);
  }

  /** An array (or RESP3 set) of elements; a null reply gives an empty list. */
  static <T> Function<Reply, List<T>> list(Function<Reply, T> element) {
    return r -> {
      List<Reply> items = items(r);
      List<T> out = new ArrayList<>(items.size());
      for (Reply item : items) {
        out.add(element.apply(item));
      }
      return out;
    };
  }

  /** Members of a set (RESP3 set or RESP2 array) as text, in the server's order. */
  static Set<String> stringSet(Reply r) {
    List<Reply> items = items(r);
    Set<String> out = new LinkedHashSet<>();
    for (Reply item : items) {
      out.add(string(item));
    }
    return out;
  }

  /** A hash as text: RESP3 map or RESP2 flat array {@code [f1, v1, f2, v2, ...]}, in order. */
  static Map<String, String> stringMap(Reply r) {
    Map<String, String> out = new LinkedHashMap<>();
    pairs(r, (k, v) -> out.put(string(k), string(v)));
    return out;
  }

  /** A hash as binary entries (see {@link RedisCommands#hgetall(byte[])}), in order. */
  static List<Map.Entry<byte[], byte[]>> bytesEntries(Reply r) {
    List<Map.Entry<byte[], byte[]>> out = new ArrayList<>();
    pairs(r, (k, v) -> out.add(new AbstractMap.SimpleImmutableEntry<>(bytes(k), bytes(v))));
    return out;
  }

  /**
   * {@code ZRANGE ... WITHSCORES}: RESP2 flat {@code [m1, s1, m2, s2]} or RESP3 pairs {@code [[m1,
   * s1], [m2, s2]]}.
   */
  static <V> Function<Reply, List<ScoredValue<V>>> scored(Function<Reply, V> member) {
    return r -> {
      List<Reply> items = items(r);
      List<ScoredValue<V>> out = new ArrayList<>();
      if (!items.isEmpty() && items.get(0) instanceof Reply.Array) {
        for (Reply pair : items) {
          List<Reply> p = items(pair);
          if (p.size() != 2) {
            throw unexpected("a [member, score] pair", pair);
          }
          out.add(new ScoredValue<>(member.apply(p.get(0)), decimal(p.get(1))));
        }
        return out;
      }
      if (items.size() % 2 != 0) {
        throw unexpected("an even number of members and scores", r);
      }
      for (int i = 0; i < items.size(); i += 2) {
        out.add(new ScoredValue<>(member.apply(items.get(i)), decimal(items.get(i + 1))));
      }
      return out;
    };
  }

  /**
   * Any reply as plain Java values: status → {@code String}, bulk → {@code String} ({@code text})
   * or {@code byte[]}, integer → {@code Long}, double → {@code Double}, boolean → {@code Boolean},
   * big number → {@code BigInteger}, array/set/push → {@code List}, map → {@code LinkedHashMap},
   * null → {@code null}. An error nested in an aggregate becomes a {@link RedisServerException}
   * element (not thrown); a top-level error is thrown.
   */
  static Function<Reply, Object> generic(String command, boolean text) {
    return r -> {
      if (r instanceof Reply.Error e) {
        throw new RedisServerException(command, e.message());
      }
      return genericValue(command, text, r);
    };
  }

  private static Object genericValue(String command, boolean text, Reply r) {
    if (r instanceof Reply.SimpleString s) {
      return s.value();
    } else if (r instanceof Reply.Bulk || r instanceof Reply.Verbatim) {
      return text ? string(r) : bytes(r);
    } else if (r instanceof Reply.Int i) {
      return i.value();
    } else if (r instanceof Reply.DoubleReply d) {
      return d.value();
    } else if (r instanceof Reply.BooleanReply b) {
      return b.value();
    } else if (r instanceof Reply.BigNumber n) {
      return n.value();
    } else if (r == Reply.Null.INSTANCE) {
      return null;
    } else if (r instanceof Reply.Error e) {
      return new RedisServerException(command, e.message());
    } else if (r instanceof Reply.MapReply m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      for (int i = 0; i < m.keys().size(); i++) {
        out.put(
            genericValue(command, text, m.keys().get(i)),
            genericValue(command, text, m.values().get(i)));
      }
      return out;
    }
    List<Object> out = new ArrayList<>();
    for (Reply item : items(r)) {
      out.add(genericValue(command, text, item));
    }
    return out;
  }

  /** The elements of an array, set or push reply; none for a null reply. */
  private static List<Reply> items(Reply r) {
    if (r instanceof Reply.Array a) {
      return a.items();
    }
    if (r instanceof Reply.SetReply s) {
      return s.items();
    }
    if (r instanceof Reply.Push p) {
      return p.items();
    }
    if (r == Reply.Null.INSTANCE) {
      return Collections.emptyList();
    }
    throw unexpected("an array", r);
  }

  private interface PairSink {
    void accept(Reply key, Reply value);
  }

  private static void pairs(Reply r, PairSink sink) {
    if (r instanceof Reply.MapReply m) {
      for (int i = 0; i < m.keys().size(); i++) {
        sink.accept(m.keys().get(i), m.values().get(i));
      }
      return;
    }
    List<Reply> items = items(r);
    if (items.size() % 2 != 0) {
      throw unexpected("an even number of fields and values", r);
    }
    for (int i = 0; i < items.size(); i += 2) {
      sink.accept(items.get(i), items.get(i + 1));
    }
  }

  static double parseDouble(String s) {
    switch (s.toLowerCase(java.util.Locale.ROOT)) {
      case "inf":
      case "+inf":
      case "infinity":
      case "+infinity":
        return Double.POSITIVE_INFINITY;
      case "-inf":
      case "-infinity":
        return Double.NEGATIVE_INFINITY;
      case "nan":
        return Double.NaN;
      default:
        try {
          return Double.parseDouble(s);
        } catch (NumberFormatException e) {
          throw new RedisProtocolException("expected a double, got '" + s + "'");
        }
    }
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new RedisProtocolException("expected an integer, got '" + s + "'");
    }
  }

  private static RedisProtocolException unexpected(String expected, Reply r) {
    return new RedisProtocolException("expected " + expected + " reply, got " + describe(r));
  }

  /** A short description of a reply for messages: its kind and, for text, its start. */
  private static String describe(Reply r) {
    String text;
    if (r instanceof Reply.Bulk b) {
      text = "bulk '" + b.utf8() + "'";
    } else if (r instanceof Reply.Array a) {
      text = "array of " + a.items().size();
    } else if (r instanceof Reply.MapReply m) {
      text = "map of " + m.keys().size();
    } else if (r instanceof Reply.SetReply s) {
      text = "set of " + s.items().size();
    } else {
      text = r.toString();
    }
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }
}
