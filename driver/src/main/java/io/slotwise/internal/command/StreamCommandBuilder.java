package io.slotwise.internal.command;

import static io.slotwise.internal.command.Args.requireEntries;
import static io.slotwise.internal.command.Args.requireObject;
import static io.slotwise.internal.command.CommandWords.cmd;
import static io.slotwise.internal.command.CommandWords.key;
import static io.slotwise.internal.command.CommandWords.num;
import static io.slotwise.internal.command.CommandWords.word;

import io.slotwise.commands.XAddArgs;
import io.slotwise.commands.XClaimArgs;
import io.slotwise.commands.XGroupCreateArgs;
import io.slotwise.commands.XPendingArgs;
import io.slotwise.commands.XReadArgs;
import io.slotwise.commands.XTrimArgs;
import io.slotwise.internal.protocol.Command;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the byte-level {@link Command} of every typed stream command, as {@link CommandBuilder}
 * does for strings: the argument vector, with key positions and the read-only flag from {@link
 * CommandTable} ({@code XREAD}/{@code XREADGROUP} keys through {@link StreamKeys}). Ids, group and
 * consumer names are text. Checks every argument, naming it. Stateless and thread-safe.
 */
final class StreamCommandBuilder {
  private StreamCommandBuilder() {}

  static Command xadd(byte[] key, XAddArgs args, Map<byte[], byte[]> fields) {
    List<byte[]> a = keyed(key);
    texts(a, requireObject(args, "args").arguments());
    requireEntries(fields, "fields");
    for (Map.Entry<byte[], byte[]> e : fields.entrySet()) {
      a.add(e.getKey());
      a.add(e.getValue());
    }
    return build("XADD", a);
  }

  static Command xlen(byte[] key) {
    return cmd("XLEN", key(key));
  }

  /** {@code XRANGE}/{@code XREVRANGE}; {@code count} 0 for none. */
  static Command range(String name, byte[] key, String from, String to, long count) {
    byte[] a = text(from, name.equals("XRANGE") ? "start" : "end");
    byte[] b = text(to, name.equals("XRANGE") ? "end" : "start");
    if (count == 0) {
      return cmd(name, key(key), a, b);
    }
    return cmd(name, key(key), a, b, word("COUNT"), num(count));
  }

