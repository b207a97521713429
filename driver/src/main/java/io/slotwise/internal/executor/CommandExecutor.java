package io.slotwise.internal.executor;

import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.RedisProtocolException;
import io.slotwise.RetryOptions;
import io.slotwise.SlotwiseStats;
import io.slotwise.internal.command.CrossSlot;
import io.slotwise.internal.command.MultiKey;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.DirectLinks;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Router;
import io.slotwise.metrics.SlotwiseRecorder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The "how" of sending a command on the shared connections: deadline, retries, redirects (see
 * {@link Invocation} for one command's way, {@link RetryLoop} and {@link Attempts} for the loop and
 * {@link RetryPolicy} for its decisions), over a {@link Router} that says where. Thread-safe; holds
 * no lock on the command path.
 */
public final class CommandExecutor implements Dispatcher {
  private final Router router;
  private final ScheduledExecutorService scheduler;
  private final LongSupplier nanoClock;
  private final long timeoutNanos;
  private final long failoverBudgetNanos;
  private final Predicate<Command> retrySafe;
  private final Consumer<Command> preflight;
  private final RetryLoop retries;
  private final CrossSlot crossSlot;
  private final DeadlineSweeper deadlines;
  private final RetryLanes lanes;

  /**
   * @param commandTimeout the deadline of each command, retries included
   * @param retry the redirect bound and the backoff between retries
   * @param recorder where command outcomes, redirects, retries and timeouts are reported
   * @param retrySafe whether a command may be resent after its connection broke mid-flight
   * @param preflight checks a command before it is sent (Codis refuses some); throws to refuse
   */
  public CommandExecutor(
      Duration commandTimeout,
      RetryOptions retry,
      SlotwiseRecorder recorder,
      Router router,
      ScheduledExecutorService scheduler,
      LongSupplier nanoClock,
      Predicate<Command> retrySafe,
      Consumer<Command> preflight) {
    this(
        commandTimeout,
        commandTimeout,
        retry,
        recorder,
        router,
        scheduler,
        nanoClock,
        retrySafe,
        preflight);
  }

  /**
   * @param failoverBudget how long after its start a command may wait for a failover (see {@link
   *     io.slotwise.Timeouts#failoverBudget()}); no longer than {@code commandTimeout} turns the
   *     wait off
   */
  public CommandExecutor(
      Duration commandTimeout,
      Duration failoverBudget,
      RetryOptions retry,
      SlotwiseRecorder recorder,
      Router router,
      ScheduledExecutorService scheduler,
      LongSupplier nanoClock,
      Predicate<Command> retrySafe,
      Consumer<Command> preflight) {
    this.failoverBudgetNanos = failoverBudget.toNanos();
    this.router = router;
    this.scheduler = scheduler;
    this.nanoClock = nanoClock;
    this.timeoutNanos = commandTimeout.toNanos();
    this.retrySafe = retrySafe;
    this.preflight = preflight;
    this.retries =
        new RetryLoop(
            router,
            scheduler,
            nanoClock,
            retry.maxRedirects(),
            retry.minDelay(),
            retry.maxDelay(),
            recorder);
    this.crossSlot = new CrossSlot(this);
    this.deadlines = new DeadlineSweeper(scheduler, nanoClock, timeoutNanos);
    this.lanes = new RetryLanes(scheduler);
  }

  @Override
  public <T> CompletableFuture<T> execute(Command command, Function<Reply, T> converter) {
    return submit(command, converter, null, Starter.NOW);
  }

  @Override
  public <T> CompletableFuture<T> executeOn(
      HostAndPort node, Command command, Function<Reply, T> converter) {
    return submit(command, converter, node, Starter.NOW);
  }

  @Override
  public CompletableFuture<List<byte[]>> mget(byte[][] keys) {
    return mget(keys, Starter.NOW);
  }

  @Override
  public CompletableFuture<Void> mset(Map<byte[], byte[]> keyValues) {
    return mset(keyValues, Starter.NOW);
  }

  @Override
  public CompletableFuture<Long> countKeys(String command, byte[][] keys) {
    return countKeys(command, keys, Starter.NOW);
  }

  @Override
  public <T> CompletableFuture<T> fanOut(Command command, Function<List<Reply>, T> combiner) {
    return fanOut(command, combiner, Starter.NOW);
  }

