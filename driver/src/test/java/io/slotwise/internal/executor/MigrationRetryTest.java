package io.slotwise.internal.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.FakeConnection;
import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseConfig;
import io.slotwise.cluster.SlotHash;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Router;
import io.slotwise.metrics.SlotwiseRecorder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Multi-key commands on a slot being migrated, against scripted connections: {@code TRYAGAIN} waits
 * without spending the redirect budget, and a multi-key read is answered key by key.
 */
class MigrationRetryTest {
  private static final String K1 = "{m}:old";
  private static final String K2 = "{m}:new";
  private static final int SLOT = SlotHash.slot(K1);
  private static final Reply TRY_AGAIN =
      new Reply.Error("TRYAGAIN Multiple keys request during rehashing of slot");

  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  /** Every slot is on {@code source}; {@code ASK} targets are found by address. */
  private static Router router(FakeConnection source, FakeConnection... others) {
    Map<HostAndPort, NodeConnection> nodes = new LinkedHashMap<>();
    nodes.put(source.address(), source);
    for (FakeConnection c : others) {
      nodes.put(c.address(), c);
    }
    return new Router() {
      @Override
      public CompletableFuture<Void> start() {
        return CompletableFuture.completedFuture(null);
      }

      @Override
      public NodeConnection route(Command command) {
        return source;
      }

      @Override
      public NodeConnection connectionTo(HostAndPort address) {
        return nodes.get(address);
      }

      @Override
      public List<NodeConnection> masters() {
        return List.copyOf(nodes.values());
      }

      @Override
      public void onMoved(int slot, HostAndPort address) {}

      @Override
      public void onAsk(int slot, HostAndPort address) {}

      @Override
      public void onNodeFailure(NodeConnection connection, Throwable cause, boolean timeout) {}

      @Override
      public boolean splitsBySlot() {
        return true;
      }

      @Override
      public void close() {}
    };
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
        c -> c.isReadOnly(),
        c -> {});
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static <T> T await(CompletableFuture<T> f) throws Exception {
    try {
      return f.get(5, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw (Exception) e.getCause();
    }
  }

  @Test
  void askThenTryAgainManyTimesWaitsForTheSlotWithoutSpendingTheRedirectBudget() throws Exception {
    // The source has neither key any more; the target has the old one only, until the 8th try.
    FakeConnection target =
        new FakeConnection(
            "127.0.0.1:7001",
            (out, n) -> out.onReply(n < 8 ? TRY_AGAIN : new Reply.SimpleString("OK")));
    FakeConnection source =
        new FakeConnection(
            "127.0.0.1:7000",
            FakeConnection.replies(new Reply.Error("ASK " + SLOT + " 127.0.0.1:7001")));
    CommandExecutor executor = executor(router(source, target), Duration.ofSeconds(3));
    Map<byte[], byte[]> pairs = new LinkedHashMap<>();
    pairs.put(b(K1), b("1"));
    pairs.put(b(K2), b("2"));

    await(executor.mset(pairs));

    assertThat(target.sent).hasSize(9);
    assertThat(target.batches).allMatch(batch -> batch.equals(List.of("ASKING", "MSET")));
    assertThat(executor.stats().retriesByCause()).containsEntry("tryagain", 8L);
  }

  @Test
  void aMultiKeyReadRefusedWithTryAgainIsAnsweredKeyByKeyFollowingAsk() throws Exception {
    // The old key is still on the source, the new one is on the target: MGET of both is refused
    // for as long as the slot stays split; each key alone is answered (the new one after ASK).
    FakeConnection target =
        new FakeConnection(
            "127.0.0.1:7001",
            (out, n) -> out.onReply(new Reply.Array(List.of(new Reply.Bulk(b("new-value"))))));
    FakeConnection source =
        new FakeConnection(
            "127.0.0.1:7000",
            (out, n) -> {
              byte[][] args = out.command().args();
              if (args.length > 2) {
                out.onReply(TRY_AGAIN);
              } else if (new String(args[1], StandardCharsets.UTF_8).equals(K1)) {
                out.onReply(new Reply.Array(List.of(new Reply.Bulk(b("old-value")))));
              } else {
                out.onReply(new Reply.Error("ASK " + SLOT + " 127.0.0.1:7001"));
              }
            });
    CommandExecutor executor = executor(router(source, target), Duration.ofSeconds(3));

    List<byte[]> values = await(executor.mget(new byte[][] {b(K1), b(K2)}));

    assertThat(values)
        .extracting(v -> new String(v, StandardCharsets.UTF_8))
        .containsExactly("old-value", "new-value");
    assertThat(target.batches).containsExactly(List.of("ASKING", "MGET"));
  }

  @Test
  void existsRefusedWithTryAgainIsCountedKeyByKey() throws Exception {
    FakeConnection target =
        new FakeConnection("127.0.0.1:7001", (out, n) -> out.onReply(new Reply.Int(1)));
    FakeConnection source =
        new FakeConnection(
            "127.0.0.1:7000",
            (out, n) -> {
              byte[][] args = out.command().args();
              if (args.length > 2) {
                out.onReply(TRY_AGAIN);
              } else if (new String(args[1], StandardCharsets.UTF_8).equals(K1)) {
                out.onReply(new Reply.Int(1));
              } else {
                out.onReply(new Reply.Error("ASK " + SLOT + " 127.0.0.1:7001"));
              }
            });
    CommandExecutor executor = executor(router(source, target), Duration.ofSeconds(3));

    assertThat(await(executor.countKeys("EXISTS", new byte[][] {b(K1), b(K2), b(K1)})))
        .isEqualTo(3L);
  }

  @Test
  void aMultiKeyWriteRefusedWithTryAgainIsNeverSplit() throws Exception {
    FakeConnection source =
        new FakeConnection(
            "127.0.0.1:7000", (out, n) -> out.onReply(n < 3 ? TRY_AGAIN : new Reply.Int(2)));
    CommandExecutor executor = executor(router(source), Duration.ofSeconds(3));

    assertThat(await(executor.countKeys("DEL", new byte[][] {b(K1), b(K2)}))).isEqualTo(2L);
    assertThat(source.sent).hasSize(4).allMatch(c -> c.args().length == 3);
  }
}