  /** A {@code COUNT}: at least 1. */
  static long count(long count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, got " + count);
    }
    return count;
  }

  static Command xdel(byte[] key, String[] ids) {
    List<byte[]> a = keyed(key);
    a.addAll(List.of(Args.utf8All(ids, "ids")));
    return build("XDEL", a);
  }

  static Command xtrim(byte[] key, XTrimArgs trim) {
    List<byte[]> a = keyed(key);
    texts(a, requireObject(trim, "trim").arguments());
    return build("XTRIM", a);
  }

  static Command xread(XReadArgs args, byte[][] keys, String[] ids) {
    if (requireObject(args, "args").noAck()) {
      throw new IllegalArgumentException("NOACK is an option of XREADGROUP, not of XREAD");
    }
    List<byte[]> a = new ArrayList<>();
    texts(a, args.arguments());
    return build("XREAD", streams(a, keys, ids));
  }

  static Command xreadgroup(
      String group, String consumer, XReadArgs args, byte[][] keys, String[] ids) {
    List<byte[]> a = new ArrayList<>();
    a.add(word("GROUP"));
    a.add(text(group, "group"));
    a.add(text(consumer, "consumer"));
    texts(a, requireObject(args, "args").arguments());
    return build("XREADGROUP", streams(a, keys, ids));
  }

  private static List<byte[]> streams(List<byte[]> a, byte[][] keys, String[] ids) {
    Args.requireAll(keys, "keys");
    byte[][] idWords = Args.utf8All(ids, "ids");
    if (keys.length != idWords.length) {
      throw new IllegalArgumentException(
          "keys and ids must match one to one, got " + keys.length + " and " + idWords.length);
    }
    a.add(word("STREAMS"));
    a.addAll(List.of(keys));
    a.addAll(List.of(idWords));
    return a;
  }

  /** One key as an array of keys. */
  static byte[][] one(byte[] key) {
    return new byte[][] {key(key)};
  }

  /** One text argument as an array, checked. */
  static String[] one(String value, String name) {
    return new String[] {requireObject(value, name)};
  }

  /**
   * How long the read may block: {@link BlockingCommands#NOT_BLOCKING} without {@code BLOCK}, zero
   * for "forever".
   */
  static Duration blockFor(XReadArgs args) {
    Duration block = requireObject(args, "args").block();
    return block == null ? BlockingCommands.NOT_BLOCKING : block;
  }

  static Command xgroupCreate(byte[] key, String group, String id, XGroupCreateArgs args) {
    List<byte[]> a = keyed(key);
    a.add(text(group, "group"));
    a.add(text(id, "id"));
    texts(a, requireObject(args, "args").arguments());
    return build("XGROUP CREATE", a);
  }

  /** {@code XGROUP SETID|DESTROY|CREATECONSUMER|DELCONSUMER key group [arg]}. */
  static Command xgroup(String name, byte[] key, String group, String... rest) {
    List<byte[]> a = keyed(key);
    a.add(text(group, "group"));
    String what = name.endsWith("SETID") ? "id" : "consumer";
    for (String r : rest) {
      a.add(text(r, what));
    }
    return build(name, a);
  }

  static Command xack(byte[] key, String group, String[] ids) {
    List<byte[]> a = keyed(key);
    a.add(text(group, "group"));
    a.addAll(List.of(Args.utf8All(ids, "ids")));
    return build("XACK", a);
  }

  /** {@code XPENDING key group}, or the extended form when {@code args} is not null. */
  static Command xpending(byte[] key, String group, XPendingArgs args) {
    List<byte[]> a = keyed(key);
    a.add(text(group, "group"));
    if (args != null) {
      texts(a, args.arguments());
    }
    return build("XPENDING", a);
  }

  static XPendingArgs require(XPendingArgs args) {
    return requireObject(args, "args");
  }

  static Command xclaim(
      byte[] key,
      String group,
      String consumer,
      long minIdleMillis,
      XClaimArgs args,
      boolean justId,
      String[] ids) {
    List<byte[]> a = keyed(key);
    a.add(text(group, "group"));
    a.add(text(consumer, "consumer"));
    a.add(num(minIdle(minIdleMillis)));
    a.addAll(List.of(Args.utf8All(ids, "ids")));
    texts(a, requireObject(args, "args").arguments());
    if (justId) {
      a.add(word("JUSTID"));
    }
    return build("XCLAIM", a);
  }

  static Command xautoclaim(
      byte[] key, String group, String consumer, long minIdleMillis, String start, long count) {
    List<byte[]> a = keyed(key);
    a.add(text(group, "group"));
    a.add(text(consumer, "consumer"));
    a.add(num(minIdle(minIdleMillis)));
    a.add(text(start, "start"));
    a.add(word("COUNT"));
    a.add(num(count(count)));
    return build("XAUTOCLAIM", a);
  }

  /** {@code XINFO STREAM|GROUPS key}, or {@code XINFO CONSUMERS key group}. */
  static Command xinfo(String name, byte[] key, String group) {
    List<byte[]> a = keyed(key);
    if (group != null) {
      a.add(text(group, "group"));
    }
    return build(name, a);
  }

  private static long minIdle(long millis) {
    if (millis < 0) {
      throw new IllegalArgumentException("minIdleMillis must be >= 0, got " + millis);
    }
    return millis;
  }

  private static List<byte[]> keyed(byte[] key) {
    List<byte[]> a = new ArrayList<>(8);
    a.add(key(key));
    return a;
  }

  private static byte[] text(String value, String name) {
    return Args.utf8(value, name);
  }

  private static void texts(List<byte[]> a, List<String> words) {
    for (String w : words) {
      a.add(Args.utf8(w, "argument"));
    }
  }

  private static Command build(String name, List<byte[]> args) {
    return cmd(name, args.toArray(new byte[0][]));
  }
}
