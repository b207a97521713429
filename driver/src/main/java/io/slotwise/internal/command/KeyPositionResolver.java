package io.slotwise.internal.command;

import io.slotwise.RedisServerException;
import io.slotwise.internal.executor.Dispatcher;
import io.slotwise.internal.protocol.Command;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Finds the keys of a command sent through {@code execute(...)}, so that a generic command is
 * routed to the node that owns its slot, not redirected there.
 *
 * <ol>
 *   <li>A command in {@link CommandTable} (or any command outside cluster mode, where routing does
 *       not depend on keys): the table, at once.
 *   <li>Otherwise, in cluster mode, the server's {@code COMMAND INFO name}, asked of any node once
 *       per command name and cached ({@link CommandInfo}: legacy first-key, last-key, step, with
 *       Redis 7 subcommands). The first call for a name waits for that reply without blocking any
 *       thread; concurrent first calls share one request.
 *   <li>Commands flagged {@code movablekeys} ({@code LMPOP}, {@code ZUNIONSTORE}, {@code SORT}...):
 *       {@code COMMAND GETKEYS <args...>} on every call (nothing cached for the call).
 * </ol>
 *
 * <p>Every path of a generic command (sync, async, pipeline, transaction body) comes through here,
 * so {@link ConnectionStateCommands} refuses connection-state commands here, before anything else.
 *
 * <p>A command the server does not know ({@code COMMAND INFO} answers nil), one whose {@code
 * COMMAND GETKEYS} fails (bad arguments), and every command when the server refuses {@code COMMAND}
 * itself (ACL) gets no keys: it goes to any master, and the server answers its own error or a
 * {@code MOVED} the executor follows. A lookup that fails for a transport reason (timeout, broken
 * connection) is not cached; that call goes out without keys. The {@code readonly} flag of the
 * server's entry marks the command read-only (retried after a broken connection).
 *
 * <p>Thread-safe; holds the cache and the dispatcher, which it does not own.
 */
public final class KeyPositionResolver {
  private final Dispatcher dispatcher;
  private final ConcurrentMap<String, CompletableFuture<CommandInfo>> cache =
      new ConcurrentHashMap<>();

  KeyPositionResolver(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  /**
   * The command for {@code args} (the name first), its key positions found as described above.
   *
   * @throws io.slotwise.RedisCommandNotAllowedException at once, for a command that would change
   *     the state of a shared connection ({@link ConnectionStateCommands})
   */
  CompletableFuture<Command> resolve(byte[][] args) {
    ConnectionStateCommands.check(args);
    String tableName = CommandTable.nameOf(args);
    if (CommandTable.isKnown(tableName) || !dispatcher.splitsBySlot()) {
      return CompletableFuture.completedFuture(CommandBuilder.generic(args));
    }
    String name = new String(args[0], StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    return info(name)
        .thenCompose(
            info -> {
              CommandInfo call = info.forCall(args);
              if (call.movableKeys()) {
                return getKeys(tableName, args, call.readOnly());
              }
              return CompletableFuture.completedFuture(
                  Command.of(tableName, args, call.positions(args.length), call.readOnly()));
            });
  }

  /** The cached entry of a command name, fetched once. */
  private CompletableFuture<CommandInfo> info(String name) {
    CompletableFuture<CommandInfo> cached = cache.get(name);
    if (cached != null) {
      return cached;
    }
    CompletableFuture<CommandInfo> mine = new CompletableFuture<>();
    cached = cache.putIfAbsent(name, mine);
    if (cached != null) {
      return cached;
    }
    Command ask = Command.keyless(true, "COMMAND", "INFO", name);
    dispatcher
        .execute(ask, reply -> CommandInfo.parseReply(name, reply))
        .whenComplete(
            (info, error) -> {
              if (error == null) {
                mine.complete(info);
              } else if (isServerError(error)) {
                mine.complete(CommandInfo.unknown(name));
              } else {
                cache.remove(name, mine);
                mine.complete(CommandInfo.unknown(name));
              }
            });
    return mine;
  }

  /** {@code COMMAND GETKEYS}: the keys the server finds, mapped back to their positions. */
  private CompletableFuture<Command> getKeys(String name, byte[][] args, boolean readOnly) {
    byte[][] ask = new byte[args.length + 2][];
    ask[0] = "COMMAND".getBytes(StandardCharsets.US_ASCII);
    ask[1] = "GETKEYS".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(args, 0, ask, 2, args.length);
    Command getKeys = Command.of("COMMAND GETKEYS", ask, new int[0], true);
    return dispatcher
        .execute(getKeys, Converters.BYTES_LIST)
        .handle(
            (keys, error) ->
                Command.of(
                    name, args, error == null ? indexesOf(keys, args) : new int[0], readOnly));
  }

  /**
   * The positions of {@code keys} in {@code args}, each matched after the previous one; ascending
   * and without duplicates. A key spelled like an argument before it (a key {@code "2"} after a
   * {@code numkeys} of {@code 2}) may be matched to that argument: equal bytes hash to the same
   * slot, so routing is the same.
   */
  static int[] indexesOf(List<byte[]> keys, byte[][] args) {
    List<Integer> found = new ArrayList<>(keys.size());
    int from = 1;
    for (byte[] key : keys) {
      int at = find(key, args, from);
      if (at < 0) {
        at = find(key, args, 1);
      }
      if (at > 0 && !found.contains(at)) {
        found.add(at);
        from = at + 1;
      }
    }
    return found.stream().sorted().mapToInt(Integer::intValue).toArray();
  }

  private static int find(byte[] key, byte[][] args, int from) {
    for (int i = from; i < args.length; i++) {
      if (Arrays.equals(key, args[i])) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isServerError(Throwable error) {
    Throwable t = error;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t instanceof RedisServerException;
  }

  /** How many command names are cached (for tests). */
  int cachedNames() {
    return cache.size();
  }
}
