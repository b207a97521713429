package io.slotwise.spring.data;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseClient;
import java.util.List;
import java.util.Set;
import org.springframework.data.redis.connection.RedisClusterCommands;
import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.connection.RedisClusterNode;
import org.springframework.data.redis.connection.RedisClusterServerCommands;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanCursor;
import org.springframework.data.redis.core.ScanIteration;
import org.springframework.data.redis.core.ScanOptions;

/**
 * A {@link SlotwiseConnection} for Redis Cluster that is also a Spring Data {@link
 * RedisClusterConnection}: the topology and node-addressed commands ({@link #clusterCommands()},
 * the per-node server commands), and transactions ({@code watch}/{@code multi}/{@code exec}) on one
 * slot, which Spring Data's own cluster connections refuse. Not thread-safe, like every Spring Data
 * connection.
 */
public final class SlotwiseClusterConnection extends SlotwiseConnection
    implements RedisClusterConnection {
  private final SlotwiseClusterCommands cluster;

  SlotwiseClusterConnection(SlotwiseClient client, boolean convertResults) {
    super(client, convertResults);
    this.cluster = new SlotwiseClusterCommands(runner);
  }

  @Override
  SlotwiseServerCommands newServerCommands(CommandRunner runner) {
    return new SlotwiseClusterServerCommands(runner);
  }

  @Override
  public RedisClusterCommands clusterCommands() {
    return cluster;
  }

  @Override
  public RedisClusterServerCommands serverCommands() {
    return (RedisClusterServerCommands) server;
  }

  @Override
  public String ping(RedisClusterNode node) {
    return ClusterNodes.onNode(runner, node, Replies::string, Cmd.args("PING"));
  }

  @Override
  public Set<byte[]> keys(RedisClusterNode node, byte[] pattern) {
    return ClusterNodes.onNode(runner, node, Replies::byteSet, Cmd.args("KEYS", pattern));
  }

  @Override
  public Cursor<byte[]> scan(RedisClusterNode node, ScanOptions options) {
    RedisClusterNode target = ClusterNodes.resolve(runner, node);
    return new ScanCursor<byte[]>(options == null ? ScanOptions.NONE : options) {
      @Override
      protected ScanIteration<byte[]> doScan(CursorId cursorId, ScanOptions o) {
        Cmd cmd = ScanCursors.options(Cmd.of("SCAN").word(cursorId.getCursorId()), o);
        List<Object> page = ClusterNodes.onNode(runner, target, Replies::list, cmd.build());
        return new ScanIteration<>(
            CursorId.of(Replies.string(page.get(0))), Replies.byteList(page.get(1)));
      }
    }.open();
  }

  @Override
  public byte[] randomKey(RedisClusterNode node) {
    return ClusterNodes.onNode(runner, node, Replies::bytes, Cmd.args("RANDOMKEY"));
  }

  // --- RedisClusterCommands, delegated to clusterCommands() ---

  @Override
  public java.lang.Iterable<org.springframework.data.redis.connection.RedisClusterNode>
      clusterGetNodes() {
    return cluster.clusterGetNodes();
  }

  @Override
  public java.util.Collection<org.springframework.data.redis.connection.RedisClusterNode>
      clusterGetReplicas(org.springframework.data.redis.connection.RedisClusterNode arg0) {
    return cluster.clusterGetReplicas(arg0);
  }

  @Override
  public java.util.Map<
          org.springframework.data.redis.connection.RedisClusterNode,
          java.util.Collection<org.springframework.data.redis.connection.RedisClusterNode>>
      clusterGetMasterReplicaMap() {
    return cluster.clusterGetMasterReplicaMap();
  }

  @Override
  public java.lang.Integer clusterGetSlotForKey(byte[] arg0) {
    return cluster.clusterGetSlotForKey(arg0);
  }

  @Override
  public org.springframework.data.redis.connection.RedisClusterNode clusterGetNodeForSlot(
      int arg0) {
    return cluster.clusterGetNodeForSlot(arg0);
  }

  @Override
  public org.springframework.data.redis.connection.RedisClusterNode clusterGetNodeForKey(
      byte[] arg0) {
    return cluster.clusterGetNodeForKey(arg0);
  }

  @Override
  public org.springframework.data.redis.connection.ClusterInfo clusterGetClusterInfo() {
    return cluster.clusterGetClusterInfo();
  }

  @Override
  public void clusterAddSlots(
      org.springframework.data.redis.connection.RedisClusterNode arg0, int... arg1) {
    cluster.clusterAddSlots(arg0, arg1);
  }

  @Override
  public void clusterAddSlots(
      org.springframework.data.redis.connection.RedisClusterNode arg0,
      org.springframework.data.redis.connection.RedisClusterNode.SlotRange arg1) {
    cluster.clusterAddSlots(arg0, arg1);
  }

  @Override
  public java.lang.Long clusterCountKeysInSlot(int arg0) {
    return cluster.clusterCountKeysInSlot(arg0);
  }

  @Override
  public void clusterDeleteSlots(
      org.springframework.data.redis.connection.RedisClusterNode arg0, int... arg1) {
    cluster.clusterDeleteSlots(arg0, arg1);
  }

  @Override
  public void clusterDeleteSlotsInRange(
      org.springframework.data.redis.connection.RedisClusterNode arg0,
      org.springframework.data.redis.connection.RedisClusterNode.SlotRange arg1) {
    cluster.clusterDeleteSlotsInRange(arg0, arg1);
  }

  @Override
  public void clusterForget(org.springframework.data.redis.connection.RedisClusterNode arg0) {
    cluster.clusterForget(arg0);
  }

  @Override
  public void clusterMeet(org.springframework.data.redis.connection.RedisClusterNode arg0) {
    cluster.clusterMeet(arg0);
  }

  @Override
  public void clusterSetSlot(
      org.springframework.data.redis.connection.RedisClusterNode arg0,
      int arg1,
      org.springframework.data.redis.connection.RedisClusterCommands.AddSlots arg2) {
    cluster.clusterSetSlot(arg0, arg1, arg2);
  }

  @Override
  public java.util.List<byte[]> clusterGetKeysInSlot(int arg0, java.lang.Integer arg1) {
    return cluster.clusterGetKeysInSlot(arg0, arg1);
  }

  @Override
  public void clusterReplicate(
      org.springframework.data.redis.connection.RedisClusterNode arg0,
      org.springframework.data.redis.connection.RedisClusterNode arg1) {
    cluster.clusterReplicate(arg0, arg1);
  }

  static HostAndPort address(RedisClusterNode node) {
    return HostAndPort.of(node.getHost(), node.getPort());
  }
}
