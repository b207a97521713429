package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.testkit.FakeNode;
import io.slotwise.testkit.FakeNode.Action;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
    // CLUSTERDOWN for the first 3 * KEYS SETs (one round and a half), then OK. Counted, not
    // timed: the flip falls between two keys' pairs (the lane releases first, second, first, ...
    // in order), never between a key's two SETs — which no client can order (README: Retries).
    AtomicInteger refusalsLeft = new AtomicInteger(3 * KEYS);
    node =
        FakeNode.start(
            cmd ->
                switch (cmd.get(0).toUpperCase()) {
                  case "HELLO" -> Action.error("ERR unknown command 'HELLO'");
                  case "PING" -> Action.reply("+PONG\r\n");
                  case "SET" -> {
                    if (refusalsLeft.getAndDecrement() > 0) {
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
    List<CompletableFuture<String>> sets = new ArrayList<>();
    for (int i = 0; i < KEYS; i++) {
      sets.add(client.async().set("k" + i, "first"));
      sets.add(client.async().set("k" + i, "second"));
    }
    for (CompletableFuture<String> f : sets) {
      assertThat(f.get(20, TimeUnit.SECONDS)).isEqualTo("OK");
    }
    List<String> reordered = new ArrayList<>();
    for (int i = 0; i < KEYS; i++) {
      if (!"second".equals(store.get("k" + i))) {
        reordered.add("k" + i);
      }
    }
    assertThat(node.received("SET").size()).as("SETs refused then resent").isGreaterThan(2 * KEYS);
    assertThat(reordered).as("keys whose first SET was applied after the second").isEmpty();
  }
}
