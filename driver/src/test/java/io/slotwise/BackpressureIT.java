package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.testkit.FakeNode;
import io.slotwise.testkit.FakeNode.Action;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Back-pressure that waits (issue 13, item 2): at the per-node bound an application thread waits
 * for room until its command's deadline; an I/O thread never waits.
 */
class BackpressureIT {
  private RedisServerProcess server;
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
    if (server != null) {
      server.close();
    }
  }

  @Test
  void fiftyThousandAsyncSetsToOneNodeAllComplete() throws Exception {
    server = RedisServerProcess.start();
    client =
        SlotwiseClient.create(
            SlotwiseConfig.standalone(server.address().toString())
                .maxInFlightPerNode(100)
                .commandTimeout(Duration.ofSeconds(20))
                .build());
    int n = 50_000;
    List<CompletableFuture<String>> sets = new ArrayList<>(n);
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      sets.add(client.async().set("flood:" + i, "v" + i));
    }
    CompletableFuture.allOf(sets.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("50,000 async SETs with maxInFlightPerNode 100: all done in %d ms%n", millis);
    assertThat(sets).allSatisfy(f -> assertThat(f.join()).isEqualTo("OK"));
    assertThat(client.sync().get("flood:49999")).isEqualTo("v49999");
  }

  private void startHungNode(int bound, Duration timeout) {
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
            SlotwiseConfig.standalone(node.address().toString())
                .maxInFlightPerNode(bound)
                .commandTimeout(timeout)
                .build());
  }

  @Test
  void atTheBoundTheCallerWaitsUntilItsDeadlineThenGetsBackpressure() throws Exception {
    startHungNode(10, Duration.ofMillis(800));
    for (int i = 0; i < 10; i++) {
      client.async().get("held" + i);
    }
    long start = System.nanoTime();
    CompletableFuture<String> over = client.async().get("over");
    long callMillis = (System.nanoTime() - start) / 1_000_000;
    Throwable cause = failure(over);
    System.out.printf(
        "11th command at bound 10: the call waited %d ms, then %s%n", callMillis, cause);
    assertThat(callMillis).as("the caller waited for room").isGreaterThanOrEqualTo(600);
    assertThat(cause)
        .isInstanceOf(RedisBackpressureException.class)
        .hasMessageContaining(node.address().toString())
        .hasMessageContaining("limit 10");
  }

  @Test
  void anIoThreadNeverWaitsForRoom() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    node =
        FakeNode.start(
            cmd -> {
              if (cmd.get(0).equals("HELLO")) {
                return Action.error("ERR unknown command 'HELLO'");
              }
              if (cmd.size() > 1 && cmd.get(1).equals("trigger")) {
                awaitQuietly(release);
                return Action.bulk("go");
              }
              return Action.neverReply();
            });
    client =
        SlotwiseClient.create(
            SlotwiseConfig.standalone(node.address().toString())
                .maxInFlightPerNode(10)
                .commandTimeout(Duration.ofSeconds(10))
                .build());
    AtomicReference<String> thread = new AtomicReference<>();
    AtomicLong callMillis = new AtomicLong();
    CompletableFuture<CompletableFuture<String>> fromIo =
        client
            .async()
            .get("trigger")
            .thenApply(
                go -> {
                  thread.set(Thread.currentThread().getName());
                  client.async().get("fits"); // the trigger's place is free again: 9 + 1
                  long start = System.nanoTime();
                  CompletableFuture<String> over = client.async().get("over");
                  callMillis.set((System.nanoTime() - start) / 1_000_000);
                  return over;
                });
    for (int i = 0; i < 9; i++) {
      client.async().get("held" + i); // with the trigger: the bound of 10
    }
    release.countDown();
    CompletableFuture<String> over = fromIo.get(10, TimeUnit.SECONDS);
    assertThat(thread.get()).startsWith("slotwise-io");
    assertThat(callMillis.get()).as("no wait on an I/O thread").isLessThan(500);
    assertThat(failure(over)).isInstanceOf(RedisBackpressureException.class);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Throwable failure(CompletableFuture<?> f) {
    try {
      f.get(10, TimeUnit.SECONDS);
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      return e;
    }
  }
}
