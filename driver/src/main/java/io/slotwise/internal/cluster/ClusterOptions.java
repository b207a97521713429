package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.RoutingOptions;
import io.slotwise.SlotwiseConfig;
import io.slotwise.TopologyRefreshOptions;
import io.slotwise.metrics.SlotwiseRecorder;
import java.time.Duration;
import java.util.List;

/**
 * What a {@link ClusterRouter} needs of the client's configuration, and nothing more: the seeds,
 * where reads go and how announced addresses are remapped, the refresh schedule, the command
 * timeout (which bounds topology loads and connection drains), whether nodes speak TLS, and the
 * recorder. Immutable.
 *
 * @param seeds the configured cluster addresses, before remapping
 * @param tls whether the nodes are reached over TLS (the topology loader checks announced names)
 */
public record ClusterOptions(
    List<HostAndPort> seeds,
    RoutingOptions routing,
    TopologyRefreshOptions refresh,
    Duration commandTimeout,
    boolean tls,
    SlotwiseRecorder recorder) {

  /** Copies the seeds; every component is required. */
  public ClusterOptions {
    if (seeds == null
        || seeds.isEmpty()
        || routing == null
        || refresh == null
        || commandTimeout == null
        || recorder == null) {
      throw new IllegalArgumentException(
          "cluster options need seeds, routing, refresh, a command timeout and a recorder");
    }
    seeds = List.copyOf(seeds);
  }

  /**
   * The cluster options of {@code config}.
   *
   * @throws IllegalArgumentException when {@code config} is not in cluster mode
   */
  public static ClusterOptions of(SlotwiseConfig config) {
    if (config == null || config.mode() != SlotwiseConfig.Mode.CLUSTER) {
      throw new IllegalArgumentException("config must be a cluster configuration, got " + config);
    }
    return new ClusterOptions(
        config.addresses(),
        config.routingOptions(),
        config.topologyRefreshOptions(),
        config.timeouts().commandTimeout(),
        config.tlsOptions().enabled(),
        config.resourceOptions().recorder());
  }
}
