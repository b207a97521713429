package io.slotwise.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.FakeConnection;
import io.slotwise.HostAndPort;
import io.slotwise.Pipeline;
import io.slotwise.RedisServerException;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.SlotwiseConfig;
import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.commands.ListDirection;
import io.slotwise.commands.ScanArgs;
import io.slotwise.commands.SetArgs;
import io.slotwise.internal.executor.CommandExecutor;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Outbound;
import io.slotwise.internal.transport.Router;
import io.slotwise.metrics.SlotwiseRecorder;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pipelines over scripted connections of our own interface: batching, order, isolation. */
class PipelineTest {
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  /**
   * Keys starting with {@code a} live on node A (7000), all others on node B (7001), until a MOVED
   * moves a key's slot; {@code splitsBySlot} says whether it acts as a cluster.
   */
  static final class KeyRouter implements Router {
    final FakeConnection a;
    final FakeConnection b;
    final boolean cluster;
    final Map<Integer, HostAndPort> movedSlots = new ConcurrentHashMap<>();
    final List<String> events = new CopyOnWriteArrayList<>();

    KeyRouter(FakeConnection a, FakeConnection b, boolean cluster) {
      this.a = a;
      this.b = b;
      this.cluster = cluster;
    }

    @Override
    public CompletableFuture<Void> start() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public NodeConnection route(Command command) {
      byte[] key = command.firstKey();
      if (key == null) {
        return a;
      }
      HostAndPort moved = movedSlots.get(io.slotwise.cluster.SlotHash.slot(key));
      if (moved != null) {
        return connectionTo(moved);
      }
      return key[0] == 'a' ? a : b;
    }

    @Override
    public NodeConnection connectionTo(HostAndPort address) {
      return address.equals(a.address()) ? a : b;
    }

    @Override
    public List<NodeConnection> masters() {
      return cluster ? List.of(a, b) : List.of(b);
    }

    @Override
    public void onMoved(int slot, HostAndPort address) {
      events.add("moved " + slot + " " + address);
      movedSlots.put(slot, address);
    }

    @Override
    public boolean splitsBySlot() {
      return cluster;
    }

    @Override
    public void close() {}
  }

  /**
   * A node that answers GET with {@code <node>:<key>}, INCR with 1, and WRONGTYPE for keys that
   * start with {@code aerr}/{@code berr}; keys containing {@code moveme} get MOVED to B on node A.
   */
  static BiConsumer<Outbound, Integer> node(String name) {
    return (out, n) -> {
      Command c = out.command();
      String key = c.firstKey() == null ? "" : new String(c.firstKey(), UTF_8);
      if (key.contains("err")) {
        out.onReply(new Reply.Error("WRONGTYPE Operation against a key holding the wrong kind"));
      } else if (name.equals("A") && key.contains("moveme")) {
        out.onReply(
            new Reply.Error("MOVED " + io.slotwise.cluster.SlotHash.slot(key) + " 127.0.0.1:7001"));
      } else if (c.name().equals("INCR")) {
        out.onReply(new Reply.Int(1));
      } else if (c.name().equals("DEL")) {
        out.onReply(new Reply.Int(c.keyIndexes().length));
      } else if (c.name().equals("MGET")) {
        List<Reply> values = new ArrayList<>();
        for (int i = 1; i < c.args().length; i++) {
          values.add(new Reply.Bulk((name + ":" + new String(c.args()[i], UTF_8)).getBytes(UTF_8)));
        }
        out.onReply(new Reply.Array(values));
      } else if (c.name().equals("GET")) {
        out.onReply(new Reply.Bulk((name + ":" + key).getBytes(UTF_8)));
      } else {
        out.onReply(new Reply.SimpleString("OK"));
      }
    };
  }

  private final FakeConnection a = new FakeConnection("127.0.0.1:7000", node("A"));
  private final FakeConnection b = new FakeConnection("127.0.0.1:7001", node("B"));

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

  private Pipeline pipeline(boolean cluster) {
    return new PipelineImpl(executor(new KeyRouter(a, b, cluster), Duration.ofSeconds(2)), null);
  }

  @Test
  void nothingIsSentBeforeSyncThenOneBatchPerNode() {
    try (Pipeline p = pipeline(true)) {
      CompletableFuture<String> a1 = p.get("a1");
      CompletableFuture<String> b1 = p.get("b1");
      CompletableFuture<Long> a2 = p.incr("a2");
      CompletableFuture<String> b2 = p.get("b2");

      assertThat(a.sent).isEmpty();
      assertThat(b.sent).isEmpty();
      assertThat(a1).isNotDone();

      p.sync();

      assertThat(a.batches).containsExactly(List.of("GET", "INCR"));
      assertThat(b.batches).containsExactly(List.of("GET", "GET"));
      assertThat(a1.join()).isEqualTo("A:a1");
      assertThat(b1.join()).isEqualTo("B:b1");
      assertThat(a2.join()).isEqualTo(1L);
      assertThat(b2.join()).isEqualTo("B:b2");
    }
  }

