package io.slotwise.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisServerProcess;
import io.slotwise.testkit.RespTestClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helpers for {@code SlotMigratorIT}: a tiny cluster client on {@link RespTestClient} that
 * follows {@code MOVED} and {@code ASK} itself (independent of the driver's router), and small
 * queries against the nodes. Not thread-safe; the test closes it.
 */
public final class SlotMigratorITSupport implements AutoCloseable {
  private static final int MAX_REDIRECTS = 5;

  private final LocalRedisCluster cluster;
  private final Map<HostAndPort, RespTestClient> clients = new HashMap<>();
  private final HostAndPort[] slotCache = new HostAndPort[SlotHash.SLOT_COUNT];
  private long asks;

  SlotMigratorITSupport(LocalRedisCluster cluster) {
    this.cluster = cluster;
  }

  /** A keyed command (key at args[1]) sent where the cluster says, following MOVED and ASK. */
  Object call(String... args) {
    int slot = SlotHash.slot(args[1]);
    HostAndPort at = slotCache[slot] != null ? slotCache[slot] : cluster.seedAddresses().get(0);
    boolean asking = false;
    for (int i = 0; i <= MAX_REDIRECTS; i++) {
      RespTestClient c = client(at);
      try {
        if (asking) {
          c.call("ASKING");
        }
        Object reply = c.call(args);
        if (!asking) {
          slotCache[slot] = at;
        }
        return reply;
      } catch (RespTestClient.ServerError e) {
        String[] words = e.reply().split(" ");
        if (e.kind().equals("MOVED")) {
          at = HostAndPort.parse(words[2]);
          asking = false;
        } else if (e.kind().equals("ASK")) {
          at = HostAndPort.parse(words[2]);
          asking = true;
          asks++;
        } else {
          throw e;
        }
      }
    }
    throw new AssertionError("more than " + MAX_REDIRECTS + " redirects for " + args[1]);
  }

  /** How many ASK redirects {@link #call} followed. */
  long asks() {
    return asks;
  }

  /** A command on one node, no redirect following. */
  Object callOn(HostAndPort node, String... args) {
    return client(node).call(args);
  }

  RespTestClient client(HostAndPort node) {
    return clients.computeIfAbsent(node, RespTestClient::connect);
  }

  long countKeysInSlot(HostAndPort node, int slot) {
    return (Long) callOn(node, "CLUSTER", "COUNTKEYSINSLOT", Integer.toString(slot));
  }

  String nodeId(HostAndPort node) {
    return (String) callOn(node, "CLUSTER", "MYID");
  }

  /** Every node's {@code CLUSTER NODES} text, joined: where migration markers would show. */
  String allClusterNodes() {
    StringBuilder sb = new StringBuilder();
    for (RedisServerProcess n : cluster.nodes()) {
      sb.append(callOn(n.address(), "CLUSTER", "NODES")).append('\n');
    }
    return sb.toString();
  }

  /** The owner of every slot per {@code CLUSTER SLOTS} of one node. */
  HostAndPort[] slotOwners() {
    HostAndPort[] owners = new HostAndPort[SlotHash.SLOT_COUNT];
    List<?> ranges = (List<?>) callOn(cluster.seedAddresses().get(0), "CLUSTER", "SLOTS");
    for (Object r : ranges) {
      List<?> range = (List<?>) r;
      List<?> master = (List<?>) range.get(2);
      HostAndPort owner = HostAndPort.of((String) master.get(0), ((Long) master.get(1)).intValue());
      for (long s = (Long) range.get(0); s <= (Long) range.get(1); s++) {
        owners[(int) s] = owner;
      }
    }
    return owners;
  }

  /** A short hash tag whose slot is {@code slot}, found by trying {@code t0}, {@code t1}, ... */
  static String tagFor(int slot) {
    for (int n = 0; ; n++) {
      String tag = "t" + n;
      if (SlotHash.slot(tag) == slot) {
        return tag;
      }
    }
  }

  @Override
  public void close() {
    for (RespTestClient c : clients.values()) {
      c.close();
    }
    clients.clear();
  }
}
