package io.slotwise;

import io.slotwise.commands.AsyncRedisNodeCommands;
import io.slotwise.commands.RedisNodeCommands;
import java.util.List;
import java.util.function.Supplier;

/**
 * A set of nodes to send commands to, each node answering on its own: one chosen node ({@link
 * SlotwiseClient#onNode(HostAndPort)}), every master ({@link SlotwiseClient#onMasters()}) or every
 * node ({@link SlotwiseClient#onAllNodes()}). Its commands ({@link #sync()}, {@link #async()})
 * answer a {@link io.slotwise.commands.NodeResults} with each node's value or failure.
 *
 * <pre>{@code
 * NodeResults<Object> r = client.onMasters().sync().execute("FUNCTION", "STATS");
 * client.onAllNodes().sync().configSet("maxmemory-policy", "allkeys-lru").valuesOrThrow();
 * NodeResults<Long> ids = client.onNode(HostAndPort.of("10.0.0.5", 7002)).sync().clientId();
 * }</pre>
 *
 * <p>The selection is a rule, not a list: the masters and nodes are looked up in the client's
 * current topology each time a command is sent, so it follows failovers and resharding. Cheap to
 * create; holds no connection. Thread-safe; closed with the client, never on its own.
 */
public final class NodeSelection {
  private final RedisNodeCommands sync;
  private final AsyncRedisNodeCommands async;
  private final Supplier<List<HostAndPort>> nodes;

  NodeSelection(
      RedisNodeCommands sync, AsyncRedisNodeCommands async, Supplier<List<HostAndPort>> nodes) {
    this.sync = sync;
    this.async = async;
    this.nodes = nodes;
  }

  /** Commands that wait for every node's answer. */
  public RedisNodeCommands sync() {
    return sync;
  }

  /** Commands that return a future of every node's answer. */
  public AsyncRedisNodeCommands async() {
    return async;
  }

  /**
   * The nodes a command sent now would reach, in order (masters before replicas); a snapshot, empty
   * while no topology is known.
   */
  public List<HostAndPort> nodes() {
    return nodes.get();
  }
}
