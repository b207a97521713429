package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.cluster.CrossSlotException;
import io.slotwise.cluster.SlotHash;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Transactions ({@code WATCH}/{@code MULTI}/{@code EXEC}) on the shared real cluster. */
@ExtendWith(RedisExtension.class)
class TransactionIT {

  @Test
  void commitsAndCompletesEveryQueuedFuture(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      @SuppressWarnings("unchecked")
      CompletableFuture<Long>[] incr = new CompletableFuture[1];
      TransactionResult result =
          client.transaction(
              "{u1}:balance",
              tx -> {
                tx.set("{u1}:balance", "10");
                incr[0] = tx.incrby("{u1}:balance", 5);
                tx.rpush("{u1}:log", "paid");
                tx.get("{u1}:balance");
              });
      assertThat(result.wasDiscarded()).isFalse();
      assertThat(result.attempts()).isEqualTo(1);
      assertThat(result.values()).containsExactly("OK", 15L, 1L, "15");
      assertThat((Long) result.get(1)).isEqualTo(15L);
      assertThat(incr[0].join()).isEqualTo(15L);
      assertThat(client.sync().lrange("{u1}:log", 0, -1)).containsExactly("paid");
    }
  }

  @Test
  void aWatchedKeyChangedByAnotherClientDiscardsTheTransaction(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds());
        SlotwiseClient other = SlotwiseClient.cluster(cluster.seeds())) {
      client.sync().set("{w}:k", "before");
      TransactionResult result =
          client.transaction(
              "{w}:k",
              tx -> {
                other.sync().set("{w}:k", "changed"); // after WATCH, before EXEC
                tx.set("{w}:k", "mine");
                tx.set("{w}:other", "x");
              });
      assertThat(result.wasDiscarded()).isTrue();
      assertThat(result.aborted()).isTrue();
      assertThat(result.size()).isZero();
      assertThat(client.sync().get("{w}:k")).isEqualTo("changed");
      assertThat(client.sync().get("{w}:other")).isNull();
      // Not changed this time: commits.
      TransactionResult again = client.transaction("{w}:k", tx -> tx.set("{w}:k", "mine"));
      assertThat(again.wasDiscarded()).isFalse();
      assertThat(client.sync().get("{w}:k")).isEqualTo("mine");
    }
  }

  @Test
  void aWatchConnectionKilledBeforeExecNeverCommitsUnwatched(LocalRedisCluster cluster) {
    String key = "{killed}:k";
    RedisServerProcess owner = cluster.ownerOfSlot(SlotHash.slot(key));
    try (SlotwiseClient client =
            SlotwiseClient.create(
                SlotwiseConfig.cluster(cluster.seeds()).clientName("tx-kill-test").build());
        SlotwiseClient other = SlotwiseClient.cluster(cluster.seeds())) {
      client.sync().set(key, "before");
      AtomicInteger bodies = new AtomicInteger();
      TransactionResult result =
          client.transaction(
              key,
              tx -> {
                if (bodies.incrementAndGet() == 1) {
                  // The connection that ran WATCH is killed and reconnects, then another client
                  // changes the watched key: committing on the new session would lose its update.
                  long killed = watchingConnection(owner, "tx-kill-test");
                  owner.call("CLIENT", "KILL", "ID", Long.toString(killed));
                  Await.until(
                      "the killed connection reconnected",
                      Duration.ofSeconds(10),
                      () -> newestConnection(owner, "tx-kill-test") > killed);
                  other.sync().set(key, "changed");
                }
                tx.set(key, "mine-" + bodies.get());
              });
      assertThat(bodies).hasValue(2);
      assertThat(result.wasDiscarded()).isFalse();
      assertThat(result.attempts()).isEqualTo(2);
      assertThat(client.sync().get(key)).isEqualTo("mine-2");
    }
  }

  /** The id of the connection named {@code name} whose last command was WATCH. */
  private static long watchingConnection(RedisServerProcess node, String name) {
    for (String line : clientList(node)) {
      if (line.contains(" name=" + name + " ") && line.contains(" cmd=watch ")) {
        return Long.parseLong(line.substring(3, line.indexOf(' ')));
      }
    }
    throw new AssertionError("no connection named " + name + " ran WATCH on " + node);
  }

  /** The highest id among the connections named {@code name}, or -1. */
  private static long newestConnection(RedisServerProcess node, String name) {
    long newest = -1;
    for (String line : clientList(node)) {
      if (line.contains(" name=" + name + " ")) {
        newest = Math.max(newest, Long.parseLong(line.substring(3, line.indexOf(' '))));
      }
    }
    return newest;
  }

  private static List<String> clientList(RedisServerProcess node) {
    Object reply = node.call("CLIENT", "LIST");
    String text =
        reply instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : (String) reply;
    return List.of(text.split("\\r?\\n"));
  }

  @Test
  void keysInSeveralSlotsAreRefusedBeforeAnythingRuns(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      assertThatThrownBy(() -> client.transaction(List.of("a", "b"), tx -> tx.set("a", "1")))
          .isInstanceOf(CrossSlotException.class)
          .hasMessageContaining("WATCH");
      assertThatThrownBy(
              () ->
                  client.transaction(
                      "{x}1",
                      tx -> {
                        tx.set("{x}1", "v");
                        tx.set("{y}1", "v");
                      }))
          .isInstanceOf(CrossSlotException.class)
          .hasMessageContaining("SET");
      assertThat(client.sync().get("{x}1")).isNull();
      assertThat(client.sync().get("{y}1")).isNull();
      assertThat(client.sync().get("a")).isNull();
      // The exclusive connection left in a clean state: the next transaction works.
      assertThat(client.transaction(List.of("{x}1", "{x}2"), tx -> tx.get("{x}2")).values())
          .containsExactly((Object) null);
    }
  }

  @Test
  void aCommandFailingInsideACommittedTransactionFailsAlone(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      TransactionResult result =
          client.transaction(
              "{e}s",
              tx -> {
                tx.set("{e}s", "text");
                tx.incr("{e}s");
                tx.append("{e}s", "!");
              });
      assertThat((String) result.get(0)).isEqualTo("OK");
      assertThatThrownBy(() -> result.get(1))
          .isInstanceOf(RedisServerException.class)
          .hasMessageContaining("not an integer");
      assertThat((Long) result.get(2)).isEqualTo(5L);
    }
  }

  @Test
  void worksOnAStandaloneServer(RedisServerProcess server) {
    try (SlotwiseClient client = SlotwiseClient.standalone(server.address().toString())) {
      TransactionResult result =
          client.transaction(
              List.of("a", "b"),
              tx -> {
                tx.set("a", "1");
                tx.set("b", "2");
                tx.mget("a", "b");
              });
      assertThat(result.values()).containsExactly("OK", "OK", List.of("1", "2"));
    }
  }
}
