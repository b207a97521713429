package io.slotwise.internal.command;

import io.slotwise.RedisProtocolException;
import io.slotwise.commands.ClientInfo;
import io.slotwise.commands.SlowlogEntry;
import io.slotwise.internal.protocol.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed replies of the server commands: {@code TIME}, {@code SLOWLOG GET}, {@code CLIENT LIST} and
 * {@code CLIENT INFO}, and the field maps that {@code CLUSTER SHARDS} and {@code FUNCTION LIST} are
 * made of (a RESP3 map or a RESP2 flat array of names and values). Accepts both protocol versions.
 * A reply of another shape throws {@link RedisProtocolException}. Stateless and thread-safe.
 */
final class ServerReplies {
  private ServerReplies() {}

  /** {@code TIME}: {@code [seconds, microseconds]}. */
  static Instant time(Reply r) {
    List<Reply> items = items(r, "TIME");
    if (items.size() != 2) {
      throw new RedisProtocolException("expected [seconds, microseconds] from TIME, got " + r);
    }
    long seconds = Converters.integer(items.get(0));
    long micros = Converters.integer(items.get(1));
    return Instant.ofEpochSecond(seconds, micros * 1_000L);
  }

  /**
   * {@code SLOWLOG GET}: {@code [id, unix time, microseconds, [args], client addr, client name]}.
   */
  static List<SlowlogEntry> slowlog(Reply r) {
    List<SlowlogEntry> out = new ArrayList<>();
    for (Reply entry : items(r, "SLOWLOG GET")) {
      List<Reply> f = items(entry, "SLOWLOG GET");
      if (f.size() < 4) {
        throw new RedisProtocolException(
            "expected a slow log entry of 4 or 6 fields, got " + entry);
      }
      out.add(
          new SlowlogEntry(
              Converters.integer(f.get(0)),
              Instant.ofEpochSecond(Converters.integer(f.get(1))),
              Duration.ofNanos(Converters.integer(f.get(2)) * 1_000L),
              Converters.STRING_LIST.apply(f.get(3)),
              f.size() > 4 ? Converters.string(f.get(4)) : "",
              f.size() > 5 ? Converters.string(f.get(5)) : ""));
    }
    return out;
  }

  /** {@code CLIENT LIST}: one client per line. */
  static List<ClientInfo> clientList(Reply r) {
    List<ClientInfo> out = new ArrayList<>();
    for (String line : text(r, "CLIENT LIST").split("\n")) {
      if (!line.isBlank()) {
        out.add(client(line));
      }
    }
    return out;
  }

  /** {@code CLIENT INFO}: one line. */
  static ClientInfo clientInfo(Reply r) {
    return client(text(r, "CLIENT INFO").strip());
  }

  /** {@code id=7 addr=127.0.0.1:5000 ... cmd=client|list}: fields split at the first {@code =}. */
  static ClientInfo client(String line) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String part : line.strip().split(" ")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        fields.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    if (fields.isEmpty()) {
      throw new RedisProtocolException(
          "expected field=value pairs of a client, got '" + line + "'");
    }
    return new ClientInfo(fields);
  }

  /** A text reply (bulk, status or RESP3 verbatim), never null. */
  static String text(Reply r, String command) {
    String s = Converters.string(r);
    if (s == null) {
      throw new RedisProtocolException(command + " answered null where text was expected");
    }
    return s;
  }

  /** The elements of an array or set reply. */
  static List<Reply> items(Reply r, String command) {
    if (r instanceof Reply.Array a) {
      return a.items();
    }
    if (r instanceof Reply.SetReply s) {
      return s.items();
    }
    throw new RedisProtocolException("expected an array from " + command + ", got " + r);
  }

  /** A RESP3 map or a RESP2 flat array of names and values, by name, in order. */
  static Map<String, Reply> fields(Reply r, String command) {
    Map<String, Reply> out = new LinkedHashMap<>();
    if (r instanceof Reply.MapReply m) {
      for (int i = 0; i < m.keys().size(); i++) {
        out.put(Converters.string(m.keys().get(i)), m.values().get(i));
      }
      return out;
    }
    List<Reply> items = items(r, command);
    if (items.size() % 2 != 0) {
      throw new RedisProtocolException(
          "expected names and values from " + command + ", got " + items.size() + " elements");
    }
    for (int i = 0; i < items.size(); i += 2) {
      out.put(Converters.string(items.get(i)), items.get(i + 1));
    }
    return out;
  }

  /** The field {@code name} of {@code fields}; throws naming it when absent. */
  static Reply field(Map<String, Reply> fields, String name, String command) {
    Reply r = fields.get(name);
    if (r == null) {
      throw new RedisProtocolException(
          command + " answered no '" + name + "' in " + fields.keySet());
    }
    return r;
  }
}
