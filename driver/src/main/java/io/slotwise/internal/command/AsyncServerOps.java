package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.u;

import io.slotwise.HostAndPort;
import io.slotwise.commands.AsyncRedisServerCommands;
import io.slotwise.commands.ClusterInfo;
import io.slotwise.commands.ClusterNodeInfo;
import io.slotwise.commands.ClusterShard;
import io.slotwise.commands.NodeResults;
import io.slotwise.commands.ScanArgs;
import io.slotwise.commands.ScanResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The server and keyspace-wide commands of {@link AsyncCommandsImpl}, as default methods over what
 * {@link AsyncOps} provides; each hands its future out through {@link AsyncOps#handOut} exactly
 * once. Holds no state; thread-safe as its implementor.
 */
public interface AsyncServerOps extends AsyncOps, AsyncRedisServerCommands {
  @Override
  default CompletableFuture<String> ping() {
    return run(CommandBuilder.ping(), Converters::string);
  }

  @Override
  default CompletableFuture<String> ping(HostAndPort node) {
    return handOut(keyless().ping(node));
  }

  @Override
  default CompletableFuture<String> echo(String message) {
    return run(CommandBuilder.echo(u(message, "message")), Converters::string);
  }

  @Override
  default CompletableFuture<byte[]> echo(byte[] message) {
    return run(CommandBuilder.echo(message), Converters::bytes);
  }

  @Override
  default CompletableFuture<String> info() {
    return run(CommandBuilder.info(), Converters::string);
  }

  @Override
  default CompletableFuture<String> info(String section) {
    return run(CommandBuilder.info(u(section, "section")), Converters::string);
  }

  @Override
  default CompletableFuture<String> info(HostAndPort node, String section) {
    return handOut(keyless().info(node, section));
  }

  @Override
  default CompletableFuture<Long> dbsize() {
    return handOut(keyless().dbsize());
  }

  @Override
  default CompletableFuture<String> flushall() {
    return handOut(keyless().flushall(null));
  }

  @Override
  default CompletableFuture<String> flushall(boolean async) {
    return handOut(keyless().flushall(async));
  }

  @Override
  default CompletableFuture<List<String>> keys(String pattern) {
    return handOut(keyless().keys(u(pattern, "pattern"), Converters::string));
  }

  @Override
  default CompletableFuture<List<byte[]>> keys(byte[] pattern) {
    return handOut(keyless().keys(pattern, Converters::bytes));
  }

  @Override
  default CompletableFuture<ScanResult<String>> scan(String cursor) {
    return handOut(keyless().scan(cursor, ScanArgs.create(), Converters::string));
  }

  @Override
  default CompletableFuture<ScanResult<String>> scan(String cursor, ScanArgs scanArgs) {
    return handOut(keyless().scan(cursor, scanArgs, Converters::string));
  }

  @Override
  default CompletableFuture<ScanResult<byte[]>> scanBytes(String cursor) {
    return handOut(keyless().scan(cursor, ScanArgs.create(), Converters::bytes));
  }

  @Override
  default CompletableFuture<ScanResult<byte[]>> scanBytes(String cursor, ScanArgs scanArgs) {
    return handOut(keyless().scan(cursor, scanArgs, Converters::bytes));
  }

  @Override
  default CompletableFuture<String> randomkey() {
    return handOut(keyless().randomkey(Converters::string));
  }

  // --- more server and cluster commands (issue 14) ------------------------------------------

  @Override
  default CompletableFuture<Instant> time() {
    return run(AdminCommandBuilder.time(), ServerReplies::time);
  }

  @Override
  default CompletableFuture<String> flushdb() {
    return handOut(dispatcher().fanOut(AdminCommandBuilder.flushdb(null), KeylessCommands::allOk));
  }

  @Override
  default CompletableFuture<String> flushdb(boolean async) {
    return handOut(dispatcher().fanOut(AdminCommandBuilder.flushdb(async), KeylessCommands::allOk));
  }

  @Override
  default CompletableFuture<Long> memoryUsage(String key) {
    return run(AdminCommandBuilder.memoryUsage(u(key, "key")), Converters::nullableInteger);
  }

  @Override
  default CompletableFuture<Long> memoryUsage(byte[] key) {
    return run(AdminCommandBuilder.memoryUsage(key), Converters::nullableInteger);
  }

  @Override
  default CompletableFuture<Map<String, String>> configGet(String parameter) {
    return run(AdminCommandBuilder.configGet(u(parameter, "parameter")), Converters::stringMap);
  }

  @Override
  default CompletableFuture<NodeResults<String>> configSet(String parameter, String value) {
    return handOut(
        NodeFanOut.send(
            dispatcher(),
            dispatcher().nodes(),
            AdminCommandBuilder.configSet(u(parameter, "parameter"), u(value, "value")),
            Converters::string));
  }

  @Override
  default CompletableFuture<ClusterInfo> clusterInfo() {
    return run(AdminCommandBuilder.clusterInfo(), ClusterReplies::info);
  }

  @Override
  default CompletableFuture<List<ClusterNodeInfo>> clusterNodes() {
    return run(AdminCommandBuilder.clusterNodes(), ClusterReplies::nodes);
  }

  @Override
  default CompletableFuture<List<ClusterShard>> clusterShards() {
    return run(AdminCommandBuilder.clusterShards(), ClusterReplies::shards);
  }

  @Override
  default CompletableFuture<Long> waitReplicas(String key, int replicas, Duration timeout) {
    return waitReplicas(u(key, "key"), replicas, timeout);
  }

  @Override
  default CompletableFuture<Long> waitReplicas(byte[] key, int replicas, Duration timeout) {
    Args.require(key, "key");
    if (replicas < 0) {
      throw new IllegalArgumentException("replicas must be >= 0, got " + replicas);
    }
    Args.requireObject(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() == 0) {
      throw new IllegalArgumentException(
          "timeout must be at least 1 ms (WAIT 0 would hold the shared connection forever), got "
              + timeout);
    }
    return handOut(dispatcher().waitReplicas(key, replicas, timeout));
  }
}
