package io.slotwise.metrics;

import io.slotwise.HostAndPort;
import io.slotwise.cluster.RefreshTrigger;
import io.slotwise.internal.metrics.CompositeRecorder;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * What a client tells a metrics system while it runs: command latencies, redirects, retries,
 * timeouts, topology refreshes, connections and Codis proxy health. Give one to {@link
 * io.slotwise.SlotwiseConfig.Builder#recorder(SlotwiseRecorder)}; {@link MicrometerRecorder} is the
 * Micrometer implementation.
 *
 * <p>Every method has an empty default, so an implementation overrides only what it wants. The
 * default of the configuration is {@link #NOOP}: the client checks for it before measuring time, so
 * a client without a recorder pays nothing.
 *
 * <p><b>Contract for implementations:</b> thread-safe; every method is called on I/O threads, the
 * scheduler or the caller's thread, sometimes under a router's lock, so it must return quickly,
 * never block and never throw. One recorder serves one client (its gauges describe that client's
 * nodes); the client does not close it.
 */
public interface SlotwiseRecorder {

  /** Records nothing; the default of every configuration. */
  SlotwiseRecorder NOOP = new SlotwiseRecorder() {};

  /**
   * One recorder that forwards every call to each of {@code recorders}, in order ({@link #NOOP}s
   * left out; {@link #NOOP} itself when none is left).
   *
   * @throws IllegalArgumentException when the array or one of its elements is null
   */
  static SlotwiseRecorder composite(SlotwiseRecorder... recorders) {
    return CompositeRecorder.of(recorders);
  }

  /**
   * A command's outcome reached the caller: called right after its future completed, so a caller
   * that returned may see this a moment later.
   *
   * @param command the command's name in upper case ({@code GET}; a cross-slot {@code MGET} reports
   *     each per-slot sub-command)
   * @param durationNanos from the first attempt to the outcome, retries and redirects included
   * @param success whether it completed with a reply (else with an exception, timeouts included)
   */
  default void commandCompleted(String command, long durationNanos, boolean success) {}

  /**
   * A command was redirected and is resent to {@code node}.
   *
   * @param kind {@code "moved"} or {@code "ask"}
   */
  default void redirected(String kind, HostAndPort node) {}

  /**
   * A command will be retried after a backoff.
   *
   * @param cause the cause's name in upper case: {@code TRYAGAIN}, {@code CLUSTERDOWN}, {@code
   *     LOADING}, {@code READONLY}, {@code CONNECTION}, {@code NO_ROUTE}
   */
  default void retried(String cause) {}

  /** A command failed its deadline ({@code commandTimeout}). */
  default void timedOut(String command) {}

  /**
   * A topology refresh of a Redis Cluster ended (the startup load included).
   *
   * @param triggers what asked for it (a run serves every request that arrived before it started)
   * @param durationNanos how long the run took
   * @param success whether some node answered with a usable topology; a successful refresh confirms
   *     the slot map even when nothing changed
   */
  default void topologyRefreshed(
      Set<RefreshTrigger> triggers, long durationNanos, boolean success) {}

  /** A new slot map is in use; {@code uncoveredSlots} of the 16384 slots have no master. */
  default void slotMapChanged(int uncoveredSlots) {}

  /**
   * A connection was opened (it connects in the background). The view reads the live connection
   * from any thread; keep it to watch the connection until {@link #connectionClosed} receives an
   * equal view.
   *
   * @param connection a read-only view of the new connection
   */
  default void connectionOpened(ConnectionInfo connection) {}

  /**
   * A connection opened earlier is closed for good.
   *
   * @param connection a view equal to the one {@link #connectionOpened} received for it
   */
  default void connectionClosed(ConnectionInfo connection) {}

  /**
   * The Codis rotation changed.
   *
   * @param up proxies registered online and in the rotation
   * @param ejected proxies registered online but taken out of the rotation (down or failing)
   */
  default void codisProxies(int up, int ejected) {}

  /**
   * The client created its pool of exclusive connections (blocking commands, transactions). The
   * suppliers read the pool's current totals over all nodes, from any thread, until the client
   * closes.
   *
   * @param borrowed connections lent out now
   * @param idle connections waiting in the pool
   */
  default void exclusivePool(IntSupplier borrowed, IntSupplier idle) {}
}
