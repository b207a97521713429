package io.slotwise.internal.command;

import io.slotwise.HostAndPort;
import io.slotwise.RedisProtocolException;
import io.slotwise.cluster.ClusterNode;
import io.slotwise.commands.ClusterInfo;
import io.slotwise.commands.ClusterNodeInfo;
import io.slotwise.commands.ClusterShard;
import io.slotwise.commands.SlotRange;
import io.slotwise.internal.protocol.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typed replies of {@code CLUSTER INFO}, {@code CLUSTER NODES} and {@code CLUSTER SHARDS}, RESP2
 * and RESP3. A reply of another shape throws {@link RedisProtocolException}. Stateless and
 * thread-safe.
 */
final class ClusterReplies {
  private ClusterReplies() {}

  /** {@code CLUSTER INFO}: {@code name:value} lines. */
  static ClusterInfo info(Reply r) {
    Map<String, String> f = new LinkedHashMap<>();
    for (String line : ServerReplies.text(r, "CLUSTER INFO").split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        f.put(line.substring(0, colon), line.substring(colon + 1).strip());
      }
    }
    return new ClusterInfo(
        f.getOrDefault("cluster_state", ""),
        (int) number(f, "cluster_slots_assigned"),
        (int) number(f, "cluster_slots_ok"),
        (int) number(f, "cluster_slots_pfail"),
        (int) number(f, "cluster_slots_fail"),
        (int) number(f, "cluster_known_nodes"),
        (int) number(f, "cluster_size"),
        number(f, "cluster_current_epoch"),
        number(f, "cluster_my_epoch"),
        f);
  }

  /**
   * {@code CLUSTER NODES}: {@code id ip:port@cport[,hostname] flags master ping pong epoch link
   * slot...}; slots in migration ({@code [5461->-id]}) are left out.
   */
  static List<ClusterNodeInfo> nodes(Reply r) {
    List<ClusterNodeInfo> out = new ArrayList<>();
    for (String line : ServerReplies.text(r, "CLUSTER NODES").split("\r?\n")) {
      if (!line.isBlank()) {
        out.add(node(line.strip()));
      }
    }
    return out;
  }

  static ClusterNodeInfo node(String line) {
    String[] p = line.split(" ");
    if (p.length < 8) {
      throw new RedisProtocolException(
          "expected 8 or more fields in a CLUSTER NODES line: " + line);
    }
    String addressPart = p[1];
    String hostname = null;
    int comma = addressPart.indexOf(',');
    if (comma >= 0) {
      String rest = addressPart.substring(comma + 1);
      hostname = rest.isEmpty() ? null : rest.split(",")[0];
      addressPart = addressPart.substring(0, comma);
    }
    int at = addressPart.indexOf('@');
    int busPort = at < 0 ? 0 : (int) parse(addressPart.substring(at + 1), line);
    String ipPort = at < 0 ? addressPart : addressPart.substring(0, at);
    HostAndPort address = null;
    int colon = ipPort.lastIndexOf(':');
    if (colon > 0 && colon < ipPort.length() - 1) {
      int port = (int) parse(ipPort.substring(colon + 1), line);
      if (port > 0) {
        address = HostAndPort.of(ipPort.substring(0, colon), port);
      }
    }
    List<SlotRange> slots = new ArrayList<>();
    for (int i = 8; i < p.length; i++) {
      if (p[i].startsWith("[")) {
        continue;
      }
      int dash = p[i].indexOf('-');
      int start = (int) parse(dash < 0 ? p[i] : p[i].substring(0, dash), line);
      int end = dash < 0 ? start : (int) parse(p[i].substring(dash + 1), line);
      slots.add(new SlotRange(start, end));
    }
    return new ClusterNodeInfo(
        p[0],
        address,
        busPort,
        hostname,
        Set.of(p[2].split(",")),
        "-".equals(p[3]) ? null : p[3],
        parse(p[4], line),
        parse(p[5], line),
        parse(p[6], line),
        "connected".equals(p[7]),
        slots);
  }

  /** {@code CLUSTER SHARDS}: per shard {@code slots} (flat start/end pairs) and {@code nodes}. */
  static List<ClusterShard> shards(Reply r) {
    List<ClusterShard> out = new ArrayList<>();
    for (Reply shard : ServerReplies.items(r, "CLUSTER SHARDS")) {
      Map<String, Reply> f = ServerReplies.fields(shard, "CLUSTER SHARDS");
      List<Reply> bounds =
          ServerReplies.items(ServerReplies.field(f, "slots", "CLUSTER SHARDS"), "CLUSTER SHARDS");
      if (bounds.size() % 2 != 0) {
        throw new RedisProtocolException("CLUSTER SHARDS answered an odd number of slot bounds");
      }
      List<SlotRange> slots = new ArrayList<>();
      for (int i = 0; i < bounds.size(); i += 2) {
        slots.add(
            new SlotRange(
                Converters.integer(bounds.get(i)).intValue(),
                Converters.integer(bounds.get(i + 1)).intValue()));
      }
      List<ClusterShard.Node> nodes = new ArrayList<>();
      for (Reply n :
          ServerReplies.items(
              ServerReplies.field(f, "nodes", "CLUSTER SHARDS"), "CLUSTER SHARDS")) {
        nodes.add(shardNode(ServerReplies.fields(n, "CLUSTER SHARDS")));
      }
      out.add(new ClusterShard(slots, nodes));
    }
    return out;
  }

  private static ClusterShard.Node shardNode(Map<String, Reply> f) {
    String role = text(f, "role");
    String health = text(f, "health");
    return new ClusterShard.Node(
        text(f, "id"),
        text(f, "endpoint"),
        text(f, "ip"),
        f.containsKey("hostname") ? Converters.string(f.get("hostname")) : null,
        f.containsKey("port") ? Converters.integer(f.get("port")).intValue() : 0,
        f.containsKey("tls-port") ? Converters.integer(f.get("tls-port")).intValue() : 0,
        "master".equals(role) ? ClusterNode.Role.MASTER : ClusterNode.Role.REPLICA,
        f.containsKey("replication-offset") ? Converters.integer(f.get("replication-offset")) : -1L,
        switch (health.toLowerCase(Locale.ROOT)) {
          case "online" -> ClusterNode.Health.ONLINE;
          case "loading" -> ClusterNode.Health.LOADING;
          default -> ClusterNode.Health.FAILED;
        });
  }

  private static String text(Map<String, Reply> f, String name) {
    String s = Converters.string(ServerReplies.field(f, name, "CLUSTER SHARDS"));
    return s == null ? "" : s;
  }

  private static long number(Map<String, String> f, String name) {
    String v = f.get(name);
    if (v == null) {
      return 0;
    }
    return parse(v, name + ":" + v);
  }

  private static long parse(String s, String context) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new RedisProtocolException("expected a number, got '" + s + "' in: " + context);
    }
  }
}
