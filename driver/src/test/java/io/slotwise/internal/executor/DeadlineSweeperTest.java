package io.slotwise.internal.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.FakeConnection;
import io.slotwise.HostAndPort;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseConfig;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Outbound;
import io.slotwise.internal.transport.Router;
import io.slotwise.metrics.SlotwiseRecorder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Command deadlines through the sweeper: exact for slow commands, free for fast ones. */
class DeadlineSweeperTest {
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final List<Outbound> pending = new CopyOnWriteArrayList<>();
  private final FakeConnection node =
      new FakeConnection("127.0.0.1:7000", (o, n) -> pending.add(o));

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  private CommandExecutor executor(Duration timeout) {
    Router router =
        new Router() {
          @Override
          public CompletableFuture<Void> start() {
            return CompletableFuture.completedFuture(null);
          }

          @Override
          public NodeConnection route(Command command) {
            return node;
          }

          @Override
          public NodeConnection connectionTo(HostAndPort address) {
            return node;
          }

          @Override
          public List<NodeConnection> masters() {
            return List.of(node);
          }

          @Override
          public void close() {}
        };
    SlotwiseConfig config =
        SlotwiseConfig.standalone("127.0.0.1:7000").commandTimeout(timeout).build();
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

  private static Command get(String key) {
    return Command.of(
        "GET",
        new byte[][] {"GET".getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8)},
        new int[] {1},
        true);
  }

  @Test
  void aReplySlowerThanSeveralSweepsStillCompletesAndIsNeverTimedOut() throws Exception {
    CommandExecutor executor = executor(Duration.ofMillis(400));
    CompletableFuture<Reply> slow = executor.execute(get("k"), r -> r);
    // Answer after 100 ms: about ten sweep periods, so the command has a real timer by then.
    scheduler.schedule(
        () -> pending.forEach(o -> o.onReply(Reply.Null.INSTANCE)), 100, TimeUnit.MILLISECONDS);

    assertThat(slow.get(2, TimeUnit.SECONDS)).isEqualTo(Reply.Null.INSTANCE);
    // Well past the deadline: the cancelled timer never fired.
    long timeouts =
        scheduler.schedule(() -> executor.stats().timeouts(), 500, TimeUnit.MILLISECONDS).get();
    assertThat(timeouts).isZero();
  }

  @Test
  void anUnansweredCommandTimesOutAtItsDeadlineNamingTheNode() {
    CommandExecutor executor = executor(Duration.ofMillis(300));
    long started = System.nanoTime();
    CompletableFuture<Reply> stuck = executor.execute(get("k"), r -> r);

    assertThatThrownBy(() -> stuck.get(3, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(RedisTimeoutException.class)
        .hasMessageContaining("GET did not complete within 300 ms")
        .hasMessageContaining("127.0.0.1:7000");
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    assertThat(elapsedMs).isGreaterThanOrEqualTo(300);
    assertThat(executor.stats().timeouts()).isEqualTo(1);
  }

  @Test
  void thousandsOfFastCommandsCompleteWithoutTimeouts() throws Exception {
    FakeConnection echo =
        new FakeConnection("127.0.0.1:7000", FakeConnection.replies(Reply.Null.INSTANCE));
    node.script = echo.script;
    // A deadline well above any scheduling hiccup of a busy machine (sweeps still run every 10 ms).
    CommandExecutor executor = executor(Duration.ofSeconds(1));
    CompletableFuture<?>[] all = new CompletableFuture<?>[10_000];
    for (int i = 0; i < all.length; i++) {
      all[i] = executor.execute(get("k" + i), r -> r);
    }
    CompletableFuture.allOf(all).get(5, TimeUnit.SECONDS);
    long timeouts =
        scheduler.schedule(() -> executor.stats().timeouts(), 300, TimeUnit.MILLISECONDS).get();
    assertThat(timeouts).isZero();
    assertThat(executor.stats().failed()).isZero();
  }

  @Test
  void aBatchStartedTogetherTimesOutOnlyItsUnansweredMembers() throws Exception {
    CommandExecutor executor = executor(Duration.ofMillis(300));
    List<Invocation<Reply>> batch = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      batch.add(new Invocation<>(executor, get("k" + i), r -> r, null));
    }
    long started = System.nanoTime();
    Starter.NOW.startAll(batch); // one sweeper entry for the five
    assertThat(pending).hasSize(5);
    // Every member but the third is answered after a few sweep periods.
    scheduler
        .schedule(
            () -> {
              for (int i = 0; i < 5; i++) {
                if (i != 2) {
                  pending.get(i).onReply(Reply.Null.INSTANCE);
                }
              }
            },
            50,
            TimeUnit.MILLISECONDS)
        .get();

    assertThatThrownBy(() -> batch.get(2).future.get(3, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(RedisTimeoutException.class)
        .hasMessageContaining("GET did not complete within 300 ms");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(300);
    for (int i = 0; i < 5; i++) {
      if (i != 2) {
        assertThat(batch.get(i).future.get()).isEqualTo(Reply.Null.INSTANCE);
      }
    }
    assertThat(executor.stats().timeouts()).isEqualTo(1);
  }
}
