package io.slotwise.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.RedisProtocolException;
import io.slotwise.commands.KeyValue;
import io.slotwise.commands.ListDirection;
import io.slotwise.commands.ScanResult;
import io.slotwise.commands.ScoredValue;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocking command builders, reply shapes and the blocking-time detection. No network. */
class BlockingCommandsTest {

  private static Command raw(String... words) {
    return Command.keyless(false, words);
  }

  private static List<String> text(Command c) {
    return java.util.Arrays.stream(c.args()).map(a -> new String(a, UTF_8)).toList();
  }

  @Test
  void popsCarryKeysThenSecondsWithMillisecondPrecision() {
    Command c =
        BlockingCommands.pop(
            "BLPOP",
            new byte[][] {"a".getBytes(UTF_8), "b".getBytes(UTF_8)},
            Duration.ofMillis(1500));
    assertThat(text(c)).containsExactly("BLPOP", "a", "b", "1.5");
    assertThat(c.keyIndexes()).containsExactly(1, 2);
    assertThat(text(BlockingCommands.pop("BRPOP", new byte[][] {{'k'}}, Duration.ZERO)))
        .containsExactly("BRPOP", "k", "0");
    assertThat(text(BlockingCommands.pop("BRPOP", new byte[][] {{'k'}}, Duration.ofDays(200))))
        .containsExactly("BRPOP", "k", "17280000");
  }

  @Test
  void blmoveNamesBothEnds() {
    Command c =
        BlockingCommands.blmove(
            "s".getBytes(UTF_8),
            "d".getBytes(UTF_8),
            ListDirection.RIGHT,
            ListDirection.LEFT,
            Duration.ofMillis(250));
    assertThat(text(c)).containsExactly("BLMOVE", "s", "d", "RIGHT", "LEFT", "0.25");
    assertThat(c.keyIndexes()).containsExactly(1, 2);
  }

  @Test
  void badTimeoutsAreRefusedNamingTheParameter() {
    assertThatThrownBy(() -> BlockingCommands.timeout(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeout");
    assertThatThrownBy(() -> BlockingCommands.timeout(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BlockingCommands.timeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeout");
    assertThat(BlockingCommands.timeout(0.2)).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void findsHowLongAnyCommandMayBlock() {
    assertThat(BlockingCommands.blockFor(raw("GET", "k"))).isEqualTo(BlockingCommands.NOT_BLOCKING);
    assertThat(BlockingCommands.blockFor(raw("BLPOP", "a", "b", "2.5")))
        .isEqualTo(Duration.ofMillis(2500));
    assertThat(BlockingCommands.blockFor(raw("BZMPOP", "1", "1", "z", "MIN")))
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(BlockingCommands.blockFor(raw("WAIT", "1", "0"))).isEqualTo(Duration.ZERO);
    assertThat(
            BlockingCommands.blockFor(
                raw("XREAD", "COUNT", "2", "BLOCK", "300", "STREAMS", "s", "0")))
        .isEqualTo(Duration.ofMillis(300));
    assertThat(BlockingCommands.blockFor(raw("XREAD", "STREAMS", "BLOCK", "0")))
        .isEqualTo(BlockingCommands.NOT_BLOCKING); // BLOCK here is a stream name
    assertThat(
            BlockingCommands.blockFor(
                raw("XREADGROUP", "GROUP", "g", "c", "BLOCK", "0", "STREAMS", "s", ">")))
        .isEqualTo(Duration.ZERO);
    assertThatThrownBy(() -> BlockingCommands.blockFor(raw("BLPOP", "k", "soon")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BLPOP timeout");
  }

  @Test
  void repliesBecomeKeyValuesOrNull() {
    var kv = BlockingCommands.keyValue(Converters::string, Converters::string);
    assertThat(kv.apply(Reply.Null.INSTANCE)).isNull();
    assertThat(
            kv.apply(
                new Reply.Array(
                    List.of(
                        new Reply.Bulk("q".getBytes(UTF_8)), new Reply.Bulk("v".getBytes(UTF_8))))))
        .isEqualTo(new KeyValue<>("q", "v"));
    var scored = BlockingCommands.keyScored(Converters::string);
    assertThat(
            scored.apply(
                new Reply.Array(
                    List.of(
                        new Reply.Bulk("z".getBytes(UTF_8)),
                        new Reply.Bulk("m".getBytes(UTF_8)),
                        new Reply.DoubleReply(2.5)))))
        .isEqualTo(new KeyValue<>("z", new ScoredValue<>("m", 2.5)));
    assertThatThrownBy(() -> kv.apply(new Reply.Int(1))).isInstanceOf(RedisProtocolException.class);
  }

  @Test
  void scanIteratorFetchesPagesLazilyUntilCursorZero() {
    List<String> asked = new java.util.ArrayList<>();
    java.util.Map<String, ScanResult<String>> pages =
        java.util.Map.of(
            "0", new ScanResult<>("c1", List.of("a", "b")),
            "c1", new ScanResult<>("c2", List.of()),
            "c2", new ScanResult<>("0", List.of("c")));
    ScanIterator<String> it =
        new ScanIterator<>(
            cursor -> {
              asked.add(cursor);
              return pages.get(cursor);
            });
    assertThat(it.next()).isEqualTo("a");
    assertThat(asked).containsExactly("0");
    List<String> rest = new java.util.ArrayList<>();
    it.forEachRemaining(rest::add);
    assertThat(rest).containsExactly("b", "c");
    assertThat(asked).containsExactly("0", "c1", "c2");
    assertThat(it.hasNext()).isFalse();
  }
}
