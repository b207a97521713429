package io.slotwise.internal.command;

import static io.slotwise.internal.command.Args.require;
import static io.slotwise.internal.command.Args.requireAll;
import static io.slotwise.internal.command.Args.requireObject;
import static io.slotwise.internal.command.CommandWords.cmd;
import static io.slotwise.internal.command.CommandWords.count;
import static io.slotwise.internal.command.CommandWords.key;
import static io.slotwise.internal.command.CommandWords.num;
import static io.slotwise.internal.command.CommandWords.prepend;
import static io.slotwise.internal.command.CommandWords.word;

import io.slotwise.commands.LPosArgs;
import io.slotwise.commands.ListDirection;
import io.slotwise.commands.ScanArgs;
import io.slotwise.internal.protocol.Command;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the hash, list and set commands added by issue 14 ({@code HSCAN}, {@code HRANDFIELD},
 * {@code HSTRLEN}, {@code LPOS}, {@code LMOVE}, {@code LMPOP}, {@code SSCAN}, {@code SMISMEMBER},
 * {@code SINTERCARD}, {@code S*STORE}), as {@link CollectionCommandBuilder} does the older ones.
 * Stateless and thread-safe.
 */
final class HashListSetCommandBuilder {
  private HashListSetCommandBuilder() {}

  /**
   * {@code HSCAN}/{@code SSCAN}/{@code ZSCAN key cursor [MATCH p] [COUNT n]}.
   *
   * @throws IllegalArgumentException when {@code args} has a {@code TYPE} (keyspace {@code SCAN}
   *     only) or the cursor is not a number
   */
  static Command scan(String name, byte[] key, String cursor, ScanArgs args) {
    requireObject(args, "scanArgs");
    requireObject(cursor, "cursor");
    if (args.type() != null) {
      throw new IllegalArgumentException(name + " has no TYPE option (only SCAN has)");
    }
    if (cursor.isEmpty() || !cursor.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException(name + " cursor must be a number, got '" + cursor + "'");
    }
    List<byte[]> a = new ArrayList<>(6);
    a.add(key(key));
    a.add(word(cursor));
    a.addAll(OptionWords.of(args));
    return cmd(name, a.toArray(new byte[0][]));
  }

  // Hashes

  static Command hrandfield(byte[] key) {
    return cmd("HRANDFIELD", key(key));
  }

  static Command hrandfield(byte[] key, long count, boolean withValues) {
    return withValues
        ? cmd("HRANDFIELD", key(key), num(count), word("WITHVALUES"))
        : cmd("HRANDFIELD", key(key), num(count));
  }

  static Command hstrlen(byte[] key, byte[] field) {
    return cmd("HSTRLEN", key(key), require(field, "field"));
  }

  // Lists

  static Command lpos(byte[] key, byte[] element, LPosArgs args, long count) {
    requireObject(args, "lposArgs");
    List<byte[]> a = new ArrayList<>(8);
    a.add(key(key));
    a.add(require(element, "element"));
    if (args.rank() != 0) {
      a.add(word("RANK"));
      a.add(num(args.rank()));
    }
    if (count >= 0) {
      a.add(word("COUNT"));
      a.add(num(count));
    }
    if (args.maxlen() > 0) {
      a.add(word("MAXLEN"));
      a.add(num(args.maxlen()));
    }
    return cmd("LPOS", a.toArray(new byte[0][]));
  }

  /** {@code LPUSHX}/{@code RPUSHX key value...}. */
  static Command pushx(String name, byte[] key, byte[][] values) {
    return cmd(name, prepend(key(key), requireAll(values, "values")));
  }

  static Command lmove(byte[] source, byte[] destination, ListDirection from, ListDirection to) {
    return cmd(
        "LMOVE",
        require(source, "source"),
        require(destination, "destination"),
        word(requireObject(from, "from").name()),
        word(requireObject(to, "to").name()));
  }

  static Command lmpop(ListDirection from, int count, byte[][] keys) {
    requireAll(keys, "keys");
    requireObject(from, "from");
    byte[][] a = new byte[keys.length + 4][];
    a[0] = num(keys.length);
    System.arraycopy(keys, 0, a, 1, keys.length);
    a[keys.length + 1] = word(from.name());
    a[keys.length + 2] = word("COUNT");
    a[keys.length + 3] = count(count);
    return cmd("LMPOP", a);
  }

  // Sets

  static Command smismember(byte[] key, byte[][] members) {
    return cmd("SMISMEMBER", prepend(key(key), requireAll(members, "members")));
  }

  static Command smove(byte[] source, byte[] destination, byte[] member) {
    return cmd(
        "SMOVE",
        require(source, "source"),
        require(destination, "destination"),
        require(member, "member"));
  }

  static Command spop(byte[] key, long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, got " + count);
    }
    return cmd("SPOP", key(key), num(count));
  }

  static Command srandmember(byte[] key, long count) {
    return cmd("SRANDMEMBER", key(key), num(count));
  }

  static Command sintercard(long limit, byte[][] keys) {
    requireAll(keys, "keys");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0 (0 = none), got " + limit);
    }
    byte[][] a = new byte[keys.length + (limit > 0 ? 3 : 1)][];
    a[0] = num(keys.length);
    System.arraycopy(keys, 0, a, 1, keys.length);
    if (limit > 0) {
      a[keys.length + 1] = word("LIMIT");
      a[keys.length + 2] = num(limit);
    }
    return cmd("SINTERCARD", a);
  }

  /** {@code SINTERSTORE}/{@code SUNIONSTORE}/{@code SDIFFSTORE destination key...}. */
  static Command store(String name, byte[] destination, byte[][] keys) {
    return cmd(name, prepend(require(destination, "destination"), requireAll(keys, "keys")));
  }
}
