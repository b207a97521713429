package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.cluster.ClusterNode;
import io.slotwise.cluster.ClusterNode.Health;
import io.slotwise.cluster.ClusterNode.Role;
import io.slotwise.cluster.ClusterTopologyException;
import io.slotwise.cluster.SlotHash;
import io.slotwise.internal.protocol.Reply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Turns the reply of {@code CLUSTER SHARDS} (Redis 7+) or {@code CLUSTER SLOTS} (Redis 3-6) into a
 * {@link SlotMap}. Pure and stateless; thread-safe.
 *
 * <p>Both RESP2 (flat key/value arrays) and RESP3 (maps) shapes are read. Every announced address
 * goes through the address remapper. A host that is empty or {@code ?} (an unknown endpoint) is
 * taken as the host of the node that answered. Replicas whose health is not {@code online} are left
 * out (their data may be stale or absent); {@code CLUSTER SLOTS} already omits failed replicas.
 * Anything that does not fit the documented shape fails with a {@link ClusterTopologyException}
 * naming the node and what was wrong.
 */
public final class TopologyParser {

  private TopologyParser() {}

  /**
   * Parses {@code CLUSTER SHARDS}: a list of shards, each with {@code slots} (flat start/end pairs)
   * and {@code nodes} (each with {@code id}, {@code endpoint}/{@code ip}/{@code hostname}, {@code
   * port}/{@code tls-port}, {@code role}, {@code health}, {@code replication-offset}).
   *
   * @param sender the node that answered (for unknown endpoints and messages)
   * @param tls whether to prefer {@code tls-port} over {@code port}
   */
  static SlotMap parseShards(
      Reply reply, HostAndPort sender, UnaryOperator<HostAndPort> remapper, boolean tls) {
    SlotMap.Builder map = SlotMap.builder();
    for (Reply shardReply : list(reply, sender, "CLUSTER SHARDS reply")) {
      Map<String, Reply> shard = fields(shardReply, sender, "shard");
      List<Reply> slots = list(shard.get("slots"), sender, "shard 'slots'");
      if (slots.size() % 2 != 0) {
        throw fail(
            sender, "shard 'slots' must hold start/end pairs, got " + slots.size() + " items");
      }
      ClusterNode master = null;
      List<ClusterNode> replicas = new ArrayList<>();
      for (Reply nodeReply : list(shard.get("nodes"), sender, "shard 'nodes'")) {
        ClusterNode node = shardNode(fields(nodeReply, sender, "node"), sender, remapper, tls);
        if (node.isMaster()) {
          if (master == null
              || (master.health() != Health.ONLINE && node.health() == Health.ONLINE)) {
            master = node;
          }
        } else if (node.health() == Health.ONLINE) {
          replicas.add(node);
        }
      }
      if (master == null) {
        // A shard whose master left: its slots stay uncovered until the cluster elects one.
        continue;
      }
      master = withReplicas(master, replicas);
      map.master(master);
      for (int i = 0; i < slots.size(); i += 2) {
        assign(map, number(slots.get(i), sender), number(slots.get(i + 1), sender), master, sender);
      }
    }
    return map.build();
  }

  /**
   * Parses {@code CLUSTER SLOTS}: a list of {@code [start, end, master, replica...]} where each
   * node is {@code [host, port, id?, metadata?]}.
   */
  static SlotMap parseSlots(Reply reply, HostAndPort sender, UnaryOperator<HostAndPort> remapper) {
    SlotMap.Builder map = SlotMap.builder();
    for (Reply rangeReply : list(reply, sender, "CLUSTER SLOTS reply")) {
      List<Reply> range = list(rangeReply, sender, "slot range");
      if (range.size() < 3) {
        throw fail(
            sender, "slot range needs start, end and a master, got " + range.size() + " items");
      }
      ClusterNode master = slotsNode(range.get(2), Role.MASTER, sender, remapper);
      List<ClusterNode> replicas = new ArrayList<>();
      for (int i = 3; i < range.size(); i++) {
        replicas.add(slotsNode(range.get(i), Role.REPLICA, sender, remapper));
      }
      master = withReplicas(master, replicas);
      assign(map, number(range.get(0), sender), number(range.get(1), sender), master, sender);
    }
    return map.build();
  }

  private static ClusterNode withReplicas(ClusterNode master, List<ClusterNode> replicas) {
    return new ClusterNode(
        master.id(),
        master.address(),
        Role.MASTER,
        master.health(),
        master.replicationOffset(),
        replicas);
  }

  private static void assign(
      SlotMap.Builder map, long start, long end, ClusterNode master, HostAndPort sender) {
    if (start < 0 || end >= SlotHash.SLOT_COUNT || start > end) {
      throw fail(sender, "slot range " + start + "-" + end + " is not within 0..16383");
    }
    map.assign((int) start, (int) end, master);
  }

