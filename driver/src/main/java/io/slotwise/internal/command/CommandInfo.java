package io.slotwise.internal.command;

import io.slotwise.RedisProtocolException;
import io.slotwise.internal.protocol.Reply;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What {@code COMMAND INFO name} says about one command: its flags and legacy key positions ({@code
 * first-key}, {@code last-key}, {@code step}), and, from Redis 7 on, the same for each subcommand
 * of a container command ({@code XINFO STREAM}, {@code OBJECT ENCODING}). Immutable and
 * thread-safe; parsing is pure and unit-tested.
 *
 * <p>Accepts the reply of Redis 6.2 and 7.x in RESP2 (flags as an array of status strings) and
 * RESP3 (flags as a set). Only the first six fields are read, so later additions do not matter.
 */
public record CommandInfo(
    String name,
    Set<String> flags,
    int firstKey,
    int lastKey,
    int step,
    Map<String, CommandInfo> subcommands) {

  /** A command the server does not know ({@code COMMAND INFO} answered nil): no keys. */
  static CommandInfo unknown(String name) {
    return new CommandInfo(name, Set.of(), 0, 0, 0, Map.of());
  }

  /** Whether the key positions depend on the arguments ({@code COMMAND GETKEYS} must find them). */
  boolean movableKeys() {
    return flags.contains("movablekeys");
  }

  boolean readOnly() {
    return flags.contains("readonly");
  }

  /**
   * The entry for this call: the subcommand's when {@code args[1]} names one (Redis 7), else this.
   */
  CommandInfo forCall(byte[][] args) {
    if (subcommands.isEmpty() || args.length < 2) {
      return this;
    }
    String sub = name + "|" + new String(args[1], StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    return subcommands.getOrDefault(sub, this);
  }

  /**
   * Key positions in an argument vector of {@code argc} words (the name at 0) from the legacy
   * fields: from {@code first} to {@code last} by {@code step}; a negative {@code last} (or {@code
   * first}) counts from the end, {@code -1} being the last argument. No keys when {@code first} is
   * 0 or the range is empty for this call.
   */
  static int[] positions(int first, int last, int step, int argc) {
    if (first == 0) {
      return new int[0];
    }
    int from = first < 0 ? argc + first : first;
    int to = last < 0 ? argc + last : Math.min(last, argc - 1);
    int by = Math.max(step, 1);
    if (from < 1 || to < from || from >= argc) {
      return new int[0];
    }
    int[] idx = new int[(to - from) / by + 1];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = from + i * by;
    }
    return idx;
  }

  /** This command's key positions for a call of {@code argc} words. */
  int[] positions(int argc) {
    return positions(firstKey, lastKey, step, argc);
  }

  /**
   * Parses the reply to {@code COMMAND INFO name}: an array of one entry, or of a nil when the
   * server does not know the command (then {@link #unknown}).
   *
   * @throws RedisProtocolException when the reply has another shape
   */
  static CommandInfo parseReply(String name, Reply reply) {
    List<Reply> items = list(reply, "COMMAND INFO reply");
    if (items.isEmpty() || items.get(0) == Reply.Null.INSTANCE) {
      return unknown(name);
    }
    return parseEntry(items.get(0));
  }

  /** One entry: {@code [name, arity, flags, first-key, last-key, step, ...]}. */
  static CommandInfo parseEntry(Reply entry) {
    List<Reply> f = list(entry, "COMMAND INFO entry");
    if (f.size() < 6) {
      throw new RedisProtocolException(
          "COMMAND INFO entry has " + f.size() + " fields, expected at least 6: " + entry);
    }
    String name = Converters.string(f.get(0));
    if (name == null) {
      throw new RedisProtocolException("COMMAND INFO entry without a name: " + entry);
    }
    Set<String> flags = new HashSet<>();
    for (Reply flag : list(f.get(2), "COMMAND INFO flags")) {
      flags.add(Converters.string(flag).toLowerCase(Locale.ROOT));
    }
    Map<String, CommandInfo> subs = new HashMap<>();
    if (f.size() > 9 && f.get(9) != Reply.Null.INSTANCE) {
      for (Reply sub : list(f.get(9), "COMMAND INFO subcommands")) {
        CommandInfo s = parseEntry(sub);
        subs.put(s.name(), s);
      }
    }
    return new CommandInfo(
        name.toLowerCase(Locale.ROOT),
        Set.copyOf(flags),
        toInt(f.get(3)),
        toInt(f.get(4)),
        toInt(f.get(5)),
        Map.copyOf(subs));
  }

  private static int toInt(Reply r) {
    long v = Converters.integer(r);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new RedisProtocolException("COMMAND INFO key position out of range: " + v);
    }
    return (int) v;
  }

  private static List<Reply> list(Reply r, String what) {
    if (r instanceof Reply.Array a) {
      return a.items();
    }
    if (r instanceof Reply.SetReply s) {
      return s.items();
    }
    throw new RedisProtocolException("expected an array for " + what + ", got " + r);
  }
}
