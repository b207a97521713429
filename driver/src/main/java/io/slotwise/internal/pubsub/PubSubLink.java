package io.slotwise.internal.pubsub;

import io.slotwise.HostAndPort;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Outbound;
import io.slotwise.pubsub.PubSubListener;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One dedicated RESP3 connection of a {@link Subscription} to one node, and what the server
 * confirmed on it: the channels, patterns and shard channels it is subscribed to right now. Those
 * sets follow the server's push frames ({@code subscribe}, {@code unsubscribe}, ... and the {@code
 * sunsubscribe} Redis 7 sends by itself when a shard channel's slot leaves the node), and are
 * emptied when {@link #check} finds the server's view differs (a re-established connection): the
 * owner then subscribes again.
 *
 * <p>Push frames arrive on the event loop; the commands are sent by the subscription's own thread.
 * The sets are concurrent. The link owns its connection ({@link #close()}).
 */
public final class PubSubLink implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PubSubLink.class);
  private static final Command CLIENT_INFO = Command.keyless(true, "CLIENT", "INFO");

  final HostAndPort node;
  final Set<String> channels = ConcurrentHashMap.newKeySet();
  final Set<String> patterns = ConcurrentHashMap.newKeySet();
  final Set<String> shardChannels = ConcurrentHashMap.newKeySet();
  private final NodeConnection connection;
  private final PubSubListener listener;
  private final Runnable wake;
  private long clientId = -1;

  /**
   * @param wake called (on the event loop) when the server dropped a shard channel by itself
   */
  PubSubLink(HostAndPort node, NodeConnection connection, PubSubListener listener, Runnable wake) {
    this.node = node;
    this.connection = connection;
    this.listener = listener;
    this.wake = wake;
    connection.setPushListener(this::onPush);
  }

  private void onPush(Reply reply) {
    if (!(reply instanceof Reply.Push push) || push.items().size() < 2) {
      return;
    }
    List<Reply> items = push.items();
    String kind = text(items.get(0)).toLowerCase(Locale.ROOT);
    try {
      switch (kind) {
        case "message", "smessage" -> listener.message(text(items.get(1)), text(items.get(2)));
        case "pmessage" ->
            listener.patternMessage(text(items.get(1)), text(items.get(2)), text(items.get(3)));
        case "subscribe" -> channels.add(text(items.get(1)));
        case "psubscribe" -> patterns.add(text(items.get(1)));
        case "ssubscribe" -> shardChannels.add(text(items.get(1)));
        case "unsubscribe" -> channels.remove(text(items.get(1)));
        case "punsubscribe" -> patterns.remove(text(items.get(1)));
        case "sunsubscribe" -> {
          shardChannels.remove(text(items.get(1)));
          wake.run();
        }
        default -> {}
      }
    } catch (RuntimeException e) {
      log.warn("pub/sub {} frame from {} failed in the listener", kind, node, e);
    }
  }

  private static String text(Reply r) {
    if (r instanceof Reply.Bulk b) {
      return b.utf8();
    }
    if (r instanceof Reply.SimpleString s) {
      return s.value();
    }
    if (r instanceof Reply.Verbatim v) {
      return new String(v.text(), StandardCharsets.UTF_8);
    }
    return String.valueOf(r instanceof Reply.Null ? null : r);
  }

  /**
   * Whether the connection answers. It asks the server what this connection is subscribed to
   * ({@code CLIENT INFO}: {@code id}, {@code sub}, {@code psub}, {@code ssub}); when that is not
   * what the confirmed sets say — a re-established connection (another id, or the same id after a
   * server restart, with nothing subscribed) — the sets are emptied, so that the owner subscribes
   * again (subscribing twice is harmless). A failed check changes nothing.
   */
  boolean check(Duration timeout) {
    try {
      Reply r = connection.request(CLIENT_INFO).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      if (r instanceof Reply.Error) {
        return false;
      }
      Map<String, String> info = fields(text(r));
      long id = number(info, "id");
      if (id != clientId
          || number(info, "sub") != channels.size()
          || number(info, "psub") != patterns.size()
          || (info.containsKey("ssub") && number(info, "ssub") != shardChannels.size())) {
        forget();
        clientId = id;
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException | IllegalArgumentException e) {
      return false;
    }
  }

  /** {@code CLIENT INFO}'s {@code key=value} words. */
  static Map<String, String> fields(String line) {
    Map<String, String> out = new HashMap<>();
    for (String word : line.trim().split(" ")) {
      int eq = word.indexOf('=');
      if (eq > 0) {
        out.put(word.substring(0, eq), word.substring(eq + 1));
      }
    }
    return out;
  }

  private static long number(Map<String, String> info, String key) {
    String v = info.get(key);
    if (v == null) {
      throw new IllegalArgumentException("CLIENT INFO without " + key);
    }
    return Long.parseLong(v);
  }

  private void forget() {
    channels.clear();
    patterns.clear();
    shardChannels.clear();
  }

  /**
   * Sends {@code SUBSCRIBE}-family {@code command} for {@code names} and waits for the server's
   * confirmation of each (or an error reply, returned).
   */
  Reply send(String command, Collection<String> names, Duration timeout)
      throws InterruptedException, ExecutionException, TimeoutException {
    byte[][] args = new byte[names.size() + 1][];
    args[0] = command.getBytes(StandardCharsets.US_ASCII);
    int i = 1;
    for (String name : names) {
      args[i++] = name.getBytes(StandardCharsets.UTF_8);
    }
    int[] keys = command.startsWith("S") ? new int[] {1} : new int[0];
    PubSubCommand outbound =
        new PubSubCommand(Command.of(command, args, keys, false), new HashSet<>(names));
    connection.send(outbound);
    return outbound.reply.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** The link's own connection (for the retry loop's bookkeeping; the link still owns it). */
  NodeConnection connection() {
    return connection;
  }

  @Override
  public void close() {
    connection.close();
  }

  /** A subscribe-family command: done when every name is confirmed by a push frame (or error). */
  private static final class PubSubCommand implements Outbound {
    private final Command command;
    private final String kind;
    private final Set<String> pending;
    final CompletableFuture<Reply> reply = new CompletableFuture<>();

    PubSubCommand(Command command, Set<String> names) {
      this.command = command;
      this.kind = command.name().toLowerCase(Locale.ROOT);
      this.pending = names;
    }

    @Override
    public Command command() {
      return command;
    }

    @Override
    public boolean completesOnPush(Reply.Push push) {
      List<Reply> items = push.items();
      if (items.size() >= 2 && text(items.get(0)).equalsIgnoreCase(kind)) {
        pending.remove(text(items.get(1)));
      }
      return pending.isEmpty();
    }

    @Override
    public void onReply(Reply r) {
      reply.complete(r);
    }

    @Override
    public void onFailure(Throwable cause, boolean written) {
      reply.completeExceptionally(cause);
    }
  }
}
