package io.slotwise.internal.command;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Argument checks and UTF-8 encoding shared by the command facades: every {@code null} or empty
 * argument is refused with an {@link IllegalArgumentException} naming the parameter. Stateless.
 */
public final class Args {
  private Args() {}

  public static byte[] require(byte[] value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  public static <T> T requireObject(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /** A non-empty array without {@code null} elements. */
  public static byte[][] requireAll(byte[][] values, String name) {
    if (values == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (values.length == 0) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new IllegalArgumentException(name + "[" + i + "] must not be null");
      }
    }
    return values;
  }

  /** A non-empty map without {@code null} keys or values. */
  static <K, V> Map<K, V> requireEntries(Map<K, V> map, String name) {
    if (map == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (map.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    for (Map.Entry<K, V> e : map.entrySet()) {
      if (e.getKey() == null) {
        throw new IllegalArgumentException(name + " must not hold a null key");
      }
      if (e.getValue() == null) {
        throw new IllegalArgumentException(name + " must not hold a null value");
      }
    }
    return map;
  }

  public static byte[] utf8(String value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value.getBytes(StandardCharsets.UTF_8);
  }

  /** A non-empty array of text, each element encoded once. */
  public static byte[][] utf8All(String[] values, String name) {
    if (values == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (values.length == 0) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    byte[][] out = new byte[values.length][];
    for (int i = 0; i < values.length; i++) {
      out[i] = utf8(values[i], name + "[" + i + "]");
    }
    return out;
  }

  /** A list (possibly empty) of text, encoded; {@code null} elements are refused. */
  public static byte[][] utf8List(List<String> values, String name) {
    requireObject(values, name);
    byte[][] out = new byte[values.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = utf8(values.get(i), name + "[" + i + "]");
    }
    return out;
  }

  /** A list (possibly empty) of byte arrays; {@code null} elements are refused. */
  static byte[][] bytesList(List<byte[]> values, String name) {
    requireObject(values, name);
    byte[][] out = new byte[values.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = require(values.get(i), name + "[" + i + "]");
    }
    return out;
  }

  /** A non-empty text map, keys and values encoded, in the map's iteration order. */
  static Map<byte[], byte[]> utf8Map(Map<String, String> map, String name) {
    requireEntries(map, name);
    Map<byte[], byte[]> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k.getBytes(StandardCharsets.UTF_8), utf8(v, name + " value")));
    return out;
  }

  /** A non-empty member → score map with text members, encoded, in iteration order. */
  static Map<byte[], Double> utf8Scores(Map<String, Double> map, String name) {
    requireEntries(map, name);
    Map<byte[], Double> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k.getBytes(StandardCharsets.UTF_8), v));
    return out;
  }
}
