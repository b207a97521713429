package io.slotwise.internal.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.RedisOutcomeUnknownException;
import io.slotwise.cluster.SlotHash;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.testkit.FakeNode;
import io.slotwise.testkit.FakeNode.Action;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Blocking commands on exclusive connections go through the same retry loop as every other command:
 * their redirects and retries are counted in the client's stats and reported to the recorder and
 * the router, and their backoff is the configured one. Against scripted nodes.
 */
public class ExclusiveRetryIT {
  private static final String KEY = "queue";
  private static final int SLOT = SlotHash.slot(KEY);
  private static final Action POPPED = Action.reply("*2\r\n$5\r\nqueue\r\n$1\r\nv\r\n");

  private final RetryHarness harness = new RetryHarness();

  @AfterEach
  void close() {
    harness.close();
  }

  private static Command blpop() {
    byte[][] args = {bytes("BLPOP"), bytes(KEY), bytes("1")};
    return Command.of("BLPOP", args, new int[] {1}, false);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private Reply pop(FakeNode owner) throws Exception {
    harness.router.owner = owner.address();
    ExclusiveConnections exclusive = harness.start(RetryHarness.config(owner).build());
    CompletableFuture<Reply> popped =
        exclusive.execute(blpop(), Function.identity(), Duration.ofSeconds(1));
    return popped.get(10, TimeUnit.SECONDS);
  }

  @Test
  void aPopRedirectedByMovedIsCountedAndTellsTheRouterAndTheRecorder() throws Exception {
    FakeNode target = harness.node(cmd -> POPPED);
    FakeNode source = harness.node(cmd -> Action.moved(SLOT, target.address()));

    assertThat(pop(source)).isInstanceOf(Reply.Array.class);

    assertThat(harness.loop.stats().moved()).isEqualTo(1);
    assertThat(harness.recorder.events).containsExactly("redirected moved " + target.address());
    assertThat(harness.router.events).containsExactly("moved " + SLOT + " " + target.address());
    assertThat(target.received("BLPOP")).hasSize(1);
  }

  @Test
  void aPopRedirectedByAskIsCountedAndTellsTheRouter() throws Exception {
    FakeNode target = harness.node(cmd -> POPPED);
    FakeNode source = harness.node(cmd -> Action.ask(SLOT, target.address()));

    assertThat(pop(source)).isInstanceOf(Reply.Array.class);

    assertThat(harness.loop.stats().asked()).isEqualTo(1);
    assertThat(harness.recorder.events).containsExactly("redirected ask " + target.address());
    assertThat(harness.router.events).containsExactly("ask " + SLOT + " " + target.address());
    List<String> names = target.received().stream().map(c -> c.get(0)).toList();
    assertThat(names).containsSubsequence("ASKING", "BLPOP");
  }

  @Test
  void aPopRetriedAfterTryAgainWaitsTheConfiguredBackoffAndIsCounted() throws Exception {
    AtomicInteger pops = new AtomicInteger();
    FakeNode owner = harness.node(cmd -> pops.incrementAndGet() <= 2 ? Action.tryAgain() : POPPED);

    assertThat(pop(owner)).isInstanceOf(Reply.Array.class);

    assertThat(harness.loop.stats().retriesByCause()).containsEntry("tryagain", 2L);
    assertThat(harness.recorder.events).containsExactly("retried TRYAGAIN", "retried TRYAGAIN");
    // retryDelay(40 ms, 40 ms): each backoff in the jittered upper half, [20 ms, 40 ms].
    assertThat(harness.scheduler.delays)
        .hasSize(2)
        .allSatisfy(d -> assertThat(d).isBetween(Duration.ofMillis(20), Duration.ofMillis(40)));
  }

  @Test
  void aBrokenConnectionAfterThePopWasWrittenIsReportedToTheRouterAndCountedAsFailed()
      throws Exception {
    FakeNode owner = harness.node(cmd -> Action.closeAfterRead());

    assertThatThrownBy(() -> pop(owner))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(RedisOutcomeUnknownException.class)
        .hasMessageContaining("BLPOP was sent to " + owner.address());

    assertThat(harness.router.events).containsExactly("failure " + owner.address());
    assertThat(harness.loop.stats().failed()).isEqualTo(1);
    assertThat(owner.received("BLPOP")).hasSize(1); // never resent: a pop may have run
  }
}
