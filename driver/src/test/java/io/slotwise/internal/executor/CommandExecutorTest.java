package io.slotwise.internal.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.FakeConnection;
import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.RedisOutcomeUnknownException;
import io.slotwise.RedisRedirectionException;
import io.slotwise.RedisServerException;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseConfig;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Router;
import io.slotwise.metrics.SlotwiseRecorder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The retry/redirect loop against scripted connections of our own interface. */
class CommandExecutorTest {
  private static final Reply OK = new Reply.SimpleString("OK");
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  /** A router over fixed fake nodes; the first is the owner of every slot until MOVED says not. */
  final class TestRouter implements Router {
    final Map<HostAndPort, FakeConnection> nodes = new ConcurrentHashMap<>();
    volatile FakeConnection owner;
    final List<String> events = new CopyOnWriteArrayList<>();
    volatile RuntimeException routeFailure;

    TestRouter(FakeConnection... connections) {
      for (FakeConnection c : connections) {
        nodes.put(c.address(), c);
      }
      owner = connections[0];
    }

    @Override
    public CompletableFuture<Void> start() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public NodeConnection route(Command command) {
      if (routeFailure != null) {
        throw routeFailure;
      }
      return owner;
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
    public void onMoved(int slot, HostAndPort address) {
      events.add("moved " + slot + " " + address);
      owner = nodes.get(address);
    }

    @Override
    public void onAsk(int slot, HostAndPort address) {
      events.add("ask " + slot + " " + address);
    }

    @Override
    public void onNodeFailure(NodeConnection connection, Throwable cause, boolean timeout) {
      events.add((timeout ? "timeout " : "failure ") + connection.address());
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
        c -> c.isReadOnly(),
        c -> {});
  }

  private static Command get(String key) {
    return Command.of("GET", new byte[][] {b("GET"), b(key)}, new int[] {1}, true);
  }

