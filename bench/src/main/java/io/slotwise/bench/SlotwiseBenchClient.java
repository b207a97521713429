package io.slotwise.bench;

import io.slotwise.AsyncRedisCommands;
import io.slotwise.RedisCommands;
import io.slotwise.SlotwiseClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Slotwise through its public API. {@code pipeline-100} issues the 100 commands through the async
 * API in one go and waits for all of them (the driver coalesces the writes per node connection).
 * Thread-safe; closes the client it creates.
 */
final class SlotwiseBenchClient implements BenchClient {
  private final SlotwiseClient client;
  private final RedisCommands sync;
  private final AsyncRedisCommands async;

  SlotwiseBenchClient(String[] seeds) {
    this.client = SlotwiseClient.cluster(seeds);
    this.sync = client.sync();
    this.async = client.async();
  }

  @Override
  public String name() {
    return "slotwise";
  }

  @Override
  public void set(byte[] key, byte[] value) {
    sync.set(key, value);
  }

  @Override
  public byte[] get(byte[] key) {
    return sync.get(key);
  }

  @Override
  public boolean supportsAsync() {
    return true;
  }

  @Override
  public CompletionStage<?> getAsync(byte[] key) {
    return async.get(key);
  }

  @Override
  public CompletionStage<?> setAsync(byte[] key, byte[] value) {
    return async.set(key, value);
  }

  @Override
  public int pipeline(byte[][] keys, byte[] value) {
    CompletableFuture<?>[] futures = new CompletableFuture<?>[keys.length];
    for (int i = 0; i < keys.length; i++) {
      futures[i] = (i & 1) == 0 ? async.set(keys[i], value) : async.get(keys[i]);
    }
    CompletableFuture.allOf(futures).join();
    return futures.length;
  }

  @Override
  public List<byte[]> mget(byte[][] keys) {
    return sync.mget(keys);
  }

  @Override
  public void close() {
    client.close();
  }
}
