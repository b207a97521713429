package io.slotwise.internal.command;

import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.RedisProtocolException;
import io.slotwise.commands.ScanArgs;
import io.slotwise.commands.ScanResult;
import io.slotwise.internal.executor.Dispatcher;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The keyless commands whose target is a rule rather than a key: a given node, every master, or the
 * masters one after the other ({@code SCAN}). The rules, as documented on {@link RedisCommands}:
 *
 * <ul>
 *   <li>{@code PING}, {@code INFO}: any node, or the node the caller names;
 *   <li>{@code DBSIZE}: the sum over every master;
 *   <li>{@code FLUSHALL}: every master ({@code "OK"} once all answered {@code OK});
 *   <li>{@code KEYS}: every master, results concatenated in master order;
 *   <li>{@code SCAN}: the masters one after the other with a composite cursor ({@link ScanCursor}),
 *       a plain server cursor in standalone mode;
 *   <li>{@code RANDOMKEY}: masters in random order until one is not empty.
 * </ul>
 *
 * <p>In Codis mode the proxy cannot run {@code DBSIZE}, {@code FLUSHALL}, {@code KEYS}, {@code
 * SCAN} or {@code RANDOMKEY} across its servers: they fail with {@link
 * io.slotwise.codis.CodisUnsupportedCommandException} before anything is sent.
 *
 * <p>Stateless apart from the dispatcher, which it does not own; thread-safe.
 */
public final class KeylessCommands {
  private final Dispatcher dispatcher;

  KeylessCommands(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  CompletableFuture<String> ping(HostAndPort node) {
    return dispatcher.executeOn(
        Args.requireObject(node, "node"), command("PING"), Converters::string);
  }

  CompletableFuture<String> info(HostAndPort node, String section) {
    Args.requireObject(node, "node");
    Command info = command("INFO", Args.utf8(section, "section"));
    return dispatcher.executeOn(node, info, Converters::string);
  }

  CompletableFuture<Long> dbsize() {
    return dispatcher.fanOut(command("DBSIZE"), KeylessCommands::sum);
  }

  CompletableFuture<String> flushall(Boolean async) {
    Command flush =
        async == null ? command("FLUSHALL") : command("FLUSHALL", ascii(async ? "ASYNC" : "SYNC"));
    return dispatcher.fanOut(flush, KeylessCommands::allOk);
  }

  CompletableFuture<String> scriptFlush() {
    return dispatcher.fanOut(command("SCRIPT", ascii("FLUSH")), KeylessCommands::allOk);
  }

  <V> CompletableFuture<List<V>> keys(byte[] pattern, Function<Reply, V> element) {
    Command keys = command("KEYS", Args.require(pattern, "pattern"));
    Function<Reply, List<V>> list = Converters.list(element);
    return dispatcher.fanOut(
        keys,
        replies -> {
          List<V> out = new ArrayList<>();
          for (Reply r : replies) {
            out.addAll(list.apply(r));
          }
          return out;
        });
  }

  <V> CompletableFuture<ScanResult<V>> scan(
      String cursor, ScanArgs args, Function<Reply, V> element) {
    Args.requireObject(cursor, "cursor");
    Args.requireObject(args, "scanArgs");
    if (!dispatcher.splitsBySlot()) {
      if (!ScanCursor.isUnsigned(cursor)) {
        throw new IllegalArgumentException(
            "cursor must be \"0\" or a cursor returned by scan, got '" + cursor + "'");
      }
      return dispatcher.execute(
          scanCommand(cursor, args),
          reply -> {
            Page<V> page = page(reply, element);
            return new ScanResult<>(page.next, page.keys);
          });
    }
    List<HostAndPort> masters = dispatcher.masters();
    if (masters.isEmpty()) {
      return CompletableFuture.failedFuture(
          new RedisConnectionException("no master is known to send SCAN to"));
    }
    ScanCursor at = ScanCursor.resume(cursor, masters);
    if (at == null) {
      return CompletableFuture.completedFuture(new ScanResult<>(ScanResult.START, List.of()));
    }
    return dispatcher.executeOn(
        at.node(),
        scanCommand(at.nodeCursor(), args),
        reply -> {
          Page<V> page = page(reply, element);
          return new ScanResult<>(at.advance(page.next, masters), page.keys);
        });
  }

  <V> CompletableFuture<V> randomkey(Function<Reply, V> element) {
    List<HostAndPort> masters = new ArrayList<>(dispatcher.masters());
    Collections.shuffle(masters);
    return randomkey(masters, 0, element);
  }

  private <V> CompletableFuture<V> randomkey(
      List<HostAndPort> masters, int i, Function<Reply, V> element) {
    if (i >= masters.size()) {
      return CompletableFuture.completedFuture(null);
    }
    return dispatcher
        .executeOn(masters.get(i), command("RANDOMKEY"), element)
        .thenCompose(
            key ->
                key != null
                    ? CompletableFuture.completedFuture(key)
                    : randomkey(masters, i + 1, element));
  }

  private record Page<V>(String next, List<V> keys) {}

  /** {@code SCAN}'s reply: {@code [cursor, [key, ...]]}. */
  private static <V> Page<V> page(Reply reply, Function<Reply, V> element) {
    if (!(reply instanceof Reply.Array a) || a.items().size() != 2) {
      throw new RedisProtocolException("expected [cursor, keys] from SCAN, got " + reply);
    }
    String next = Converters.string(a.items().get(0));
    if (next == null) {
      throw new RedisProtocolException("SCAN answered a null cursor");
    }
    return new Page<>(next, Converters.list(element).apply(a.items().get(1)));
  }

  private static Command scanCommand(String cursor, ScanArgs args) {
    List<byte[]> words = OptionWords.of(args);
    byte[][] rest = new byte[1 + words.size()][];
    rest[0] = ascii(cursor);
    for (int i = 0; i < words.size(); i++) {
      rest[1 + i] = words.get(i);
    }
    return command("SCAN", rest);
  }

  static Long sum(List<Reply> replies) {
    long total = 0;
    for (Reply r : replies) {
      total += Converters.integer(r);
    }
    return total;
  }

  static String allOk(List<Reply> replies) {
    for (Reply r : replies) {
      String s = Converters.string(r);
      if (!"OK".equals(s)) {
        throw new RedisProtocolException("expected OK from every master, got " + r);
      }
    }
    return "OK";
  }

  /**
   * {@code word rest...}, named, flagged and keyed by {@link CommandTable} (so that {@code SCRIPT
   * FLUSH} is one two-word command, not {@code SCRIPT}).
   */
  private static Command command(String word, byte[]... rest) {
    byte[][] args = new byte[1 + rest.length][];
    args[0] = ascii(word);
    System.arraycopy(rest, 0, args, 1, rest.length);
    return CommandTable.command(args);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
