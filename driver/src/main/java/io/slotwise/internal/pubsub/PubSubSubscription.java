package io.slotwise.internal.pubsub;

import io.slotwise.HostAndPort;
import io.slotwise.RedisServerException;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.SlotwiseException;
import io.slotwise.internal.command.Args;
import io.slotwise.internal.executor.Attempts;
import io.slotwise.internal.executor.FollowUp;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.pubsub.PubSubListener;
import io.slotwise.pubsub.Subscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Subscription} implementation: wanted versus confirmed subscriptions, reconciled by a
 * background check round (see the interface for the behaviour a user relies on).
 *
 * <p>Thread-safe; owned by the {@link PubSubContext} that created it, closed by the caller or with
 * the client.
 */
public final class PubSubSubscription implements Subscription {
  /** How often the subscriptions are checked against the servers when nothing else wakes us. */
  public static final Duration RECHECK_PERIOD = Duration.ofMillis(250);

  private static final Logger log = LoggerFactory.getLogger(PubSubSubscription.class);

  private final PubSubContext context;
  private final PubSubListener listener;
  private final Set<String> channels = ConcurrentHashMap.newKeySet();
  private final Set<String> patterns = ConcurrentHashMap.newKeySet();
  private final Set<String> shardChannels = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService thread;
  private final AtomicBoolean closed = new AtomicBoolean();

  // Changed only on the subscription's thread (read by callers waiting for a confirmation).
  private volatile PubSubLink classic;
  private final Map<HostAndPort, PubSubLink> shardLinks = new ConcurrentHashMap<>();

