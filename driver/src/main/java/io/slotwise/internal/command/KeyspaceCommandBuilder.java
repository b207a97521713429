package io.slotwise.internal.command;

import static io.slotwise.internal.command.Args.require;
import static io.slotwise.internal.command.Args.requireObject;
import static io.slotwise.internal.command.CommandWords.cmd;
import static io.slotwise.internal.command.CommandWords.key;
import static io.slotwise.internal.command.CommandWords.num;
import static io.slotwise.internal.command.CommandWords.word;

import io.slotwise.cluster.CrossSlotException;
import io.slotwise.cluster.SlotHash;
import io.slotwise.commands.ExpireCondition;
import io.slotwise.commands.GetExArgs;
import io.slotwise.commands.RestoreArgs;
import io.slotwise.commands.SortArgs;
import io.slotwise.internal.protocol.Command;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the string and key commands added by issue 14 ({@code SETEX}, {@code GETEX}, {@code LCS},
 * {@code EXPIREAT}, {@code COPY}, {@code SORT}, {@code OBJECT}, {@code DUMP}/{@code RESTORE}, ...)
 * as {@link CommandBuilder} does the older ones: argument vector, key positions and read-only flag
 * from {@link CommandTable}, every argument checked. Stateless and thread-safe.
 */
final class KeyspaceCommandBuilder {
  private KeyspaceCommandBuilder() {}

  // Strings

  static Command setex(byte[] key, long seconds, byte[] value) {
    return cmd("SETEX", key(key), positive(seconds, "seconds"), require(value, "value"));
  }

  static Command psetex(byte[] key, long millis, byte[] value) {
    return cmd("PSETEX", key(key), positive(millis, "millis"), require(value, "value"));
  }

  static Command getex(byte[] key, GetExArgs args) {
    requireObject(args, "getExArgs");
    if (args.option().equals("PERSIST")) {
      return cmd("GETEX", key(key), word("PERSIST"));
    }
    return cmd("GETEX", key(key), word(args.option()), num(args.time()));
  }

  static Command setnx(byte[] key, byte[] value) {
    return cmd("SETNX", key(key), require(value, "value"));
  }

  static Command getset(byte[] key, byte[] value) {
    return cmd("GETSET", key(key), require(value, "value"));
  }

  static Command lcs(byte[] key1, byte[] key2) {
    return cmd("LCS", require(key1, "key1"), require(key2, "key2"));
  }

  static Command lcsLen(byte[] key1, byte[] key2) {
    return cmd("LCS", require(key1, "key1"), require(key2, "key2"), word("LEN"));
  }

  static Command lcsIdx(byte[] key1, byte[] key2, long minMatchLen, boolean withMatchLen) {
    if (minMatchLen < 0) {
      throw new IllegalArgumentException("minMatchLen must be >= 0, got " + minMatchLen);
    }
    List<byte[]> a = new ArrayList<>(6);
    a.add(require(key1, "key1"));
    a.add(require(key2, "key2"));
    a.add(word("IDX"));
    if (minMatchLen > 0) {
      a.add(word("MINMATCHLEN"));
      a.add(num(minMatchLen));
    }
    if (withMatchLen) {
      a.add(word("WITHMATCHLEN"));
    }
    return cmd("LCS", a.toArray(new byte[0][]));
  }

  // Keys

  static Command expire(String name, byte[] key, long time, ExpireCondition condition) {
    requireObject(condition, "condition");
    return cmd(name, key(key), num(time), word(condition.name()));
  }

  static Command expireat(byte[] key, long unixSeconds) {
    return cmd("EXPIREAT", key(key), num(unixSeconds));
  }

  static Command pexpireat(byte[] key, long unixMillis) {
    return cmd("PEXPIREAT", key(key), num(unixMillis));
  }

  static Command expiretime(byte[] key) {
    return cmd("EXPIRETIME", key(key));
  }

  static Command pexpiretime(byte[] key) {
    return cmd("PEXPIRETIME", key(key));
  }

  static Command renamenx(byte[] key, byte[] newKey) {
    return cmd("RENAMENX", key(key), require(newKey, "newKey"));
  }

  /**
   * {@code COPY source destination [DB db] [REPLACE]}; {@code db < 0} means none.
   *
   * @throws IllegalArgumentException for a database in cluster mode, where only database 0 exists
   */
  static Command copy(
      byte[] source, byte[] destination, long db, boolean replace, boolean cluster) {
    List<byte[]> a = new ArrayList<>(5);
    a.add(require(source, "source"));
    a.add(require(destination, "destination"));
    if (db >= 0) {
      if (cluster) {
        throw new IllegalArgumentException(
            "COPY ... DB " + db + " is not allowed in cluster mode: a cluster has database 0 only");
      }
      a.add(word("DB"));
      a.add(num(db));
    }
    if (replace) {
      a.add(word("REPLACE"));
    }
    return cmd("COPY", a.toArray(new byte[0][]));
  }

