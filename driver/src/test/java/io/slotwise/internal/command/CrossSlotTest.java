package io.slotwise.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.FakeConnection;
import io.slotwise.HostAndPort;
import io.slotwise.RedisServerException;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseConfig;
import io.slotwise.cluster.SlotHash;
import io.slotwise.internal.cluster.ClusterRouter;
import io.slotwise.internal.executor.CommandExecutor;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Outbound;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cross-slot calls over in-process connections: one future per call completed from its parts
 * (order, first failure, deadline), and the slot hashed once per key, on the cross-slot path and in
 * a pipeline.
 */
class CrossSlotTest {
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  /** Three nodes, each owning a third of the slots; records the slot each command carried. */
  static final class ThirdsRouter implements Router {
    final FakeConnection[] nodes = new FakeConnection[3];
    final List<Integer> slotsCarried = new CopyOnWriteArrayList<>();

    ThirdsRouter(BiConsumer<Outbound, Integer> script) {
      for (int i = 0; i < 3; i++) {
        nodes[i] = new FakeConnection("127.0.0.1:" + (7000 + i), script);
      }
    }

    static int owner(int slot) {
      return slot * 3 / SlotHash.SLOT_COUNT;
    }

    @Override
    public CompletableFuture<Void> start() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public NodeConnection route(Command command) {
      slotsCarried.add(command.slot());
      return nodes[owner(ClusterRouter.slotOf(command))];
    }

    @Override
    public NodeConnection connectionTo(HostAndPort address) {
      return nodes[address.port() - 7000];
    }

    @Override
    public List<NodeConnection> masters() {
      return List.of(nodes);
    }

    @Override
    public boolean splitsBySlot() {
      return true;
    }

    @Override
    public void close() {}
  }

  private CommandExecutor executor(Router router, Duration timeout) {
    SlotwiseConfig config =
        SlotwiseConfig.cluster("127.0.0.1:7000")
            .commandTimeout(timeout)
            .retryDelay(Duration.ofMillis(1), Duration.ofMillis(5))
            .build();
    return new CommandExecutor(
        config.timeouts().commandTimeout(),
        config.retryOptions(),
        SlotwiseRecorder.NOOP,
        router,
        scheduler,
        System::nanoTime,
        Command::isReadOnly,
        c -> {});
  }

  /** {@code MGET} answers {@code v:<key>} per key; anything else {@code OK}. */
  private static void echo(Outbound out, int n) {
    Command c = out.command();
    if (c.name().equals("MGET")) {
      List<Reply> values = new ArrayList<>();
      for (int k : c.keyIndexes()) {
        values.add(new Reply.Bulk(b("v:" + new String(c.args()[k], StandardCharsets.UTF_8))));
      }
      out.onReply(new Reply.Array(values));
    } else if (c.name().equals("DEL")) {
      out.onReply(new Reply.Int(c.keyIndexes().length));
    } else {
      out.onReply(new Reply.SimpleString("OK"));
    }
  }

