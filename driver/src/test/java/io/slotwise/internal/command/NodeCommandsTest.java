package io.slotwise.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.RedisServerException;
import io.slotwise.commands.NodeResults;
import io.slotwise.commands.RedisScript;
import io.slotwise.commands.ReplyConverter;
import io.slotwise.internal.executor.Dispatcher;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Node-targeted commands, functions on every master and the script helper over a scripted
 * dispatcher: per-node results with failures beside successes, the refused blocking commands, the
 * {@code NOSCRIPT} fallback.
 */
class NodeCommandsTest {
  private static final HostAndPort A = HostAndPort.of("10.0.0.1", 7000);
  private static final HostAndPort B = HostAndPort.of("10.0.0.2", 7001);
  private static final HostAndPort C = HostAndPort.of("10.0.0.3", 7002);
  private static final HostAndPort R = HostAndPort.of("10.0.0.4", 7003);

  @Test
  void everyMasterAnswersOnItsOwnAndAFailureHidesNoSuccess() {
    Scripted d = new Scripted();
    d.perNode.put(A, new Reply.SimpleString("OK"));
    d.perNode.put(B, new Reply.Error("ERR unknown option"));
    d.perNode.put(C, new Reply.SimpleString("OK"));
    NodeResults<String> r =
        new AsyncNodeCommandsImpl(d, NodeTarget.masters()).configSet("x", "1").join();
    assertThat(r.nodes()).containsExactly(A, B, C);
    assertThat(r.values()).containsExactly(Map.entry(A, "OK"), Map.entry(C, "OK"));
    assertThat(r.failures().get(B))
        .isInstanceOf(RedisServerException.class)
        .hasMessageContaining("unknown option");
    assertThat(d.sent).containsExactly(A + " CONFIG SET", B + " CONFIG SET", C + " CONFIG SET");
  }

  @Test
  void allNodesIncludesReplicasAndOneNodeIsJustThatNode() {
    Scripted d = new Scripted();
    d.defaultReply = new Reply.Int(5);
    NodeResults<Long> all =
        new AsyncNodeCommandsImpl(d, NodeTarget.all())
            .execute(ReplyConverter.integer(), "DBSIZE")
            .join();
    assertThat(all.values()).containsOnlyKeys(A, B, C, R).containsValue(5L);
    d.sent.clear();
    NodeResults<Object> one =
        new AsyncNodeCommandsImpl(d, NodeTarget.node(R)).execute("PING").join();
    assertThat(one.nodes()).containsExactly(R);
    assertThat(d.sent).containsExactly(R + " PING");
  }

  @Test
  void untypedExecuteGivesTextAndTypedGivesRawBytes() {
    Scripted d = new Scripted();
    d.defaultReply = new Reply.Bulk("v".getBytes(UTF_8));
    AsyncNodeCommandsImpl nodes = new AsyncNodeCommandsImpl(d, NodeTarget.node(A));
    assertThat(nodes.execute("GET", "k").join().get(A)).isEqualTo("v");
    assertThat(nodes.execute("GET".getBytes(UTF_8), "k".getBytes(UTF_8)).join().get(A))
        .isEqualTo("v".getBytes(UTF_8));
    assertThat(nodes.execute(r -> ((byte[]) r).length, "GET", "k").join().get(A)).isEqualTo(1);
  }