  /**
   * {@code SORT}/{@code SORT_RO key [BY p] [LIMIT o c] [GET p]... [ASC|DESC] [ALPHA] [STORE d]};
   * {@code destination} null for none. In cluster mode every pattern that reads other keys must
   * hash to the key's slot.
   *
   * @throws CrossSlotException when a pattern's hash tag hashes to another slot (cluster mode)
   * @throws IllegalArgumentException when such a pattern has no usable hash tag (cluster mode)
   */
  static Command sort(String name, byte[] key, SortArgs args, byte[] destination, boolean cluster) {
    key(key);
    requireObject(args, "sortArgs");
    List<byte[]> a = new ArrayList<>();
    a.add(key);
    if (args.byPattern() != null) {
      checkPattern(name, key, "BY", args.byPattern(), cluster);
      a.add(word("BY"));
      a.add(args.byPattern().getBytes(StandardCharsets.UTF_8));
    }
    if (args.limitOffset() >= 0) {
      a.add(word("LIMIT"));
      a.add(num(args.limitOffset()));
      a.add(num(args.limitCount()));
    }
    for (String pattern : args.getPatterns()) {
      checkPattern(name, key, "GET", pattern, cluster);
      a.add(word("GET"));
      a.add(pattern.getBytes(StandardCharsets.UTF_8));
    }
    if (args.isDesc()) {
      a.add(word("DESC"));
    }
    if (args.isAlpha()) {
      a.add(word("ALPHA"));
    }
    if (destination != null) {
      a.add(word("STORE"));
      a.add(destination);
    }
    return cmd(name, a.toArray(new byte[0][]));
  }

  /**
   * A {@code BY}/{@code GET} pattern that reads other keys must, in cluster mode, resolve to the
   * sorted key's slot: only a hash tag without {@code *} guarantees that for every element.
   */
  static void checkPattern(
      String name, byte[] key, String option, String pattern, boolean cluster) {
    if (!cluster || pattern.equals("#") || (option.equals("BY") && pattern.indexOf('*') < 0)) {
      return;
    }
    int open = pattern.indexOf('{');
    int close = open < 0 ? -1 : pattern.indexOf('}', open + 1);
    if (open < 0 || close <= open + 1 || pattern.substring(open + 1, close).indexOf('*') >= 0) {
      throw new IllegalArgumentException(
          name
              + " "
              + option
              + " pattern '"
              + pattern
              + "' reads keys of any slot; in cluster mode it needs a {hash tag} without '*'"
              + " that hashes to the sorted key's slot, e.g. '{tag}weight_*'");
    }
    int keySlot = SlotHash.slot(key);
    int patternSlot = SlotHash.slot(pattern.getBytes(StandardCharsets.UTF_8));
    if (patternSlot != keySlot) {
      throw new CrossSlotException(name + " " + option, keySlot, patternSlot);
    }
  }

  static Command objectEncoding(byte[] key) {
    return cmd("OBJECT ENCODING", key(key));
  }

  static Command objectFreq(byte[] key) {
    return cmd("OBJECT FREQ", key(key));
  }

  static Command objectIdletime(byte[] key) {
    return cmd("OBJECT IDLETIME", key(key));
  }

  static Command objectRefcount(byte[] key) {
    return cmd("OBJECT REFCOUNT", key(key));
  }

  static Command dump(byte[] key) {
    return cmd("DUMP", key(key));
  }

  static Command restore(byte[] key, long ttl, byte[] serialized, RestoreArgs args) {
    requireObject(args, "restoreArgs");
    if (ttl < 0) {
      throw new IllegalArgumentException("ttl must be >= 0 (0 = no expiry), got " + ttl);
    }
    List<byte[]> a = new ArrayList<>(8);
    a.add(key(key));
    a.add(num(ttl));
    a.add(require(serialized, "serialized"));
    if (args.isReplace()) {
      a.add(word("REPLACE"));
    }
    if (args.isAbsTtl()) {
      a.add(word("ABSTTL"));
    }
    if (args.idleTime() >= 0) {
      a.add(word("IDLETIME"));
      a.add(num(args.idleTime()));
    }
    if (args.freq() >= 0) {
      a.add(word("FREQ"));
      a.add(num(args.freq()));
    }
    return cmd("RESTORE", a.toArray(new byte[0][]));
  }

  private static byte[] positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
    return num(value);
  }
}
