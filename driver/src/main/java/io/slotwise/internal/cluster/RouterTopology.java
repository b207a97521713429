package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.cluster.RefreshTrigger;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.metrics.SlotwiseRecorder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cluster router as its {@link TopologyRefresher} sees it: the slot map in use, the router's
 * connections (a refresh reuses them), and what publishing a new map entails — connections to nodes
 * that left are drained and closed, the latency probe forgets them, and connections to every master
 * (and every replica when reads may go there) are opened in the background.
 *
 * <p>Thread-safe (every part is); owns nothing — the router owns the parts and closes them.
 */
final class RouterTopology implements TopologyRefresher.Topology {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final CurrentSlotMap slotMap;
  private final NodeConnections connections;
  private final LatencyProbe latency;
  private final boolean warmReplicas;
  private final Duration drain;
  private final SlotwiseRecorder recorder;

  /**
   * @param latency the latency probe to keep in step with the nodes, or null when none runs
   * @param warmReplicas whether reads may go to replicas, so that their connections are wanted
   * @param drain how long a departed node's connection may finish its in-flight commands
   */
  RouterTopology(
      CurrentSlotMap slotMap,
      NodeConnections connections,
      LatencyProbe latency,
      boolean warmReplicas,
      Duration drain,
      SlotwiseRecorder recorder) {
    this.slotMap = slotMap;
    this.connections = connections;
    this.latency = latency;
    this.warmReplicas = warmReplicas;
    this.drain = drain;
    this.recorder = recorder;
  }

  /** One daemon thread per router that parses topology replies, off the I/O threads. */
  static ExecutorService parserThread() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "slotwise-topology-" + THREADS.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  @Override
  public SlotMap current() {
    return slotMap.get();
  }

  @Override
  public NodeConnection connection(HostAndPort address) {
    return connections.get(address);
  }

  @Override
  public void forget(HostAndPort address) {
    connections.forget(address);
  }

  @Override
  public void publish(SlotMap map) {
    slotMap.publish(map);
    connections.retain(map, drain);
    if (latency != null) {
      latency.retain(addresses(map));
    }
    connections.warmUp(warmReplicas ? map.nodes() : map.masters());
    recorder.slotMapChanged(map.uncoveredSlots());
  }

  @Override
  public void refreshed(Set<RefreshTrigger> triggers, long durationNanos, Throwable error) {
    recorder.topologyRefreshed(triggers, durationNanos, error == null);
  }

  @Override
  public boolean suspect(HostAndPort address) {
    return connections.isSuspect(address);
  }

  /** The addresses of every node of {@code map}, masters and replicas. */
  static List<HostAndPort> addresses(SlotMap map) {
    List<HostAndPort> out = new ArrayList<>();
    map.nodes().forEach(n -> out.add(n.address()));
    return out;
  }
}