  /**
   * This executor as a sync caller's dispatcher: the same commands, retries and outcomes, but while
   * at most {@code maxOnLinks} sync calls are in progress, a command's first attempts are made on a
   * caller-thread link when the node's shared connection is idle and a link is free ({@link
   * SyncCallers}), so that a call that waits anyway neither wakes an I/O thread nor is woken by
   * one. Only for callers that block on the returned future at once (the sync API); thread-safe.
   */
  public Dispatcher forSyncCallers(int maxOnLinks) {
    SyncCallers starter = new SyncCallers(maxOnLinks);
    return new Dispatcher() {
      @Override
      public <T> CompletableFuture<T> execute(Command command, Function<Reply, T> converter) {
        return submit(command, converter, null, starter);
      }

      @Override
      public <T> CompletableFuture<T> executeOn(
          HostAndPort node, Command command, Function<Reply, T> converter) {
        return submit(command, converter, node, starter);
      }

      @Override
      public CompletableFuture<List<byte[]>> mget(byte[][] keys) {
        return CommandExecutor.this.mget(keys, starter);
      }

      @Override
      public CompletableFuture<Void> mset(Map<byte[], byte[]> keyValues) {
        return CommandExecutor.this.mset(keyValues, starter);
      }

      @Override
      public CompletableFuture<Long> countKeys(String command, byte[][] keys) {
        return CommandExecutor.this.countKeys(command, keys, starter);
      }

      @Override
      public <T> CompletableFuture<T> fanOut(Command command, Function<List<Reply>, T> combiner) {
        return CommandExecutor.this.fanOut(command, combiner, starter);
      }

      @Override
      public CompletableFuture<Long> waitReplicas(byte[] key, int replicas, Duration timeout) {
        return CommandExecutor.this.waitReplicas(key, replicas, timeout, null);
      }

      @Override
      public List<HostAndPort> masters() {
        return CommandExecutor.this.masters();
      }

      @Override
      public List<HostAndPort> nodes() {
        return CommandExecutor.this.nodes();
      }

      @Override
      public boolean splitsBySlot() {
        return CommandExecutor.this.splitsBySlot();
      }
    };
  }

  // --- the same, with the start step given (at once, or queued by a pipeline) ----------------

  /**
   * One command, checked by the preflight and handed to {@code starter}.
   *
   * @param pinned the node to send it to, or null to route it by its key
   */
  <T> CompletableFuture<T> submit(
      Command command, Function<Reply, T> converter, HostAndPort pinned, Starter starter) {
    try {
      preflight.accept(command);
    } catch (RuntimeException refused) {
      return CompletableFuture.failedFuture(refused);
    }
    Invocation<T> invocation = new Invocation<>(this, command, converter, pinned);
    starter.start(invocation);
    return invocation.future;
  }

  CompletableFuture<List<byte[]>> mget(byte[][] keys, Starter starter) {
    if (router.splitsBySlot()) {
      return crossSlot.mget(keys, starter);
    }
    return submit(
        MultiKey.command("MGET", keys, 1, true), CommandExecutor::bulkList, null, starter);
  }

  CompletableFuture<Void> mset(Map<byte[], byte[]> keyValues, Starter starter) {
    if (router.splitsBySlot()) {
      return crossSlot.mset(keyValues, starter);
    }
    return submit(MultiKey.msetCommand(keyValues), reply -> null, null, starter);
  }

  CompletableFuture<Long> countKeys(String command, byte[][] keys, Starter starter) {
    if (router.splitsBySlot()) {
      return crossSlot.countKeys(command, keys, starter);
    }
    return submit(
        MultiKey.command(command, keys, 1, command.equals("EXISTS")),
        CommandExecutor::integer,
        null,
        starter);
  }

  <T> CompletableFuture<T> fanOut(
      Command command, Function<List<Reply>, T> combiner, Starter starter) {
    List<NodeConnection> masters = router.masters();
    if (masters.isEmpty()) {
      return CompletableFuture.failedFuture(
          new RedisConnectionException("no node is known to send " + command.name() + " to"));
    }
    List<CompletableFuture<Reply>> parts = new ArrayList<>(masters.size());
    for (NodeConnection master : masters) {
      parts.add(submit(command, Function.identity(), master.address(), starter));
    }
    return CompletableFuture.allOf(parts.toArray(new CompletableFuture<?>[0]))
        .thenApply(
            done -> {
              List<Reply> replies = new ArrayList<>(parts.size());
              for (CompletableFuture<Reply> part : parts) {
                replies.add(part.join());
              }
              return combiner.apply(replies);
            });
  }

