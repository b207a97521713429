package io.slotwise.spring.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.redis.connection.zset.DefaultTuple;
import org.springframework.data.redis.connection.zset.Tuple;

/**
 * Converts Slotwise's generic replies ({@code byte[]} bulk, {@code String} status, {@code Long},
 * {@code Double}, {@code Boolean}, {@code List}, {@code Map}, {@code null}) into the types Spring
 * Data Redis' methods return. Accepts both the RESP2 and the RESP3 shape of a reply (a map or a
 * flat list for {@code HGETALL}; a double or a bulk string for {@code ZSCORE}; pairs or a flat list
 * for {@code WITHSCORES}). Stateless.
 */
final class Replies {
  private Replies() {}

  static Object raw(Object reply) {
    return reply;
  }

  /**
   * The conversion of the {@code void} methods (status replies): their results are left out of a
   * pipeline's and a transaction's result list, as Spring Data's own connections do.
   */
  static final Function<Object, Void> STATUS = reply -> null;

  static byte[] bytes(Object reply) {
    if (reply == null || reply instanceof byte[]) {
      return (byte[]) reply;
    }
    return String.valueOf(reply).getBytes(StandardCharsets.UTF_8);
  }

  static String string(Object reply) {
    if (reply == null) {
      return null;
    }
    return reply instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : reply.toString();
  }

  static Long toLong(Object reply) {
    if (reply == null || reply instanceof Long) {
      return (Long) reply;
    }
    if (reply instanceof Number n) {
      return n.longValue();
    }
    if (reply instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    return Long.parseLong(string(reply));
  }

  static Double toDouble(Object reply) {
    if (reply == null || reply instanceof Double) {
      return (Double) reply;
    }
    if (reply instanceof Number n) {
      return n.doubleValue();
    }
    String s = string(reply);
    return switch (s) {
      case "inf", "+inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(s);
    };
  }

  /** 1/0 integers, RESP3 booleans, {@code OK} (true) and null (false: {@code SET NX} refused). */
  static Boolean toBoolean(Object reply) {
    if (reply == null) {
      return false;
    }
    if (reply instanceof Boolean b) {
      return b;
    }
    if (reply instanceof Number n) {
      return n.longValue() == 1L;
    }
    String s = string(reply);
    return "OK".equals(s) || "1".equals(s);
  }

  static List<Object> list(Object reply) {
    if (reply == null) {
      return new ArrayList<>();
    }
    if (reply instanceof List<?> l) {
      return new ArrayList<>(l);
    }
    if (reply instanceof Map<?, ?> m) {
      List<Object> flat = new ArrayList<>(m.size() * 2);
      m.forEach(
          (k, v) -> {
            flat.add(k);
            flat.add(v);
          });
      return flat;
    }
    return new ArrayList<>(List.of(reply));
  }

  static List<byte[]> byteList(Object reply) {
    return mapped(reply, Replies::bytes);
  }

  /** {@code null} for a null reply (e.g. {@code LPOP key count} on a missing key). */
  static List<byte[]> byteListOrNull(Object reply) {
    return reply == null ? null : byteList(reply);
  }

  static Set<byte[]> byteSet(Object reply) {
    return new LinkedHashSet<>(byteList(reply));
  }

  static List<Long> longList(Object reply) {
    return mapped(reply, Replies::toLong);
  }

  static List<Boolean> booleanList(Object reply) {
    return mapped(reply, Replies::toBoolean);
  }

  static List<Double> doubleList(Object reply) {
    return mapped(reply, Replies::toDouble);
  }

  static <T> List<T> mapped(Object reply, Function<Object, T> element) {
    List<T> out = new ArrayList<>();
    for (Object o : list(reply)) {
      out.add(element.apply(o));
    }
    return out;
  }

  /** A RESP3 map or a RESP2 flat list of field, value, field, value... */
  static Map<byte[], byte[]> byteMap(Object reply) {
    Map<byte[], byte[]> out = new LinkedHashMap<>();
    List<Object> flat = list(reply);
    for (int i = 0; i + 1 < flat.size(); i += 2) {
      out.put(bytes(flat.get(i)), bytes(flat.get(i + 1)));
    }
    return out;
  }

  /** A flat list (member, score, ...) or a list of [member, score] pairs (RESP3). */
  static List<Tuple> tupleList(Object reply) {
    List<Object> items = list(reply);
    List<Tuple> out = new ArrayList<>();
    if (!items.isEmpty() && items.get(0) instanceof List) {
      for (Object pair : items) {
        List<Object> p = list(pair);
        out.add(new DefaultTuple(bytes(p.get(0)), toDouble(p.get(1))));
      }
      return out;
    }
    for (int i = 0; i + 1 < items.size(); i += 2) {
      out.add(new DefaultTuple(bytes(items.get(i)), toDouble(items.get(i + 1))));
    }
    return out;
  }

  static Set<Tuple> tupleSet(Object reply) {
    return new LinkedHashSet<>(tupleList(reply));
  }

  /** One [member, score] pair (ZPOPMIN without count, ZRANDMEMBER ... WITHSCORES). */
  static Tuple tupleOrNull(Object reply) {
    List<Tuple> tuples = tupleList(reply);
    return tuples.isEmpty() ? null : tuples.get(0);
  }

  static String formatDouble(double d) {
    if (d == Double.POSITIVE_INFINITY) {
      return "+inf";
    }
    if (d == Double.NEGATIVE_INFINITY) {
      return "-inf";
    }
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
