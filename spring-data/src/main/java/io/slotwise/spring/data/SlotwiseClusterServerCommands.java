package io.slotwise.spring.data;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.data.redis.connection.RedisClusterNode;
import org.springframework.data.redis.connection.RedisClusterServerCommands;
import org.springframework.data.redis.core.types.RedisClientInfo;

/**
 * {@link RedisClusterServerCommands} on Slotwise: the cluster-wide forms of {@link
 * SlotwiseServerCommands} plus each command aimed at one node, sent on a dedicated connection to
 * it. Not thread-safe (one per connection).
 */
final class SlotwiseClusterServerCommands extends SlotwiseServerCommands
    implements RedisClusterServerCommands {

  SlotwiseClusterServerCommands(CommandRunner runner) {
    super(runner);
  }

  private <T> T on(RedisClusterNode node, Function<Object, T> convert, Cmd cmd) {
    return ClusterNodes.onNode(runner, node, convert, cmd.build());
  }

  @Override
  public void bgReWriteAof(RedisClusterNode node) {
    on(node, Replies.STATUS, Cmd.of("BGREWRITEAOF"));
  }

  @Override
  public void bgSave(RedisClusterNode node) {
    on(node, Replies.STATUS, Cmd.of("BGSAVE"));
  }

  @Override
  public Long lastSave(RedisClusterNode node) {
    return on(node, Replies::toLong, Cmd.of("LASTSAVE"));
  }

  @Override
  public void save(RedisClusterNode node) {
    on(node, Replies.STATUS, Cmd.of("SAVE"));
  }

  @Override
  public Long dbSize(RedisClusterNode node) {
    return on(node, Replies::toLong, Cmd.of("DBSIZE"));
  }

  @Override
  public void flushDb(RedisClusterNode node) {
    on(node, Replies.STATUS, Cmd.of("FLUSHDB"));
  }

  @Override
  public void flushDb(RedisClusterNode node, FlushOption option) {
    on(node, Replies.STATUS, Cmd.of("FLUSHDB").word(require(option, "flushDb", "option").name()));
  }

  @Override
  public void flushAll(RedisClusterNode node) {
    on(node, Replies.STATUS, Cmd.of("FLUSHALL"));
  }

  @Override
  public void flushAll(RedisClusterNode node, FlushOption option) {
    on(node, Replies.STATUS, Cmd.of("FLUSHALL").word(require(option, "flushAll", "option").name()));
  }

  @Override
  public Properties info(RedisClusterNode node) {
    return on(node, SlotwiseServerCommands::properties, Cmd.of("INFO"));
  }

  @Override
  public Properties info(RedisClusterNode node, String section) {
    return on(
        node,
        SlotwiseServerCommands::properties,
        Cmd.of("INFO").word(require(section, "info", "section")));
  }

  @Override
  public void shutdown(RedisClusterNode node) {
    on(node, Replies.STATUS, Cmd.of("SHUTDOWN"));
  }

  @Override
  public Properties getConfig(RedisClusterNode node, String pattern) {
    Cmd cmd = Cmd.of("CONFIG").word("GET").word(require(pattern, "getConfig", "pattern"));
    return on(node, SlotwiseServerCommands::configProperties, cmd);
  }

  @Override
  public void setConfig(RedisClusterNode node, String param, String value) {
    Cmd cmd = Cmd.of("CONFIG").word("SET").word(require(param, "setConfig", "param"));
    on(node, Replies.STATUS, cmd.word(require(value, "setConfig", "value")));
  }

  @Override
  public void resetConfigStats(RedisClusterNode node) {
    on(node, Replies.STATUS, Cmd.of("CONFIG").word("RESETSTAT"));
  }

  @Override
  public void rewriteConfig(RedisClusterNode node) {
    on(node, Replies.STATUS, Cmd.of("CONFIG").word("REWRITE"));
  }

  @Override
  public Long time(RedisClusterNode node, TimeUnit timeUnit) {
    return on(node, r -> time(r, timeUnit), Cmd.of("TIME"));
  }

  @Override
  public List<RedisClientInfo> getClientList(RedisClusterNode node) {
    return on(node, SlotwiseServerCommands::clients, Cmd.of("CLIENT").word("LIST"));
  }
}
