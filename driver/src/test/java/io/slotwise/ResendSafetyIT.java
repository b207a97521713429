package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.commands.SetArgs;
import io.slotwise.testkit.FakeNode;
import io.slotwise.testkit.FakeNode.Action;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 3: a write whose reply was lost is resent only when a second run gives the same
 * reply and leaves the same data. A fake node keeps a tiny string store, executes the first {@code
 * SET} it gets and then drops the connection before replying (the reply is lost, the write is
 * done).
 */
class ResendSafetyIT {

  /** A node that applies SET (with NX) to a map, dropping the connection after the first SET. */
  private static FakeNode lossyStore(Map<String, String> store) {
    AtomicBoolean dropped = new AtomicBoolean();
    return FakeNode.start(
        cmd -> {
          switch (cmd.get(0).toUpperCase()) {
            case "HELLO":
              return Action.error("ERR unknown command 'HELLO'");
            case "PING":
              return Action.reply("+PONG\r\n");
            case "SET":
              boolean nx = cmd.subList(3, cmd.size()).stream().anyMatch("NX"::equalsIgnoreCase);
              boolean applied = !nx || !store.containsKey(cmd.get(1));
              if (applied) {
                store.put(cmd.get(1), cmd.get(2));
              }
              if (dropped.compareAndSet(false, true)) {
                return Action.closeAfterRead(); // executed, reply lost
              }
              return applied ? Action.ok() : Action.nil();
            default:
              return Action.error("ERR unexpected " + cmd.get(0));
          }
        });
  }

  private static SlotwiseClient client(FakeNode node) {
    return SlotwiseClient.create(
        SlotwiseConfig.standalone(node.address().toString())
            .commandTimeout(Duration.ofSeconds(10))
            .build());
  }

  @Test
  void aLockTakenWithSetNxWhoseReplyWasLostIsReportedUnknownNotNull() {
    Map<String, String> store = new ConcurrentHashMap<>();
    try (FakeNode node = lossyStore(store);
        SlotwiseClient client = client(node)) {
      assertThatThrownBy(() -> client.sync().set("lock", "me", SetArgs.create().nx()))
          .isInstanceOf(RedisOutcomeUnknownException.class)
          .hasMessageContaining("SET");
      assertThat(node.received("SET")).as("not resent").hasSize(1);
      assertThat(store).containsEntry("lock", "me");
    }
  }

  @Test
  void aPlainSetWhoseReplyWasLostIsResentAndSucceeds() {
    Map<String, String> store = new ConcurrentHashMap<>();
    try (FakeNode node = lossyStore(store);
        SlotwiseClient client = client(node)) {
      client.sync().set("k", "v");
      assertThat(node.received("SET")).as("resent once").hasSize(2);
      assertThat(store).isEqualTo(Map.of("k", "v"));
    }
  }

  @Test
  void theSameThroughExecute() {
    Map<String, String> store = new ConcurrentHashMap<>();
    try (FakeNode node = lossyStore(store);
        SlotwiseClient client = client(node)) {
      assertThatThrownBy(() -> client.sync().execute("SET", "lock", "me", "NX", "PX", "30000"))
          .isInstanceOf(RedisOutcomeUnknownException.class);
      assertThat(node.received("SET")).hasSize(1);
      assertThat(List.copyOf(store.keySet())).containsExactly("lock");
    }
  }
}
