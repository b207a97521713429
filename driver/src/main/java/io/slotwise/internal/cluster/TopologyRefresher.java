package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.cluster.ClusterNode;
import io.slotwise.cluster.RefreshTrigger;
import io.slotwise.internal.transport.NodeConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the router's slot map fresh: single-flight, rate-limited, coalesced full refreshes.
 *
 * <p>How it decides: {@link #request} records its {@link RefreshTrigger}. When no refresh runs or
 * waits, one is scheduled at {@code lastStart + minInterval} (at once when that has passed), so
 * refreshes start at most once per minimum interval however many commands see {@code MOVED}. A
 * request that arrives while one is scheduled joins it; one that arrives while one runs marks a
 * single follow-up run, scheduled when the running one ends (its in-progress flag is cleared in a
 * {@code finally}). A periodic timer adds {@link RefreshTrigger#PERIODIC} requests.
 *
 * <p>What a run does: ask up to three nodes — the known masters first (rotating), then the original
 * seeds, which are always kept as the fallback — through the router's persistent connections (see
 * {@link TopologyLoader}). When every address failed, the seed connections are dropped and the
 * seeds asked once more on fresh connections, which resolves their DNS names again. The chosen view
 * is published only when its layout differs from the current map.
 *
 * <p>Thread-safe. Time comes from the injected clock and scheduler, so tests drive it without
 * sleeping. {@link #close()} stops the timer; it closes no connection (the router owns them).
 */
public final class TopologyRefresher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TopologyRefresher.class);

  /** What a refresher reads and updates; implemented by the router. */
  interface Topology {
    /** The slot map in use. */
    SlotMap current();

    /** The persistent connection to an address, opened if needed. */
    NodeConnection connection(HostAndPort address);

    /** Closes and forgets the connection to an address, so the next one resolves its name again. */
    void forget(HostAndPort address);

    /** Makes {@code map} the slot map in use. */
    void publish(SlotMap map);

    /** A run ended ({@code error} null when it succeeded); for metrics. */
    default void refreshed(Set<RefreshTrigger> triggers, long durationNanos, Throwable error) {}

    /** Whether the node's connection is down or its last command failed: ask it last. */
    boolean suspect(HostAndPort address);
  }

  private final Topology topology;
  private final TopologyLoader loader;
  private final List<HostAndPort> seeds;
  private final long minIntervalNanos;
  private final Duration period;
  private final ScheduledExecutorService scheduler;
  private final LongSupplier nanoTime;

  private final Object lock = new Object();
  private final Set<RefreshTrigger> pending = EnumSet.noneOf(RefreshTrigger.class);
  private boolean running;
  private boolean scheduled;
  private boolean followUp;
  private boolean everStarted;
  private boolean closed;
  private long lastStartNanos;
  private ScheduledFuture<?> periodic;

  private final AtomicLongArray requests = new AtomicLongArray(RefreshTrigger.values().length);
  private final AtomicLongArray runsBy = new AtomicLongArray(RefreshTrigger.values().length);
  private final AtomicLong runs = new AtomicLong();
  private final AtomicLong changes = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();

  TopologyRefresher(
      Topology topology,
      TopologyLoader loader,
      List<HostAndPort> seeds,
      Duration minInterval,
      Duration period,
      ScheduledExecutorService scheduler,
      LongSupplier nanoTime) {
    this.topology = topology;
    this.loader = loader;
    this.seeds = List.copyOf(seeds);
    this.minIntervalNanos = minInterval.toNanos();
    this.period = period;
    this.scheduler = scheduler;
    this.nanoTime = nanoTime;
  }

  /**
   * Loads the first slot map from the seeds, publishes it and starts the periodic timer. Fails with
   * a {@link ClusterTopologyException} naming every seed and why it failed.
   */
  CompletableFuture<SlotMap> start() {
    requests.incrementAndGet(RefreshTrigger.STARTUP.ordinal());
    synchronized (lock) {
      running = true;
      everStarted = true;
      lastStartNanos = nanoTime.getAsLong();
    }
    countRun(EnumSet.of(RefreshTrigger.STARTUP));
    CompletableFuture<SlotMap> loaded;
    try {
      loaded = loader.load(seeds, topology::connection);
    } catch (RuntimeException e) {
      loaded = CompletableFuture.failedFuture(e);
    }
    return loaded
        .thenApply(
            view -> {
              topology.publish(view);
              changes.incrementAndGet();
              schedulePeriodic();
              return view;
            })
        .whenComplete(
            (view, e) -> {
              topology.refreshed(
                  EnumSet.of(RefreshTrigger.STARTUP), nanoTime.getAsLong() - lastStart(), e);
              finished();
            });
  }

  /** Asks for a refresh; returns at once (never blocks, never throws). */
  void request(RefreshTrigger trigger) {
    requests.incrementAndGet(trigger.ordinal());
    long delay;
    synchronized (lock) {
      if (closed) {
        return;
      }
      pending.add(trigger);
      if (!everStarted) {
        // start() loads the first map; requests before it only leave their cause.
        return;
      }
      if (running) {
        followUp = true;
        return;
      }
      if (scheduled) {
        return;
      }
      scheduled = true;
      delay = delayLocked();
    }
    schedule(delay);
  }

  private long delayLocked() {
    return everStarted ? Math.max(0, lastStartNanos + minIntervalNanos - nanoTime.getAsLong()) : 0;
  }

  private void schedule(long delayNanos) {
    try {
      scheduler.schedule(this::run, delayNanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      synchronized (lock) {
        scheduled = false;
      }
      LOG.debug("topology refresh not scheduled: the scheduler is shut down");
    }
  }

  private void run() {
    Set<RefreshTrigger> causes;
    synchronized (lock) {
      scheduled = false;
      if (closed) {
        return;
      }
      if (running) {
        followUp = true;
        return;
      }
      running = true;
      everStarted = true;
      lastStartNanos = nanoTime.getAsLong();
      causes = pending.isEmpty() ? EnumSet.of(RefreshTrigger.PERIODIC) : EnumSet.copyOf(pending);
      pending.clear();
    }
    countRun(causes);
    CompletableFuture<SlotMap> result;
    try {
      result = refresh();
    } catch (RuntimeException e) {
      result = CompletableFuture.failedFuture(e);
    }
    result.whenComplete(
        (view, e) -> {
          try {
            topology.refreshed(causes, nanoTime.getAsLong() - lastStart(), e);
            if (e != null) {
              failures.incrementAndGet();
              Throwable cause =
                  e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
              LOG.warn("topology refresh for {} failed: {}", causes, cause.getMessage());
            }
          } finally {
            finished();
          }
        });
  }

  private CompletableFuture<SlotMap> refresh() {
    return loader
        .load(candidates(), topology::connection)
        .exceptionallyCompose(
            first -> {
              // Every address failed: maybe the seed names point elsewhere now; resolve them again.
              for (HostAndPort seed : seeds) {
                topology.forget(seed);
              }
              return loader
                  .load(seeds, topology::connection)
                  .whenComplete(
                      (view, second) -> {
                        if (second != null && second != first) {
                          second.addSuppressed(first);
                        }
                      });
            })
        .thenApply(
            view -> {
              if (!isClosed() && !view.sameLayoutAs(topology.current())) {
                topology.publish(view);
                changes.incrementAndGet();
              }
              return view;
            });
  }

  /**
   * Known masters first, starting at a rotating offset, then their replicas (a promoted replica
   * knows of its promotion first), then the seeds; no duplicates. Suspect nodes (down, or their
   * last command failed) go last, so that a dead or hung master never holds up a refresh while a
   * healthy node can answer.
   */
  List<HostAndPort> candidates() {
    SlotMap current = topology.current();
    List<ClusterNode> masters = current.masters();
    Set<HostAndPort> ordered = new LinkedHashSet<>();
    int n = masters.size();
    int offset = n == 0 ? 0 : (int) (runs.get() % n);
    for (int i = 0; i < n; i++) {
      ordered.add(masters.get((offset + i) % n).address());
    }
    for (ClusterNode node : current.nodes()) {
      ordered.add(node.address());
    }
    ordered.addAll(seeds);
    List<HostAndPort> healthy = new ArrayList<>(ordered.size());
    List<HostAndPort> suspect = new ArrayList<>();
    for (HostAndPort a : ordered) {
      (topology.suspect(a) ? suspect : healthy).add(a);
    }
    healthy.addAll(suspect);
    return healthy;
  }

  private void finished() {
    long delay;
    synchronized (lock) {
      running = false;
      if (!followUp || closed || scheduled) {
        followUp = false;
        return;
      }
      followUp = false;
      scheduled = true;
      delay = delayLocked();
    }
    schedule(delay);
  }

  private void countRun(Set<RefreshTrigger> causes) {
    runs.incrementAndGet();
    for (RefreshTrigger t : causes) {
      runsBy.incrementAndGet(t.ordinal());
    }
  }

  private void schedulePeriodic() {
    synchronized (lock) {
      if (closed || periodic != null) {
        return;
      }
      try {
        periodic =
            scheduler.scheduleAtFixedRate(
                () -> request(RefreshTrigger.PERIODIC),
                period.toNanos(),
                period.toNanos(),
                TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException e) {
        LOG.debug("periodic topology refresh not scheduled: the scheduler is shut down");
      }
    }
  }

  /** Requests received for this trigger (including coalesced ones). */
  long requests(RefreshTrigger trigger) {
    return requests.get(trigger.ordinal());
  }

  /** Refresh runs started, all triggers. */
  long runs() {
    return runs.get();
  }

  /** Refresh runs started that this trigger asked for (a run may serve several triggers). */
  long runs(RefreshTrigger trigger) {
    return runsBy.get(trigger.ordinal());
  }

  /** Runs that published a changed slot map (the startup load included). */
  long changes() {
    return changes.get();
  }

  /** Runs that failed (no node answered). */
  long failures() {
    return failures.get();
  }

  private long lastStart() {
    synchronized (lock) {
      return lastStartNanos;
    }
  }

  private boolean isClosed() {
    synchronized (lock) {
      return closed;
    }
  }

  /** Whether a refresh is running now. */
  boolean isRunning() {
    synchronized (lock) {
      return running;
    }
  }

  /** Stops the periodic timer and refuses further requests. Idempotent. */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      if (periodic != null) {
        periodic.cancel(false);
      }
    }
  }
}