  /**
   * {@code WAIT replicas timeout} on the shared connection to the owner of {@code key}'s slot,
   * routed as a write of {@code key} (so behind that slot's writes waiting to be retried) — and on
   * each of that node's caller-thread links (on a thread of {@code linkWaits}), which carried the
   * node's sync writes while its shared connection was idle: the answer is the smallest count.
   */
  @Override
  public CompletableFuture<Long> waitReplicas(byte[] key, int replicas, Duration timeout) {
    return waitReplicas(key, replicas, timeout, null);
  }

  /**
   * @param linkWaits where to wait on the caller-thread links (they block), or null for the calling
   *     thread (a sync caller)
   */
  CompletableFuture<Long> waitReplicas(
      byte[] key, int replicas, Duration timeout, Executor linkWaits) {
    Command wait =
        Command.of(
            "WAIT",
            new byte[][] {utf8("WAIT"), utf8(Integer.toString(replicas)), utf8(millis(timeout))},
            new int[0],
            false);
    Command routing = Command.of("WAIT", new byte[][] {utf8("WAIT"), key}, new int[] {1}, false);
    Invocation<Long> invocation =
        new Invocation<>(this, wait, CommandExecutor::integer, routing, timeout.toNanos());
    long deadline = nanoTime() + timeoutNanos + timeout.toNanos();
    CompletableFuture<Long> shared = invocation.start();
    DirectLinks links = directLinksOf(routing);
    if (links == null || links.openLinks() == 0) {
      return shared;
    }
    Supplier<Long> onLinks = () -> links.smallestReplyOnEach(wait, deadline);
    CompletableFuture<Long> others;
    if (linkWaits != null) {
      others = CompletableFuture.supplyAsync(onLinks, linkWaits);
    } else {
      try {
        others = CompletableFuture.completedFuture(onLinks.get());
      } catch (RuntimeException e) {
        others = CompletableFuture.failedFuture(e);
      }
    }
    return shared.thenCombine(others, Math::min);
  }

  private DirectLinks directLinksOf(Command routing) {
    try {
      return router.route(routing).directLinks();
    } catch (RuntimeException noRoute) {
      return null; // the shared WAIT reports it
    }
  }

  private static String millis(Duration d) {
    return Long.toString(d.toMillis());
  }

  @Override
  public List<HostAndPort> masters() {
    return router.masters().stream().map(NodeConnection::address).toList();
  }

  @Override
  public List<HostAndPort> nodes() {
    return router.nodes().stream().map(NodeConnection::address).toList();
  }

  @Override
  public boolean splitsBySlot() {
    return router.splitsBySlot();
  }

  /** Counters since the client started (of every path through {@link #retries()}). */
  public SlotwiseStats stats() {
    return retries.stats();
  }

  /**
   * The client's retry loop, shared with its exclusive connections and subscriptions so that every
   * path counts, backs off and reports to the router the same way.
   */
  public RetryLoop retries() {
    return retries;
  }

  // --- used by Invocation -------------------------------------------------------------------

  Router router() {
    return router;
  }

  ScheduledExecutorService scheduler() {
    return scheduler;
  }

  DeadlineSweeper deadlines() {
    return deadlines;
  }

  /** Where commands wait to be retried, in order per slot. */
  RetryLanes lanes() {
    return lanes;
  }

  long nanoTime() {
    return nanoClock.getAsLong();
  }

  public long timeoutNanos() {
    return timeoutNanos;
  }

  long failoverBudgetNanos() {
    return failoverBudgetNanos;
  }

  /**
   * The longest a command may take before its deadline fails it: the command timeout, or the
   * failover budget when commands wait out failovers. What a caller waiting on it should allow.
   */
  public long longestWaitNanos() {
    return ridesOutFailovers() ? failoverBudgetNanos : timeoutNanos;
  }

  /** Whether commands wait out a failover beyond the command timeout (cluster mode, a budget). */
  boolean ridesOutFailovers() {
    return failoverBudgetNanos > timeoutNanos && router.waitsOutFailover();
  }

  boolean retrySafe(Command command) {
    return retrySafe.test(command);
  }

  // --- reply shapes shared by the multi-key paths -------------------------------------------

  public static List<byte[]> bulkList(Reply reply) {
    if (!(reply instanceof Reply.Array array)) {
      throw new RedisProtocolException("expected an array reply, got " + reply);
    }
    List<byte[]> values = new ArrayList<>(array.items().size());
    for (Reply item : array.items()) {
      values.add(item instanceof Reply.Bulk bulk ? bulk.value() : null);
    }
    return values;
  }

  public static Long integer(Reply reply) {
    if (reply instanceof Reply.Int n) {
      return n.value();
    }
    throw new RedisProtocolException("expected an integer reply, got " + reply);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
