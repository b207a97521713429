package io.slotwise.bench;

import io.lettuce.core.KeyValue;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisAdvancedClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisAdvancedClusterCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Lettuce in its recommended configuration: one shared cluster connection for every thread. The
 * pipeline uses the usual manual-flush idiom on a second connection kept for that single thread.
 * Thread-safe for set/get/async; closes everything it creates.
 */
final class LettuceBenchClient implements BenchClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final RedisClusterClient client;
  private final StatefulRedisClusterConnection<byte[], byte[]> shared;
  private final StatefulRedisClusterConnection<byte[], byte[]> batching;
  private final RedisAdvancedClusterCommands<byte[], byte[]> sync;
  private final RedisAdvancedClusterAsyncCommands<byte[], byte[]> async;
  private final RedisAdvancedClusterAsyncCommands<byte[], byte[]> batchAsync;

  LettuceBenchClient(String[] seeds) {
    List<RedisURI> uris = new ArrayList<>();
    for (String seed : seeds) {
      int colon = seed.lastIndexOf(':');
      uris.add(
          RedisURI.create(seed.substring(0, colon), Integer.parseInt(seed.substring(colon + 1))));
    }
    this.client = RedisClusterClient.create(uris);
    this.shared = client.connect(ByteArrayCodec.INSTANCE);
    this.batching = client.connect(ByteArrayCodec.INSTANCE);
    batching.setAutoFlushCommands(false);
    this.sync = shared.sync();
    this.async = shared.async();
    this.batchAsync = batching.async();
  }

  @Override
  public String name() {
    return "lettuce";
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
    RedisFuture<?>[] futures = new RedisFuture<?>[keys.length];
    for (int i = 0; i < keys.length; i++) {
      futures[i] = (i & 1) == 0 ? batchAsync.set(keys[i], value) : batchAsync.get(keys[i]);
    }
    batching.flushCommands();
    if (!LettuceFutures.awaitAll(TIMEOUT, futures)) {
      throw new IllegalStateException("lettuce pipeline: not complete after " + TIMEOUT);
    }
    return futures.length;
  }

  @Override
  public List<byte[]> mget(byte[][] keys) {
    List<KeyValue<byte[], byte[]>> kvs = sync.mget(keys);
    List<byte[]> out = new ArrayList<>(kvs.size());
    for (KeyValue<byte[], byte[]> kv : kvs) {
      out.add(kv.getValueOrElse(null));
    }
    return out;
  }

  @Override
  public void close() {
    batching.close();
    shared.close();
    client.shutdown();
  }
}