  private static byte[][] keys(int n) {
    byte[][] keys = new byte[n][];
    for (int i = 0; i < n; i++) {
      keys[i] = b("key:" + i * 997);
    }
    return keys;
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Throwable failure(CompletableFuture<?> f) throws Exception {
    try {
      f.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    }
    throw new AssertionError("completed normally");
  }

  @Test
  void mgetAnswersInTheCallersOrderWithRepeatedKeys() throws Exception {
    ThirdsRouter router = new ThirdsRouter(CrossSlotTest::echo);
    byte[][] keys = keys(100);
    keys[99] = keys[3]; // a repeated key answers at both positions

    List<byte[]> values = executor(router, Duration.ofSeconds(5)).mget(keys).get(10, SECONDS);

    assertThat(values).hasSize(100);
    for (int i = 0; i < 100; i++) {
      assertThat(new String(values.get(i), StandardCharsets.UTF_8))
          .isEqualTo("v:" + new String(keys[i], StandardCharsets.UTF_8));
    }
    assertThat(router.nodes[0].batches).hasSize(1); // one flush per node
  }

  @Test
  void countKeysSumsItsPartsAndMsetCompletes() throws Exception {
    CommandExecutor executor =
        executor(new ThirdsRouter(CrossSlotTest::echo), Duration.ofSeconds(5));
    Map<byte[], byte[]> pairs = new LinkedHashMap<>();
    for (byte[] key : keys(50)) {
      pairs.put(key, b("x"));
    }

    assertThat(executor.countKeys("DEL", keys(50)).get(10, SECONDS)).isEqualTo(50L);
    assertThat(executor.mset(pairs).get(10, SECONDS)).isNull();
  }

  @Test
  void aFailedPartFailsTheCallAtOnceThoughOthersArePending() throws Exception {
    // Node 0 never answers; the others refuse with an error: the call fails with that error now,
    // not after node 0's parts reach their deadline (60 s).
    ThirdsRouter router = new ThirdsRouter((out, n) -> {});
    for (int i = 0; i < 3; i++) {
      int node = i;
      router.nodes[i].script =
          (out, n) -> {
            if (node != 0) {
              out.onReply(new Reply.Error("ERR refused by node " + node));
            }
          };
    }
    CompletableFuture<List<byte[]>> call = executor(router, Duration.ofSeconds(60)).mget(keys(100));

    Throwable cause = failure(call);

    assertThat(cause).isInstanceOf(RedisServerException.class).hasMessageContaining("refused");
    assertThat(router.nodes[0].sent).isNotEmpty();
  }

  @Test
  void aCallFailsOnceWithItsFirstFailure() throws Exception {
    ThirdsRouter router =
        new ThirdsRouter((out, n) -> out.onReply(new Reply.Error("ERR part " + n)));
    AtomicInteger outcomes = new AtomicInteger();
    CompletableFuture<Long> call =
        executor(router, Duration.ofSeconds(5)).countKeys("DEL", keys(30));
    call.whenComplete((v, e) -> outcomes.incrementAndGet());

    Throwable cause = failure(call);

    assertThat(cause).isInstanceOf(RedisServerException.class).hasMessageContaining("ERR part 0");
    assertThat(outcomes).hasValue(1);
  }

  @Test
  void aPartWithoutAnswerFailsTheCallAtItsDeadline() throws Exception {
    ThirdsRouter router = new ThirdsRouter(CrossSlotTest::echo);
    router.nodes[1].script = (out, n) -> {}; // never answers
    CompletableFuture<List<byte[]>> call = executor(router, Duration.ofMillis(300)).mget(keys(100));

    assertThat(failure(call)).isInstanceOf(RedisTimeoutException.class);
  }

  @Test
  void everyPartCarriesTheSlotOfItsGroupSoRoutingHashesNoKeyAgain() throws Exception {
    ThirdsRouter router = new ThirdsRouter(CrossSlotTest::echo);
    byte[][] keys = keys(100);

    executor(router, Duration.ofSeconds(5)).mget(keys).get(10, SECONDS);

    List<Integer> expected = new ArrayList<>();
    for (byte[] key : keys) {
      if (!expected.contains(SlotHash.slot(key))) {
        expected.add(SlotHash.slot(key));
      }
    }
    // Each part reached the router with its slot known (hashed once, when grouping).
    assertThat(router.slotsCarried).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aPipelinedCommandIsHashedOnceForItsLaneAndItsRoute() {
    ThirdsRouter router = new ThirdsRouter(CrossSlotTest::echo);
    CommandExecutor executor = executor(router, Duration.ofSeconds(5));
    List<Integer> expected = new ArrayList<>();
    try (PipelineImpl pipeline = new PipelineImpl(executor, null)) {
      for (int i = 0; i < 100; i++) {
        String key = "key:" + i * 997;
        pipeline.set(key, "v");
        expected.add(SlotHash.slot(key));
      }
    }
    // Its retry lane hashed it and left the slot on the command; the route read it.
    assertThat(router.slotsCarried).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aPipelinedMgetIsQueuedUntilTheSyncAndAnswersInOrder() throws Exception {
    ThirdsRouter router = new ThirdsRouter(CrossSlotTest::echo);
    CommandExecutor executor = executor(router, Duration.ofSeconds(5));
    String[] keys = new String[40];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = "key:" + i * 997;
    }
    CompletableFuture<List<String>> values;
    try (PipelineImpl pipeline = new PipelineImpl(executor, null)) {
      values = pipeline.mget(keys);
      assertThat(router.slotsCarried).isEmpty(); // queued
      pipeline.sync();
    }
    for (int i = 0; i < keys.length; i++) {
      assertThat(values.get(10, SECONDS).get(i)).isEqualTo("v:" + keys[i]);
    }
  }

  @Test
  void aMgetInAClosedPipelineFailsOnce() throws Exception {
    CommandExecutor executor =
        executor(new ThirdsRouter(CrossSlotTest::echo), Duration.ofSeconds(5));
    PipelineImpl pipeline = new PipelineImpl(executor, null);
    pipeline.close();

    assertThat(failure(pipeline.mget(keys(10))))
        .isInstanceOf(io.slotwise.SlotwiseClosedException.class);
  }

  private static final TimeUnit SECONDS = TimeUnit.SECONDS;
}
