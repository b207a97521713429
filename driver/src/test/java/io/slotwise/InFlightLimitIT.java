package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.testkit.Await;
import io.slotwise.testkit.FakeNode;
import io.slotwise.testkit.FakeNode.Action;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The per-node in-flight bound with fail-fast admission ({@code waitWhenFull(false)}), against a
 * fake node that accepts commands and never answers them (a hung server): the client holds at most
 * {@code maxInFlightPerNode} commands for it, and every command past that fails at once with a
 * {@link RedisBackpressureException} that names the node, the limit and the count, instead of
 * queueing without bound. Waiting admission (the default) is covered by {@code BackpressureIT}.
 */
class InFlightLimitIT {
  private FakeNode node;
  private SlotwiseClient client;

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    if (node != null) {
      node.close();
    }
  }

  private void startHungNode(java.util.function.UnaryOperator<SlotwiseConfig.Builder> options) {
    node =
        FakeNode.start(
            cmd ->
                switch (cmd.get(0)) {
                  case "HELLO" -> Action.error("ERR unknown command 'HELLO'");
                  case "PING" -> Action.reply("+PONG\r\n");
                  default -> Action.neverReply();
                });
    client =
        SlotwiseClient.create(
            options
                .apply(
                    SlotwiseConfig.standalone(node.address().toString())
                        .commandTimeout(Duration.ofSeconds(30))
                        .waitWhenFull(false))
                .build());
  }

  @Test
  void theDefaultBoundRefusesCommandNumber10001AtOnce() throws Exception {
    startHungNode(b -> b);
    assertThat(client.config().maxInFlightPerNode())
        .isEqualTo(SlotwiseConfig.DEFAULT_MAX_IN_FLIGHT_PER_NODE)
        .isEqualTo(10_000);
    List<CompletableFuture<String>> held = send(10_000);
    Await.until(
        "10,000 commands written to the hung node",
        Duration.ofSeconds(20),
        () -> node.received().size() >= 10_000);

    long start = System.nanoTime();
    List<CompletableFuture<String>> over = send(500);
    for (CompletableFuture<String> f : over) {
      Throwable cause = failure(f);
      assertThat(cause)
          .isInstanceOf(RedisBackpressureException.class)
          .hasMessageContaining(node.address().toString())
          .hasMessageContaining("limit 10000")
          .hasMessageContaining("10000 queued or awaiting replies");
    }
    long refusedMicros = (System.nanoTime() - start) / 1_000;
    int received = node.received().size();
    System.out.printf(
        "in-flight bound: 10,000 held, 500 over the limit refused in %d us; node received %d"
            + " commands (handshake included); held pending: %d%n",
        refusedMicros, received, held.stream().filter(f -> !f.isDone()).count());
    assertThat(held).allSatisfy(f -> assertThat(f).isNotDone());
    // Nothing past the bound reached the wire, nor waits in a queue.
    assertThat(received).isLessThanOrEqualTo(10_000 + 2);
    assertThat(over).allSatisfy(f -> assertThat(f).isCompletedExceptionally());
  }

  @Test
  void aSmallBoundHoldsUnderAFloodFromManyThreads() throws Exception {
    startHungNode(b -> b.maxInFlightPerNode(100));
    List<CompletableFuture<String>> all = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      Thread thread = new Thread(() -> all.addAll(send(1_000)));
      threads.add(thread);
      thread.start();
    }
    for (Thread t : threads) {
      t.join(TimeUnit.SECONDS.toMillis(20));
    }
    Await.until(
        "every command past the bound refused",
        Duration.ofSeconds(10),
        () -> all.stream().filter(CompletableFuture::isDone).count() >= 8_000 - 100);
    long pending = all.stream().filter(f -> !f.isDone()).count();
    long refused =
        all.stream()
            .filter(f -> f.isDone() && failure(f) instanceof RedisBackpressureException)
            .count();
    System.out.printf(
        "8 threads x 1,000 commands, bound 100: %d pending, %d refused, node received %d%n",
        pending, refused, node.received().size());
    assertThat(pending).isEqualTo(100);
    assertThat(refused).isEqualTo(8_000 - 100);
    assertThat(node.received().size()).isLessThanOrEqualTo(100 + 2);
  }

  private List<CompletableFuture<String>> send(int n) {
    List<CompletableFuture<String>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(client.async().get("k" + i));
    }
    return out;
  }

  private static Throwable failure(CompletableFuture<?> f) {
    try {
      f.get(5, TimeUnit.SECONDS);
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.TimeoutException e) {
      return e;
    }
  }
}
