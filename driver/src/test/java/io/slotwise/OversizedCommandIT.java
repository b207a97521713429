package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.testkit.FakeNode;
import io.slotwise.testkit.FakeNode.Action;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A command larger than the encoder's limit fails at once with an {@link IllegalArgumentException}
 * naming it and the limit: it is not retried, and it counts against no node (issue 13, item 11).
 */
class OversizedCommandIT {

  @Test
  void anOversizedCommandFailsAtOnceAndTouchesNoNode() throws Exception {
    try (FakeNode node =
            FakeNode.start(
                cmd ->
                    switch (cmd.get(0)) {
                      case "HELLO" -> Action.error("ERR unknown command 'HELLO'");
                      case "GET" -> Action.bulk("small");
                      default -> Action.ok();
                    });
        SlotwiseClient client =
            SlotwiseClient.create(
                SlotwiseConfig.standalone(node.address().toString())
                    .commandTimeout(Duration.ofSeconds(5))
                    .build())) {
      // Eight keys sharing one 300 MiB value: a 2.4 GiB MSET, over any limit.
      byte[] value = new byte[300 * 1024 * 1024];
      Map<byte[], byte[]> pairs = new LinkedHashMap<>();
      for (int i = 0; i < 8; i++) {
        pairs.put(("big" + i).getBytes(StandardCharsets.UTF_8), value);
      }
      long start = System.nanoTime();
      Throwable cause;
      try {
        CompletableFuture<String> f = client.async().msetBytes(pairs);
        pairs = null;
        f.get(30, TimeUnit.SECONDS);
        cause = null;
      } catch (ExecutionException e) {
        cause = e.getCause();
      } catch (IllegalArgumentException e) {
        cause = e;
      }
      value = null;
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("oversized MSET: %s after %d ms%n", cause, millis);
      assertThat(cause)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("MSET")
          .hasMessageContaining(String.valueOf(1L << 30));
      assertThat(millis).as("at once, not retried until the deadline").isLessThan(2_000);
      assertThat(client.stats().retries()).isZero();
      assertThat(node.received()).noneMatch(c -> c.get(0).equals("MSET"));
      assertThat(client.sync().get("k")).isEqualTo("small");
    }
  }
}
