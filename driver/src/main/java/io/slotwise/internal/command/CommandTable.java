package io.slotwise.internal.command;

import io.slotwise.RetryOptions;
import io.slotwise.internal.protocol.Command;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the driver knows about each command by name: whether it is read-only, whether it is
 * idempotent, and where its keys are. Immutable and thread-safe.
 *
 * <p><b>Idempotent</b> means: if the command already ran once and its reply was lost, running it
 * again leaves the same data behind ({@code SET}, {@code DEL}, {@code HSET}, {@code SADD}, {@code
 * EXPIRE}). Counters, pushes, pops and appends are not; nor are scripts, whose effect is unknown.
 * Read-only commands are idempotent. Unknown commands are neither read-only nor idempotent, the
 * safe answer for retries. {@link #withOverrides} applies {@link
 * RetryOptions#idempotentOverrides()}.
 *
 * <p>Key positions follow the shape of {@code COMMAND INFO}: first key, last key (negative counts
 * from the end), step; or, for {@code EVAL}-like commands, a key count at position 2.
 */
public final class CommandTable {
  private static final int NUMKEYS = Integer.MIN_VALUE;

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

    // Writes that leave the same data when run twice.
    write(true, 1, 1, 1, "SET", "SETEX", "PSETEX", "SETNX", "SETRANGE", "SETBIT", "GETEX");
    write(true, 1, 1, 1, "EXPIRE", "PEXPIRE", "EXPIREAT", "PEXPIREAT", "PERSIST");
    write(true, 1, 1, 1, "HSET", "HMSET", "HSETNX", "HDEL", "LSET", "SADD", "SREM");
    write(true, 1, 1, 1, "ZADD", "ZREM", "ZREMRANGEBYSCORE", "ZREMRANGEBYLEX", "PFADD", "RESTORE");
    write(true, 1, -1, 1, "DEL", "UNLINK", "TOUCH", "PFMERGE");
    write(true, 1, -1, 2, "MSET");
    write(true, 0, 0, 0, "FLUSHALL", "FLUSHDB", "SCRIPT LOAD", "SCRIPT FLUSH", "SELECT");
    write(true, 0, 0, 0, "CLIENT SETNAME", "CONFIG SET");

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

  /** Whether {@code command} may be resent after its connection broke with the outcome unknown. */
  public boolean isIdempotent(Command command) {
    return isIdempotent(command.name());
  }

  /** Whether the command never changes data; {@code false} for unknown commands. */
  static boolean isReadOnly(String name) {
    Spec spec = SPECS.get(name);
    return spec != null && spec.readOnly();
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
    int first = spec.first();
    int last = spec.last();
    int step = spec.step();
    if (first == NUMKEYS) {
      int count = numKeys(name, args);
      first = 3;
      last = 2 + count;
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

  private static int numKeys(String name, byte[][] args) {
    if (args.length < 3) {
      return 0;
    }
    String text = new String(args[2], StandardCharsets.US_ASCII);
    try {
      int n = Integer.parseInt(text);
      if (n < 0 || n > args.length - 3) {
        throw new IllegalArgumentException(
            "numkeys of " + name + " is " + n + " but only " + (args.length - 3) + " follow");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("numkeys of " + name + " is not a number: " + text, e);
    }
  }
}
