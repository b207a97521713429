package io.slotwise.internal.command;

import io.slotwise.commands.AsyncRedisNodeCommands;
import io.slotwise.commands.ClientInfo;
import io.slotwise.commands.ClientKillArgs;
import io.slotwise.commands.ClusterInfo;
import io.slotwise.commands.NodeResults;
import io.slotwise.commands.RedisNodeCommands;
import io.slotwise.commands.ReplyConverter;
import io.slotwise.commands.SlowlogEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@link RedisNodeCommands} that waits on an {@link AsyncRedisNodeCommands} future per call, with
 * the waits of the client's {@link SyncOps} (command timeout plus a margin; failures thrown as the
 * {@link io.slotwise.SlotwiseException} subclass itself). Thread-safe; owns nothing.
 */
public final class SyncNodeCommandsImpl implements RedisNodeCommands {
  private final AsyncRedisNodeCommands async;
  private final SyncOps waits;

  public SyncNodeCommandsImpl(AsyncRedisNodeCommands async, SyncOps waits) {
    this.async = Args.requireObject(async, "async");
    this.waits = Args.requireObject(waits, "waits");
  }

  @Override
  public NodeResults<Object> execute(String... args) {
    return waits.await(async.execute(args), "the command");
  }

  @Override
  public NodeResults<Object> execute(byte[]... args) {
    return waits.await(async.execute(args), "the command");
  }

  @Override
  public <T> NodeResults<T> execute(ReplyConverter<T> converter, String... args) {
    return waits.await(async.execute(converter, args), "the command");
  }

  @Override
  public <T> NodeResults<T> execute(ReplyConverter<T> converter, byte[]... args) {
    return waits.await(async.execute(converter, args), "the command");
  }

  @Override
  public NodeResults<String> ping() {
    return waits.await(async.ping(), "PING");
  }

  @Override
  public NodeResults<String> info(String section) {
    return waits.await(async.info(section), "INFO");
  }

  @Override
  public NodeResults<Instant> time() {
    return waits.await(async.time(), "TIME");
  }

  @Override
  public NodeResults<Map<String, String>> configGet(String parameter) {
    return waits.await(async.configGet(parameter), "CONFIG GET");
  }

  @Override
  public NodeResults<String> configSet(String parameter, String value) {
    return waits.await(async.configSet(parameter, value), "CONFIG SET");
  }

  @Override
  public NodeResults<List<SlowlogEntry>> slowlogGet(int count) {
    return waits.await(async.slowlogGet(count), "SLOWLOG GET");
  }

  @Override
  public NodeResults<Long> slowlogLen() {
    return waits.await(async.slowlogLen(), "SLOWLOG LEN");
  }

  @Override
  public NodeResults<String> slowlogReset() {
    return waits.await(async.slowlogReset(), "SLOWLOG RESET");
  }

  @Override
  public NodeResults<List<ClientInfo>> clientList() {
    return waits.await(async.clientList(), "CLIENT LIST");
  }

  @Override
  public NodeResults<ClientInfo> clientInfo() {
    return waits.await(async.clientInfo(), "CLIENT INFO");
  }

  @Override
  public NodeResults<Long> clientId() {
    return waits.await(async.clientId(), "CLIENT ID");
  }

  @Override
  public NodeResults<Long> clientKill(ClientKillArgs filters) {
    return waits.await(async.clientKill(filters), "CLIENT KILL");
  }

  @Override
  public NodeResults<ClusterInfo> clusterInfo() {
    return waits.await(async.clusterInfo(), "CLUSTER INFO");
  }
}
