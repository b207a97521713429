package io.slotwise.internal.pubsub;

import io.slotwise.HostAndPort;
import io.slotwise.RedisServerException;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.internal.executor.Attempts;
import io.slotwise.internal.executor.FollowUp;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.pubsub.PubSubMessage;
import io.slotwise.pubsub.PubSubMessageListener;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscription's connections and the check round that brings them to what is wanted: checks
 * each connection ({@link PubSubLink#check}), subscribes what is missing, unsubscribes what is no
 * longer wanted, moves shard channels to their slot's owner, replaces the classic connection when
 * its node stopped being a master. A round is a chain of non-blocking steps (each bounded by the
 * command timeout) running on I/O threads and the scheduler; its future never fails.
 *
 * <p>Rounds must not overlap ({@link PubSubSubscription} runs one at a time); {@link #confirmed}
 * and {@link #close} may be called from any thread.
 */
final class Reconciler {
  private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final PubSubContext context;
  private final PubSubMessageListener listener;
  private final Set<ChannelName> channels;
  private final Set<ChannelName> patterns;
  private final Set<ChannelName> shardChannels;
  private final Runnable wake;
  private final Map<HostAndPort, PubSubLink> shardLinks = new ConcurrentHashMap<>();
  private volatile PubSubLink classic;
  private volatile String lastProblem = "";
  private boolean closed; // guarded by this

  /**
   * @param channels the wanted channels (read only here), likewise {@code patterns} and {@code
   *     shardChannels}
   * @param wake asks for a round at once (the server dropped a shard channel by itself)
   */
  Reconciler(
      PubSubContext context,
      PubSubMessageListener listener,
      Set<ChannelName> channels,
      Set<ChannelName> patterns,
      Set<ChannelName> shardChannels,
      Runnable wake) {
    this.context = context;
    this.listener = listener;
    this.channels = channels;
    this.patterns = patterns;
    this.shardChannels = shardChannels;
    this.wake = wake;
  }

  /** One comparison of wanted and confirmed, classic then sharded; never fails. */
  CompletableFuture<Void> round() {
    return safely(this::classicRound).thenCompose(v -> safely(this::shardedRound));
  }

  private static CompletableFuture<Void> safely(Supplier<CompletableFuture<Void>> step) {
    try {
      return step.get()
          .exceptionally(
              e -> {
                log.debug("pub/sub check step failed; next round soon", e);
                return null;
              });
    } catch (RuntimeException e) {
      log.debug("pub/sub check step failed; next round soon", e);
      return DONE;
    }
  }

  /** Whether the server confirmed every name of {@code kind}. */
  boolean confirmed(PubSubMessage.Kind kind, List<ChannelName> names) {
    if (kind == PubSubMessage.Kind.SHARD) {
      return names.stream()
          .allMatch(n -> shardLinks.values().stream().anyMatch(l -> l.shardChannels.contains(n)));
    }
    PubSubLink link = classic;
    return link != null
        && (kind == PubSubMessage.Kind.PATTERN
            ? link.patterns.containsAll(names)
            : link.channels.containsAll(names));
  }

  /** The last refusal or failure of a subscribe command, for error messages ("" when none). */
  String lastProblem() {
    return lastProblem;
  }

  private CompletableFuture<Void> classicRound() {
    boolean wanted = !channels.isEmpty() || !patterns.isEmpty();
    PubSubLink link = classic;
    if (link == null && !wanted) {
      return DONE;
    }
    if (link == null) {
      List<HostAndPort> masters = context.masters();
      if (masters.isEmpty()) {
        return DONE;
      }
      link = openClassic(masters.get(0));
    }
    PubSubLink l = link;
    return l.opened()
        .thenCompose(v -> l.check())
        .thenCompose(
            ok -> {
              if (!ok) {
                if (!context.masters().contains(l.node)) {
                  dropClassic(l); // failed over or removed: the next round picks a master
                }
                return DONE;
              }
              return sync(l, "SUBSCRIBE", "UNSUBSCRIBE", channels, l.channels)
                  .thenCompose(v -> sync(l, "PSUBSCRIBE", "PUNSUBSCRIBE", patterns, l.patterns))
                  .thenRun(
                      () -> {
                        if (channels.isEmpty()
                            && patterns.isEmpty()
                            && l.channels.isEmpty()
                            && l.patterns.isEmpty()) {
                          dropClassic(l);
                        }
                      });
            });
  }

  private CompletableFuture<Void> sync(
      PubSubLink link,
      String subscribe,
      String unsubscribe,
      Set<ChannelName> wanted,
      Set<ChannelName> has) {
    List<ChannelName> missing = wanted.stream().filter(n -> !has.contains(n)).toList();
    CompletableFuture<Void> f = missing.isEmpty() ? DONE : command(link, subscribe, missing);
    return f.thenCompose(
        v -> {
          List<ChannelName> extra = has.stream().filter(n -> !wanted.contains(n)).toList();
          return extra.isEmpty() ? DONE : command(link, unsubscribe, extra);
        });
  }

  private CompletableFuture<Void> shardedRound() {
    List<CompletableFuture<Boolean>> checks = new ArrayList<>();
    for (PubSubLink link : shardLinks.values()) {
      checks.add(link.opened().thenCompose(v -> link.check()));
    }
    CompletableFuture<Void> f =
        CompletableFuture.allOf(checks.toArray(new CompletableFuture<?>[0]));
    for (ChannelName channel : List.copyOf(shardChannels)) {
      f = f.thenCompose(v -> safely(() -> shardChannel(channel)));
    }
    return f.thenCompose(v -> dropExtras());
  }

  /** Puts {@code channel} on its slot owner's connection (and off any other). */
  private CompletableFuture<Void> shardChannel(ChannelName channel) {
    HostAndPort owner;
    try {
      owner = context.ownerOf(shardCommand(channel));
    } catch (RuntimeException e) {
      return DONE; // no owner known right now: next round
    }
    CompletableFuture<Void> f = DONE;
    for (PubSubLink link : shardLinks.values()) {
      if (!link.node.equals(owner) && link.shardChannels.remove(channel)) {
        f = f.thenCompose(v -> command(link, "SUNSUBSCRIBE", List.of(channel)));
      }
    }
    PubSubLink link = shardLink(owner);
    return f.thenCompose(v -> link.opened())
        .thenCompose(
            v ->
                link.shardChannels.contains(channel)
                    ? DONE
                    : command(link, "SSUBSCRIBE", List.of(channel)));
  }

  private CompletableFuture<Void> dropExtras() {
    CompletableFuture<Void> f = DONE;
    for (PubSubLink link : shardLinks.values()) {
      for (ChannelName c : List.copyOf(link.shardChannels)) {
        if (!shardChannels.contains(c)) {
          f = f.thenCompose(v -> command(link, "SUNSUBSCRIBE", List.of(c)));
        }
      }
    }
    return f.thenRun(
        () -> {
          for (PubSubLink link : List.copyOf(shardLinks.values())) {
            if (link.shardChannels.isEmpty() && shardLinks.remove(link.node, link)) {
              link.close();
            }
          }
        });
  }

  /**
   * Sends one subscribe-family command and hands its outcome to the client's retry loop, which
   * counts it and tells the router, as for any command: a {@code MOVED} patches the slot map, an
   * {@code ASK} may request a refresh, a broken connection or a silent node counts against the
   * node. Whatever the loop says to send again, the next check round sends, to the owner the router
   * knows by then: a subscription follows redirects by routing again, never with {@code ASKING}.
   * Never fails.
   */
  private CompletableFuture<Void> command(PubSubLink link, String name, List<ChannelName> names) {
    Attempts attempts = context.retries().subscription(name, shardKey(name, names));
    attempts.sending(link.connection());
    return link.send(name, names, context.timeout())
        .handle(
            (reply, error) -> {
              outcome(attempts, link, name, names, reply, error);
              return null;
            });
  }

  private void outcome(
      Attempts attempts,
      PubSubLink link,
      String name,
      List<ChannelName> names,
      Reply reply,
      Throwable error) {
    FollowUp next;
    if (error == null) {
      next = attempts.onReply(reply);
    } else {
      Throwable cause =
          error instanceof CompletionException && error.getCause() != null
              ? error.getCause()
              : error;
      if (cause instanceof TimeoutException) {
        RedisTimeoutException timeout = attempts.timeout(context.timeout().toNanos(), "");
        problem(name, names, link, timeout.getMessage());
        return;
      }
      next = attempts.onFailure(cause, true, true); // subscribing twice is harmless
    }
    if (next instanceof FollowUp.Fail failure) {
      Throwable e = failure.error();
      problem(name, names, link, e.getMessage());
      if (e instanceof RedisServerException) {
        log.warn("{} {} on {} refused: {}", name, names, link.node, e.getMessage());
      }
    } else if (next instanceof FollowUp.Resend) {
      problem(name, names, link, attempts.lastReason());
    }
  }

  private void problem(String name, List<ChannelName> names, PubSubLink link, String what) {
    lastProblem = name + " " + names + " on " + link.node + ": " + what;
    log.debug("{}; next round soon", lastProblem);
  }

  /** The shard channel of a sharded command (one channel each), for the slot in messages. */
  private static byte[] shardKey(String command, List<ChannelName> names) {
    return command.startsWith("S") && names.size() == 1 ? names.get(0).bytes() : null;
  }

  private static Command shardCommand(ChannelName channel) {
    byte[][] args = {"SSUBSCRIBE".getBytes(StandardCharsets.US_ASCII), channel.bytes()};
    return Command.of("SSUBSCRIBE", args, new int[] {1}, false);
  }

  private synchronized PubSubLink openClassic(HostAndPort node) {
    PubSubLink link = open(node);
    classic = link;
    return link;
  }

  private synchronized void dropClassic(PubSubLink link) {
    if (classic == link) {
      classic = null;
    }
    link.close();
  }

  private synchronized PubSubLink shardLink(HostAndPort owner) {
    return shardLinks.computeIfAbsent(owner, this::open);
  }

  /** A new link; the caller holds the lock. */
  private PubSubLink open(HostAndPort node) {
    if (closed) {
      throw new SlotwiseClosedException("the subscription is closed");
    }
    return new PubSubLink(
        node, context.open(node), context.delivery(node, listener), wake, context);
  }

  /** Closes every connection; later rounds open none. */
  synchronized void close() {
    closed = true;
    PubSubLink link = classic;
    classic = null;
    if (link != null) {
      link.close();
    }
    shardLinks.values().forEach(PubSubLink::close);
    shardLinks.clear();
  }
}
