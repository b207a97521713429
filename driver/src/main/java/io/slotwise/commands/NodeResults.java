package io.slotwise.commands;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one command sent to several nodes (every master, every node, or one chosen node):
 * each node's value or each node's failure, in the order the nodes were addressed (masters before
 * replicas). A failure on one node hides nothing of the others: {@link #values()} holds every
 * success, {@link #failures()} every failure. Immutable and thread-safe (the values themselves are
 * as mutable as the command made them).
 *
 * <pre>{@code
 * NodeResults<String> loaded = redis.functionLoad(code);
 * if (!loaded.allSucceeded()) {
 *   loaded.failures().forEach((node, e) -> log.warn("not loaded on {}: {}", node, e.getMessage()));
 * }
 * }</pre>
 *
 * @param <T> the type of each node's value; a value may be {@code null} when the command answered
 *     null
 */
public final class NodeResults<T> {
  private final List<HostAndPort> nodes;
  private final Map<HostAndPort, T> values;
  private final Map<HostAndPort, SlotwiseException> failures;

  /**
   * The results of the nodes in {@code nodes}' order; each node must appear in exactly one of the
   * two maps.
   *
   * @throws IllegalArgumentException when an argument is null, or a node is in both maps or in
   *     neither
   */
  public NodeResults(
      List<HostAndPort> nodes,
      Map<HostAndPort, ? extends T> values,
      Map<HostAndPort, ? extends SlotwiseException> failures) {
    if (nodes == null || values == null || failures == null) {
      throw new IllegalArgumentException("nodes, values and failures must not be null");
    }
    Map<HostAndPort, T> v = new LinkedHashMap<>();
    Map<HostAndPort, SlotwiseException> f = new LinkedHashMap<>();
    for (HostAndPort node : nodes) {
      boolean ok = values.containsKey(node);
      boolean failed = failures.containsKey(node);
      if (node == null || ok == failed || (failed && failures.get(node) == null)) {
        throw new IllegalArgumentException(
            "each node needs exactly one value or one non-null failure: " + node);
      }
      if (ok) {
        v.put(node, values.get(node));
      } else {
        f.put(node, failures.get(node));
      }
    }
    if (v.size() + f.size() != values.size() + failures.size()) {
      throw new IllegalArgumentException("values or failures name a node not in nodes " + nodes);
    }
    this.nodes = List.copyOf(nodes);
    this.values = Collections.unmodifiableMap(v);
    this.failures = Collections.unmodifiableMap(f);
  }

  /** Every node addressed, in order (successes and failures). */
  public List<HostAndPort> nodes() {
    return nodes;
  }

  /** The value of every node that answered, in node order; values may be {@code null}. */
  public Map<HostAndPort, T> values() {
    return values;
  }

  /** The failure of every node that did not answer a value, in node order. */
  public Map<HostAndPort, SlotwiseException> failures() {
    return failures;
  }

  /** Whether every node answered a value. */
  public boolean allSucceeded() {
    return failures.isEmpty();
  }

  /**
   * The value of {@code node}.
   *
   * @throws SlotwiseException the node's own failure, when it failed
   * @throws IllegalArgumentException when {@code node} was not addressed
   */
  public T get(HostAndPort node) {
    SlotwiseException failure = failures.get(node);
    if (failure != null) {
      throw failure;
    }
    if (!values.containsKey(node)) {
      throw new IllegalArgumentException(node + " is not one of the nodes addressed: " + nodes);
    }
    return values.get(node);
  }

  /**
   * {@link #values()} when every node succeeded.
   *
   * @throws SlotwiseException naming each failed node and its error, caused by the first failure
   *     (the others added as suppressed)
   */
  public Map<HostAndPort, T> valuesOrThrow() {
    if (failures.isEmpty()) {
      return values;
    }
    List<String> parts = new ArrayList<>();
    failures.forEach((node, e) -> parts.add(node + " (" + e.getMessage() + ")"));
    SlotwiseException first = failures.values().iterator().next();
    SlotwiseException all =
        new SlotwiseException(
            "failed on " + failures.size() + " of " + nodes.size() + " nodes: " + parts, first);
    failures.values().stream().skip(1).forEach(all::addSuppressed);
    throw all;
  }

  @Override
  public String toString() {
    return "NodeResults{values=" + values + ", failures=" + failures.keySet() + "}";
  }
}
