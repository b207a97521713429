package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A blocking call made on an I/O thread (inside a future's callback) would wait for a reply that
 * the same thread must deliver: it fails at once with a clear message instead (issue 13, item 8).
 */
@ExtendWith(RedisExtension.class)
class IoThreadBlockingIT {

  @Test
  void aSyncCallFromAnIoThreadFailsAtOnce(RedisServerProcess server) throws Exception {
    assertRefusedOnIoThread(server, client -> client.sync().get("k"), "sync()");
  }

  @Test
  void aTransactionFromAnIoThreadFailsAtOnce(RedisServerProcess server) throws Exception {
    assertRefusedOnIoThread(
        server, client -> client.transaction("k", tx -> tx.set("k", "v")), "transaction");
  }

  private static void assertRefusedOnIoThread(
      RedisServerProcess server, Consumer<SlotwiseClient> blockingCall, String named)
      throws Exception {
    SlotwiseConfig config =
        SlotwiseConfig.standalone(server.address().toString())
            .commandTimeout(Duration.ofSeconds(3))
            .build();
    try (SlotwiseClient client = SlotwiseClient.create(config)) {
      // The server holds the next command briefly, so that its callback runs on the I/O thread.
      client.sync().execute("CLIENT", "PAUSE", "200", "ALL");
      AtomicReference<String> thread = new AtomicReference<>();
      long start = System.nanoTime();
      CompletableFuture<Object> outcome =
          client
              .async()
              .get("k")
              .thenApply(
                  v -> {
                    thread.set(Thread.currentThread().getName());
                    blockingCall.accept(client);
                    return "no failure";
                  });
      Throwable cause;
      try {
        outcome.get(30, TimeUnit.SECONDS);
        cause = null;
      } catch (ExecutionException e) {
        cause = e.getCause();
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("%s on %s: %s after %d ms%n", named, thread.get(), cause, millis);
      assertThat(thread.get()).startsWith("slotwise-io");
      assertThat(cause)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("I/O thread")
          .hasMessageContaining(named);
      assertThat(millis).as("failed at once, not at the timeout").isLessThan(2_000);
      assertThat(client.sync().get("k")).as("the connection still serves").isNull();
    }
  }
}
