package io.slotwise.spring;

import io.slotwise.SlotwiseClient;
import io.slotwise.SlotwiseConfig;
import io.slotwise.cluster.SlotHash;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Actuator health of the auto-configured client ({@code /actuator/health/slotwise}).
 *
 * <ul>
 *   <li>Redis Cluster: {@code CLUSTER INFO} from one node ({@code state}, {@code slotsAssigned},
 *       {@code slotsOk}, {@code knownNodes}), the slots the client's own slot map covers, and the
 *       nodes it is connected to. UP when the state is {@code ok} and the client's map covers every
 *       slot.
 *   <li>Codis: {@code PING} through the rotation and the proxies up / ejected. UP when a proxy is
 *       up and answers.
 *   <li>One server: {@code PING}.
 * </ul>
 *
 * <p>A failing command makes it DOWN with the exception as detail. Thread-safe.
 */
public final class SlotwiseHealthIndicator extends AbstractHealthIndicator {
  private final SlotwiseClient client;
  private final SlotwiseHealthTracker tracker;

  SlotwiseHealthIndicator(SlotwiseClient client, SlotwiseHealthTracker tracker) {
    super("Slotwise health check failed");
    this.client = client;
    this.tracker = tracker;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    SlotwiseConfig.Mode mode = client.config().mode();
    builder.withDetail("mode", mode.name().toLowerCase(Locale.ROOT));
    Map<String, Boolean> nodes = tracker.nodes();
    long reachable = nodes.values().stream().filter(Boolean::booleanValue).count();
    builder.withDetail("nodesReachable", reachable).withDetail("nodes", describe(nodes));
    switch (mode) {
      case CLUSTER -> cluster(builder);
      case CODIS -> codis(builder);
      default -> builder.withDetail("ping", client.sync().ping()).up();
    }
  }

  private void cluster(Health.Builder builder) {
    Map<String, String> info = parse(String.valueOf(client.sync().execute("CLUSTER", "INFO")));
    String state = info.getOrDefault("cluster_state", "unknown");
    int uncovered = tracker.uncoveredSlots();
    int covered = uncovered < 0 ? 0 : SlotHash.SLOT_COUNT - uncovered;
    builder
        .withDetail("state", state)
        .withDetail("slotsCovered", covered)
        .withDetail("slotsAssigned", number(info.get("cluster_slots_assigned")))
        .withDetail("slotsOk", number(info.get("cluster_slots_ok")))
        .withDetail("knownNodes", number(info.get("cluster_known_nodes")));
    if ("ok".equals(state) && covered == SlotHash.SLOT_COUNT) {
      builder.up();
    } else {
      builder.down();
    }
  }

  private void codis(Health.Builder builder) {
    int up = Math.max(0, tracker.proxiesUp());
    builder
        .withDetail("proxiesUp", up)
        .withDetail("proxiesEjected", Math.max(0, tracker.proxiesEjected()));
    if (up == 0) {
      builder.down();
      return;
    }
    builder.withDetail("ping", client.sync().ping()).up();
  }

  private static Map<String, String> describe(Map<String, Boolean> nodes) {
    Map<String, String> out = new java.util.TreeMap<>();
    nodes.forEach((node, connected) -> out.put(node, connected ? "connected" : "disconnected"));
    return out;
  }

  private static Map<String, String> parse(String clusterInfo) {
    Map<String, String> out = new HashMap<>();
    for (String line : clusterInfo.split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        out.put(line.substring(0, colon), line.substring(colon + 1).trim());
      }
    }
    return out;
  }

  private static Object number(String value) {
    if (value == null) {
      return "unknown";
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return value;
    }
  }
}
