package io.slotwise.commands;

import io.slotwise.HostAndPort;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Server and keyspace-wide commands ({@code PING}, {@code INFO}, {@code DBSIZE}, {@code FLUSHALL},
 * {@code KEYS}, {@code SCAN}, ...), sent to one node or to every master. Each call returns a {@link
 * CompletableFuture} at once. Part of {@link AsyncRedisCommands}, whose notes on futures, threads
 * and argument checks apply. Thread-safe; obtained from {@link io.slotwise.SlotwiseClient#async()}
 * and closed with the client, never on its own.
 */
public interface AsyncRedisServerCommands {

  /** {@code PING} of any node (cluster: the next master in turn): {@code "PONG"}. */
  CompletableFuture<String> ping();

  /**
   * {@code PING} of the given node (in cluster mode any node the client can reach, master or
   * replica; in standalone mode only the server itself): {@code "PONG"}.
   */
  CompletableFuture<String> ping(HostAndPort node);

  /** {@code ECHO}. */
  CompletableFuture<String> echo(String message);

  /** Same as {@link #echo(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<byte[]> echo(byte[] message);

  /** {@code INFO} of any node (cluster: the next master in turn), not an aggregate. */
  CompletableFuture<String> info();

  /** {@code INFO section} of any node (cluster: the next master in turn). */
  CompletableFuture<String> info(String section);

  /**
   * {@code INFO section} of the given node (in cluster mode any node the client can reach, master
   * or replica), e.g. {@code info(node, "server")}.
   */
  CompletableFuture<String> info(HostAndPort node, String section);

  /** {@code DBSIZE}: the number of keys, summed over every master (cluster mode). */
  CompletableFuture<Long> dbsize();

  /**
   * {@code FLUSHALL} on every master (cluster mode; replicas follow their master): {@code "OK"}
   * once every master answered. Not atomic across masters: a failure may leave some masters
   * flushed.
   */
  CompletableFuture<String> flushall();

  /** {@code FLUSHALL ASYNC} ({@code async}) or {@code FLUSHALL SYNC} on every master. */
  CompletableFuture<String> flushall(boolean async);

  /**
   * {@code KEYS pattern} on every master, the results concatenated (each key once: a key lives on
   * one master). Blocks each server while it runs: prefer {@link RedisCommands#scan(String,
   * ScanArgs)}.
   */
  CompletableFuture<List<String>> keys(String pattern);

  /** Same as {@link #keys(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<List<byte[]>> keys(byte[] pattern);

  /**
   * {@code SCAN} from {@code cursor} ({@code "0"} to start), one page. In cluster mode the masters
   * are scanned one after the other, ordered by address, with a composite cursor {@code
   * done-master,...,current-master@node-cursor} (e.g. {@code 127.0.0.1:7000@1234}); the scan is
   * finished ({@link ScanResult#isFinished()}) when the last master answered cursor 0. A cursor
   * naming a node that is no longer a master (failed over) restarts that node's part from 0 on the
   * masters not yet done, so keys may repeat but are not skipped. In standalone mode the cursor is
   * the server's own. Pass cursors back unchanged.
   *
   * @throws IllegalArgumentException when {@code cursor} is not {@code "0"} or a cursor of this
   *     client's mode
   */
  CompletableFuture<ScanResult<String>> scan(String cursor);

  /** {@code SCAN} with {@code MATCH}/{@code COUNT}/{@code TYPE}; see {@link #scan(String)}. */
  CompletableFuture<ScanResult<String>> scan(String cursor, ScanArgs scanArgs);

  /** {@code SCAN} with binary keys; see {@link #scan(String)}. */
  CompletableFuture<ScanResult<byte[]>> scanBytes(String cursor);

  /**
   * {@code SCAN} with {@code MATCH}/{@code COUNT}/{@code TYPE} and binary keys; see {@link
   * #scan(String, ScanArgs)}.
   */
  CompletableFuture<ScanResult<byte[]>> scanBytes(String cursor, ScanArgs scanArgs);

  /**
   * {@code RANDOMKEY}: a key of a random master (the masters tried in random order until one is not
   * empty; so not uniform over keys in cluster mode), or {@code null} when there is none.
   */
  CompletableFuture<String> randomkey();

  // --- more server and cluster commands (issue 14) ------------------------------------------

  /** {@code TIME} of any node (cluster: the next master in turn), microsecond precision. */
  CompletableFuture<Instant> time();

  /**
   * {@code FLUSHDB} on every master (cluster mode; replicas follow): {@code "OK"} once every master
   * answered. Not atomic across masters. In cluster mode the only database is 0, so this is {@link
   * #flushall()} there.
   */
  CompletableFuture<String> flushdb();

  /** {@code FLUSHDB ASYNC} ({@code async}) or {@code FLUSHDB SYNC} on every master. */
  CompletableFuture<String> flushdb(boolean async);

  /**
   * {@code MEMORY USAGE key}: the bytes the key and its value take on its node, or {@code null}
   * when the key does not exist. Routed by the key.
   */
  CompletableFuture<Long> memoryUsage(String key);

  /** Same as {@link #memoryUsage(String)}, with {@code byte[]} in place of {@code String}. */
  CompletableFuture<Long> memoryUsage(byte[] key);

  /**
   * {@code CONFIG GET parameter} of one node (cluster: the next master in turn): the matching
   * parameters ({@code parameter} may be a glob), name → value. For every node's answer use {@code
   * client.onAllNodes().async().configGet(parameter)}.
   */
  CompletableFuture<Map<String, String>> configGet(String parameter);

  /**
   * {@code CONFIG SET parameter value} on every node (cluster: masters and replicas; Codis:
   * refused) : {@code "OK"} from each, or each node's failure. Not atomic across nodes.
   */
  CompletableFuture<NodeResults<String>> configSet(String parameter, String value);

  /** {@code CLUSTER INFO} of one master (cluster mode only; a server error elsewhere). */
  CompletableFuture<ClusterInfo> clusterInfo();

  /** {@code CLUSTER NODES} of one master, one entry per line (cluster mode only). */
  CompletableFuture<List<ClusterNodeInfo>> clusterNodes();

  /** {@code CLUSTER SHARDS} of one master (cluster mode only, Redis 7). */
  CompletableFuture<List<ClusterShard>> clusterShards();

  /**
   * {@code WAIT replicas timeout} on the connection that carried this client's writes to {@code
   * key}'s slot; see {@link RedisServerCommands#waitReplicas(String, int, java.time.Duration)}.
   */
  CompletableFuture<Long> waitReplicas(String key, int replicas, java.time.Duration timeout);

  /** Same as {@link #waitReplicas(String, int, java.time.Duration)} with a binary key. */
  CompletableFuture<Long> waitReplicas(byte[] key, int replicas, java.time.Duration timeout);
}
