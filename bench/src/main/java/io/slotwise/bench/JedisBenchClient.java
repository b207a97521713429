package io.slotwise.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.ClusterPipeline;
import redis.clients.jedis.Connection;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.Response;

/**
 * Jedis's {@link JedisCluster} with a pool large enough for 16 threads (32 connections per node).
 * Jedis has no async API. A cluster {@code MGET} must stay in one slot, so {@code mget-100} is a
 * {@link ClusterPipeline} of 100 GETs. With {@code sharedExecutor} ("jedis-executor", the best
 * configuration Jedis offers) every pipeline syncs its nodes on one long-lived executor instead of
 * a fresh one per {@code sync()}. Thread-safe for set/get; closes what it creates.
 */
final class JedisBenchClient implements BenchClient {
  private static final int POOL_PER_NODE = 32;

  private final JedisCluster cluster;
  private final ExecutorService executor;

  JedisBenchClient(String[] seeds, boolean sharedExecutor) {
    Set<HostAndPort> nodes = new HashSet<>();
    for (String seed : seeds) {
      nodes.add(HostAndPort.from(seed));
    }
    GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
    pool.setMaxTotal(POOL_PER_NODE);
    pool.setMaxIdle(POOL_PER_NODE);
    this.cluster = new JedisCluster(nodes, 10_000, pool);
    this.executor = sharedExecutor ? Executors.newFixedThreadPool(3, daemon()) : null;
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "jedis-pipeline-sync");
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public String name() {
    return executor == null ? "jedis" : "jedis-executor";
  }

  @Override
  public void set(byte[] key, byte[] value) {
    cluster.set(key, value);
  }

  @Override
  public byte[] get(byte[] key) {
    return cluster.get(key);
  }

  @Override
  public boolean supportsAsync() {
    return false;
  }

  @Override
  public CompletionStage<?> getAsync(byte[] key) {
    throw new UnsupportedOperationException("jedis: no async API");
  }

  @Override
  public CompletionStage<?> setAsync(byte[] key, byte[] value) {
    throw new UnsupportedOperationException("jedis: no async API");
  }

  private ClusterPipeline newPipeline() {
    return executor == null ? cluster.pipelined() : cluster.pipelined(executor);
  }

  @Override
  public int pipeline(byte[][] keys, byte[] value) {
    List<Response<?>> responses = new ArrayList<>(keys.length);
    try (ClusterPipeline p = newPipeline()) {
      for (int i = 0; i < keys.length; i++) {
        responses.add((i & 1) == 0 ? p.set(keys[i], value) : p.get(keys[i]));
      }
      p.sync();
    }
    for (Response<?> r : responses) {
      r.get();
    }
    return responses.size();
  }

  @Override
  public List<byte[]> mget(byte[][] keys) {
    List<Response<byte[]>> responses = new ArrayList<>(keys.length);
    try (ClusterPipeline p = newPipeline()) {
      for (byte[] key : keys) {
        responses.add(p.get(key));
      }
      p.sync();
    }
    List<byte[]> out = new ArrayList<>(keys.length);
    for (Response<byte[]> r : responses) {
      out.add(r.get());
    }
    return out;
  }

  @Override
  public void close() {
    cluster.close();
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
