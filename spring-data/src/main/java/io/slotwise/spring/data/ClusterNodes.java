package io.slotwise.spring.data;

import io.slotwise.DedicatedConnection;
import io.slotwise.HostAndPort;
import java.util.Set;
import java.util.function.Function;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.redis.connection.RedisClusterNode;
import org.springframework.data.redis.connection.RedisNode;
import org.springframework.data.redis.connection.convert.Converters;

/**
 * The cluster's nodes as Spring Data sees them ({@code CLUSTER NODES} of a master, parsed by Spring
 * Data's own converter), and commands sent to one chosen node on a Slotwise dedicated connection.
 * Stateless.
 */
final class ClusterNodes {
  private ClusterNodes() {}

  static Set<RedisClusterNode> nodes(CommandRunner runner) {
    byte[][] args = Cmd.of("CLUSTER").word("NODES").build();
    return runner.runNow(
        Call.keyless(
            "clusterGetNodes", r -> Converters.toSetOfRedisClusterNodes(Replies.string(r)), args));
  }

  /** {@code node} completed from the topology when only its id is given. */
  static RedisClusterNode resolve(CommandRunner runner, RedisNode node) {
    if (node == null) {
      throw new InvalidDataAccessApiUsageException("node must not be null");
    }
    for (RedisClusterNode known : nodes(runner)) {
      if ((node.getId() != null && node.getId().equals(known.getId()))
          || (node.hasValidHost()
              && node.getHost().equals(known.getHost())
              && node.getPort() != null
              && node.getPort().equals(known.getPort()))) {
        return known;
      }
    }
    throw new InvalidDataAccessApiUsageException("node " + node + " is not part of the cluster");
  }

  /** Sends {@code args} to {@code node} and converts the reply. */
  static <T> T onNode(
      CommandRunner runner, RedisNode node, Function<Object, T> convert, byte[][] args) {
    RedisClusterNode target = resolve(runner, node);
    try (DedicatedConnection c =
        runner.client().dedicatedConnection(HostAndPort.of(target.getHost(), target.getPort()))) {
      return convert.apply(c.execute(args));
    } catch (RuntimeException e) {
      throw SlotwiseExceptionTranslator.INSTANCE.translate(e);
    }
  }
}
