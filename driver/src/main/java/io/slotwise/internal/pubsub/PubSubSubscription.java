package io.slotwise.internal.pubsub;

import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.SlotwiseException;
import io.slotwise.internal.command.Args;
import io.slotwise.pubsub.AsyncSubscription;
import io.slotwise.pubsub.PubSubMessage.Kind;
import io.slotwise.pubsub.PubSubMessageListener;
import io.slotwise.pubsub.Subscription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The {@link Subscription} implementation: the wanted channels, patterns and shard channels, and
 * check rounds ({@link Reconciler}) that bring the servers to them — one round at a time, started
 * by a change, by the server dropping a shard channel, and every {@link #RECHECK_PERIOD} by a timer
 * on the client's scheduler. No thread of its own (see the interface for the behaviour a user
 * relies on).
 *
 * <p>Thread-safe; owned by the {@link PubSubContext} that created it, closed by the caller or with
 * the client.
 */
final class PubSubSubscription implements Subscription {
  /** How often the subscriptions are checked against the servers when nothing else wakes us. */
  static final Duration RECHECK_PERIOD = Duration.ofMillis(250);

  private final PubSubContext context;
  private final Set<ChannelName> channels = ConcurrentHashMap.newKeySet();
  private final Set<ChannelName> patterns = ConcurrentHashMap.newKeySet();
  private final Set<ChannelName> shardChannels = ConcurrentHashMap.newKeySet();
  private final Reconciler reconciler;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AsyncView async = new AsyncView();
  private final Object rounds = new Object();
  private CompletableFuture<Void> running; // guarded by rounds
  private CompletableFuture<Void> queued; // guarded by rounds
  private volatile ScheduledFuture<?> timer;

  PubSubSubscription(PubSubContext context, PubSubMessageListener listener) {
    this.context = context;
    Args.requireObject(listener, "listener");
    this.reconciler =
        new Reconciler(context, listener, channels, patterns, shardChannels, this::requestRound);
  }

  /** Starts the periodic check. */
  void start() {
    long period = RECHECK_PERIOD.toNanos();
    timer =
        context
            .scheduler()
            .scheduleWithFixedDelay(this::tick, period, period, TimeUnit.NANOSECONDS);
  }

  @Override
  public Subscription subscribe(String... channels) {
    return await(async.subscribe(channels));
  }

  @Override
  public Subscription subscribe(byte[]... channels) {
    return await(async.subscribe(channels));
  }

  @Override
  public Subscription unsubscribe(String... channels) {
    return await(async.unsubscribe(channels));
  }

  @Override
  public Subscription unsubscribe(byte[]... channels) {
    return await(async.unsubscribe(channels));
  }

  @Override
  public Subscription psubscribe(String... patterns) {
    return await(async.psubscribe(patterns));
  }

  @Override
  public Subscription psubscribe(byte[]... patterns) {
    return await(async.psubscribe(patterns));
  }

  @Override
  public Subscription punsubscribe(String... patterns) {
    return await(async.punsubscribe(patterns));
  }

  @Override
  public Subscription punsubscribe(byte[]... patterns) {
    return await(async.punsubscribe(patterns));
  }

  @Override
  public Subscription ssubscribe(String... channels) {
    return await(async.ssubscribe(channels));
  }

  @Override
  public Subscription ssubscribe(byte[]... channels) {
    return await(async.ssubscribe(channels));
  }

  @Override
  public Subscription sunsubscribe(String... channels) {
    return await(async.sunsubscribe(channels));
  }

  @Override
  public Subscription sunsubscribe(byte[]... channels) {
    return await(async.sunsubscribe(channels));
  }

  @Override
  public AsyncSubscription async() {
    return async;
  }

  @Override
  public Set<String> channels() {
    return texts(channels);
  }

  @Override
  public Set<String> patterns() {
    return texts(patterns);
  }

  @Override
  public Set<String> shardChannels() {
    return texts(shardChannels);
  }

  private static Set<String> texts(Set<ChannelName> names) {
    return names.stream().map(ChannelName::text).collect(Collectors.toUnmodifiableSet());
  }

