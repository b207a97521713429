package io.slotwise.spring.data;

import io.slotwise.cluster.SlotHash;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.data.redis.connection.ClusterInfo;
import org.springframework.data.redis.connection.RedisClusterCommands;
import org.springframework.data.redis.connection.RedisClusterNode;

/**
 * {@link RedisClusterCommands} on Slotwise: the topology from {@code CLUSTER NODES}, slots from
 * Slotwise's own hashing, node-addressed commands on dedicated connections. Not thread-safe (one
 * per connection).
 */
final class SlotwiseClusterCommands extends Family implements RedisClusterCommands {

  SlotwiseClusterCommands(CommandRunner runner) {
    super(runner);
  }

  @Override
  public Iterable<RedisClusterNode> clusterGetNodes() {
    return ClusterNodes.nodes(runner);
  }

  @Override
  public Collection<RedisClusterNode> clusterGetReplicas(RedisClusterNode master) {
    RedisClusterNode m = ClusterNodes.resolve(runner, master);
    List<RedisClusterNode> out = new ArrayList<>();
    for (RedisClusterNode n : ClusterNodes.nodes(runner)) {
      if (m.getId().equals(n.getMasterId())) {
        out.add(n);
      }
    }
    return out;
  }

  @Override
  public Map<RedisClusterNode, Collection<RedisClusterNode>> clusterGetMasterReplicaMap() {
    Map<RedisClusterNode, Collection<RedisClusterNode>> out = new LinkedHashMap<>();
    for (RedisClusterNode n : ClusterNodes.nodes(runner)) {
      if (n.isMaster()) {
        out.put(n, clusterGetReplicas(n));
      }
    }
    return out;
  }

  @Override
  public Integer clusterGetSlotForKey(byte[] key) {
    return SlotHash.slot(require(key, "clusterGetSlotForKey", "key"));
  }

  @Override
  public RedisClusterNode clusterGetNodeForSlot(int slot) {
    for (RedisClusterNode n : ClusterNodes.nodes(runner)) {
      if (n.isMaster() && n.servesSlot(slot)) {
        return n;
      }
    }
    throw new org.springframework.data.redis.ClusterStateFailureException(
        "no master serves slot " + slot);
  }

  @Override
  public RedisClusterNode clusterGetNodeForKey(byte[] key) {
    return clusterGetNodeForSlot(clusterGetSlotForKey(key));
  }

  @Override
  public ClusterInfo clusterGetClusterInfo() {
    byte[][] args = Cmd.of("CLUSTER").word("INFO").build();
    Properties p =
        runner.runNow(
            Call.keyless("clusterGetClusterInfo", SlotwiseServerCommands::properties, args));
    return new ClusterInfo(p);
  }

  @Override
  public void clusterAddSlots(RedisClusterNode node, int... slots) {
    Cmd cmd = Cmd.of("CLUSTER").word("ADDSLOTS");
    for (int s : slots) {
      cmd.add(s);
    }
    ClusterNodes.onNode(runner, node, Replies.STATUS, cmd.build());
  }

  @Override
  public void clusterAddSlots(RedisClusterNode node, RedisClusterNode.SlotRange range) {
    clusterAddSlots(node, require(range, "clusterAddSlots", "range").getSlotsArray());
  }

  @Override
  public Long clusterCountKeysInSlot(int slot) {
    byte[][] args = Cmd.of("CLUSTER").word("COUNTKEYSINSLOT").add(slot).build();
    return ClusterNodes.onNode(runner, clusterGetNodeForSlot(slot), Replies::toLong, args);
  }

  @Override
  public void clusterDeleteSlots(RedisClusterNode node, int... slots) {
    Cmd cmd = Cmd.of("CLUSTER").word("DELSLOTS");
    for (int s : slots) {
      cmd.add(s);
    }
    ClusterNodes.onNode(runner, node, Replies.STATUS, cmd.build());
  }

  @Override
  public void clusterDeleteSlotsInRange(RedisClusterNode node, RedisClusterNode.SlotRange range) {
    clusterDeleteSlots(node, require(range, "clusterDeleteSlotsInRange", "range").getSlotsArray());
  }

  @Override
  public void clusterForget(RedisClusterNode node) {
    RedisClusterNode forget = ClusterNodes.resolve(runner, node);
    for (RedisClusterNode n : ClusterNodes.nodes(runner)) {
      if (!n.getId().equals(forget.getId())) {
        byte[][] args = Cmd.of("CLUSTER").word("FORGET").word(forget.getId()).build();
        ClusterNodes.onNode(runner, n, Replies.STATUS, args);
      }
    }
  }

  @Override
  public void clusterMeet(RedisClusterNode node) {
    require(node, "clusterMeet", "node");
    byte[][] args = Cmd.of("CLUSTER").word("MEET").word(node.getHost()).add(node.getPort()).build();
    for (RedisClusterNode n : ClusterNodes.nodes(runner)) {
      ClusterNodes.onNode(runner, n, Replies.STATUS, args);
    }
  }

  @Override
  public void clusterSetSlot(RedisClusterNode node, int slot, AddSlots mode) {
    RedisClusterNode target = ClusterNodes.resolve(runner, node);
    Cmd cmd =
        Cmd.of("CLUSTER")
            .word("SETSLOT")
            .add(slot)
            .word(require(mode, "clusterSetSlot", "mode").name());
    if (mode != AddSlots.STABLE) {
      cmd.word(target.getId());
    }
    ClusterNodes.onNode(runner, target, Replies.STATUS, cmd.build());
  }

  @Override
  public List<byte[]> clusterGetKeysInSlot(int slot, Integer count) {
    byte[][] args =
        Cmd.of("CLUSTER")
            .word("GETKEYSINSLOT")
            .add(slot)
            .add(count == null ? Integer.MAX_VALUE : count)
            .build();
    return ClusterNodes.onNode(runner, clusterGetNodeForSlot(slot), Replies::byteList, args);
  }

  @Override
  public void clusterReplicate(RedisClusterNode master, RedisClusterNode replica) {
    RedisClusterNode m = ClusterNodes.resolve(runner, master);
    byte[][] args = Cmd.of("CLUSTER").word("REPLICATE").word(m.getId()).build();
    ClusterNodes.onNode(runner, replica, Replies.STATUS, args);
  }
}