  @Test
  void syncAllReturnsResultsInTheCallersOrderWithFailuresAsElements() {
    try (Pipeline p = pipeline(true)) {
      p.get("b1");
      p.get("a1");
      p.get("aerr");
      p.incr("b2");
      p.get("a3");

      List<Object> results = p.syncAll();

      assertThat(results).hasSize(5);
      assertThat(results.get(0)).isEqualTo("B:b1");
      assertThat(results.get(1)).isEqualTo("A:a1");
      assertThat(results.get(2))
          .isInstanceOf(RedisServerException.class)
          .satisfies(e -> assertThat(((Throwable) e).getMessage()).contains("WRONGTYPE"));
      assertThat(results.get(3)).isEqualTo(1L);
      assertThat(results.get(4)).isEqualTo("A:a3");
      // The pipeline is reusable: the next batch holds only what was queued since.
      p.get("b9");
      assertThat(p.syncAll()).containsExactly("B:b9");
    }
  }

  @Test
  void aMovedInsideTheBatchReroutesOnlyThatCommandAndPatchesTheMap() {
    KeyRouter router = new KeyRouter(a, b, true);
    CommandExecutor executor = executor(router, Duration.ofSeconds(2));
    try (Pipeline p = new PipelineImpl(executor, null)) {
      p.get("a1");
      p.get("a-moveme");
      p.get("a2");
      List<Object> results = p.syncAll();

      assertThat(results).containsExactly("A:a1", "B:a-moveme", "A:a2");
      assertThat(a.batches).containsExactly(List.of("GET", "GET", "GET"));
      assertThat(b.sent).hasSize(1);
      assertThat(new String(b.sent.get(0).firstKey(), UTF_8)).isEqualTo("a-moveme");
      assertThat(router.events)
          .containsExactly(
              "moved " + io.slotwise.cluster.SlotHash.slot("a-moveme") + " 127.0.0.1:7001");
      assertThat(executor.stats().moved()).isEqualTo(1);
    }
  }

  @Test
  void anAskInsideTheBatchSendsAskingWithOnlyThatCommand() {
    a.script =
        (out, n) -> {
          String key = new String(out.command().firstKey(), UTF_8);
          out.onReply(
              key.equals("a-asked")
                  ? new Reply.Error("ASK 100 127.0.0.1:7001")
                  : new Reply.Bulk(("A:" + key).getBytes(UTF_8)));
        };
    KeyRouter router = new KeyRouter(a, b, true);
    CommandExecutor executor = executor(router, Duration.ofSeconds(2));
    try (Pipeline p = new PipelineImpl(executor, null)) {
      p.get("a1");
      p.get("a-asked");
      p.get("b1");
      assertThat(p.syncAll()).containsExactly("A:a1", "B:a-asked", "B:b1");
      // The fake answers while the batch is written, so the order of the two writes is open.
      assertThat(b.batches).containsExactlyInAnyOrder(List.of("GET"), List.of("ASKING", "GET"));
      assertThat(router.events).isEmpty();
      assertThat(executor.stats().asked()).isEqualTo(1);
    }
  }

  @Test
  void crossSlotMultiKeyCommandsJoinTheSameBatches() {
    try (Pipeline p = pipeline(true)) {
      CompletableFuture<String> first = p.get("a0");
      CompletableFuture<List<String>> values = p.mget("a1", "b1", "a2");
      CompletableFuture<Long> deleted = p.del("a1", "b1");
      assertThat(a.sent).isEmpty();
      p.sync();

      assertThat(first.join()).isEqualTo("A:a0");
      assertThat(values.join()).containsExactly("A:a1", "B:b1", "A:a2");
      assertThat(deleted.join()).isEqualTo(2L);
      // Each node got exactly one write holding its GET, its MGET parts and its DEL parts.
      assertThat(a.batches).hasSize(1);
      assertThat(b.batches).hasSize(1);
      assertThat(a.batches.get(0)).startsWith("GET").contains("DEL");
      assertThat(b.batches.get(0)).contains("MGET", "DEL");
    }
  }

  @Test
  void withoutSlotsTheWholeBatchGoesToOneNode() {
    // Standalone / Codis: the router's first master takes the batch, whatever the keys say.
    try (Pipeline p = pipeline(false)) {
      p.get("a1");
      p.get("b1");
      p.mget("a2", "b2");
      assertThat(p.syncAll()).containsExactly("B:a1", "B:b1", List.of("B:a2", "B:b2"));
      assertThat(a.sent).isEmpty();
      assertThat(b.batches).containsExactly(List.of("GET", "GET", "MGET"));
    }
  }

