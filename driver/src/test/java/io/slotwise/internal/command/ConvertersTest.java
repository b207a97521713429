package io.slotwise.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.RedisProtocolException;
import io.slotwise.RedisServerException;
import io.slotwise.commands.ScoredValue;
import io.slotwise.internal.protocol.Reply;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConvertersTest {

  private static Reply bulk(String s) {
    return new Reply.Bulk(s.getBytes(UTF_8));
  }

  private static Reply array(Reply... items) {
    return new Reply.Array(List.of(items));
  }

  private static final Reply NULL = Reply.Null.INSTANCE;

  @Test
  void stringsFromBulkStatusVerbatimAndNull() {
    assertThat(Converters.string(bulk("héllo"))).isEqualTo("héllo");
    assertThat(Converters.string(new Reply.SimpleString("OK"))).isEqualTo("OK");
    assertThat(Converters.string(new Reply.Verbatim("txt", "# Server".getBytes(UTF_8))))
        .isEqualTo("# Server");
    assertThat(Converters.string(NULL)).isNull();
    assertThat(Converters.bytes(new Reply.Bulk(new byte[] {(byte) 0xff})))
        .containsExactly((byte) 0xff);
    assertThat(Converters.bytes(NULL)).isNull();
    assertThatThrownBy(() -> Converters.string(new Reply.Int(3)))
        .isInstanceOf(RedisProtocolException.class)
        .hasMessage("expected a string reply, got Int[value=3]");
    assertThatThrownBy(() -> Converters.integer(new Reply.Array(List.of())))
        .hasMessage("expected an integer reply, got array of 0");
  }

  @Test
  void integersAndBooleansInBothProtocols() {
    assertThat(Converters.integer(new Reply.Int(42))).isEqualTo(42L);
    assertThat(Converters.nullableInteger(NULL)).isNull();
    assertThat(Converters.nullableInteger(new Reply.Int(0))).isEqualTo(0L);
    assertThat(Converters.bool(new Reply.Int(1))).isTrue();
    assertThat(Converters.bool(new Reply.Int(0))).isFalse();
    assertThat(Converters.bool(new Reply.BooleanReply(true))).isTrue();
    assertThat(Converters.bool(new Reply.BooleanReply(false))).isFalse();
    assertThatThrownBy(() -> Converters.integer(bulk("x")))
        .isInstanceOf(RedisProtocolException.class);
  }

  @Test
  void doublesFromResp2TextAndResp3Doubles() {
    assertThat(Converters.decimal(bulk("3.5"))).isEqualTo(3.5);
    assertThat(Converters.decimal(bulk("inf"))).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Converters.decimal(bulk("-inf"))).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Converters.decimal(bulk("+inf"))).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Converters.decimal(bulk("1e3"))).isEqualTo(1000.0);
    assertThat(Converters.decimal(new Reply.DoubleReply(-0.5))).isEqualTo(-0.5);
    assertThat(Converters.decimal(new Reply.DoubleReply(Double.NEGATIVE_INFINITY)))
        .isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Converters.nullableDecimal(NULL)).isNull();
    assertThatThrownBy(() -> Converters.decimal(bulk("abc")))
        .isInstanceOf(RedisProtocolException.class)
        .hasMessage("expected a double, got 'abc'");
  }

  @Test
  void listsWithNullElements() {
    assertThat(Converters.STRING_LIST.apply(array(bulk("a"), NULL, bulk("c"))))
        .containsExactly("a", null, "c");
    assertThat(Converters.BYTES_LIST.apply(NULL)).isEmpty();
    assertThat(Converters.STRING_LIST.apply(new Reply.SetReply(List.of(bulk("x")))))
        .containsExactly("x");
  }

  @Test
  void setsFromResp3SetsAndResp2Arrays() {
    assertThat(Converters.stringSet(array(bulk("b"), bulk("a"))))
        .containsExactly("b", "a")
        .isInstanceOf(java.util.LinkedHashSet.class);
    assertThat(Converters.stringSet(new Reply.SetReply(List.of(bulk("b"), bulk("a")))))
        .containsExactly("b", "a");
  }

  @Test
  void hashesFromResp3MapsAndResp2FlatArrays() {
    Reply resp2 = array(bulk("f1"), bulk("v1"), bulk("f2"), bulk("v2"));
    Reply resp3 =
        new Reply.MapReply(List.of(bulk("f1"), bulk("f2")), List.of(bulk("v1"), bulk("v2")));
    for (Reply r : List.of(resp2, resp3)) {
      Map<String, String> m = Converters.stringMap(r);
      assertThat(m).containsExactly(Map.entry("f1", "v1"), Map.entry("f2", "v2"));
      List<Map.Entry<byte[], byte[]>> entries = Converters.bytesEntries(r);
      assertThat(entries).hasSize(2);
      assertThat(new String(entries.get(1).getKey(), UTF_8)).isEqualTo("f2");
      assertThat(new String(entries.get(1).getValue(), UTF_8)).isEqualTo("v2");
    }
    assertThat(Converters.stringMap(array())).isEmpty();
    assertThatThrownBy(() -> Converters.stringMap(array(bulk("f1"))))
        .isInstanceOf(RedisProtocolException.class)
        .hasMessageContaining("even number");
  }

  @Test
  void scoredValuesFromFlatResp2AndPairedResp3() {
    Reply resp2 = array(bulk("a"), bulk("1"), bulk("b"), bulk("inf"));
    Reply resp3 =
        array(
            array(bulk("a"), new Reply.DoubleReply(1)),
            array(bulk("b"), new Reply.DoubleReply(Double.POSITIVE_INFINITY)));
    for (Reply r : List.of(resp2, resp3)) {
      assertThat(Converters.scored(Converters::string).apply(r))
          .containsExactly(
              new ScoredValue<>("a", 1.0), new ScoredValue<>("b", Double.POSITIVE_INFINITY));
    }
    assertThat(Converters.scored(Converters::string).apply(array())).isEmpty();
  }

  @Test
  void genericConversion() {
    Reply nested =
        array(
            new Reply.SimpleString("OK"),
            bulk("text"),
            new Reply.Int(7),
            NULL,
            new Reply.DoubleReply(1.5),
            new Reply.BooleanReply(true),
            new Reply.BigNumber(new BigInteger("123456789012345678901234567890")),
            new Reply.MapReply(List.of(bulk("k")), List.of(new Reply.Int(1))),
            new Reply.SetReply(List.of(bulk("s"))),
            new Reply.Error("ERR inner"));
    Object text = Converters.generic("EVAL", true).apply(nested);
    assertThat(text).isInstanceOf(List.class);
    @SuppressWarnings("unchecked")
    List<Object> list = (List<Object>) text;
    assertThat(list.subList(0, 9))
        .containsExactly(
            "OK",
            "text",
            7L,
            null,
            1.5,
            true,
            new BigInteger("123456789012345678901234567890"),
            Map.of("k", 1L),
            List.of("s"));
    assertThat(list.get(9))
        .isInstanceOfSatisfying(
            RedisServerException.class, e -> assertThat(e.serverMessage()).isEqualTo("ERR inner"));
    Object binary = Converters.generic("EVAL", false).apply(bulk("raw"));
    assertThat(binary).isInstanceOf(byte[].class);
    assertThat((byte[]) binary).isEqualTo("raw".getBytes(UTF_8));
    assertThat(Converters.generic("GET", true).apply(NULL)).isNull();
    assertThatThrownBy(() -> Converters.generic("X", true).apply(new Reply.Error("ERR top")))
        .isInstanceOf(RedisServerException.class)
        .hasMessageContaining("ERR top");
  }
}
