package io.slotwise.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.SlotwiseConfig;
import io.slotwise.internal.protocol.Command;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandTableTest {

  private static byte[][] args(String... words) {
    byte[][] a = new byte[words.length][];
    for (int i = 0; i < words.length; i++) {
      a[i] = words[i].getBytes(UTF_8);
    }
    return a;
  }

  @Test
  void idempotentCommands() {
    CommandTable t = CommandTable.builtIn();
    for (String name :
        new String[] {"GET", "SET", "MSET", "EXPIRE", "HMSET", "LSET", "PFMERGE", "MGET", "PING"}) {
      assertThat(t.isIdempotent(name)).as(name).isTrue();
    }
  }

  @Test
  void nonIdempotentCommands() {
    CommandTable t = CommandTable.builtIn();
    for (String name :
        new String[] {
          "INCR",
          "INCRBY",
          "LPUSH",
          "RPUSH",
          "APPEND",
          "ZINCRBY",
          "HINCRBY",
          "LPOP",
          "BLPOP",
          "PUBLISH",
          "RPOP",
          "SPOP",
          "GETDEL",
          "EVAL",
          "EVALSHA",
          "RENAME",
          "DEL",
          "HSET",
          "SADD",
          "ZADD",
          "SETNX",
          "PFADD",
          "NO.SUCH.COMMAND"
        }) {
      assertThat(t.isIdempotent(name)).as(name).isFalse();
    }
  }

  @Test
  void readOnlyFlags() {
    assertThat(CommandTable.isReadOnly("GET")).isTrue();
    assertThat(CommandTable.isReadOnly("ZRANGE")).isTrue();
    assertThat(CommandTable.isReadOnly("SCRIPT EXISTS")).isTrue();
    assertThat(CommandTable.isReadOnly("SET")).isFalse();
    assertThat(CommandTable.isReadOnly("EVAL")).isFalse();
    assertThat(CommandTable.isReadOnly("UNKNOWN")).isFalse();
    assertThat(CommandTable.isKnown("HGETALL")).isTrue();
    assertThat(CommandTable.isKnown("UNKNOWN")).isFalse();
  }

  @Test
  void overridesWinOverTheBuiltInTable() {
    CommandTable t = CommandTable.withOverrides(Map.of("INCR", true, "set", false, "MY.CMD", true));
    assertThat(t.isIdempotent("INCR")).isTrue();
    assertThat(t.isIdempotent("SET")).isFalse();
    assertThat(t.isIdempotent("MY.CMD")).isTrue();
    assertThat(t.isIdempotent("GET")).isTrue();
    assertThat(t.isIdempotent(Command.keyless(false, "MY.CMD"))).isTrue();
    assertThat(CommandTable.builtIn().isIdempotent("INCR")).isFalse();
    assertThatThrownBy(() -> CommandTable.withOverrides(null))
        .hasMessage("overrides must not be null");
  }

  @Test
  void overridesFromTheConfiguration() {
    SlotwiseConfig config =
        SlotwiseConfig.standalone("127.0.0.1:6379").idempotent("lpush", true).build();
    assertThat(CommandTable.of(config.retryOptions()).isIdempotent("LPUSH")).isTrue();
    assertThat(CommandTable.of(config.retryOptions()).isIdempotent("RPUSH")).isFalse();
  }

  @Test
  void keyPositions() {
    assertThat(CommandTable.keyIndexes("GET", args("GET", "k"))).containsExactly(1);
    assertThat(CommandTable.keyIndexes("DEL", args("DEL", "a", "b", "c"))).containsExactly(1, 2, 3);
    assertThat(CommandTable.keyIndexes("MSET", args("MSET", "a", "1", "b", "2")))
        .containsExactly(1, 3);
    assertThat(CommandTable.keyIndexes("RENAME", args("RENAME", "a", "b"))).containsExactly(1, 2);
    assertThat(CommandTable.keyIndexes("PING", args("PING"))).isEmpty();
    assertThat(CommandTable.keyIndexes("GET", args("GET"))).isEmpty();
    assertThat(CommandTable.keyIndexes("OBJECT ENCODING", args("OBJECT", "ENCODING", "k")))
        .containsExactly(2);
    assertThat(CommandTable.keyIndexes("UNKNOWN", args("UNKNOWN", "k"))).isEmpty();
    assertThat(CommandTable.keyIndexes("BLPOP", args("BLPOP", "a", "b", "0.5")))
        .containsExactly(1, 2);
    assertThat(CommandTable.keyIndexes("BLMOVE", args("BLMOVE", "a", "b", "LEFT", "RIGHT", "1")))
        .containsExactly(1, 2);
    assertThat(CommandTable.keyIndexes("SPUBLISH", args("SPUBLISH", "ch", "m"))).containsExactly(1);
    assertThat(CommandTable.keyIndexes("PUBLISH", args("PUBLISH", "ch", "m"))).isEmpty();
  }

  @Test
  void evalKeysFollowNumkeys() {
    assertThat(CommandTable.keyIndexes("EVAL", args("EVAL", "s", "2", "k1", "k2", "a")))
        .containsExactly(3, 4);
    assertThat(CommandTable.keyIndexes("EVALSHA", args("EVALSHA", "sha", "0", "a"))).isEmpty();
    assertThatThrownBy(() -> CommandTable.keyIndexes("EVAL", args("EVAL", "s", "3", "k1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numkeys of EVAL is 3");
    assertThatThrownBy(() -> CommandTable.keyIndexes("EVAL", args("EVAL", "s", "x")))
        .hasMessageContaining("not a number");
  }

  @Test
  void namesOfContainerCommands() {
    assertThat(CommandTable.nameOf(args("script", "load", "return 1"))).isEqualTo("SCRIPT LOAD");
    assertThat(CommandTable.nameOf(args("get", "script"))).isEqualTo("GET");
    assertThat(CommandTable.nameOf(args("cluster", "shards"))).isEqualTo("CLUSTER SHARDS");
    Command c = CommandTable.command(args("object", "encoding", "k"));
    assertThat(c.name()).isEqualTo("OBJECT ENCODING");
    assertThat(c.keyIndexes()).containsExactly(2);
    assertThat(c.isReadOnly()).isTrue();
  }
}