  @Test
  void theDeadlineRunsFromSyncNotFromQueueing() throws Exception {
    FakeConnection silent = new FakeConnection("127.0.0.1:7000", (out, n) -> {});
    CommandExecutor executor =
        executor(new KeyRouter(silent, silent, true), Duration.ofMillis(100));
    Pipeline p = new PipelineImpl(executor, null);
    CompletableFuture<String> queued = p.get("a1");
    // Longer than the timeout, but nothing was sent yet: the command must not have timed out.
    assertThat(scheduler.schedule(() -> queued.isDone(), 200, TimeUnit.MILLISECONDS).get())
        .isFalse();
    List<Object> results = p.syncAll();
    assertThat(results.get(0))
        .isInstanceOf(RedisTimeoutException.class)
        .satisfies(
            e ->
                assertThat(((Throwable) e).getMessage())
                    .contains("GET did not complete within 100 ms")
                    .contains("127.0.0.1:7000"));
    p.close();
  }

  @Test
  void closeSendsWhatIsQueuedAndThenRefusesCommands() {
    Pipeline p = pipeline(true);
    CompletableFuture<String> queued = p.get("a1");
    p.close();
    assertThat(queued.join()).isEqualTo("A:a1");
    assertThatThrownBy(() -> p.get("a2").join()).hasCauseInstanceOf(SlotwiseClosedException.class);
    p.close();
    assertThat(a.sent).hasSize(1);
  }

  @Test
  void syncWithNothingQueuedReturnsAtOnce() {
    try (Pipeline p = pipeline(true)) {
      p.sync();
      assertThat(p.syncAll()).isEmpty();
      assertThat(a.batches).isEmpty();
    }
  }

  /**
   * Guards the design (commands inherited from the async facade, results collected as each future
   * is handed out): every command method of the async API, called once, yields exactly one result
   * in {@link Pipeline#syncAll()} — so a new command cannot silently shift the results.
   */
  @Test
  void everyCommandOfTheAsyncApiYieldsExactlyOneResult() throws Exception {
    int checked = 0;
    try (Pipeline p = pipeline(true)) {
      for (Method m : AsyncRedisCommands.class.getMethods()) {
        if (m.isDefault() || java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
          continue;
        }
        if (m.getName().equals("copy") && m.getParameterCount() == 4) {
          continue; // COPY ... DB: refused in cluster mode before anything is queued
        }
        Object[] args = dummyArguments(m);
        Object future = m.invoke(p, args);
        assertThat(future).as(m.toString()).isInstanceOf(CompletableFuture.class);
        assertThat(p.syncAll()).as("results of " + m).hasSize(1);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  private static Object[] dummyArguments(Method m) {
    Type[] types = m.getGenericParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = dummy(types[i], m);
    }
    return args;
  }

  private static Object dummy(Type type, Method m) {
    if (type instanceof ParameterizedType pt) {
      Type raw = pt.getRawType();
      Type[] params = pt.getActualTypeArguments();
      if (raw == List.class) {
        return List.of(dummy(params[0], m));
      }
      if (raw == Map.class) {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put(dummy(params[0], m), dummy(params[1], m));
        return map;
      }
    }
    if (type == String.class) {
      return m.getName().matches("[hsz]?scan.*") ? "0" : "a1";
    }
    if (type == byte[].class) {
      return "a1".getBytes(UTF_8);
    }
    if (type == String[].class) {
      return new String[] {"a1", "b1"};
    }
    if (type == byte[][].class) {
      return new byte[][] {"a1".getBytes(UTF_8), "b1".getBytes(UTF_8)};
    }
    if (type == long.class || type == Long.class) {
      return 1L;
    }
    if (type == int.class || type == Integer.class) {
      return 1;
    }
    if (type == double.class || type == Double.class) {
      return 1.0;
    }
    if (type == boolean.class || type == Boolean.class) {
      return true;
    }
    if (type == SetArgs.class) {
      return SetArgs.create();
    }
    if (type == ScanArgs.class) {
      return ScanArgs.create();
    }
    if (type == HostAndPort.class) {
      return HostAndPort.parse("127.0.0.1:7000");
    }
    if (type == java.time.Duration.class) {
      return java.time.Duration.ofSeconds(1);
    }
    if (type == ListDirection.class) {
      return ListDirection.LEFT;
    }
    Object streamGeoBit = StreamGeoBitDummies.of(type);
    if (streamGeoBit != null) {
      return streamGeoBit;
    }
    if (type == io.slotwise.commands.RedisScript.class) {
      return io.slotwise.commands.RedisScript.of("return 1");
    }
    if (type == io.slotwise.commands.FunctionRestorePolicy.class) {
      return io.slotwise.commands.FunctionRestorePolicy.APPEND;
    }
    if (type instanceof ParameterizedType pt
        && pt.getRawType() == io.slotwise.commands.ReplyConverter.class) {
      return io.slotwise.commands.ReplyConverter.raw();
    }
    Object gap = FamilyGapsDummies.of(type);
    if (gap != null) {
      return gap;
    }
    throw new AssertionError("add a dummy argument of type " + type + " for " + m);
  }
}
