package io.slotwise.internal.executor;

import io.slotwise.HostAndPort;
import io.slotwise.internal.command.BlockingCommands;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The client's {@link Dispatcher}: every command goes to the shared executor, except blocking ones,
 * which go to the exclusive connections. Thread-safe; owns neither.
 */
public final class ClientDispatcher implements Dispatcher {
  private final Dispatcher shared;
  private final ExclusiveConnections exclusive;

  public ClientDispatcher(Dispatcher shared, ExclusiveConnections exclusive) {
    this.shared = shared;
    this.exclusive = exclusive;
  }

  @Override
  public <T> CompletableFuture<T> execute(Command command, Function<Reply, T> converter) {
    if (command.name().equals("WAIT")) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException(
              "WAIT through execute(...) would run on a connection that carried none of your"
                  + " writes and answer at once; use waitReplicas(key, replicas, timeout), which"
                  + " waits on the connection that carried the writes of the key's slot"));
    }
    Duration blockFor;
    try {
      blockFor = BlockingCommands.blockFor(command);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
    if (!blockFor.isNegative()) {
      return exclusive.execute(command, converter, blockFor);
    }
    return shared.execute(command, converter);
  }

  @Override
  public <T> CompletableFuture<T> executeBlocking(
      Command command, Function<Reply, T> converter, Duration blockFor) {
    return exclusive.execute(command, converter, blockFor);
  }

  @Override
  public CompletableFuture<Long> waitReplicas(byte[] key, int replicas, Duration timeout) {
    if (shared instanceof CommandExecutor executor) {
      // An async caller must not block on the caller-thread links: they wait on pool threads.
      return executor.waitReplicas(key, replicas, timeout, exclusive.borrowExecutor());
    }
    return shared.waitReplicas(key, replicas, timeout);
  }

  @Override
  public <T> CompletableFuture<T> executeOn(
      HostAndPort node, Command command, Function<Reply, T> converter) {
    return shared.executeOn(node, command, converter);
  }

  @Override
  public CompletableFuture<List<byte[]>> mget(byte[][] keys) {
    return shared.mget(keys);
  }

  @Override
  public CompletableFuture<Void> mset(Map<byte[], byte[]> keyValues) {
    return shared.mset(keyValues);
  }

  @Override
  public CompletableFuture<Long> countKeys(String command, byte[][] keys) {
    return shared.countKeys(command, keys);
  }

  @Override
  public <T> CompletableFuture<T> fanOut(Command command, Function<List<Reply>, T> combiner) {
    return shared.fanOut(command, combiner);
  }

  @Override
  public List<HostAndPort> masters() {
    return shared.masters();
  }

  @Override
  public List<HostAndPort> nodes() {
    return shared.nodes();
  }

  @Override
  public boolean splitsBySlot() {
    return shared.splitsBySlot();
  }
}
