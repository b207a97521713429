package io.slotwise.internal.executor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.commands.KeyValue;
import io.slotwise.internal.protocol.Reply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The transaction's command facade: queues, never sends; maps each call to its own future. */
class TransactionQueueTest {

  @Test
  void queuesEachCallAndNotesTheFutureTheCallerGot() {
    TransactionQueue queue = new TransactionQueue();
    AsyncRedisCommands tx = queue.facade();
    CompletableFuture<String> set = tx.set("{t}a", "1");
    CompletableFuture<List<String>> mget = tx.mget("{t}a", "{t}b");
    CompletableFuture<KeyValue<String, String>> pop = tx.blpop(Duration.ofSeconds(1), "{t}q");
    assertThat(queue.queued()).hasSize(3);
    assertThat(queue.queued().get(0).command.name()).isEqualTo("SET");
    assertThat(queue.queued().get(1).command.name()).isEqualTo("MGET");
    assertThat(queue.queued().get(2).command.name()).isEqualTo("BLPOP");
    assertThat(set.isDone()).isFalse();
    // MGET's caller future is derived (bytes decoded to text): that is the one noted.
    assertThat(queue.queued().get(1).visible).isSameAs(mget);
    assertThat(queue.queued().get(0).visible).isSameAs(set);
    completeMget(queue.queued().get(1));
    assertThat(mget.join()).containsExactly("x", null);
    assertThat(pop.isDone()).isFalse();
  }

  private static <T> void completeMget(TransactionQueue.Queued<T> q) {
    q.future.complete(
        q.converter.apply(
            new Reply.Array(List.of(new Reply.Bulk("x".getBytes(UTF_8)), Reply.Null.INSTANCE))));
  }

  @Test
  void commandsForOtherNodesAreRefusedAtOnce() {
    AsyncRedisCommands tx = new TransactionQueue().facade();
    assertThatThrownBy(tx::dbsize)
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("inside a transaction");
    assertThatThrownBy(() -> tx.set((String) null, "v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key");
  }
}
