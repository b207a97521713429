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
import java.time.Duration;
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
  void anAskToWatchMovesTheTransactionToTheTargetWithAsking() {
    AtomicInteger watches = new AtomicInteger();
    FakeNode target = node(cmd -> null);
    FakeNode owner =
        node(
            cmd ->
                cmd.get(0).equals("WATCH") && watches.incrementAndGet() == 1
                    ? Action.ask(SLOT, target.address())
                    : null);

    TransactionResult result = run(owner);

    assertThat(result.values()).containsExactly("OK");
    assertThat(result.attempts()).isEqualTo(2);
    assertThat(harness.loop.stats().asked()).isEqualTo(1);
    assertThat(harness.router.events).containsExactly("ask " + SLOT + " " + target.address());
    assertThat(owner.received("EXEC")).isEmpty();
    // The watched key is on the target: ASKING before WATCH, and before MULTI (its flag lasts
    // until EXEC); the owner's map is unchanged.
    assertThat(target.received())
        .extracting(c -> c.get(0))
        .containsSubsequence("ASKING", "WATCH", "ASKING", "MULTI", "SET", "EXEC");
  }

  @Test
  void anAskToAQueuedCommandRetriesAtTheOwnerAfterABackoff() {
    // The watched key is still on the owner: the transaction must not move to the target (its
    // WATCH would watch nothing there), it waits for the slot instead.
    AtomicInteger sets = new AtomicInteger();
    FakeNode target = node(cmd -> null);
    FakeNode owner =
        node(
            cmd -> {
              if (cmd.get(0).equals("SET") && sets.incrementAndGet() == 1) {
                return Action.ask(SLOT, target.address());
              }
              if (cmd.get(0).equals("EXEC") && sets.get() == 1) {
                return Action.error("EXECABORT Transaction discarded because of previous errors.");
              }
              return null;
            });

    TransactionResult result = run(owner);

    assertThat(result.attempts()).isEqualTo(2);
    assertThat(owner.received("EXEC")).hasSize(2);
    assertThat(target.received()).isEmpty();
  }

  @Test
  void aSlotSplitForManyRetriesWaitsBeyondTheAttemptBoundUntilTheSlotIsWhole() {
    // A slot migrated two keys at a time stays split for many backoffs: TRYAGAIN is not a failed
    // attempt, it is waited out (within the command timeout).
    int refusals = TransactionRunner.MAX_ATTEMPTS * 2;
    AtomicInteger execs = new AtomicInteger();
    FakeNode owner =
        node(
            cmd ->
                cmd.get(0).equals("EXEC") && execs.incrementAndGet() <= refusals
                    ? Action.tryAgain()
                    : null);

    TransactionResult result = run(owner);

    assertThat(result.values()).containsExactly("OK");
    assertThat(result.attempts()).isEqualTo(refusals + 1);
    assertThat(harness.loop.stats().retriesByCause()).containsEntry("tryagain", (long) refusals);
  }

  @Test
  void askThenTryAgainCyclesWaitForTheSlotBeyondTheAttemptBound() {
    // The watched key moved, the queued new key is not on the target yet: WATCH on the source says
    // ASK, EXEC on the target says TRYAGAIN, round after round, until the slot is whole.
    int refusals = TransactionRunner.MAX_ATTEMPTS + 1;
    AtomicInteger execs = new AtomicInteger();
    FakeNode target =
        node(
            cmd ->
                cmd.get(0).equals("EXEC") && execs.incrementAndGet() <= refusals
                    ? Action.tryAgain()
                    : null);
    FakeNode owner =
        node(cmd -> cmd.get(0).equals("WATCH") ? Action.ask(SLOT, target.address()) : null);

    TransactionResult result = run(owner);

    assertThat(result.values()).containsExactly("OK");
    assertThat(result.attempts()).isEqualTo(2 * (refusals + 1));
    assertThat(target.received("EXEC")).hasSize(refusals + 1);
    assertThat(harness.loop.stats().asked()).isEqualTo(refusals + 1L);
  }

  @Test
  void aWatchWhoseConnectionBrokeIsRetriedNotReportedAsOutcomeUnknown() {
    // Nothing ran: WATCH changes no data, and no MULTI was sent.
    AtomicInteger watches = new AtomicInteger();
    FakeNode owner =
        node(
            cmd ->
                cmd.get(0).equals("WATCH") && watches.incrementAndGet() == 1
                    ? Action.closeAfterRead()
                    : null);

    TransactionResult result = run(owner);

    assertThat(result.values()).containsExactly("OK");
    assertThat(result.attempts()).isEqualTo(2);
    assertThat(owner.received("EXEC")).hasSize(1);
  }

  @Test
  void aReconnectBetweenWatchAndExecAbandonsTheAttemptInsteadOfCommittingUnwatched() {
    FakeNode owner = node(cmd -> null);
    harness.router.owner = owner.address();
    ExclusiveConnections exclusive =
        harness.start(RetryHarness.config(owner).clientName("tx-test").build());
    byte[][] watch = {KEY.getBytes(StandardCharsets.UTF_8)};
    AtomicInteger bodies = new AtomicInteger();

    TransactionResult result =
        new TransactionRunner(exclusive, true)
            .run(
                watch,
                tx -> {
                  if (bodies.incrementAndGet() == 1) {
                    // The WATCH's connection breaks and the client reconnects while the body
                    // computes: the new connection watches nothing.
                    int before = owner.received("CLIENT").size();
                    owner.dropConnections();
                    FakeNode.until(
                        () -> owner.received("CLIENT").size() > before, Duration.ofSeconds(10));
                  }
                  tx.set(KEY, "v");
                });

    assertThat(result.values()).containsExactly("OK");
    assertThat(bodies).hasValue(2);
    List<String> names = owner.received().stream().map(c -> c.get(0)).toList();
    // The only EXEC follows the second WATCH: nothing was committed unwatched.
    assertThat(owner.received("EXEC")).hasSize(1);
    assertThat(names.lastIndexOf("WATCH")).isLessThan(names.indexOf("EXEC"));
    assertThat(owner.received("WATCH")).hasSize(2);
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
