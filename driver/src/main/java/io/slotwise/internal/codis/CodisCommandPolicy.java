package io.slotwise.internal.codis;

import io.slotwise.codis.CodisUnsupportedCommandException;
import io.slotwise.internal.protocol.Command;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which commands a Codis proxy cannot serve, checked before anything is sent. Stateless and
 * thread-safe.
 *
 * <p>The list is codis-proxy 3.2's own refusal table (it answers {@code -ERR handle request,
 * command 'KEYS' is not allowed}), plus the commands newer than Codis that cannot work through a
 * proxy either: the blocking pops added after Redis 4 (a blocked command would stall the proxy's
 * shared backend connection), sharded pub/sub, {@code HELLO} (the proxy speaks RESP2 only), {@code
 * WAITAOF} and {@code REPLICAOF}; and the newer commands whose keys do not come first ({@code
 * XREAD}, {@code XREADGROUP}, {@code XGROUP}, {@code XINFO}, {@code FCALL}, {@code EVAL_RO}, {@code
 * LMPOP}, {@code ZUNION}...): codis-proxy forwards a command it does not know by its first
 * argument, so these would reach the wrong server. Newer commands keyed by their first argument
 * ({@code XADD}, {@code GEOADD}, {@code BITFIELD_RO}...) pass. Everything is by command name, so
 * typed methods added later are covered. {@code AUTH} is allowed with one argument only.
 */
public final class CodisCommandPolicy {
  private static final String MANY_SERVERS = "it needs keys that may live on different servers";
  private static final String TRANSACTION = "transactions would span proxy sessions and servers";
  private static final String BLOCKING =
      "a blocking command would stall a shared backend connection";
  private static final String PUBSUB = "the proxy has no publish/subscribe";
  private static final String ADMIN = "server administration goes to the servers, not the proxy";
  private static final String INTERNAL = "it is internal to Codis slot migration";
  private static final String KEYS_ELSEWHERE =
      "its keys do not come first, and the proxy routes every command by its first argument"
          + " (it would reach the wrong server)";

  private static final Map<String, String> REFUSED = new HashMap<>();

  static {
    refuse(
        MANY_SERVERS,
        "KEYS",
        "SCAN",
        "RANDOMKEY",
        "DBSIZE",
        "FLUSHALL",
        "FLUSHDB",
        "MOVE",
        "RENAME",
        "RENAMENX",
        "MSETNX",
        "BITOP",
        "MIGRATE",
        "RESTORE",
        "RESTORE-ASKING",
        "OBJECT");
    refuse(TRANSACTION, "MULTI", "EXEC", "DISCARD", "WATCH", "UNWATCH");
    refuse(
        BLOCKING,
        "BLPOP",
        "BRPOP",
        "BRPOPLPUSH",
        "BLMOVE",
        "BLMPOP",
        "BZPOPMIN",
        "BZPOPMAX",
        "BZMPOP",
        "WAIT",
        "WAITAOF");
    refuse(
        PUBSUB,
        "SUBSCRIBE",
        "PSUBSCRIBE",
        "UNSUBSCRIBE",
        "PUNSUBSCRIBE",
        "PUBLISH",
        "SSUBSCRIBE",
        "SUNSUBSCRIBE",
        "SPUBLISH");
    refuse(
        ADMIN,
        "SCRIPT",
        "CLIENT",
        "CONFIG",
        "TIME",
        "SAVE",
        "BGSAVE",
        "BGREWRITEAOF",
        "LASTSAVE",
        "SHUTDOWN",
        "SLAVEOF",
        "REPLICAOF",
        "MONITOR",
        "SYNC",
        "PSYNC",
        "REPLCONF",
        "DEBUG",
        "SLOWLOG",
        "LATENCY",
        "CLUSTER",
        "READONLY",
        "READWRITE",
        "ASKING");
    refuse(
        INTERNAL,
        "SLOTSCHECK",
        "SLOTSDEL",
        "SLOTSMGRTONE",
        "SLOTSMGRTSLOT",
        "SLOTSMGRTTAGONE",
        "SLOTSMGRTTAGSLOT",
        "SLOTSMGRTONE-ASYNC",
        "SLOTSMGRTSLOT-ASYNC",
        "SLOTSMGRTTAGONE-ASYNC",
        "SLOTSMGRTTAGSLOT-ASYNC",
        "SLOTSMGRT-ASYNC-FENCE",
        "SLOTSMGRT-ASYNC-CANCEL",
        "SLOTSMGRT-ASYNC-STATUS",
        "SLOTSMGRT-EXEC-WRAPPER",
        "SLOTSRESTORE-ASYNC",
        "SLOTSRESTORE-ASYNC-AUTH",
        "SLOTSRESTORE-ASYNC-ACK");
    REFUSED.put("HELLO", "the proxy speaks RESP2 only and does not know HELLO");
    // Newer than Codis 3.2, which forwards a command it does not know by its first argument: keys
    // after a subcommand, a numkeys or a keyword would be hashed wrongly.
    refuse(
        KEYS_ELSEWHERE,
        "XREAD",
        "XREADGROUP",
        "XGROUP",
        "XINFO",
        "FCALL",
        "FCALL_RO",
        "EVAL_RO",
        "EVALSHA_RO",
        "LMPOP",
        "ZMPOP",
        "SINTERCARD",
        "ZINTERCARD",
        "ZUNION",
        "ZINTER",
        "ZDIFF",
        "MEMORY");
    refuse(ADMIN, "FUNCTION", "ACL", "MODULE", "FAILOVER", "SWAPDB");
  }

  private CodisCommandPolicy() {}

  private static void refuse(String reason, String... names) {
    for (String n : names) {
      REFUSED.put(n, reason);
    }
  }

  /**
   * Throws when Codis cannot run {@code command}; returns normally otherwise.
   *
   * @throws CodisUnsupportedCommandException saying "Codis does not support NAME" and why
   * @throws IllegalArgumentException when {@code command} is null
   */
  public static void check(Command command) {
    if (command == null) {
      throw new IllegalArgumentException("command must not be null");
    }
    String name = commandWord(command);
    String reason = REFUSED.get(name);
    if (reason != null) {
      throw new CodisUnsupportedCommandException(name, reason);
    }
    if (name.equals("AUTH") && command.args().length != 2) {
      throw new CodisUnsupportedCommandException(
          "AUTH with " + (command.args().length - 1) + " arguments",
          "the proxy accepts only AUTH <password>");
    }
  }

  /** Whether Codis refuses the command of this name (any case), whatever its arguments. */
  public static boolean isRefused(String commandName) {
    if (commandName == null) {
      throw new IllegalArgumentException("commandName must not be null");
    }
    return REFUSED.containsKey(commandName.toUpperCase(Locale.ROOT));
  }

  /** Every command name refused whatever its arguments, upper case; for documentation. */
  public static Set<String> refusedCommands() {
    return Set.copyOf(REFUSED.keySet());
  }

  private static String commandWord(Command command) {
    return new String(command.args()[0], StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
  }
}