  @Test
  void refusesBlockingCommandsAndNoNodes() {
    Scripted d = new Scripted();
    AsyncNodeCommandsImpl nodes = new AsyncNodeCommandsImpl(d, NodeTarget.masters());
    assertThatThrownBy(() -> nodes.execute("BLPOP", "q", "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BLPOP blocks its connection")
        .hasMessageContaining("every master");
    assertThatThrownBy(() -> nodes.execute(new String[0]))
        .isInstanceOf(IllegalArgumentException.class);
    for (String[] state : new String[][] {{"MULTI"}, {"SELECT", "3"}, {"CLIENT", "REPLY", "OFF"}}) {
      assertThatThrownBy(() -> nodes.execute(state))
          .as("%s on every master's shared connection", String.join(" ", state))
          .isInstanceOf(io.slotwise.RedisCommandNotAllowedException.class)
          .hasMessageContaining(state[0]);
    }
    d.masters = List.of();
    assertThat(nodes.ping())
        .failsWithin(java.time.Duration.ofSeconds(5))
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withCauseInstanceOf(RedisConnectionException.class)
        .withMessageContaining("no node is known to send PING");
    assertThat(d.sent).isEmpty();
  }

  @Test
  void functionLoadGoesToEveryMasterWithPerNodeResults() {
    Scripted d = new Scripted();
    d.perNode.put(A, new Reply.Bulk("lib".getBytes(UTF_8)));
    d.perNode.put(B, new Reply.Error("ERR Library 'lib' already exists"));
    d.perNode.put(C, new Reply.Bulk("lib".getBytes(UTF_8)));
    NodeResults<String> r = new AsyncCommandsImpl(d).functionLoad("#!lua name=lib\n...").join();
    assertThat(r.values()).containsOnlyKeys(A, C).containsValue("lib");
    assertThat(r.failures()).containsOnlyKeys(B);
    assertThat(d.sent)
        .containsExactly(A + " FUNCTION LOAD", B + " FUNCTION LOAD", C + " FUNCTION LOAD");
  }

  @Test
  void scriptHelperSendsEvalshaThenEvalOnceOnNoscript() {
    Scripted d = new Scripted();
    d.queue.add(new Reply.Error("NOSCRIPT No matching script. Please use EVAL."));
    d.queue.add(new Reply.Bulk("done".getBytes(UTF_8)));
    RedisScript script = RedisScript.of("return 'done'");
    Object r = new AsyncCommandsImpl(d).eval(script, List.of("k"), List.of("a")).join();
    assertThat(r).isEqualTo("done");
    assertThat(d.sent).containsExactly("routed EVALSHA", "routed EVAL");
    assertThat(d.commands.get(0).args()[1]).isEqualTo(script.sha1().getBytes(UTF_8));
    assertThat(d.commands.get(1).args()[1]).isEqualTo(script.source());
    assertThat(d.commands.get(1).keyIndexes()).isEqualTo(d.commands.get(0).keyIndexes());
  }

  @Test
  void scriptHelperSendsOnlyEvalshaWhenCachedAndKeepsOtherErrors() {
    Scripted d = new Scripted();
    d.queue.add(new Reply.Int(1));
    RedisScript script = RedisScript.of("return 1");
    assertThat(new AsyncCommandsImpl(d).eval(script, List.of(), List.of()).join()).isEqualTo(1L);
    assertThat(d.sent).containsExactly("routed EVALSHA");
    d.sent.clear();
    d.queue.add(new Reply.Error("BUSY Redis is busy running a script"));
    assertThat(new AsyncCommandsImpl(d).evalBytes(script, List.of(), List.of()))
        .failsWithin(java.time.Duration.ofSeconds(5))
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withCauseInstanceOf(RedisServerException.class);
    assertThat(d.sent).containsExactly("routed EVALSHA");
  }

  /**
   * Answers per node (or {@link #defaultReply}), routed commands from {@link #queue}; error replies
   * fail the future with {@link RedisServerException}, as the executor does.
   */
  private static final class Scripted implements Dispatcher {
    final List<String> sent = new ArrayList<>();
    final List<Command> commands = new ArrayList<>();
    final Map<HostAndPort, Reply> perNode = new HashMap<>();
    final Deque<Reply> queue = new ArrayDeque<>();
    Reply defaultReply = new Reply.SimpleString("OK");
    List<HostAndPort> masters = List.of(A, B, C);

    @Override
    public <T> CompletableFuture<T> execute(Command command, Function<Reply, T> converter) {
      sent.add("routed " + command.name());
      commands.add(command);
      return answer(queue.isEmpty() ? defaultReply : queue.remove(), command, converter);
    }

    @Override
    public <T> CompletableFuture<T> executeOn(
        HostAndPort node, Command command, Function<Reply, T> converter) {
      sent.add(node + " " + command.name());
      commands.add(command);
      return answer(perNode.getOrDefault(node, defaultReply), command, converter);
    }

    private static <T> CompletableFuture<T> answer(
        Reply reply, Command command, Function<Reply, T> converter) {
      if (reply instanceof Reply.Error e) {
        return CompletableFuture.failedFuture(
            new RedisServerException(command.name(), e.message()));
      }
      try {
        return CompletableFuture.completedFuture(converter.apply(reply));
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }

    @Override
    public CompletableFuture<List<byte[]>> mget(byte[][] keys) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<Void> mset(Map<byte[], byte[]> keyValues) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<Long> countKeys(String command, byte[][] keys) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> CompletableFuture<T> fanOut(Command command, Function<List<Reply>, T> combiner) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<HostAndPort> masters() {
      return masters;
    }

    @Override
    public List<HostAndPort> nodes() {
      List<HostAndPort> all = new ArrayList<>(masters);
      all.add(R);
      return all;
    }

    @Override
    public boolean splitsBySlot() {
      return true;
    }
  }
}