  private static Command incr(String key) {
    return Command.of("INCR", new byte[][] {b("INCR"), b(key)}, new int[] {1}, false);
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static final Function<Reply, String> TEXT =
      r -> r instanceof Reply.Bulk bulk ? bulk.utf8() : String.valueOf(r);

  private static <T> T await(CompletableFuture<T> f) {
    try {
      return f.get(5, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw (RuntimeException) e.getCause();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void movedUpdatesTheMapAndResendsToTheNewOwner() {
    FakeConnection a =
        new FakeConnection(
            "127.0.0.1:7000",
            FakeConnection.replies(new Reply.Error("MOVED 12182 127.0.0.1:7001")));
    FakeConnection b =
        new FakeConnection("127.0.0.1:7001", FakeConnection.replies(new Reply.Bulk(b("v"))));
    TestRouter router = new TestRouter(a, b);
    CommandExecutor executor = executor(router, Duration.ofSeconds(2));

    assertThat(await(executor.execute(get("foo"), TEXT))).isEqualTo("v");
    assertThat(router.events).containsExactly("moved 12182 127.0.0.1:7001");
    assertThat(a.sent).hasSize(1);
    assertThat(b.sent).hasSize(1);
    assertThat(executor.stats().moved()).isEqualTo(1);

    // The next command goes straight to the new owner.
    assertThat(await(executor.execute(get("foo"), TEXT))).isEqualTo("v");
    assertThat(a.sent).hasSize(1);
  }

  @Test
  void aCommandForAChosenNodeTakesItsRedirectAsTheAnswer() {
    FakeConnection a =
        new FakeConnection(
            "127.0.0.1:7000",
            FakeConnection.replies(
                new Reply.Error("MOVED 12182 127.0.0.1:7001"),
                new Reply.Error("ASK 12182 127.0.0.1:7001")));
    FakeConnection b =
        new FakeConnection("127.0.0.1:7001", FakeConnection.replies(new Reply.Bulk(b("v"))));
    TestRouter router = new TestRouter(a, b);
    CommandExecutor executor = executor(router, Duration.ofSeconds(2));

    for (String redirect : List.of("MOVED", "ASK")) {
      assertThatThrownBy(() -> await(executor.executeOn(a.address(), get("foo"), TEXT)))
          .isInstanceOf(io.slotwise.RedisServerException.class)
          .hasMessageContaining(redirect + " 12182 127.0.0.1:7001");
    }
    assertThat(b.sent).isEmpty();
    assertThat(a.sent).hasSize(2);
  }

  @Test
  void askSendsAskingAndTheCommandTogetherWithoutChangingTheMap() {
    FakeConnection a =
        new FakeConnection(
            "127.0.0.1:7000", FakeConnection.replies(new Reply.Error("ASK 12182 127.0.0.1:7001")));
    FakeConnection b =
        new FakeConnection(
            "127.0.0.1:7001", FakeConnection.replies(new Reply.Bulk(b("moved-value"))));
    TestRouter router = new TestRouter(a, b);
    CommandExecutor executor = executor(router, Duration.ofSeconds(2));

    assertThat(await(executor.execute(get("foo"), TEXT))).isEqualTo("moved-value");
    assertThat(b.batches).containsExactly(List.of("ASKING", "GET"));
    assertThat(router.events).containsExactly("ask 12182 127.0.0.1:7001"); // may refresh early
    assertThat(router.owner).isSameAs(a);
    assertThat(executor.stats().asked()).isEqualTo(1);
  }

  @Test
  void endlessRedirectsStopAtTheBoundWithSlotAndNodesInTheMessage() {
    FakeConnection a =
        new FakeConnection(
            "127.0.0.1:7000", FakeConnection.replies(new Reply.Error("ASK 12182 127.0.0.1:7001")));
    FakeConnection b =
        new FakeConnection(
            "127.0.0.1:7001", FakeConnection.replies(new Reply.Error("ASK 12182 127.0.0.1:7000")));
    CommandExecutor executor = executor(new TestRouter(a, b), Duration.ofSeconds(2));

    assertThatThrownBy(() -> await(executor.execute(get("foo"), TEXT)))
        .isInstanceOf(RedisRedirectionException.class)
        .hasMessageContaining("GET was redirected more than 5 times")
        .hasMessageContaining("slot 12182")
        .hasMessageContaining("127.0.0.1:7000")
        .hasMessageContaining("127.0.0.1:7001");
    assertThat(a.sent.size() + b.sent.size()).isEqualTo(6);
  }

  @Test
  void tryAgainAndClusterDownAreRetriedUntilTheyPass() {
    FakeConnection a =
        new FakeConnection(
            "127.0.0.1:7000",
            FakeConnection.replies(
                new Reply.Error("TRYAGAIN Multiple keys request during rehashing of slot"),
                new Reply.Error("CLUSTERDOWN The cluster is down"),
                new Reply.Bulk(b("ok"))));
    CommandExecutor executor = executor(new TestRouter(a), Duration.ofSeconds(2));

    assertThat(await(executor.execute(get("foo"), TEXT))).isEqualTo("ok");
    assertThat(a.sent).hasSize(3);
    assertThat(executor.stats().retriesByCause())
        .containsEntry("tryagain", 1L)
        .containsEntry("clusterdown", 1L);
  }

  @Test
  void aReadWhoseConnectionBrokeIsRetried() {
    FakeConnection a =
        new FakeConnection(
            "127.0.0.1:7000",
            (out, n) -> {
              if (n == 0) {
                out.onFailure(
                    new RedisConnectionException("connection to 127.0.0.1:7000 lost"), true);
              } else {
                out.onReply(new Reply.Bulk(b("v")));
              }
            });
    TestRouter router = new TestRouter(a);
    CommandExecutor executor = executor(router, Duration.ofSeconds(2));

    assertThat(await(executor.execute(get("foo"), TEXT))).isEqualTo("v");
    assertThat(router.events).containsExactly("failure 127.0.0.1:7000");
  }

  @Test
  void aWriteThatMayHaveRunIsNotSentTwice() {
    FakeConnection a =
        new FakeConnection(
            "127.0.0.1:7000",
            (out, n) -> out.onFailure(new RedisConnectionException("connection lost"), true));
    CommandExecutor executor = executor(new TestRouter(a), Duration.ofSeconds(2));

    assertThatThrownBy(() -> await(executor.execute(incr("n"), TEXT)))
        .isInstanceOf(RedisOutcomeUnknownException.class)
        .hasMessageContaining("INCR was sent to 127.0.0.1:7000")
        .hasMessageContaining("may or may not have run");
    assertThat(a.sent).hasSize(1);
  }

  @Test
  void aWriteThatNeverLeftIsSentAgain() {
    FakeConnection a =
        new FakeConnection(
            "127.0.0.1:7000",
            (out, n) -> {
              if (n < 2) {
                out.onFailure(new RedisConnectionException("not connected"), false);
              } else {
                out.onReply(new Reply.Int(1));
              }
            });
    CommandExecutor executor = executor(new TestRouter(a), Duration.ofSeconds(2));

    assertThat(await(executor.execute(incr("n"), CommandExecutor::integer))).isEqualTo(1L);
    assertThat(a.sent).hasSize(3);
  }

  @Test
  void aCommandWithoutReplyTimesOutNamingTheNodeAndTellsTheRouter() {
    FakeConnection a = new FakeConnection("127.0.0.1:7000", (out, n) -> {});
    TestRouter router = new TestRouter(a);
    CommandExecutor executor = executor(router, Duration.ofMillis(100));

    assertThatThrownBy(() -> await(executor.execute(get("foo"), TEXT)))
        .isInstanceOf(RedisTimeoutException.class)
        .hasMessageContaining("GET did not complete within 100 ms")
        .hasMessageContaining("127.0.0.1:7000");
    assertThat(router.events).containsExactly("timeout 127.0.0.1:7000");
    assertThat(executor.stats().timeouts()).isEqualTo(1);
  }

  @Test
  void aCommandStillRefusedAtItsDeadlineNamesTheRefusalAndBlamesNoNode() {
    FakeConnection a =
        new FakeConnection(
            "127.0.0.1:7000",
            FakeConnection.replies(new Reply.Error("CLUSTERDOWN The cluster is down")));
    TestRouter router = new TestRouter(a);
    CommandExecutor executor = executor(router, Duration.ofMillis(100));

    assertThatThrownBy(() -> await(executor.execute(get("foo"), TEXT)))
        .isInstanceOf(RedisTimeoutException.class)
        .hasMessageContaining("GET did not complete within 100 ms")
        .hasMessageContaining("last error: CLUSTERDOWN The cluster is down")
        .hasCauseInstanceOf(RedisServerException.class);
    assertThat(router.events).isEmpty(); // the node answered each time: it does not hang
    assertThat(executor.stats().retriesByCause().get("clusterdown")).isPositive();
  }

  @Test
  void noRouteIsRetriedUntilTheDeadlineAndReportedAsTheCause() {
    FakeConnection a = new FakeConnection("127.0.0.1:7000", FakeConnection.replies(OK));
    TestRouter router = new TestRouter(a);
    router.routeFailure = new RedisConnectionException("slot 12182 is not covered");
    CommandExecutor executor = executor(router, Duration.ofMillis(100));

    assertThatThrownBy(() -> await(executor.execute(get("foo"), TEXT)))
        .isInstanceOf(RedisTimeoutException.class)
        .hasMessageContaining("last error: slot 12182 is not covered")
        .hasCauseInstanceOf(RedisConnectionException.class);
    assertThat(executor.stats().retriesByCause().get("no_route")).isGreaterThan(1L);
  }

  @Test
  void aServerErrorFailsAtOnceWithTheServerText() {
    FakeConnection a =
        new FakeConnection(
            "127.0.0.1:7000",
            FakeConnection.replies(
                new Reply.Error(
                    "WRONGTYPE Operation against a key holding the wrong kind of value")));
    CommandExecutor executor = executor(new TestRouter(a), Duration.ofSeconds(2));

    assertThatThrownBy(() -> await(executor.execute(incr("n"), TEXT)))
        .isInstanceOf(RedisServerException.class)
        .hasMessageContaining("WRONGTYPE Operation against a key")
        .hasMessageContaining("INCR");
    assertThat(a.sent).hasSize(1);
  }

  @Test
  void aRefusedCommandNeverReachesTheNetwork() {
    FakeConnection a = new FakeConnection("127.0.0.1:7000", FakeConnection.replies(OK));
    SlotwiseConfig config = SlotwiseConfig.cluster("127.0.0.1:7000").build();
    AtomicInteger checks = new AtomicInteger();
    CommandExecutor executor =
        new CommandExecutor(
            config.timeouts().commandTimeout(),
            config.retryOptions(),
            SlotwiseRecorder.NOOP,
            new TestRouter(a),
            scheduler,
            System::nanoTime,
            c -> true,
            c -> {
              checks.incrementAndGet();
              throw new UnsupportedOperationException("refused " + c.name());
            });

    assertThatThrownBy(() -> await(executor.execute(get("foo"), TEXT)))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("refused GET");
    assertThat(checks).hasValue(1);
    assertThat(a.sent).isEmpty();
  }

  @Test
  void crossSlotMgetIsSplitPerSlotSentInOneBatchAndMergedInTheCallersOrder() {
    Map<String, String> data = Map.of("a", "1", "{a}x", "2", "b", "3");
    FakeConnection node =
        new FakeConnection(
            "127.0.0.1:7000",
            (out, n) -> {
              byte[][] args = out.command().args();
              List<Reply> values = new java.util.ArrayList<>();
              for (int i = 1; i < args.length; i++) {
                String v = data.get(new String(args[i], StandardCharsets.UTF_8));
                values.add(v == null ? Reply.Null.INSTANCE : new Reply.Bulk(b(v)));
              }
              out.onReply(
                  out.command().name().equals("GET") ? values.get(0) : new Reply.Array(values));
            });
    CommandExecutor executor = executor(new TestRouter(node), Duration.ofSeconds(2));

    byte[][] keys = {b("a"), b("b"), b("missing"), b("{a}x"), b("a")};
    List<String> values =
        await(executor.mget(keys)).stream()
            .map(v -> v == null ? null : new String(v, StandardCharsets.UTF_8))
            .toList();

    assertThat(values).containsExactly("1", "3", null, "2", "1");
    // "a" and "{a}x" share a slot (one MGET); "b" and "missing" go alone (an MGET each).
    assertThat(node.batches).hasSize(1);
    assertThat(node.batches.get(0)).containsExactlyInAnyOrder("MGET", "MGET", "MGET");
  }
}
