package io.slotwise.internal.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.FakeConnection;
import io.slotwise.HostAndPort;
import io.slotwise.RetryOptions;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Router;
import io.slotwise.metrics.SlotwiseRecorder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invocations started together: one write per node, nodes by first use, commands in order. */
class NodeBatchesTest {
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  /**
   * {@code nodeCount} nodes; records the keys written, in order; a command goes to the node its key
   * names: {@code "<node>:<n>"}.
   */
  private static final class ByName implements Router {
    final List<FakeConnection> nodes = new ArrayList<>();
    final List<String> sent = new CopyOnWriteArrayList<>(); // keys, in the order written

    ByName(int nodeCount) {
      for (int i = 0; i < nodeCount; i++) {
        nodes.add(
            new FakeConnection(
                "127.0.0.1:" + (7000 + i),
                (out, n) -> {
                  sent.add(new String(out.command().firstKey(), StandardCharsets.UTF_8));
                  out.onReply(new Reply.SimpleString("OK"));
                }));
      }
    }

    @Override
    public CompletableFuture<Void> start() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public NodeConnection route(Command command) {
      String key = new String(command.firstKey(), StandardCharsets.UTF_8);
      return nodes.get(Integer.parseInt(key.substring(0, key.indexOf(':'))));
    }

    @Override
    public NodeConnection connectionTo(HostAndPort address) {
      return nodes.get(address.port() - 7000);
    }

    @Override
    public List<NodeConnection> masters() {
      return List.copyOf(nodes);
    }

    @Override
    public void close() {}
  }

  private CommandExecutor executor(Router router) {
    return new CommandExecutor(
        Duration.ofSeconds(5),
        RetryOptions.defaults(),
        SlotwiseRecorder.NOOP,
        router,
        scheduler,
        System::nanoTime,
        Command::isReadOnly,
        c -> {});
  }

  private static Command set(String key) {
    byte[][] args = {b("SET"), b(key), b("v")};
    return Command.of("SET", args, new int[] {1}, false);
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 16, 17, 40})
  void eachNodeGetsOneWriteInFirstUseOrderWithItsCommandsInOrder(int nodeCount) throws Exception {
    ByName router = new ByName(nodeCount);
    CommandExecutor executor = executor(router);
    List<Invocation<Reply>> batch = new ArrayList<>();
    Map<Integer, List<String>> expected = new LinkedHashMap<>();
    for (int i = 0; i < 200; i++) {
      int node = (i * 7 + i / 3) % nodeCount;
      String key = node + ":" + i;
      batch.add(new Invocation<>(executor, set(key), Function.identity(), null));
      expected.computeIfAbsent(node, k -> new ArrayList<>()).add(key);
    }

    NodeBatches.start(batch, false);

    List<String> inOrder = new ArrayList<>();
    expected.values().forEach(inOrder::addAll);
    assertThat(router.sent).containsExactlyElementsOf(inOrder);
    for (int node : expected.keySet()) {
      assertThat(router.nodes.get(node).batches).hasSize(1);
    }
    for (Invocation<Reply> invocation : batch) {
      assertThat(invocation.future.get(5, TimeUnit.SECONDS))
          .isEqualTo(new Reply.SimpleString("OK"));
    }
  }

  @Test
  void anEmptyBatchWritesNothing() {
    ByName router = new ByName(1);
    NodeBatches.start(List.of(), false);
    assertThat(router.sent).isEmpty();
  }
}
