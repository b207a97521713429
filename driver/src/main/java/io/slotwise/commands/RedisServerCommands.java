package io.slotwise.commands;

import io.slotwise.HostAndPort;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Server and keyspace-wide commands ({@code PING}, {@code INFO}, {@code DBSIZE}, {@code FLUSHALL},
 * {@code KEYS}, {@code SCAN}, ...), sent to one node or to every master. Each call waits for its
 * reply. Part of {@link RedisCommands}, whose notes on overloads, {@code null} replies and
 * exceptions apply. Thread-safe; obtained from {@link io.slotwise.SlotwiseClient#sync()} and closed
 * with the client, never on its own.
 */
public interface RedisServerCommands {

  /** {@code PING} of any node (cluster: the next master in turn): {@code "PONG"}. */
  String ping();

  /**
   * {@code PING} of the given node (in cluster mode any node the client can reach, master or
   * replica; in standalone mode only the server itself): {@code "PONG"}.
   */
  String ping(HostAndPort node);

  /** {@code ECHO}. */
  String echo(String message);

  /** Same as {@link #echo(String)}, with {@code byte[]} in place of {@code String}. */
  byte[] echo(byte[] message);

  /** {@code INFO} of any node (cluster: the next master in turn), not an aggregate. */
  String info();

  /** {@code INFO section} of any node (cluster: the next master in turn). */
  String info(String section);

  /**
   * {@code INFO section} of the given node (in cluster mode any node the client can reach, master
   * or replica), e.g. {@code info(node, "server")}.
   */
  String info(HostAndPort node, String section);

  /** {@code DBSIZE}: the number of keys, summed over every master (cluster mode). */
  long dbsize();

  /**
   * {@code FLUSHALL} on every master (cluster mode; replicas follow their master): {@code "OK"}
   * once every master answered. Not atomic across masters: a failure may leave some masters
   * flushed.
   */
  String flushall();

  /** {@code FLUSHALL ASYNC} ({@code async}) or {@code FLUSHALL SYNC} on every master. */
  String flushall(boolean async);

  /**
   * {@code KEYS pattern} on every master, the results concatenated (each key once: a key lives on
   * one master). Blocks each server while it runs: prefer {@link #scan(String, ScanArgs)}.
   */
  List<String> keys(String pattern);

  /** Same as {@link #keys(String)}, with {@code byte[]} in place of {@code String}. */
  List<byte[]> keys(byte[] pattern);

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
  ScanResult<String> scan(String cursor);

  /** {@code SCAN} with {@code MATCH}/{@code COUNT}/{@code TYPE}; see {@link #scan(String)}. */
  ScanResult<String> scan(String cursor, ScanArgs scanArgs);

  /**
   * Every key of every master, lazily: the returned {@code Iterable} runs a new scan each time it
   * is iterated, fetching one page (one {@code SCAN} on one master, {@code COUNT} from {@code
   * scanArgs}) when the previous one is used up. Keys present for the whole iteration are returned
   * at least once, also across a failover (a failed-over master's part restarts on its successor:
   * keys may repeat). Holds no connection; a page that fails throws from {@code hasNext()}.
   */
  Iterable<String> scanIterable(ScanArgs scanArgs);

  /** {@link #scanIterable(ScanArgs)} as a sequential, lazy {@code Stream}; nothing to close. */
  Stream<String> scanStream(ScanArgs scanArgs);

  /** {@link #scanIterable(ScanArgs)} with binary keys. */
  Iterable<byte[]> scanBytesIterable(ScanArgs scanArgs);

  /** {@link #scanStream(ScanArgs)} with binary keys. */
  Stream<byte[]> scanBytesStream(ScanArgs scanArgs);

  /** {@code SCAN} with binary keys; see {@link #scan(String)}. */
  ScanResult<byte[]> scanBytes(String cursor);

  /**
   * {@code SCAN} with {@code MATCH}/{@code COUNT}/{@code TYPE} and binary keys; see {@link
   * #scan(String, ScanArgs)}.
   */
  ScanResult<byte[]> scanBytes(String cursor, ScanArgs scanArgs);

  /**
   * {@code RANDOMKEY}: a key of a random master (the masters tried in random order until one is not
   * empty; so not uniform over keys in cluster mode), or {@code null} when there is none.
   */
  String randomkey();

  // --- more server and cluster commands (issue 14) ------------------------------------------

  /** {@code TIME} of any node (cluster: the next master in turn), microsecond precision. */
  Instant time();

  /**
   * {@code FLUSHDB} on every master (cluster mode; replicas follow): {@code "OK"} once every master
   * answered. Not atomic across masters. In cluster mode the only database is 0, so this is {@link
   * #flushall()} there.
   */
  String flushdb();

  /** {@code FLUSHDB ASYNC} ({@code async}) or {@code FLUSHDB SYNC} on every master. */
  String flushdb(boolean async);

  /**
   * {@code MEMORY USAGE key}: the bytes the key and its value take on its node, or {@code null}
   * when the key does not exist. Routed by the key.
   */
  Long memoryUsage(String key);

  /** Same as {@link #memoryUsage(String)}, with {@code byte[]} in place of {@code String}. */
  Long memoryUsage(byte[] key);

  /**
   * {@code CONFIG GET parameter} of one node (cluster: the next master in turn): the matching
   * parameters ({@code parameter} may be a glob), name → value. For every node's answer use {@code
   * client.onAllNodes().sync().configGet(parameter)}.
   */
  Map<String, String> configGet(String parameter);

  /**
   * {@code CONFIG SET parameter value} on every node (cluster: masters and replicas; Codis:
   * refused) : {@code "OK"} from each, or each node's failure. Not atomic across nodes.
   */
  NodeResults<String> configSet(String parameter, String value);

  /** {@code CLUSTER INFO} of one master (cluster mode only; a server error elsewhere). */
  ClusterInfo clusterInfo();

  /** {@code CLUSTER NODES} of one master, one entry per line (cluster mode only). */
  List<ClusterNodeInfo> clusterNodes();

  /** {@code CLUSTER SHARDS} of one master (cluster mode only, Redis 7). */
  List<ClusterShard> clusterShards();

  /**
   * {@code WAIT replicas timeout} on the connection that carried this client's writes to {@code
   * key}'s slot: the shared connection to the master owning the slot, after every write of that
   * slot submitted before this call. Returns how many replicas acknowledged all writes sent on that
   * connection so far — fewer than {@code replicas} when {@code timeout} ran out first. A write is
   * safe from a failover of its master once enough replicas hold it; this is how to know.
   *
   * <p>The server answers after {@code timeout} at the latest, and until then the shared connection
   * carries no other reply: keep timeouts short. The call's deadline is the command timeout plus
   * {@code timeout}. A WAIT is never resent: if its connection breaks, the writes it was to cover
   * may be lost and the call fails ({@link io.slotwise.RedisConnectionException} or {@link
   * io.slotwise.RedisOutcomeUnknownException}).
   *
   * <p>{@code execute("WAIT", ...)} is refused: it would run on a connection that carried none of
   * the writes and answer at once.
   *
   * @param key any key written before (in cluster mode it selects the master; keys of one slot
   *     share one connection)
   * @param replicas how many replicas to wait for, {@code >= 0}
   * @param timeout how long the server may wait; positive ({@code WAIT 0} would block the shared
   *     connection forever)
   * @throws IllegalArgumentException when an argument is null or out of range
   */
  long waitReplicas(String key, int replicas, java.time.Duration timeout);

  /** Same as {@link #waitReplicas(String, int, java.time.Duration)} with a binary key. */
  long waitReplicas(byte[] key, int replicas, java.time.Duration timeout);
}