  PubSubSubscription(PubSubContext context, PubSubListener listener) {
    this.context = context;
    this.listener = Args.requireObject(listener, "listener");
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "slotwise-pubsub");
              t.setDaemon(true);
              return t;
            });
    thread.scheduleWithFixedDelay(
        this::reconcile, RECHECK_PERIOD.toNanos(), RECHECK_PERIOD.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * {@code SUBSCRIBE}: waits until the server confirmed every channel (bounded by the command
   * timeout).
   *
   * @throws RedisTimeoutException when not confirmed in time (the subscription stays wanted and is
   *     retried in the background)
   */
  @Override
  public Subscription subscribe(String... channels) {
    return change(this.channels, true, channels, "channels");
  }

  /** {@code UNSUBSCRIBE} these channels; waits like {@link #subscribe}. */
  @Override
  public Subscription unsubscribe(String... channels) {
    return change(this.channels, false, channels, "channels");
  }

  /**
   * {@code PSUBSCRIBE} glob-style patterns; messages reach {@link PubSubListener#patternMessage}.
   */
  @Override
  public Subscription psubscribe(String... patterns) {
    return change(this.patterns, true, patterns, "patterns");
  }

  /** {@code PUNSUBSCRIBE} these patterns. */
  @Override
  public Subscription punsubscribe(String... patterns) {
    return change(this.patterns, false, patterns, "patterns");
  }

  /**
   * {@code SSUBSCRIBE} (Redis 7): sharded channels, each on the node owning its slot, followed
   * across slot migrations and failovers.
   */
  @Override
  public Subscription ssubscribe(String... channels) {
    return change(this.shardChannels, true, channels, "channels");
  }

  /** {@code SUNSUBSCRIBE} these sharded channels. */
  @Override
  public Subscription sunsubscribe(String... channels) {
    return change(this.shardChannels, false, channels, "channels");
  }

  /** The channels, patterns and shard channels asked for (confirmed or being re-established). */
  @Override
  public Set<String> channels() {
    return Set.copyOf(channels);
  }

  @Override
  public Set<String> patterns() {
    return Set.copyOf(patterns);
  }

  @Override
  public Set<String> shardChannels() {
    return Set.copyOf(shardChannels);
  }

  private Subscription change(Set<String> wanted, boolean add, String[] names, String what) {
    Args.utf8All(names, what); // checks: not empty, no null
    if (closed.get()) {
      throw new SlotwiseClosedException("the subscription is closed");
    }
    List<String> list = Arrays.asList(names);
    if (add) {
      wanted.addAll(list);
    } else {
      list.forEach(wanted::remove);
    }
    awaitRound();
    if (add && !confirmed(wanted == patterns, wanted == shardChannels, list)) {
      throw new RedisTimeoutException(
          "not yet subscribed to " + list + "; the subscription keeps trying in the background");
    }
    return this;
  }

  /** Runs a check round now and waits for it (bounded). */
  private void awaitRound() {
    long deadline = System.nanoTime() + context.timeout().multipliedBy(3).toNanos();
    try {
      Future<?> round = thread.submit(this::reconcile);
      round.get(context.timeout().multipliedBy(3).toNanos(), TimeUnit.NANOSECONDS);
      if (System.nanoTime() > deadline) {
        throw new RedisTimeoutException("pub/sub round took too long");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlotwiseException("interrupted while subscribing", e);
    } catch (ExecutionException e) {
      throw new SlotwiseException("pub/sub round failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new RedisTimeoutException("pub/sub round did not finish in time", e);
    } catch (RejectedExecutionException e) {
      throw new SlotwiseClosedException("the subscription is closed");
    }
  }

  private boolean confirmed(boolean pattern, boolean sharded, List<String> names) {
    if (sharded) {
      return names.stream()
          .allMatch(n -> shardLinks.values().stream().anyMatch(l -> l.shardChannels.contains(n)));
    }
    PubSubLink link = classic;
    return link != null
        && (pattern ? link.patterns.containsAll(names) : link.channels.containsAll(names));
  }

  /** One comparison of wanted and confirmed; runs on the subscription's thread only. */
  private void reconcile() {
    if (closed.get()) {
      return;
    }
    try {
      reconcileClassic();
      reconcileSharded();
    } catch (RuntimeException e) {
      log.debug("pub/sub check failed; next round in {}", RECHECK_PERIOD, e);
    }
  }

  private void reconcileClassic() {
    boolean wanted = !channels.isEmpty() || !patterns.isEmpty();
    if (classic == null && !wanted) {
      return;
    }
    if (classic == null) {
      List<HostAndPort> masters = context.masters();
      if (masters.isEmpty()) {
        return;
      }
      classic = open(masters.get(0));
    }
    if (!classic.check(context.timeout())) {
      if (!context.masters().contains(classic.node)) {
        classic.close(); // failed over or removed: the next round picks a master
        classic = null;
      }
      return;
    }
    sync(classic, "SUBSCRIBE", "UNSUBSCRIBE", channels, classic.channels);
    sync(classic, "PSUBSCRIBE", "PUNSUBSCRIBE", patterns, classic.patterns);
    if (!wanted && classic.channels.isEmpty() && classic.patterns.isEmpty()) {
      classic.close();
      classic = null;
    }
  }

  private void sync(
      PubSubLink link, String subscribe, String unsubscribe, Set<String> wanted, Set<String> has) {
    List<String> missing = wanted.stream().filter(n -> !has.contains(n)).toList();
    if (!missing.isEmpty()) {
      command(link, subscribe, missing);
    }
    List<String> extra = has.stream().filter(n -> !wanted.contains(n)).toList();
    if (!extra.isEmpty()) {
      command(link, unsubscribe, extra);
    }
  }

  private void reconcileSharded() {
    for (PubSubLink link : shardLinks.values()) {
      link.check(context.timeout());
    }
    for (String channel : shardChannels) {
      HostAndPort owner;
      try {
        owner = context.ownerOf(shardCommand(channel));
      } catch (RuntimeException e) {
        continue; // no owner known right now: next round
      }
      for (PubSubLink link : shardLinks.values()) {
        if (!link.node.equals(owner) && link.shardChannels.remove(channel)) {
          command(link, "SUNSUBSCRIBE", List.of(channel));
        }
      }
      PubSubLink link = shardLinks.computeIfAbsent(owner, this::open);
      if (!link.shardChannels.contains(channel)) {
        command(link, "SSUBSCRIBE", List.of(channel));
      }
    }
    List<HostAndPort> idle = new ArrayList<>();
    for (PubSubLink link : shardLinks.values()) {
      List<String> extra =
          link.shardChannels.stream().filter(c -> !shardChannels.contains(c)).toList();
      for (String c : extra) {
        command(link, "SUNSUBSCRIBE", List.of(c));
      }
      if (link.shardChannels.isEmpty()) {
        idle.add(link.node);
      }
    }
    for (HostAndPort node : idle) {
      shardLinks.remove(node).close();
    }
  }

  /**
   * Sends one subscribe-family command and hands its outcome to the client's retry loop, which
   * counts it and tells the router, as for any command: a {@code MOVED} patches the slot map, an
   * {@code ASK} may request a refresh, a broken connection or a silent node counts against the
   * node. Whatever the loop says to send again, the next check round sends, to the owner the router
   * knows by then: a subscription follows redirects by routing again, never with {@code ASKING}.
   */
  private void command(PubSubLink link, String name, List<String> names) {
    Attempts attempts = context.retries().subscription(name, shardKey(name, names));
    attempts.sending(link.connection());
    FollowUp next;
    try {
      next = attempts.onReply(link.send(name, names, context.timeout()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (ExecutionException e) {
      next = attempts.onFailure(e.getCause(), true, true); // subscribing twice is harmless
    } catch (TimeoutException e) {
      RedisTimeoutException timeout = attempts.timeout(context.timeout().toNanos(), "");
      log.debug(
          "{} {} on {}: {}; next round in {}", name, names, link.node, timeout, RECHECK_PERIOD);
      return;
    }
    if (next instanceof FollowUp.Fail failure) {
      Throwable error = failure.error();
      if (error instanceof RedisServerException) {
        log.warn("{} {} on {} refused: {}", name, names, link.node, error.getMessage());
      } else {
        log.debug("{} {} on {} failed: {}", name, names, link.node, error.toString());
      }
    } else if (next instanceof FollowUp.Resend) {
      log.debug("{} {} on {}: {}; next round", name, names, link.node, attempts.lastReason());
    }
  }

  /** The shard channel of a sharded command (one channel each), for the slot in messages. */
  private static byte[] shardKey(String command, List<String> names) {
    return command.startsWith("S") && names.size() == 1
        ? names.get(0).getBytes(StandardCharsets.UTF_8)
        : null;
  }

  private PubSubLink open(HostAndPort node) {
    NodeConnection connection = context.open(node);
    PubSubLink link = new PubSubLink(node, connection, listener, this::wake);
    try {
      connection.whenConnected().get(context.timeout().toNanos() * 2, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      log.debug("pub/sub connection to {} not up yet: {}", node, e.toString()); // it keeps trying
    }
    link.check(context.timeout()); // notes the connection's id before anything subscribes
    return link;
  }

  /** An {@code sunsubscribe} the server sent by itself: check at once, not at the next period. */
  private void wake() {
    try {
      thread.execute(this::reconcile);
    } catch (RejectedExecutionException e) {
      // closed
    }
  }

  private static Command shardCommand(String channel) {
    byte[][] args = {
      "SSUBSCRIBE".getBytes(StandardCharsets.US_ASCII), channel.getBytes(StandardCharsets.UTF_8)
    };
    return Command.of("SSUBSCRIBE", args, new int[] {1}, false);
  }

  /** Closes every connection (the servers drop the subscriptions) and stops the thread. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    thread.shutdownNow();
    try {
      thread.awaitTermination(context.timeout().toMillis() * 3, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (classic != null) {
      classic.close();
    }
    shardLinks.values().forEach(PubSubLink::close);
    context.forget(this);
  }
}
