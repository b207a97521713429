package io.slotwise.internal.command;

import io.slotwise.RetryOptions;
import io.slotwise.internal.protocol.Command;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the driver knows about each command by name: whether it is read-only, whether it is
 * idempotent, and where its keys are. Immutable and thread-safe.
 *
 * <p><b>Idempotent</b> (safe to resend after the reply was lost) means: running it a second time
 * gives the same reply <i>and</i> leaves the same data ({@code SET}, {@code MSET}, {@code HMSET},
 * {@code LSET}, {@code SETRANGE}). Not: counters, pushes, pops, appends, scripts (effect unknown),
 * and every write whose reply counts or reports what changed ({@code SADD}, {@code HSET}, {@code
 * DEL}, {@code PFADD}, {@code SETBIT}, {@code PERSIST}: the second run answers 0, which breaks the
 * "was it added?" idiom). Where the answer depends on the options ({@code SET NX}, {@code ZADD XX},
 * {@code EXPIRE ... NX}, {@code RESTORE ... REPLACE}), {@link OptionIdempotency} decides per call;
 * the per-name flag here is the answer for the plain form. Read-only commands are idempotent.
 * Unknown commands are neither read-only nor idempotent, the safe answer for retries. {@link
 * #withOverrides} applies {@link RetryOptions#idempotentOverrides()}, by name, over everything.
 *
 * <p>Key positions follow the shape of {@code COMMAND INFO}: first key, last key (negative counts
 * from the end), step; or, for {@code EVAL}-like commands, a key count at position 2.
 */
public final class CommandTable {
  private static final int NUMKEYS = Integer.MIN_VALUE;

  /** Keys after {@code STREAMS} ({@code XREAD}, {@code XREADGROUP}): see {@link StreamKeys}. */
  private static final int STREAMS = Integer.MIN_VALUE + 4;

  // Key shapes COMMAND INFO marks movablekeys, beyond NUMKEYS (numkeys at 2, keys after it):
  /**
   * {@code numkeys} at 1, the keys after it ({@code ZUNION}, {@code LMPOP}, {@code SINTERCARD}).
   */
  private static final int NUMKEYS_AT_1 = Integer.MIN_VALUE + 1;

  /** A destination key at 1, {@code numkeys} at 2, the keys after it ({@code ZUNIONSTORE}). */
  private static final int DEST_NUMKEYS = Integer.MIN_VALUE + 2;

  /** The key at 1, and the destination after a {@code STORE} word ({@code SORT}). */
  private static final int SORT_KEYS = Integer.MIN_VALUE + 3;

  // The two commonest results of keyIndexes, shared (commands never change them): no allocation
  // for the key positions of keyless and single-key commands.
  private static final int[] NO_KEYS = new int[0];
  private static final int[] FIRST_KEY = {1};

  /** Flags and key positions of one command. */
  private record Spec(boolean readOnly, boolean idempotent, int first, int last, int step) {}

  private static final Map<String, Spec> SPECS = new HashMap<>();

  static {
    // Reads: key at 1.
    read(1, 1, 1, "GET", "STRLEN", "GETRANGE", "SUBSTR", "GETBIT", "BITCOUNT", "BITPOS");
    read(1, 1, 1, "TTL", "PTTL", "EXPIRETIME", "PEXPIRETIME", "TYPE", "DUMP");
    read(1, 1, 1, "HGET", "HMGET", "HGETALL", "HEXISTS", "HLEN", "HKEYS", "HVALS", "HSTRLEN");
    read(1, 1, 1, "HRANDFIELD", "HSCAN", "LLEN", "LRANGE", "LINDEX", "LPOS");
    read(1, 1, 1, "SMEMBERS", "SISMEMBER", "SMISMEMBER", "SCARD", "SRANDMEMBER", "SSCAN");
    read(1, 1, 1, "ZSCORE", "ZMSCORE", "ZCARD", "ZCOUNT", "ZLEXCOUNT", "ZRANK", "ZREVRANK");
    read(1, 1, 1, "ZRANGE", "ZREVRANGE", "ZRANGEBYSCORE", "ZREVRANGEBYSCORE", "ZRANGEBYLEX");
    read(1, 1, 1, "ZREVRANGEBYLEX", "ZRANDMEMBER", "ZSCAN", "XLEN", "XRANGE", "XREVRANGE");
    read(1, -1, 1, "MGET", "EXISTS", "SINTER", "SUNION", "SDIFF", "PFCOUNT");
    read(2, 2, 1, "OBJECT ENCODING", "OBJECT FREQ", "OBJECT IDLETIME", "OBJECT REFCOUNT");
    read(2, 2, 1, "MEMORY USAGE");
    read(NUMKEYS, 0, 0, "EVAL_RO", "EVALSHA_RO", "FCALL_RO");
    read(0, 0, 0, "PING", "ECHO", "INFO", "DBSIZE", "TIME", "SCAN", "RANDOMKEY", "KEYS", "ROLE");
    read(0, 0, 0, "LASTSAVE", "SCRIPT EXISTS", "CONFIG GET", "CLIENT LIST", "CLIENT GETNAME");
    read(0, 0, 0, "CLIENT ID", "CLUSTER INFO", "CLUSTER NODES", "CLUSTER SLOTS");
    read(0, 0, 0, "CLUSTER SHARDS", "CLUSTER MYID", "CLUSTER KEYSLOT", "COMMAND INFO");
    read(0, 0, 0, "COMMAND COUNT", "COMMAND DOCS", "COMMAND GETKEYS", "READONLY", "READWRITE");

    // Writes whose second run gives the same reply and leaves the same data. SET, EXPIRE,
    // PEXPIRE and GETEX: the plain form; their options are judged by OptionIdempotency.
    write(true, 1, 1, 1, "SET", "SETEX", "PSETEX", "SETRANGE", "GETEX", "EXPIRE", "PEXPIRE");
    write(true, 1, 1, 1, "HMSET", "LSET");
    write(true, 1, -1, 1, "TOUCH", "PFMERGE");
    write(true, 1, -1, 2, "MSET");
    write(true, 0, 0, 0, "FLUSHALL", "FLUSHDB", "SCRIPT LOAD", "SCRIPT FLUSH", "SELECT");
    write(true, 0, 0, 0, "CLIENT SETNAME", "CONFIG SET");

    // Writes whose second run answers differently: a count or an old value (0 added, 0 removed,
    // the bit just set, "already had no TTL"), or a refusal (SETNX, RESTORE without REPLACE: see
    // OptionIdempotency for ZADD XX and RESTORE REPLACE). EXPIREAT/PEXPIREAT: a timestamp in the
    // past deletes the key (1, then 0), and no rule may read a clock.
    write(false, 1, 1, 1, "SETNX", "SETBIT", "EXPIREAT", "PEXPIREAT", "PERSIST", "PFADD");
    write(false, 1, 1, 1, "HSET", "HSETNX", "HDEL", "SADD", "SREM", "ZADD", "ZREM", "RESTORE");
    write(false, 1, 1, 1, "ZREMRANGEBYSCORE", "ZREMRANGEBYLEX");
    write(false, 1, -1, 1, "DEL", "UNLINK");

    // Writes whose second run changes data again, loses data, or fails where the first succeeded.
    write(false, 1, 1, 1, "INCR", "INCRBY", "INCRBYFLOAT", "DECR", "DECRBY", "APPEND");
    write(false, 1, 1, 1, "GETDEL", "GETSET", "LPUSH", "RPUSH", "LPUSHX", "RPUSHX", "LPOP");
    write(false, 1, 1, 1, "RPOP", "LINSERT", "LREM", "LTRIM", "SPOP", "ZINCRBY", "ZPOPMIN");
    write(false, 1, 1, 1, "ZPOPMAX", "ZREMRANGEBYRANK", "HINCRBY", "HINCRBYFLOAT", "XADD");
    write(false, 1, 2, 1, "RENAME", "RENAMENX", "RPOPLPUSH", "LMOVE", "SMOVE", "COPY");
    write(false, 1, -1, 1, "SINTERSTORE", "SUNIONSTORE", "SDIFFSTORE");
    write(false, 1, -1, 2, "MSETNX");
    write(false, 1, -2, 1, "BLPOP", "BRPOP", "BZPOPMIN", "BZPOPMAX");
    write(false, 1, 2, 1, "BLMOVE", "BRPOPLPUSH");
    write(false, 0, 0, 0, "PUBLISH");
    write(false, 1, 1, 1, "SPUBLISH");
    write(false, NUMKEYS, 0, 0, "EVAL", "EVALSHA", "FCALL");

    // --- Issue 14 (t14a): streams, geo, HyperLogLog, bitmaps. Idempotent only when a second run
    // gives the same reply and the same data (so not PFADD, SETBIT, XDEL, XACK, GEOADD, ...).
    read(1, 1, 1, "XLEN", "XRANGE", "XREVRANGE", "XPENDING");
    read(2, 2, 1, "XINFO STREAM", "XINFO GROUPS", "XINFO CONSUMERS");
    read(STREAMS, 0, 0, "XREAD");
    write(false, STREAMS, 0, 0, "XREADGROUP");
    write(false, 1, 1, 1, "XADD", "XDEL", "XTRIM", "XACK", "XCLAIM", "XAUTOCLAIM");
    write(false, 2, 2, 1, "XGROUP CREATE", "XGROUP DESTROY", "XGROUP CREATECONSUMER");
    write(false, 2, 2, 1, "XGROUP DELCONSUMER");
    write(true, 2, 2, 1, "XGROUP SETID");
    read(1, 1, 1, "GEODIST", "GEOHASH", "GEOPOS", "GEOSEARCH");
    write(false, 1, 1, 1, "GEOADD");
    write(false, 1, 2, 1, "GEOSEARCHSTORE");
    write(false, 1, 1, 1, "PFADD");
    read(1, -1, 1, "PFCOUNT");
    write(true, 1, -1, 1, "PFMERGE");
    read(1, 1, 1, "GETBIT", "BITCOUNT", "BITPOS", "BITFIELD_RO");
    write(false, 1, 1, 1, "SETBIT", "BITFIELD");
    write(false, 2, -1, 1, "BITOP");
    // Issue 14, functions and server commands (t14c). Keyless: sent to every master, to a chosen
    // node or to any node. FUNCTION LOAD (without REPLACE), DELETE and RESTORE (APPEND) fail when
    // run twice, CLIENT KILL answers 0 the second time: not idempotent. FUNCTION FLUSH and SLOWLOG
    // RESET leave the same state and answer OK again.
    read(0, 0, 0, "FUNCTION LIST", "FUNCTION DUMP", "FUNCTION STATS", "CLIENT INFO");
    read(0, 0, 0, "SLOWLOG GET", "SLOWLOG LEN");
    write(false, 0, 0, 0, "FUNCTION LOAD", "FUNCTION DELETE", "FUNCTION RESTORE", "CLIENT KILL");
    write(true, 0, 0, 0, "FUNCTION FLUSH", "SLOWLOG RESET");

    // Issue 14, the gaps in the existing families (strings, keys, hashes, lists, sets, sorted
    // sets). Classified by the rule: idempotent only if a second run gives the same reply and the
    // same state. RESTORE without REPLACE fails the second time (BUSYKEY): not idempotent.
    read(1, 2, 1, "LCS");
    read(SORT_KEYS, 0, 0, "SORT_RO");
    read(NUMKEYS_AT_1, 0, 0, "SINTERCARD", "ZUNION", "ZINTER", "ZDIFF", "ZINTERCARD");
    write(false, SORT_KEYS, 0, 0, "SORT");
    write(false, 1, 1, 1, "RESTORE");
    write(false, 1, 2, 1, "ZRANGESTORE");
    write(false, NUMKEYS_AT_1, 0, 0, "LMPOP", "ZMPOP");
    write(false, DEST_NUMKEYS, 0, 0, "ZUNIONSTORE", "ZINTERSTORE", "ZDIFFSTORE");

    // Issue 13 (t13c): WAIT, sent by waitReplicas on the connection that carried the writes. Never
    // resent: on another connection it would cover none of them.
    write(false, 0, 0, 0, "WAIT");
  }

  private static void read(int first, int last, int step, String... names) {
    for (String n : names) {
      SPECS.put(n, new Spec(true, true, first, last, step));
    }
  }

  private static void write(boolean idempotent, int first, int last, int step, String... names) {
    for (String n : names) {
      SPECS.put(n, new Spec(false, idempotent, first, last, step));
    }
  }

  private static final CommandTable BUILT_IN = new CommandTable(Map.of());

  private final Map<String, Boolean> overrides;

  private CommandTable(Map<String, Boolean> overrides) {
    this.overrides = overrides;
  }

  /** The built-in table, without user overrides. */
  static CommandTable builtIn() {
    return BUILT_IN;
  }

  /**
   * The built-in table with the user's idempotence overrides ({@link
   * RetryOptions#idempotentOverrides()}: upper-case name → retry-safe) taking precedence.
   */
  static CommandTable withOverrides(Map<String, Boolean> overrides) {
    if (overrides == null) {
      throw new IllegalArgumentException("overrides must not be null");
    }
    Map<String, Boolean> upper = new HashMap<>();
    overrides.forEach((k, v) -> upper.put(k.toUpperCase(Locale.ROOT), v));
    return new CommandTable(Map.copyOf(upper));
  }

  /** The built-in table with the idempotence overrides of {@code retry}. */
  public static CommandTable of(RetryOptions retry) {
    return withOverrides(Args.requireObject(retry, "retry").idempotentOverrides());
  }

  /** Whether {@code name} (e.g. {@code INCR}, {@code SCRIPT LOAD}) may be run twice safely. */
  public boolean isIdempotent(String name) {
    Boolean override = overrides.get(name);
    if (override != null) {
      return override;
    }
    Spec spec = SPECS.get(name);
    return spec != null && spec.idempotent();
  }

  /**
   * Whether {@code command} may be resent after its connection broke with the outcome unknown: the
   * user's override for its name, else the rule for its options ({@link OptionIdempotency}), else
   * the flag of its name. This is the decision the retry loop uses.
   */
  public boolean isIdempotent(Command command) {
    String name = command.name();
    Boolean override = overrides.get(name);
    if (override != null) {
      return override;
    }
    Predicate<byte[][]> rule = OptionIdempotency.rule(name);
    return rule != null ? rule.test(command.args()) : isIdempotent(name);
  }

  /** Whether the command never changes data; {@code false} for unknown commands. */
  static boolean isReadOnly(String name) {
    Spec spec = SPECS.get(name);
    return spec != null && spec.readOnly();
  }

  /** Every command name in the table, for the table test. */
  static Set<String> names() {
    return Set.copyOf(SPECS.keySet());
  }

  /** Whether the table has an entry for {@code name}. */
  static boolean isKnown(String name) {
    return SPECS.containsKey(name);
  }

  /**
   * The command's name for messages and this table: the upper-cased first argument, or the first
   * two for container commands such as {@code SCRIPT LOAD} or {@code OBJECT ENCODING}.
   */
  static String nameOf(byte[][] args) {
    String first = new String(args[0], StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
    if (args.length > 1) {
      String two =
          first + " " + new String(args[1], StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
      if (SPECS.containsKey(two)) {
        return two;
      }
    }
    return first;
  }

  /**
   * A command from a full argument vector, its key positions and read-only flag taken from this
   * table; an unknown command gets no keys and is treated as a write.
   */
  static Command command(byte[][] args) {
    String name = nameOf(args);
    return Command.of(name, args, keyIndexes(name, args), isReadOnly(name));
  }

  /** The positions of the keys in {@code args} for the named command; empty when unknown. */
  static int[] keyIndexes(String name, byte[][] args) {
    Spec spec = SPECS.get(name);
    if (spec == null || spec.first() == 0) {
      return NO_KEYS;
    }
    if (spec.first() == STREAMS) {
      return StreamKeys.indexes(name, args);
    }
    int first = spec.first();
    int last = spec.last();
    int step = spec.step();
    if (first == SORT_KEYS) {
      return sortKeys(args);
    }
    if (first == DEST_NUMKEYS) {
      int count = numKeys(name, args, 2);
      int[] idx = new int[1 + count];
      idx[0] = 1;
      for (int i = 0; i < count; i++) {
        idx[1 + i] = 3 + i;
      }
      return args.length > 1 ? idx : NO_KEYS;
    }
    if (first == NUMKEYS || first == NUMKEYS_AT_1) {
      int at = first == NUMKEYS ? 2 : 1;
      int count = numKeys(name, args, at);
      first = at + 1;
      last = at + count;
      step = 1;
    } else if (last < 0) {
      last = args.length + last;
    }
    last = Math.min(last, args.length - 1);
    if (last < first) {
      return NO_KEYS;
    }
    if (first == 1 && last == 1) {
      return FIRST_KEY;
    }
    int[] idx = new int[(last - first) / step + 1];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = first + i * step;
    }
    return idx;
  }

  /** {@code SORT key ... [STORE destination]}: the key, and the destination when there is one. */
  private static int[] sortKeys(byte[][] args) {
    if (args.length < 2) {
      return NO_KEYS;
    }
    // Options come in fixed shapes (BY p, LIMIT o c, GET p, STORE d, single words): walk them, so
    // that a pattern or offset spelled "store" is not taken for the option.
    for (int i = 2; i < args.length; i++) {
      String word = new String(args[i], StandardCharsets.US_ASCII).toUpperCase(Locale.ROOT);
      switch (word) {
        case "BY", "GET" -> i++;
        case "LIMIT" -> i += 2;
        case "STORE" -> {
          if (i + 1 < args.length) {
            return new int[] {1, i + 1};
          }
        }
        default -> {}
      }
    }
    return FIRST_KEY;
  }

  private static int numKeys(String name, byte[][] args, int at) {
    if (args.length <= at) {
      return 0;
    }
    String text = new String(args[at], StandardCharsets.US_ASCII);
    try {
      int n = Integer.parseInt(text);
      if (n < 0 || n > args.length - at - 1) {
        throw new IllegalArgumentException(
            "numkeys of " + name + " is " + n + " but only " + (args.length - at - 1) + " follow");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("numkeys of " + name + " is not a number: " + text, e);
    }
  }
}
