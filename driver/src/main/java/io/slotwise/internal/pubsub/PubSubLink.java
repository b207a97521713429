package io.slotwise.internal.pubsub;

import io.slotwise.HostAndPort;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Outbound;
import io.slotwise.pubsub.PubSubMessage;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One dedicated RESP3 connection of a {@link io.slotwise.pubsub.Subscription} to one node, and what
 * the server confirmed on it: the channels, patterns and shard channels it is subscribed to right
 * now. Those sets follow the server's push frames ({@code subscribe}, {@code unsubscribe}, ... and
 * the {@code sunsubscribe} Redis 7 sends by itself when a shard channel's slot leaves the node),
 * and are emptied when {@link #check} finds the server's view differs (a re-established
 * connection): the owner then subscribes again. Messages go to the link's {@link SerialDelivery},
 * never to the listener on the I/O thread.
 *
 * <p>Push frames arrive on the event loop; commands are sent by the subscription's rounds, one
 * round at a time, and never block. The sets are concurrent. The link owns its connection ({@link
 * #close()}).
 */
final class PubSubLink implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PubSubLink.class);
  private static final Command CLIENT_INFO = Command.keyless(true, "CLIENT", "INFO");

  final HostAndPort node;
  final Set<ChannelName> channels = ConcurrentHashMap.newKeySet();
  final Set<ChannelName> patterns = ConcurrentHashMap.newKeySet();
  final Set<ChannelName> shardChannels = ConcurrentHashMap.newKeySet();
  private final NodeConnection connection;
  private final SerialDelivery delivery;
  private final Runnable wake;
  private final PubSubContext context;
  private final CompletableFuture<Void> opened;
  private volatile long clientId = -1;

  /**
   * Takes over {@code connection} and starts waiting for its first connect (bounded by two command
   * timeouts; it keeps reconnecting in the background after that).
   *
   * @param wake called (on the event loop) when the server dropped a shard channel by itself
   */
  PubSubLink(
      HostAndPort node,
      NodeConnection connection,
      SerialDelivery delivery,
      Runnable wake,
      PubSubContext context) {
    this.node = node;
    this.connection = connection;
    this.delivery = delivery;
    this.wake = wake;
    this.context = context;
    connection.setPushListener(this::onPush);
    this.opened =
        context
            .within(connection.whenConnected(), context.timeout().multipliedBy(2))
            .handle(
                (v, e) -> {
                  if (e != null) {
                    log.debug("pub/sub connection to {} not up yet: {}", node, e.toString());
                  }
                  return null;
                })
            .thenCompose(v -> check()) // notes the connection's id before anything subscribes
            .thenApply(ok -> null);
  }

  /**
   * Completes (never exceptionally) once the first connect succeeded, failed or timed out, and the
   * first {@link #check} is over.
   */
  CompletableFuture<Void> opened() {
    return opened;
  }

  private void onPush(Reply reply) {
    if (!(reply instanceof Reply.Push push) || push.items().size() < 2) {
      return;
    }
    List<Reply> items = push.items();
    byte[] head = ChannelName.bytes(items.get(0));
    String kind = head == null ? "" : new String(head, StandardCharsets.UTF_8);
    try {
      switch (kind.toLowerCase(Locale.ROOT)) {
        case "message" -> deliver(PubSubMessage.Kind.CHANNEL, null, items.get(1), items.get(2));
        case "smessage" -> deliver(PubSubMessage.Kind.SHARD, null, items.get(1), items.get(2));
        case "pmessage" ->
            deliver(PubSubMessage.Kind.PATTERN, items.get(1), items.get(2), items.get(3));
        case "subscribe" -> channels.add(ChannelName.of(items.get(1)));
        case "psubscribe" -> patterns.add(ChannelName.of(items.get(1)));
        case "ssubscribe" -> shardChannels.add(ChannelName.of(items.get(1)));
        case "unsubscribe" -> channels.remove(ChannelName.of(items.get(1)));
        case "punsubscribe" -> patterns.remove(ChannelName.of(items.get(1)));
        case "sunsubscribe" -> {
          shardChannels.remove(ChannelName.of(items.get(1)));
          wake.run();
        }
        default -> {}
      }
    } catch (RuntimeException e) {
      log.warn("pub/sub {} frame from {} could not be read", kind, node, e);
    }
  }

  private void deliver(PubSubMessage.Kind kind, Reply pattern, Reply channel, Reply payload) {
    byte[] body = ChannelName.bytes(payload);
    delivery.offer(
        new PubSubMessage(
            kind,
            pattern == null ? null : ChannelName.bytes(pattern),
            ChannelName.bytes(channel),
            body == null ? new byte[0] : body));
  }

  /**
   * Whether the connection answers. It asks the server what this connection is subscribed to
   * ({@code CLIENT INFO}: {@code id}, {@code sub}, {@code psub}, {@code ssub}); when that is not
   * what the confirmed sets say — a re-established connection (another id, or the same id after a
   * server restart, with nothing subscribed) — the sets are emptied, so that the owner subscribes
   * again (subscribing twice is harmless). A failed check changes nothing. Never completes
   * exceptionally.
   */
  CompletableFuture<Boolean> check() {
    return context
        .within(connection.request(CLIENT_INFO), context.timeout())
        .handle(
            (r, e) -> {
              if (e != null || r instanceof Reply.Error) {
                return false;
              }
              try {
                compare(fields(text(r)));
                return true;
              } catch (IllegalArgumentException bad) {
                log.debug("CLIENT INFO from {} not understood: {}", node, bad.getMessage());
                return false;
              }
            });
  }

  private void compare(Map<String, String> info) {
    long id = number(info, "id");
    if (id != clientId
        || number(info, "sub") != channels.size()
        || number(info, "psub") != patterns.size()
        || (info.containsKey("ssub") && number(info, "ssub") != shardChannels.size())) {
      forget();
      clientId = id;
    }
  }

  private static String text(Reply r) {
    byte[] b = ChannelName.bytes(r);
    if (b == null) {
      throw new IllegalArgumentException("not text: " + r);
    }
    return new String(b, StandardCharsets.UTF_8);
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
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("CLIENT INFO " + key + "=" + v + " is not a number", e);
    }
  }

  private void forget() {
    channels.clear();
    patterns.clear();
    shardChannels.clear();
  }

  /**
   * Sends {@code SUBSCRIBE}-family {@code command} for {@code names}; completes with the server's
   * confirmation of the last (or an error reply), fails on a transport failure or after {@code
   * timeout} ({@link java.util.concurrent.TimeoutException}).
   */
  CompletableFuture<Reply> send(String command, Collection<ChannelName> names, Duration timeout) {
    byte[][] args = new byte[names.size() + 1][];
    args[0] = command.getBytes(StandardCharsets.US_ASCII);
    int i = 1;
    for (ChannelName name : names) {
      args[i++] = name.bytes();
    }
    int[] keys = command.startsWith("S") ? new int[] {1} : new int[0];
    PubSubCommand outbound =
        new PubSubCommand(Command.of(command, args, keys, false), new HashSet<>(names));
    connection.send(outbound);
    return context.within(outbound.reply, timeout);
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
    private final Set<ChannelName> pending;
    final CompletableFuture<Reply> reply = new CompletableFuture<>();

    PubSubCommand(Command command, Set<ChannelName> names) {
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
      if (items.size() >= 2) {
        byte[] head = ChannelName.bytes(items.get(0));
        if (head != null && new String(head, StandardCharsets.US_ASCII).equalsIgnoreCase(kind)) {
          pending.remove(ChannelName.of(items.get(1)));
        }
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
