package io.slotwise.bench;

import io.slotwise.Pipeline;
import io.slotwise.SlotwiseClient;
import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.commands.RedisCommands;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Slotwise through its public API; {@code pipeline-100} uses one {@link Pipeline} per batch (one
 * flush per node, nodes in parallel). Thread-safe; closes the client it creates.
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
    List<Object> results;
    try (Pipeline p = client.pipeline()) {
      for (int i = 0; i < keys.length; i++) {
        if ((i & 1) == 0) {
          p.set(keys[i], value);
        } else {
          p.get(keys[i]);
        }
      }
      results = p.syncAll();
    }
    for (Object r : results) {
      if (r instanceof RuntimeException e) {
        throw e;
      }
    }
    return results.size();
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