  private static ClusterNode shardNode(
      Map<String, Reply> f, HostAndPort sender, UnaryOperator<HostAndPort> remapper, boolean tls) {
    String host = usableHost(text(f.get("endpoint")));
    if (host == null && !"?".equals(text(f.get("endpoint")))) {
      host = usableHost(text(f.get("ip")));
      if (host == null) {
        host = usableHost(text(f.get("hostname")));
      }
    }
    Reply plain = f.get("port");
    Reply secure = f.get("tls-port");
    Reply portReply = tls ? (secure != null ? secure : plain) : (plain != null ? plain : secure);
    if (portReply == null) {
      throw fail(sender, "node " + text(f.get("id")) + " has neither 'port' nor 'tls-port'");
    }
    HostAndPort address = address(host, number(portReply, sender), sender, remapper);
    String roleText = text(f.get("role"));
    Role role = "master".equals(roleText) ? Role.MASTER : Role.REPLICA;
    if (!"master".equals(roleText) && !"replica".equals(roleText) && !"slave".equals(roleText)) {
      throw fail(sender, "node " + address + " has unknown role '" + roleText + "'");
    }
    Reply offset = f.get("replication-offset");
    return new ClusterNode(
        text(f.get("id")),
        address,
        role,
        ClusterNodes.health(text(f.get("health"))),
        offset == null ? -1 : number(offset, sender),
        List.of());
  }

  private static ClusterNode slotsNode(
      Reply reply, Role role, HostAndPort sender, UnaryOperator<HostAndPort> remapper) {
    List<Reply> n = list(reply, sender, "node of a slot range");
    if (n.size() < 2) {
      throw fail(sender, "node of a slot range needs host and port, got " + n.size() + " items");
    }
    HostAndPort address =
        address(usableHost(text(n.get(0))), number(n.get(1), sender), sender, remapper);
    String id = n.size() > 2 ? text(n.get(2)) : null;
    return new ClusterNode(id, address, role, Health.ONLINE, -1, List.of());
  }

  private static String usableHost(String host) {
    return host == null || host.isEmpty() || host.equals("?") ? null : host;
  }

  private static HostAndPort address(
      String host, long port, HostAndPort sender, UnaryOperator<HostAndPort> remapper) {
    if (port < 1 || port > 65535) {
      throw fail(sender, "port " + port + " is not within 1..65535");
    }
    HostAndPort announced = HostAndPort.of(host == null ? sender.host() : host, (int) port);
    HostAndPort mapped = remapper.apply(announced);
    if (mapped == null) {
      throw fail(sender, "the address remapper returned null for " + announced);
    }
    return mapped;
  }

  private static List<Reply> list(Reply reply, HostAndPort sender, String what) {
    if (reply instanceof Reply.Array a) {
      return a.items();
    }
    if (reply instanceof Reply.SetReply s) {
      return s.items();
    }
    if (reply instanceof Reply.Error e) {
      throw fail(sender, what + " is an error: " + e.message());
    }
    throw fail(sender, what + " must be a list, got " + describe(reply));
  }

  /** A RESP3 map, or a RESP2 flat list of alternating keys and values. */
  private static Map<String, Reply> fields(Reply reply, HostAndPort sender, String what) {
    Map<String, Reply> out = new HashMap<>();
    if (reply instanceof Reply.MapReply m) {
      for (int i = 0; i < m.keys().size(); i++) {
        out.put(text(m.keys().get(i)), m.values().get(i));
      }
      return out;
    }
    List<Reply> flat = list(reply, sender, what);
    if (flat.size() % 2 != 0) {
      throw fail(sender, what + " must hold key/value pairs, got " + flat.size() + " items");
    }
    for (int i = 0; i < flat.size(); i += 2) {
      out.put(text(flat.get(i)), flat.get(i + 1));
    }
    return out;
  }

  private static String text(Reply reply) {
    if (reply instanceof Reply.Bulk b) {
      return b.utf8();
    }
    if (reply instanceof Reply.SimpleString s) {
      return s.value();
    }
    if (reply instanceof Reply.Verbatim v) {
      return new String(v.text(), java.nio.charset.StandardCharsets.UTF_8);
    }
    if (reply instanceof Reply.Int i) {
      return Long.toString(i.value());
    }
    return null;
  }

  private static long number(Reply reply, HostAndPort sender) {
    if (reply instanceof Reply.Int i) {
      return i.value();
    }
    String t = text(reply);
    if (t != null) {
      try {
        return Long.parseLong(t.trim());
      } catch (NumberFormatException e) {
        throw fail(sender, "expected a number, got '" + t + "'");
      }
    }
    throw fail(sender, "expected a number, got " + describe(reply));
  }

  private static String describe(Reply reply) {
    return reply == null ? "nothing" : reply.getClass().getSimpleName();
  }

  private static ClusterTopologyException fail(HostAndPort sender, String message) {
    return new ClusterTopologyException("topology reply from " + sender + ": " + message);
  }
}
