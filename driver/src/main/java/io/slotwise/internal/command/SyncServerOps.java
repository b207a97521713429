package io.slotwise.internal.command;

import io.slotwise.HostAndPort;
import io.slotwise.commands.ClusterInfo;
import io.slotwise.commands.ClusterNodeInfo;
import io.slotwise.commands.ClusterShard;
import io.slotwise.commands.NodeResults;
import io.slotwise.commands.RedisServerCommands;
import io.slotwise.commands.ScanArgs;
import io.slotwise.commands.ScanResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The server and keyspace-wide commands of {@link SyncCommandsImpl}, as default methods that wait
 * on {@link SyncOps#async()} with {@link SyncOps#await}. Holds no state; thread-safe as its
 * implementor.
 */
public interface SyncServerOps extends SyncOps, RedisServerCommands {
  @Override
  default String ping() {
    return await(async().ping(), "PING");
  }

  @Override
  default String ping(HostAndPort node) {
    return await(async().ping(node), "PING");
  }

  @Override
  default String echo(String message) {
    return await(async().echo(message), "ECHO");
  }

  @Override
  default byte[] echo(byte[] message) {
    return await(async().echo(message), "ECHO");
  }

  @Override
  default String info() {
    return await(async().info(), "INFO");
  }

  @Override
  default String info(String section) {
    return await(async().info(section), "INFO");
  }

  @Override
  default String info(HostAndPort node, String section) {
    return await(async().info(node, section), "INFO");
  }

  @Override
  default long dbsize() {
    return await(async().dbsize(), "DBSIZE");
  }

  @Override
  default String flushall() {
    return await(async().flushall(), "FLUSHALL");
  }

  @Override
  default String flushall(boolean async) {
    return await(async().flushall(async), "FLUSHALL");
  }

  @Override
  default List<String> keys(String pattern) {
    return await(async().keys(pattern), "KEYS");
  }

  @Override
  default List<byte[]> keys(byte[] pattern) {
    return await(async().keys(pattern), "KEYS");
  }

  @Override
  default ScanResult<String> scan(String cursor) {
    return await(async().scan(cursor), "SCAN");
  }

  @Override
  default ScanResult<String> scan(String cursor, ScanArgs scanArgs) {
    return await(async().scan(cursor, scanArgs), "SCAN");
  }

  @Override
  default Iterable<String> scanIterable(ScanArgs scanArgs) {
    Args.requireObject(scanArgs, "scanArgs");
    return ScanIterator.iterable(cursor -> scan(cursor, scanArgs));
  }

  @Override
  default Stream<String> scanStream(ScanArgs scanArgs) {
    Args.requireObject(scanArgs, "scanArgs");
    return ScanIterator.stream(cursor -> scan(cursor, scanArgs));
  }

  @Override
  default Iterable<byte[]> scanBytesIterable(ScanArgs scanArgs) {
    Args.requireObject(scanArgs, "scanArgs");
    return ScanIterator.iterable(cursor -> scanBytes(cursor, scanArgs));
  }

  @Override
  default Stream<byte[]> scanBytesStream(ScanArgs scanArgs) {
    Args.requireObject(scanArgs, "scanArgs");
    return ScanIterator.stream(cursor -> scanBytes(cursor, scanArgs));
  }

  @Override
  default ScanResult<byte[]> scanBytes(String cursor) {
    return await(async().scanBytes(cursor), "SCAN");
  }

  @Override
  default ScanResult<byte[]> scanBytes(String cursor, ScanArgs scanArgs) {
    return await(async().scanBytes(cursor, scanArgs), "SCAN");
  }

  @Override
  default String randomkey() {
    return await(async().randomkey(), "RANDOMKEY");
  }

  // --- issue 14 ---

  @Override
  default Instant time() {
    return await(async().time(), "TIME");
  }

  @Override
  default String flushdb() {
    return await(async().flushdb(), "FLUSHDB");
  }

  @Override
  default String flushdb(boolean async) {
    return await(async().flushdb(async), "FLUSHDB");
  }

  @Override
  default Long memoryUsage(String key) {
    return await(async().memoryUsage(key), "MEMORY USAGE");
  }

  @Override
  default Long memoryUsage(byte[] key) {
    return await(async().memoryUsage(key), "MEMORY USAGE");
  }

  @Override
  default Map<String, String> configGet(String parameter) {
    return await(async().configGet(parameter), "CONFIG GET");
  }

  @Override
  default NodeResults<String> configSet(String parameter, String value) {
    return await(async().configSet(parameter, value), "CONFIG SET");
  }

  @Override
  default ClusterInfo clusterInfo() {
    return await(async().clusterInfo(), "CLUSTER INFO");
  }

  @Override
  default List<ClusterNodeInfo> clusterNodes() {
    return await(async().clusterNodes(), "CLUSTER NODES");
  }

  @Override
  default List<ClusterShard> clusterShards() {
    return await(async().clusterShards(), "CLUSTER SHARDS");
  }

  @Override
  default long waitReplicas(String key, int replicas, Duration timeout) {
    return awaitBlocking(async().waitReplicas(key, replicas, timeout), "WAIT", timeout);
  }

  @Override
  default long waitReplicas(byte[] key, int replicas, Duration timeout) {
    return awaitBlocking(async().waitReplicas(key, replicas, timeout), "WAIT", timeout);
  }
}
