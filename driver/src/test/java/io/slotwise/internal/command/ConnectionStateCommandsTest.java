package io.slotwise.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.RedisCommandNotAllowedException;
import org.junit.jupiter.api.Test;

class ConnectionStateCommandsTest {

  private static byte[][] args(String... words) {
    byte[][] a = new byte[words.length][];
    for (int i = 0; i < words.length; i++) {
      a[i] = words[i].getBytes(UTF_8);
    }
    return a;
  }

  @Test
  void everyConnectionStateCommandIsRefusedNamingWhatToUseInstead() {
    String[][] refused = {
      {"SUBSCRIBE", "client.subscription"},
      {"psubscribe", "client.subscription"},
      {"SSUBSCRIBE", "client.subscription"},
      {"UNSUBSCRIBE", "client.subscription"},
      {"PUNSUBSCRIBE", "client.subscription"},
      {"SUNSUBSCRIBE", "client.subscription"},
      {"MONITOR", "stream"},
      {"SYNC", "stream"},
      {"PSYNC", "stream"},
      {"MULTI", "client.transaction"},
      {"EXEC", "client.transaction"},
      {"DISCARD", "client.transaction"},
      {"WATCH", "client.transaction"},
      {"UNWATCH", "client.transaction"},
      {"SELECT", "database"},
      {"HELLO", "protocol(...)"},
      {"AUTH", "password(...)"},
      {"RESET", "close the client"},
      {"QUIT", "client.close()"},
      {"READONLY", "readFrom"},
      {"READWRITE", "readFrom"},
      {"ASKING", "ASK"},
    };
    for (String[] r : refused) {
      assertThatThrownBy(() -> ConnectionStateCommands.check(args(r[0], "x")))
          .as(r[0])
          .isInstanceOf(RedisCommandNotAllowedException.class)
          .hasMessageStartingWith(r[0].toUpperCase() + " is not allowed here")
          .hasMessageContaining(r[1]);
    }
  }

  @Test
  void clientSubcommandsThatChangeTheConnectionAreRefusedOthersPass() {
    for (String sub : new String[] {"REPLY", "reply", "TRACKING", "NO-EVICT", "NO-TOUCH"}) {
      assertThatThrownBy(() -> ConnectionStateCommands.check(args("client", sub, "OFF")))
          .isInstanceOf(RedisCommandNotAllowedException.class)
          .satisfies(
              e ->
                  assertThat(((RedisCommandNotAllowedException) e).command())
                      .isEqualTo("CLIENT " + sub.toUpperCase()));
    }
    for (String sub : new String[] {"ID", "SETNAME", "LIST", "PAUSE", "KILL", "INFO"}) {
      assertThatCode(() -> ConnectionStateCommands.check(args("CLIENT", sub, "x")))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void ordinaryCommandsPass() {
    for (String name : new String[] {"GET", "SET", "PUBLISH", "EVAL", "REPLICAOF", "WAIT"}) {
      assertThatCode(() -> ConnectionStateCommands.check(args(name, "k")))
          .doesNotThrowAnyException();
    }
    assertThatCode(() -> ConnectionStateCommands.check(args("CLIENT"))).doesNotThrowAnyException();
    assertThat(ConnectionStateCommands.isRefused("client reply")).isTrue();
    assertThat(ConnectionStateCommands.isRefused("GET")).isFalse();
  }
}
