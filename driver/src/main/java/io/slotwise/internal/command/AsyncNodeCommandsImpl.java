package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.u;

import io.slotwise.commands.AsyncRedisNodeCommands;
import io.slotwise.commands.ClientInfo;
import io.slotwise.commands.ClientKillArgs;
import io.slotwise.commands.ClusterInfo;
import io.slotwise.commands.NodeResults;
import io.slotwise.commands.ReplyConverter;
import io.slotwise.commands.SlowlogEntry;
import io.slotwise.internal.executor.Dispatcher;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * {@link AsyncRedisNodeCommands} over a {@link Dispatcher}: each command built once, then sent to
 * each node of the {@link NodeTarget} (resolved at that moment) by {@link NodeFanOut}. Commands
 * that block their connection are refused. Thread-safe; holds no state but the dispatcher, which it
 * does not own, and the target.
 */
public final class AsyncNodeCommandsImpl implements AsyncRedisNodeCommands {
  private final Dispatcher dispatcher;
  private final NodeTarget target;

  public AsyncNodeCommandsImpl(Dispatcher dispatcher, NodeTarget target) {
    this.dispatcher = Args.requireObject(dispatcher, "dispatcher");
    this.target = Args.requireObject(target, "target");
  }

  @Override
  public CompletableFuture<NodeResults<Object>> execute(String... args) {
    return generic(Args.utf8All(args, "args"), true, Function.identity());
  }

  @Override
  public CompletableFuture<NodeResults<Object>> execute(byte[]... args) {
    return generic(Args.requireAll(args, "args"), false, Function.identity());
  }

  @Override
  public <T> CompletableFuture<NodeResults<T>> execute(
      ReplyConverter<T> converter, String... args) {
    Args.requireObject(converter, "converter");
    return generic(Args.utf8All(args, "args"), false, converter::convert);
  }

  @Override
  public <T> CompletableFuture<NodeResults<T>> execute(
      ReplyConverter<T> converter, byte[]... args) {
    Args.requireObject(converter, "converter");
    return generic(Args.requireAll(args, "args"), false, converter::convert);
  }

  @Override
  public CompletableFuture<NodeResults<String>> ping() {
    return send(CommandBuilder.ping(), Converters::string);
  }

  @Override
  public CompletableFuture<NodeResults<String>> info(String section) {
    return send(CommandBuilder.info(u(section, "section")), Converters::string);
  }

  @Override
  public CompletableFuture<NodeResults<Instant>> time() {
    return send(AdminCommandBuilder.time(), ServerReplies::time);
  }

  @Override
  public CompletableFuture<NodeResults<Map<String, String>>> configGet(String parameter) {
    return send(AdminCommandBuilder.configGet(u(parameter, "parameter")), Converters::stringMap);
  }

  @Override
  public CompletableFuture<NodeResults<String>> configSet(String parameter, String value) {
    return send(
        AdminCommandBuilder.configSet(u(parameter, "parameter"), u(value, "value")),
        Converters::string);
  }

  @Override
  public CompletableFuture<NodeResults<List<SlowlogEntry>>> slowlogGet(int count) {
    return send(AdminCommandBuilder.slowlogGet(count), ServerReplies::slowlog);
  }

  @Override
  public CompletableFuture<NodeResults<Long>> slowlogLen() {
    return send(AdminCommandBuilder.slowlogLen(), Converters::integer);
  }

  @Override
  public CompletableFuture<NodeResults<String>> slowlogReset() {
    return send(AdminCommandBuilder.slowlogReset(), Converters::string);
  }

  @Override
  public CompletableFuture<NodeResults<List<ClientInfo>>> clientList() {
    return send(AdminCommandBuilder.clientList(), ServerReplies::clientList);
  }

  @Override
  public CompletableFuture<NodeResults<ClientInfo>> clientInfo() {
    return send(AdminCommandBuilder.clientInfo(), ServerReplies::clientInfo);
  }

  @Override
  public CompletableFuture<NodeResults<Long>> clientId() {
    return send(AdminCommandBuilder.clientId(), Converters::integer);
  }

  @Override
  public CompletableFuture<NodeResults<Long>> clientKill(ClientKillArgs filters) {
    return send(AdminCommandBuilder.clientKill(filters), Converters::integer);
  }

  @Override
  public CompletableFuture<NodeResults<ClusterInfo>> clusterInfo() {
    return send(AdminCommandBuilder.clusterInfo(), ClusterReplies::info);
  }

  /** A command by name: its raw form ({@code text}: bulk as String) converted by {@code then}. */
  private <T> CompletableFuture<NodeResults<T>> generic(
      byte[][] args, boolean text, Function<Object, T> then) {
    if (args.length == 0) {
      throw new IllegalArgumentException("args must name a command");
    }
    ConnectionStateCommands.check(args);
    Command command = CommandTable.command(args);
    if (!BlockingCommands.blockFor(command).isNegative()) {
      throw new IllegalArgumentException(
          command.name()
              + " blocks its connection: it cannot be sent to "
              + target
              + " over the shared connections");
    }
    Function<Reply, Object> raw = Converters.generic(command.name(), text);
    return send(command, raw.andThen(then));
  }

  private <T> CompletableFuture<NodeResults<T>> send(
      Command command, Function<Reply, T> converter) {
    return NodeFanOut.send(dispatcher, target.resolve(dispatcher), command, converter);
  }
}
