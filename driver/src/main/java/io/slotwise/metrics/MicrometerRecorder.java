package io.slotwise.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.slotwise.HostAndPort;
import io.slotwise.cluster.RefreshTrigger;
import io.slotwise.internal.metrics.NodeGauges;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link SlotwiseRecorder} that writes to a Micrometer {@link MeterRegistry}. Needs {@code
 * io.micrometer:micrometer-core} on the class path (an optional dependency of the driver).
 *
 * <pre>{@code
 * MicrometerRecorder metrics = MicrometerRecorder.builder(registry).tags("client", "orders").build();
 * SlotwiseClient client = SlotwiseClient.create(
 *     SlotwiseConfig.cluster("10.0.0.1:7000").recorder(metrics).build());
 * }</pre>
 *
 * <p>Meters (every one also carries the builder's common tags):
 *
 * <ul>
 *   <li>{@code slotwise.commands} — timer; tags {@code command}, {@code outcome} ({@code
 *       success}|{@code failure}); percentile histogram off unless {@link
 *       Builder#percentileHistogram(boolean)}
 *   <li>{@code slotwise.redirects} — counter; tags {@code kind} ({@code moved}|{@code ask}), {@code
 *       node}
 *   <li>{@code slotwise.retries} — counter; tag {@code cause} ({@code tryagain}, {@code
 *       clusterdown}, {@code loading}, {@code readonly}, {@code connection}, {@code no_route})
 *   <li>{@code slotwise.timeouts} — counter; tag {@code command}
 *   <li>{@code slotwise.topology.refreshes} — counter; tags {@code trigger} ({@code startup},
 *       {@code moved}, {@code asked}, {@code uncovered_slot}, {@code connection_failures}, {@code
 *       timeouts}, {@code periodic}), {@code outcome}
 *   <li>{@code slotwise.topology.refresh.duration} — timer; tag {@code outcome}
 *   <li>{@code slotwise.topology.slotmap.age} — gauge, seconds since a refresh last confirmed the
 *       slot map (NaN before the first)
 *   <li>{@code slotwise.topology.slots.uncovered} — gauge, slots without a master
 *   <li>{@code slotwise.connections} — gauge per {@code node}: its connected connections
 *   <li>{@code slotwise.commands.inflight} — gauge per {@code node}: commands written and awaiting
 *       their reply
 *   <li>{@code slotwise.codis.proxies} — gauge; tag {@code state} ({@code up}|{@code ejected})
 * </ul>
 *
 * <p>Thread-safe. Meters are created on first use and cached, so the command path does a map lookup
 * and an increment. One recorder per client (the per-node and topology gauges describe one client):
 * give each client's recorder a distinguishing common tag when several share a registry. The caller
 * owns the recorder; {@link #close()} removes its meters from the registry (the registry itself is
 * not closed).
 */
public final class MicrometerRecorder implements SlotwiseRecorder, AutoCloseable {
  private static final String SUCCESS = "success";
  private static final String FAILURE = "failure";

  private final MeterRegistry registry;
  private final Tags common;
  private final boolean percentileHistogram;
  private final List<Meter> registered = new ArrayList<>();

  private final Map<String, Timer[]> commands = new ConcurrentHashMap<>();
  private final Map<HostAndPort, Counter[]> redirects = new ConcurrentHashMap<>();
  private final Map<String, Counter> retries = new ConcurrentHashMap<>();
  private final Map<String, Counter> timeouts = new ConcurrentHashMap<>();
  private final Map<String, Counter> refreshes = new ConcurrentHashMap<>();
  private final Map<String, Timer> refreshDurations = new ConcurrentHashMap<>();
  private final NodeGauges nodes;

  private final AtomicLong lastConfirmedNanos = new AtomicLong(Long.MIN_VALUE);
  private final AtomicInteger uncoveredSlots = new AtomicInteger();
  private final AtomicInteger proxiesUp = new AtomicInteger();
  private final AtomicInteger proxiesEjected = new AtomicInteger();
  private volatile boolean topologyGauges;
  private volatile boolean codisGauges;
  private volatile boolean closed;

  private MicrometerRecorder(Builder b) {
    this.registry = b.registry;
    this.common = b.tags;
    this.percentileHistogram = b.percentileHistogram;
    this.nodes = new NodeGauges(registry, common);
  }

  /** A recorder with no common tags and percentile histograms off. */
  public static MicrometerRecorder create(MeterRegistry registry) {
    return builder(registry).build();
  }

  /**
   * A builder for a recorder writing to {@code registry}.
   *
   * @throws IllegalArgumentException when {@code registry} is null
   */
  public static Builder builder(MeterRegistry registry) {
    if (registry == null) {
      throw new IllegalArgumentException("registry must not be null");
    }
    return new Builder(registry);
  }

  @Override
  public void commandCompleted(String command, long durationNanos, boolean success) {
    Timer[] pair = commands.computeIfAbsent(command, this::commandTimers);
    pair[success ? 0 : 1].record(durationNanos, TimeUnit.NANOSECONDS);
  }

  private Timer[] commandTimers(String command) {
    return new Timer[] {commandTimer(command, SUCCESS), commandTimer(command, FAILURE)};
  }

  private Timer commandTimer(String command, String outcome) {
    return remember(
        Timer.builder("slotwise.commands")
            .description("Commands from first attempt to outcome, retries and redirects included")
            .tags(common)
            .tag("command", command)
            .tag("outcome", outcome)
            .publishPercentileHistogram(percentileHistogram)
            .register(registry));
  }

  @Override
  public void redirected(String kind, HostAndPort node) {
    Counter[] pair = redirects.computeIfAbsent(node, this::redirectCounters);
    pair["ask".equals(kind) ? 1 : 0].increment();
  }

  private Counter[] redirectCounters(HostAndPort node) {
    return new Counter[] {redirectCounter("moved", node), redirectCounter("ask", node)};
  }

  private Counter redirectCounter(String kind, HostAndPort node) {
    return remember(
        Counter.builder("slotwise.redirects")
            .description("MOVED and ASK redirects followed, by the node redirected to")
            .tags(common)
            .tag("kind", kind)
            .tag("node", node.toString())
            .register(registry));
  }

  @Override
  public void retried(String cause) {
    retries
        .computeIfAbsent(
            cause,
            c ->
                remember(
                    Counter.builder("slotwise.retries")
                        .description("Commands retried after a backoff, by cause")
                        .tags(common)
                        .tag("cause", lower(c))
                        .register(registry)))
        .increment();
  }

  @Override
  public void timedOut(String command) {
    timeouts
        .computeIfAbsent(
            command,
            c ->
                remember(
                    Counter.builder("slotwise.timeouts")
                        .description("Commands that failed their deadline")
                        .tags(common)
                        .tag("command", c)
                        .register(registry)))
        .increment();
  }

  @Override
  public void topologyRefreshed(Set<RefreshTrigger> triggers, long durationNanos, boolean success) {
    registerTopologyGauges();
    String outcome = success ? SUCCESS : FAILURE;
    if (success) {
      lastConfirmedNanos.set(System.nanoTime());
    }
    for (RefreshTrigger trigger : triggers) {
      refreshCounter(lower(trigger.name()), outcome).increment();
    }
    refreshDurations
        .computeIfAbsent(
            outcome,
            o ->
                remember(
                    Timer.builder("slotwise.topology.refresh.duration")
                        .description("Duration of topology refreshes")
                        .tags(common)
                        .tag("outcome", o)
                        .register(registry)))
        .record(durationNanos, TimeUnit.NANOSECONDS);
  }

  private Counter refreshCounter(String trigger, String outcome) {
    return refreshes.computeIfAbsent(
        trigger + '/' + outcome,
        k ->
            remember(
                Counter.builder("slotwise.topology.refreshes")
                    .description("Topology refreshes, by what asked for them")
                    .tags(common)
                    .tag("trigger", trigger)
                    .tag("outcome", outcome)
                    .register(registry)));
  }

  @Override
  public void slotMapChanged(int uncovered) {
    registerTopologyGauges();
    uncoveredSlots.set(uncovered);
  }

  private void registerTopologyGauges() {
    if (topologyGauges) {
      return;
    }
    synchronized (registered) {
      if (topologyGauges || closed) {
        return;
      }
      topologyGauges = true;
      registered.add(
          Gauge.builder("slotwise.topology.slotmap.age", this, MicrometerRecorder::slotMapAge)
              .description("Seconds since a topology refresh last confirmed the slot map")
              .baseUnit("seconds")
              .tags(common)
              .register(registry));
      registered.add(
          Gauge.builder("slotwise.topology.slots.uncovered", uncoveredSlots, AtomicInteger::get)
              .description("Hash slots without a master in the slot map")
              .tags(common)
              .register(registry));
    }
  }

  private double slotMapAge() {
    long last = lastConfirmedNanos.get();
    return last == Long.MIN_VALUE ? Double.NaN : (System.nanoTime() - last) / 1e9;
  }

  @Override
  public void connectionOpened(ConnectionInfo connection) {
    if (!closed) {
      nodes.opened(connection);
    }
  }

  @Override
  public void connectionClosed(ConnectionInfo connection) {
    nodes.closed(connection);
  }

  @Override
  public void codisProxies(int up, int ejected) {
    proxiesUp.set(up);
    proxiesEjected.set(ejected);
    if (codisGauges) {
      return;
    }
    synchronized (registered) {
      if (codisGauges || closed) {
        return;
      }
      codisGauges = true;
      registered.add(codisGauge("up", proxiesUp));
      registered.add(codisGauge("ejected", proxiesEjected));
    }
  }

  @Override
  public void exclusivePool(
      java.util.function.IntSupplier borrowed, java.util.function.IntSupplier idle) {
    synchronized (registered) {
      if (closed) {
        return;
      }
      registered.add(poolGauge("borrowed", borrowed));
      registered.add(poolGauge("idle", idle));
    }
  }

  private Gauge poolGauge(String state, java.util.function.IntSupplier value) {
    return Gauge.builder("slotwise.pool.connections", value, IntSupplierValue::of)
        .description("Exclusive connections (blocking commands, transactions): lent out or idle")
        .tags(common)
        .tag("state", state)
        .register(registry);
  }

  /** Reads an {@code IntSupplier} as a gauge value. */
  private static final class IntSupplierValue {
    static double of(java.util.function.IntSupplier supplier) {
      return supplier.getAsInt();
    }
  }

  private Gauge codisGauge(String state, AtomicInteger value) {
    return Gauge.builder("slotwise.codis.proxies", value, AtomicInteger::get)
        .description("Codis proxies registered online, in the rotation (up) or ejected")
        .tags(common)
        .tag("state", state)
        .register(registry);
  }

  private <M extends Meter> M remember(M meter) {
    synchronized (registered) {
      registered.add(meter);
    }
    return meter;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Removes every meter this recorder registered from the registry. Idempotent. */
  @Override
  public void close() {
    List<Meter> meters;
    synchronized (registered) {
      closed = true;
      meters = new ArrayList<>(registered);
      registered.clear();
    }
    for (Meter m : meters) {
      registry.remove(m);
    }
    nodes.close();
  }

  /** Options of a {@link MicrometerRecorder}; not thread-safe. */
  public static final class Builder {
    private final MeterRegistry registry;
    private Tags tags = Tags.empty();
    private boolean percentileHistogram;

    private Builder(MeterRegistry registry) {
      this.registry = registry;
    }

    /** Tags added to every meter, as key-value pairs ({@code "client", "orders"}). */
    public Builder tags(String... keyValues) {
      if (keyValues == null || keyValues.length % 2 != 0) {
        throw new IllegalArgumentException("tags must be key-value pairs");
      }
      this.tags = tags.and(keyValues);
      return this;
    }

    /** Tags added to every meter. */
    public Builder tags(Iterable<Tag> tags) {
      if (tags == null) {
        throw new IllegalArgumentException("tags must not be null");
      }
      this.tags = this.tags.and(tags);
      return this;
    }

    /**
     * Publish a percentile histogram of {@code slotwise.commands} (buckets, for server-side
     * percentiles). Off by default: it multiplies the time series per command.
     */
    public Builder percentileHistogram(boolean enabled) {
      this.percentileHistogram = enabled;
      return this;
    }

    /** The recorder; its meters are registered as they are first used. */
    public MicrometerRecorder build() {
      return new MicrometerRecorder(this);
    }
  }
}
