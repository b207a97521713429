package io.slotwise.internal.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.RedisRedirectionException;
import io.slotwise.RedisServerException;
import io.slotwise.TransactionResult;
import io.slotwise.cluster.SlotHash;
import io.slotwise.testkit.FakeNode;
import io.slotwise.testkit.FakeNode.Action;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Transactions go through the same retry loop as every other command, as one unit that cannot be
 * preceded by {@code ASKING}: a redirect or a transient refusal retries the whole transaction,
 * counted in the client's stats and reported to the recorder and the router. Against scripted
 * nodes.
 */
public class TransactionRetryIT {
  private static final String KEY = "{t}:k";
  private static final int SLOT = SlotHash.slot(KEY);

  private final RetryHarness harness = new RetryHarness();

  @AfterEach
  void close() {
    harness.close();
  }

  /** A node that runs transactions, asking {@code refusal} first what to answer instead. */
  private FakeNode node(Function<List<String>, Action> refusal) {
    return harness.node(
        cmd -> {
          Action refused = refusal.apply(cmd);
          if (refused != null) {
            return refused;
          }
          return switch (cmd.get(0)) {
            case "SET" -> Action.reply("+QUEUED\r\n");
            case "EXEC" -> Action.reply("*1\r\n+OK\r\n");
            default -> Action.ok(); // WATCH, MULTI
          };
        });
  }

  private TransactionResult run(FakeNode owner) {
    harness.router.owner = owner.address();
    ExclusiveConnections exclusive = harness.start(RetryHarness.config(owner).build());
    byte[][] watch = {KEY.getBytes(StandardCharsets.UTF_8)};
    return new TransactionRunner(exclusive, true).run(watch, tx -> tx.set(KEY, "v"));
  }

  @Test
  void aWatchRedirectedByMovedRetriesOnTheNewOwnerCountedAndReported() {
    FakeNode target = node(cmd -> null);
    FakeNode source =
        node(cmd -> cmd.get(0).equals("WATCH") ? Action.moved(SLOT, target.address()) : null);

    TransactionResult result = run(source);

    assertThat(result.values()).containsExactly("OK");
    assertThat(result.attempts()).isEqualTo(2);
    assertThat(harness.loop.stats().moved()).isEqualTo(1);
    assertThat(harness.recorder.events).containsExactly("redirected moved " + target.address());
    assertThat(harness.router.events).containsExactly("moved " + SLOT + " " + target.address());
    assertThat(target.received("EXEC")).hasSize(1);
  }

  @Test
  void aQueuedCommandRefusedWithTryAgainRetriesTheWholeTransactionCounted() {
    AtomicInteger sets = new AtomicInteger();
    FakeNode owner =
        node(
            cmd -> {
              if (cmd.get(0).equals("SET") && sets.incrementAndGet() == 1) {
                return Action.tryAgain();
              }
              if (cmd.get(0).equals("EXEC") && sets.get() == 1) {
                return Action.error("EXECABORT Transaction discarded because of previous errors.");
              }
              return null;
            });

    TransactionResult result = run(owner);

    assertThat(result.values()).containsExactly("OK");
    assertThat(result.attempts()).isEqualTo(2);
    assertThat(harness.loop.stats().retriesByCause()).containsEntry("tryagain", 1L);
    assertThat(harness.recorder.events).containsExactly("retried TRYAGAIN");
    assertThat(owner.received("WATCH")).hasSize(2);
  }

  @Test
  void anAskTellsTheRouterAndRetriesAtTheOwnerAfterABackoff() {
    AtomicInteger watches = new AtomicInteger();
    FakeNode target = node(cmd -> null);
    FakeNode owner =
        node(
            cmd ->
                cmd.get(0).equals("WATCH") && watches.incrementAndGet() == 1
                    ? Action.ask(SLOT, target.address())
                    : null);

    TransactionResult result = run(owner);

    assertThat(result.attempts()).isEqualTo(2);
    assertThat(harness.loop.stats().asked()).isEqualTo(1);
    assertThat(harness.router.events).containsExactly("ask " + SLOT + " " + target.address());
    assertThat(owner.received("EXEC")).hasSize(1); // no ASKING: the block goes to the owner
    assertThat(target.received()).noneMatch(c -> c.get(0).equals("WATCH"));
  }

  @Test
  void endlessRefusalsStopAfterTheAttemptBoundCountedAsAFailure() {
    FakeNode owner = node(cmd -> cmd.get(0).equals("WATCH") ? Action.clusterDown() : null);

    assertThatThrownBy(() -> run(owner))
        .isInstanceOf(RedisRedirectionException.class)
        .hasMessageContaining("not executed after " + TransactionRunner.MAX_ATTEMPTS + " attempts")
        .hasMessageContaining("slot " + SLOT)
        .hasMessageContaining("CLUSTERDOWN");
    assertThat(owner.received("WATCH")).hasSize(TransactionRunner.MAX_ATTEMPTS);
    assertThat(harness.loop.stats().retriesByCause())
        .containsEntry("clusterdown", TransactionRunner.MAX_ATTEMPTS - 1L);
    assertThat(harness.loop.stats().failed()).isEqualTo(1);
  }

  @Test
  void aQueuedCommandRefusedForGoodFailsTheTransactionWithTheServerText() {
    FakeNode owner =
        node(cmd -> cmd.get(0).equals("SET") ? Action.error("ERR syntax error") : null);

    assertThatThrownBy(() -> run(owner))
        .isInstanceOf(RedisServerException.class)
        .hasMessageContaining("ERR syntax error");
    assertThat(owner.received("WATCH")).hasSize(1);
    assertThat(harness.loop.stats().failed()).isEqualTo(1);
  }
}
