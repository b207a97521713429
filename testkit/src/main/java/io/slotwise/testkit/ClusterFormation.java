package io.slotwise.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns freshly started cluster-enabled nodes into a working cluster, the way {@code redis-cli
 * --cluster create} does: distinct config epochs, even slot ranges, MEET, REPLICATE, then bounded
 * waits for convergence.
 */
public final class ClusterFormation {
  private static final int ADDSLOTS_BATCH = 1000;

  private ClusterFormation() {}

  static void form(
      List<RedisServerProcess> nodes, int masters, int replicasPerMaster, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      RedisServerProcess n = nodes.get(i);
      ids.add((String) n.call("CLUSTER", "MYID"));
      n.call("CLUSTER", "SET-CONFIG-EPOCH", Integer.toString(i + 1));
    }
    for (int m = 0; m < masters; m++) {
      int from = m * LocalRedisCluster.SLOTS / masters;
      int to = (m + 1) * LocalRedisCluster.SLOTS / masters - 1;
      addSlots(nodes.get(m), from, to);
    }
    RedisServerProcess first = nodes.get(0);
    for (int i = 1; i < nodes.size(); i++) {
      nodes.get(i).call("CLUSTER", "MEET", "127.0.0.1", Integer.toString(first.port()));
    }
    Await.until(
        "all " + nodes.size() + " nodes know each other",
        remaining(deadline),
        () -> nodes.stream().allMatch(n -> knowsAll(n, nodes.size())));
    for (int m = 0; m < masters; m++) {
      for (int k = 0; k < replicasPerMaster; k++) {
        RedisServerProcess replica = nodes.get(masters + m * replicasPerMaster + k);
        replica.call("CLUSTER", "REPLICATE", ids.get(m));
      }
    }
    List<RedisServerProcess> replicas = nodes.subList(masters, nodes.size());
    Await.until(
        "every replica's link to its master is up",
        remaining(deadline),
        () -> replicas.stream().allMatch(ClusterFormation::replicaLinkUp));
    Await.until(
        "cluster_state:ok, same slot owners and " + replicas.size() + " replicas on every node",
        remaining(deadline),
        () -> converged(nodes, replicas.size()));
  }

  private static Duration remaining(long deadline) {
    return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
  }

  private static void addSlots(RedisServerProcess master, int from, int to) {
    if (RedisBinary.get().supportsAddSlotsRange()) {
      master.call("CLUSTER", "ADDSLOTSRANGE", Integer.toString(from), Integer.toString(to));
      return;
    }
    for (int start = from; start <= to; start += ADDSLOTS_BATCH) {
      int end = Math.min(to, start + ADDSLOTS_BATCH - 1);
      List<String> args = new ArrayList<>(List.of("CLUSTER", "ADDSLOTS"));
      for (int s = start; s <= end; s++) {
        args.add(Integer.toString(s));
      }
      master.call(args.toArray(new String[0]));
    }
  }

  private static boolean knowsAll(RedisServerProcess n, int count) {
    List<ClusterNodeLine> view = ClusterNodeLine.parseAll((String) n.call("CLUSTER", "NODES"));
    return view.size() == count
        && view.stream().noneMatch(ClusterNodeLine::isHandshake)
        && view.stream().allMatch(l -> l.isMyself() || l.connected());
  }

  static boolean replicaLinkUp(RedisServerProcess replica) {
    String info = (String) replica.call("INFO", "replication");
    return info.contains("role:slave") && info.contains("master_link_status:up");
  }

  private static boolean converged(List<RedisServerProcess> nodes, int replicaCount) {
    String[] reference = null;
    for (RedisServerProcess n : nodes) {
      if (!stateOk(n)) {
        return false;
      }
      List<ClusterNodeLine> view = ClusterNodeLine.parseAll((String) n.call("CLUSTER", "NODES"));
      if (view.stream().filter(ClusterNodeLine::isReplica).count() != replicaCount) {
        return false;
      }
      String[] owners = slotOwners(view);
      if (reference == null) {
        reference = owners;
      } else if (!java.util.Arrays.equals(reference, owners)) {
        return false;
      }
    }
    return true;
  }

  static boolean stateOk(RedisServerProcess n) {
    return ((String) n.call("CLUSTER", "INFO")).contains("cluster_state:ok");
  }

  /** Owner address of each slot as {@code n} sees it; null for unassigned slots. */
  static String[] slotOwners(RedisServerProcess n) {
    return slotOwners(ClusterNodeLine.parseAll((String) n.call("CLUSTER", "NODES")));
  }

  private static String[] slotOwners(List<ClusterNodeLine> view) {
    String[] owners = new String[LocalRedisCluster.SLOTS];
    for (ClusterNodeLine l : view) {
      if (!l.isMaster()) {
        continue;
      }
      for (int[] r : l.slotRanges()) {
        for (int s = r[0]; s <= r[1]; s++) {
          owners[s] = String.valueOf(l.address());
        }
      }
    }
    return owners;
  }
}
