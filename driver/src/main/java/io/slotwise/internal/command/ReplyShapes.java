package io.slotwise.internal.command;

import io.slotwise.RedisProtocolException;
import io.slotwise.internal.protocol.Reply;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading the aggregate replies of the stream and geo commands in both protocol versions: the
 * elements of an array (or RESP3 set), and a RESP3 map or RESP2 flat {@code [name, value, ...]}
 * array as a map from text names to replies. Stateless and thread-safe.
 */
final class ReplyShapes {
  private ReplyShapes() {}

  /** The elements of an array or set reply; none for a null reply. */
  static List<Reply> items(Reply r) {
    if (r instanceof Reply.Array a) {
      return a.items();
    }
    if (r instanceof Reply.SetReply s) {
      return s.items();
    }
    if (r == Reply.Null.INSTANCE) {
      return Collections.emptyList();
    }
    throw unexpected("an array", r);
  }

  /** The elements of an array of exactly {@code size}; {@code what} names it in the message. */
  static List<Reply> tuple(Reply r, int size, String what) {
    List<Reply> items = items(r);
    if (items.size() != size) {
      throw unexpected(what, r);
    }
    return items;
  }

  /** A map reply (RESP3) or flat name/value array (RESP2), names as text, in order. */
  static Map<String, Reply> named(Reply r) {
    Map<String, Reply> out = new LinkedHashMap<>();
    if (r instanceof Reply.MapReply m) {
      for (int i = 0; i < m.keys().size(); i++) {
        out.put(Converters.string(m.keys().get(i)), m.values().get(i));
      }
      return out;
    }
    List<Reply> items = items(r);
    if (items.size() % 2 != 0) {
      throw unexpected("an even number of names and values", r);
    }
    for (int i = 0; i < items.size(); i += 2) {
      out.put(Converters.string(items.get(i)), items.get(i + 1));
    }
    return out;
  }

  /** The integer under {@code name}; a missing or null one is a protocol error. */
  static long integer(Map<String, Reply> fields, String name) {
    Long n = nullableInteger(fields, name);
    if (n == null) {
      throw new RedisProtocolException("expected an integer '" + name + "' in " + fields.keySet());
    }
    return n;
  }

  /** The integer under {@code name}, or {@code null} when absent or null. */
  static Long nullableInteger(Map<String, Reply> fields, String name) {
    Reply r = fields.get(name);
    return r == null ? null : Converters.nullableInteger(r);
  }

  /** The text under {@code name}, or {@code null} when absent or null. */
  static String text(Map<String, Reply> fields, String name) {
    Reply r = fields.get(name);
    return r == null ? null : Converters.string(r);
  }

  static RedisProtocolException unexpected(String expected, Reply r) {
    String text = String.valueOf(r);
    if (text.length() > 80) {
      text = text.substring(0, 80) + "…";
    }
    return new RedisProtocolException("expected " + expected + " reply, got " + text);
  }
}
