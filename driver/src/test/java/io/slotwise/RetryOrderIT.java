package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.testkit.FakeNode;
import io.slotwise.testkit.FakeNode.Action;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Retried writes keep their submission order: a fake server answers {@code CLUSTERDOWN} for a
 * while, then stores what it is sent; two {@code SET}s of one key sent async from one thread, both
 * refused and retried, must be applied in the order they were submitted, so the key ends up with
 * the second value. Each retry used to wait its own random backoff, so the first {@code SET} was
 * often resent after the second one.
 */
class RetryOrderIT {
  private static final int KEYS = 40;

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

  @Test
  void twoSetsOfOneKeyRetriedAfterClusterdownAreAppliedInOrder() throws Exception {
    Map<String, String> store = new ConcurrentHashMap<>();
    // Each SET (key and value) is answered CLUSTERDOWN the first time it arrives, then accepted.
    // Independent random backoffs resend the second before the first about half the time; the
    // retry lane resends them in submission order. (Refusing each write once, whatever the
    // timing, keeps out the reordering no client can prevent — two writes in flight together when
    // the server's state flips between them, README: Retries.)
    Set<String> refusedOnce = ConcurrentHashMap.newKeySet();
    node =
        FakeNode.start(
            cmd ->
                switch (cmd.get(0).toUpperCase()) {
                  case "HELLO" -> Action.error("ERR unknown command 'HELLO'");
                  case "PING" -> Action.reply("+PONG\r\n");
                  case "SET" -> {
                    if (refusedOnce.add(cmd.get(1) + "=" + cmd.get(2))) {
                      yield Action.clusterDown();
                    }
                    store.put(cmd.get(1), cmd.get(2));
                    yield Action.ok();
                  }
                  default -> Action.ok();
                });
    client =
        SlotwiseClient.create(
            SlotwiseConfig.standalone(node.address().toString())
                .commandTimeout(Duration.ofSeconds(10))
                .retryDelay(Duration.ofMillis(10), Duration.ofMillis(200))
                .build());
    List<String> reordered = new ArrayList<>();
    for (int i = 0; i < KEYS; i++) {
      String key = "k" + i;
      CompletableFuture<String> first = client.async().set(key, "first");
      CompletableFuture<String> second = client.async().set(key, "second");
      assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo("OK");
      assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo("OK");
      if (!"second".equals(store.get(key))) {
        reordered.add(key);
      }
    }
    assertThat(node.received("SET")).as("SETs refused then resent").hasSize(4 * KEYS);
    assertThat(reordered).as("keys whose first SET was applied after the second").isEmpty();
  }
}
