package io.slotwise.commands;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Commands sent to each node, without waiting, of a selection — one chosen node, every master, or
 * every node (see {@link io.slotwise.SlotwiseClient#onNode}, {@link
 * io.slotwise.SlotwiseClient#onMasters()}, {@link io.slotwise.SlotwiseClient#onAllNodes()}) — each
 * answering a {@link NodeResults}: every node's value or failure, so a failure on one node hides no
 * other node's result. Each call returns at once; its future completes once every node answered or
 * failed (each bounded by the command timeout), on an I/O thread.
 *
 * <pre>{@code
 * client.onAllNodes().async().configSet("slowlog-log-slower-than", "1000")
 *     .thenAccept(NodeResults::valuesOrThrow);
 * CompletableFuture<NodeResults<Long>> lengths = client.onMasters().async().slowlogLen();
 * }</pre>
 *
 * <p>The nodes are resolved when each command is sent (a selection follows failovers). Each node's
 * command is retried on that node only, never redirected elsewhere: a key command sent to a node
 * that does not own the key's slot fails there with {@code MOVED} (as {@link
 * io.slotwise.RedisRedirectionException}, or a {@link io.slotwise.RedisServerException}). Commands
 * that block their connection ({@code BLPOP}, {@code XREAD BLOCK}, ...) are refused: the nodes'
 * connections are the shared ones. The command fails as a whole (no {@code NodeResults}) only when
 * the arguments are wrong, no node is known, or the mode refuses the command before sending it
 * ({@link io.slotwise.codis.CodisUnsupportedCommandException}).
 *
 * <p>Which nodes: in cluster mode the masters and the <em>online</em> replicas of the client's slot
 * map (a replica still loading, or failed, is left out until a topology refresh sees it online); in
 * standalone mode the one server; in Codis mode the healthy proxies ({@code onMasters()} is refused
 * there: the proxies hide their servers).
 *
 * <p>Thread-safe; obtained from a {@link io.slotwise.NodeSelection} and closed with the client,
 * never on its own.
 */
public interface AsyncRedisNodeCommands {

  /**
   * Any command on each node, {@code args[0]} being its name; replies converted as by {@link
   * AsyncRedisGenericCommands#execute(String...)} (bulk strings as {@code String}).
   */
  CompletableFuture<NodeResults<Object>> execute(String... args);

  /** Like {@link #execute(String...)}, bulk replies as {@code byte[]}. */
  CompletableFuture<NodeResults<Object>> execute(byte[]... args);

  /** Any command on each node, each reply turned into {@code T} by {@code converter}. */
  <T> CompletableFuture<NodeResults<T>> execute(ReplyConverter<T> converter, String... args);

  /** Same as {@link #execute(ReplyConverter, String...)}, with {@code byte[]} arguments. */
  <T> CompletableFuture<NodeResults<T>> execute(ReplyConverter<T> converter, byte[]... args);

  /** {@code PING}: {@code "PONG"} from each node. */
  CompletableFuture<NodeResults<String>> ping();

  /** {@code INFO section} of each node. */
  CompletableFuture<NodeResults<String>> info(String section);

  /** {@code TIME}: each node's clock (microsecond precision). */
  CompletableFuture<NodeResults<Instant>> time();

  /**
   * {@code CONFIG GET parameter}: each node's matching parameters ({@code parameter} may be a glob
   * such as {@code maxmemory*}), name → value.
   */
  CompletableFuture<NodeResults<Map<String, String>>> configGet(String parameter);

  /** {@code CONFIG SET parameter value} on each node: {@code "OK"} from each. */
  CompletableFuture<NodeResults<String>> configSet(String parameter, String value);

  /** {@code SLOWLOG GET count}: each node's newest {@code count} entries, newest first. */
  CompletableFuture<NodeResults<List<SlowlogEntry>>> slowlogGet(int count);

  /** {@code SLOWLOG LEN}: each node's number of entries. */
  CompletableFuture<NodeResults<Long>> slowlogLen();

  /** {@code SLOWLOG RESET}: {@code "OK"} from each node. */
  CompletableFuture<NodeResults<String>> slowlogReset();

  /** {@code CLIENT LIST}: each node's client connections. */
  CompletableFuture<NodeResults<List<ClientInfo>>> clientList();

  /**
   * {@code CLIENT INFO}: on each node, the connection this client's commands share (the one the
   * command went over).
   */
  CompletableFuture<NodeResults<ClientInfo>> clientInfo();

  /** {@code CLIENT ID}: on each node, the id of the connection this client's commands share. */
  CompletableFuture<NodeResults<Long>> clientId();

  /**
   * {@code CLIENT KILL} with filters: the number of connections each node closed. Closing this
   * client's own shared connection ({@code SKIPME no}) makes it reconnect; commands in flight on it
   * fail or are retried as after any lost connection.
   */
  CompletableFuture<NodeResults<Long>> clientKill(ClientKillArgs filters);

  /** {@code CLUSTER INFO} of each node (cluster mode only; others answer a server error). */
  CompletableFuture<NodeResults<ClusterInfo>> clusterInfo();
}