  /** Waits for an operation of the async view (each is bounded). */
  private Subscription await(CompletableFuture<Void> operation) {
    try {
      operation.get();
      return this;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlotwiseException("interrupted while changing a subscription", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new SlotwiseException("subscription change failed: " + cause, cause);
    }
  }

  /**
   * Adds or removes wanted names and asks for a round. A subscribe completes once every name is
   * confirmed (re-checked after each round), or fails with a {@link RedisTimeoutException} after
   * three command timeouts; an unsubscribe completes when the next round is over.
   */
  private CompletableFuture<Void> change(
      Set<ChannelName> wanted, Kind kind, boolean add, byte[][] names, String what) {
    Args.requireAll(names, what);
    if (closed.get()) {
      return CompletableFuture.failedFuture(closedError());
    }
    List<ChannelName> list = new ArrayList<>(names.length);
    for (byte[] n : names) {
      list.add(ChannelName.of(n));
    }
    if (add) {
      wanted.addAll(list);
    } else {
      list.forEach(wanted::remove);
    }
    Duration bound = context.timeout().multipliedBy(3);
    CompletableFuture<Void> result = new CompletableFuture<>();
    try {
      ScheduledFuture<?> deadline =
          context
              .scheduler()
              .schedule(
                  () ->
                      result.completeExceptionally(
                          new RedisTimeoutException(
                              (add ? "not yet subscribed to " : "not yet unsubscribed from ")
                                  + list
                                  + " after "
                                  + bound
                                  + "; the subscription keeps trying in the background"
                                  + (reconciler.lastProblem().isEmpty()
                                      ? ""
                                      : " (last problem: " + reconciler.lastProblem() + ")"))),
                  bound.toNanos(),
                  TimeUnit.NANOSECONDS);
      result.whenComplete((v, e) -> deadline.cancel(false));
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(closedError());
    }
    if (add) {
      awaitConfirmed(kind, list, result);
    } else {
      requestRound().whenComplete((v, e) -> complete(result, e));
    }
    return result;
  }

  private void awaitConfirmed(Kind kind, List<ChannelName> names, CompletableFuture<Void> result) {
    requestRound()
        .whenComplete(
            (v, e) -> {
              if (e != null) {
                complete(result, e);
              } else if (reconciler.confirmed(kind, names)) {
                result.complete(null);
              } else if (!result.isDone()) {
                try {
                  context
                      .scheduler()
                      .schedule(
                          () -> awaitConfirmed(kind, names, result),
                          RECHECK_PERIOD.toNanos(),
                          TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException closing) {
                  result.completeExceptionally(closedError());
                }
              }
            });
  }

  private static void complete(CompletableFuture<Void> result, Throwable error) {
    if (error == null) {
      result.complete(null);
    } else {
      result.completeExceptionally(error);
    }
  }

  private static SlotwiseClosedException closedError() {
    return new SlotwiseClosedException("the subscription is closed");
  }

  /**
   * A round that starts after this call: the one running now is not enough (the caller's change may
   * have come after it compared). Completes when that round is over; fails only when closed.
   */
  private CompletableFuture<Void> requestRound() {
    synchronized (rounds) {
      if (running == null) {
        running = new CompletableFuture<>();
        startRound(running);
        return running;
      }
      if (queued == null) {
        queued = new CompletableFuture<>();
      }
      return queued;
    }
  }

  /** The timer: a round unless one is running (then the running one is as good). */
  private void tick() {
    synchronized (rounds) {
      if (running != null) {
        return;
      }
    }
    requestRound();
  }

  private void startRound(CompletableFuture<Void> done) {
    try {
      context.scheduler().execute(() -> runRound(done));
    } catch (RejectedExecutionException e) {
      CompletableFuture<Void> next;
      synchronized (rounds) {
        running = null;
        next = queued;
        queued = null;
      }
      done.completeExceptionally(closedError());
      if (next != null) {
        next.completeExceptionally(closedError());
      }
    }
  }

  private void runRound(CompletableFuture<Void> done) {
    CompletableFuture<Void> round =
        closed.get() ? CompletableFuture.completedFuture(null) : reconciler.round();
    round.whenComplete((v, e) -> roundOver(done));
  }

  private void roundOver(CompletableFuture<Void> done) {
    CompletableFuture<Void> next;
    synchronized (rounds) {
      running = queued;
      queued = null;
      next = running;
    }
    if (next != null) {
      startRound(next);
    }
    if (closed.get()) {
      done.completeExceptionally(closedError());
    } else {
      done.complete(null);
    }
  }

  /** Closes every connection (the servers drop the subscriptions) and stops the checks. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    ScheduledFuture<?> t = timer;
    if (t != null) {
      t.cancel(false);
    }
    reconciler.close();
    context.forget(this);
  }

  /** The future-returning view; every operation goes through {@link #change}. */
  private final class AsyncView implements AsyncSubscription {
    @Override
    public CompletableFuture<Void> subscribe(String... channels) {
      return subscribe(Args.utf8All(channels, "channels"));
    }

    @Override
    public CompletableFuture<Void> subscribe(byte[]... names) {
      return change(channels, Kind.CHANNEL, true, names, "channels");
    }

    @Override
    public CompletableFuture<Void> unsubscribe(String... channels) {
      return unsubscribe(Args.utf8All(channels, "channels"));
    }

    @Override
    public CompletableFuture<Void> unsubscribe(byte[]... names) {
      return change(channels, Kind.CHANNEL, false, names, "channels");
    }

    @Override
    public CompletableFuture<Void> psubscribe(String... patterns) {
      return psubscribe(Args.utf8All(patterns, "patterns"));
    }

    @Override
    public CompletableFuture<Void> psubscribe(byte[]... names) {
      return change(patterns, Kind.PATTERN, true, names, "patterns");
    }

    @Override
    public CompletableFuture<Void> punsubscribe(String... patterns) {
      return punsubscribe(Args.utf8All(patterns, "patterns"));
    }

    @Override
    public CompletableFuture<Void> punsubscribe(byte[]... names) {
      return change(patterns, Kind.PATTERN, false, names, "patterns");
    }

    @Override
    public CompletableFuture<Void> ssubscribe(String... channels) {
      return ssubscribe(Args.utf8All(channels, "channels"));
    }

    @Override
    public CompletableFuture<Void> ssubscribe(byte[]... names) {
      return change(shardChannels, Kind.SHARD, true, names, "channels");
    }

    @Override
    public CompletableFuture<Void> sunsubscribe(String... channels) {
      return sunsubscribe(Args.utf8All(channels, "channels"));
    }

    @Override
    public CompletableFuture<Void> sunsubscribe(byte[]... names) {
      return change(shardChannels, Kind.SHARD, false, names, "channels");
    }
  }
}
