package io.slotwise.internal.codis;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A strict parser for one JSON object whose interesting fields are strings, such as the node data a
 * Codis proxy writes to ZooKeeper. Stateless and thread-safe.
 *
 * <p>Accepts exactly one object (RFC 8259 grammar, any whitespace, so pretty-printed text works).
 * String values are decoded, escapes included; numbers, {@code true}, {@code false} and {@code
 * null} are validated and kept as their literal text (Codis 2 wrote a few numeric fields); nested
 * objects and arrays are validated and then left out, since no proxy field is structured. Anything
 * else — trailing text, a missing quote, a bad escape, a raw control character, a duplicate key —
 * is rejected with an {@link IllegalArgumentException} that names the offset.
 */
public final class FlatJson {
  /** Deep enough for any real node data, shallow enough that hostile input cannot overflow. */
  static final int MAX_DEPTH = 16;

  private final String text;
  private int pos;

  private FlatJson(String text) {
    this.text = text;
  }

  /**
   * Parses {@code text} as one JSON object.
   *
   * @return the top-level string and scalar fields, in document order; never {@code null}
   * @throws IllegalArgumentException when {@code text} is null or not exactly one JSON object
   */
  static Map<String, String> parseObject(String text) {
    if (text == null) {
      throw new IllegalArgumentException("json must not be null");
    }
    FlatJson p = new FlatJson(text);
    p.skipWhitespace();
    Map<String, String> fields = p.object();
    p.skipWhitespace();
    if (p.pos != text.length()) {
      throw p.error("unexpected text after the object");
    }
    return Collections.unmodifiableMap(fields);
  }

  private Map<String, String> object() {
    expect('{');
    Map<String, String> fields = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return fields;
    }
    while (true) {
      skipWhitespace();
      int keyAt = pos;
      String key = string();
      skipWhitespace();
      expect(':');
      skipWhitespace();
      String value = topLevelValue();
      if (!seen.add(key)) {
        pos = keyAt;
        throw error("duplicate key \"" + key + "\"");
      }
      if (value != null) {
        fields.put(key, value);
      }
      skipWhitespace();
      char c = next("',' or '}'");
      if (c == '}') {
        return fields;
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or '}'");
      }
    }
  }

  /** A value directly inside the top-level object; {@code null} for a nested structure. */
  private String topLevelValue() {
    char c = peek();
    if (c == '"') {
      return string();
    }
    if (c == '{' || c == '[') {
      skipStructure(1);
      return null;
    }
    return scalar();
  }

  private void skipStructure(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH);
    }
    char open = next("'{' or '['");
    char close = open == '{' ? '}' : ']';
    skipWhitespace();
    if (peek() == close) {
      pos++;
      return;
    }
    while (true) {
      skipWhitespace();
      if (open == '{') {
        string();
        skipWhitespace();
        expect(':');
        skipWhitespace();
      }
      char c = peek();
      if (c == '"') {
        string();
      } else if (c == '{' || c == '[') {
        skipStructure(depth + 1);
      } else {
        scalar();
      }
      skipWhitespace();
      char sep = next("',' or '" + close + "'");
      if (sep == close) {
        return;
      }
      if (sep != ',') {
        pos--;
        throw error("expected ',' or '" + close + "'");
      }
    }
  }

  private String scalar() {
    for (String literal : new String[] {"true", "false", "null"}) {
      if (text.startsWith(literal, pos)) {
        pos += literal.length();
        return literal;
      }
    }
    return number();
  }

  private String number() {
    int start = pos;
    if (peekOrZero() == '-') {
      pos++;
    }
    if (peekOrZero() == '0') {
      pos++;
    } else if (isDigit(peekOrZero())) {
      digits();
    } else {
      throw error("expected a value");
    }
    if (peekOrZero() == '.') {
      pos++;
      requireDigit();
      digits();
    }
    if (peekOrZero() == 'e' || peekOrZero() == 'E') {
      pos++;
      if (peekOrZero() == '+' || peekOrZero() == '-') {
        pos++;
      }
      requireDigit();
      digits();
    }
    return text.substring(start, pos);
  }

  private void requireDigit() {
    if (!isDigit(peekOrZero())) {
      throw error("expected a digit");
    }
  }

  private void digits() {
    while (isDigit(peekOrZero())) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private String string() {
    expect('"');
    StringBuilder sb = new StringBuilder();
    while (true) {
      char c = next("closing '\"'");
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        pos--;
        throw error("raw control character in a string");
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = next("an escape");
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> sb.append(hex4());
        default -> {
          pos--;
          throw error("bad escape '\\" + e + "'");
        }
      }
    }
  }

  private char hex4() {
    if (pos + 4 > text.length()) {
      throw error("truncated \\u escape");
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int d = Character.digit(text.charAt(pos), 16);
      if (d < 0) {
        throw error("bad hex digit in \\u escape");
      }
      v = v * 16 + d;
      pos++;
    }
    return (char) v;
  }

  private void expect(char c) {
    if (pos >= text.length() || text.charAt(pos) != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private char next(String expected) {
    if (pos >= text.length()) {
      throw error("unexpected end, expected " + expected);
    }
    return text.charAt(pos++);
  }

  private char peek() {
    if (pos >= text.length()) {
      throw error("unexpected end");
    }
    return text.charAt(pos);
  }

  private char peekOrZero() {
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("malformed JSON at offset " + pos + ": " + what);
  }
}
