package io.slotwise.commands;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.RedisProtocolException;
import io.slotwise.RedisServerException;
import io.slotwise.SlotwiseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link NodeResults}, {@link ReplyConverter}'s ready-made converters and {@link RedisScript}. */
class NodeResultsTest {
  private static final HostAndPort A = HostAndPort.of("127.0.0.1", 7000);
  private static final HostAndPort B = HostAndPort.of("127.0.0.1", 7001);
  private static final HostAndPort C = HostAndPort.of("127.0.0.1", 7002);

  @Test
  void keepsEverySuccessBesideTheFailuresInNodeOrder() {
    Map<HostAndPort, String> values = new HashMap<>();
    values.put(C, "c");
    values.put(A, null);
    RedisServerException err = new RedisServerException("CONFIG SET", "ERR nope");
    NodeResults<String> r = new NodeResults<>(List.of(A, B, C), values, Map.of(B, err));

    assertThat(r.nodes()).containsExactly(A, B, C);
    assertThat(r.values().keySet()).containsExactly(A, C);
    assertThat(r.values().get(A)).isNull();
    assertThat(r.failures()).containsExactly(Map.entry(B, err));
    assertThat(r.allSucceeded()).isFalse();
    assertThat(r.get(C)).isEqualTo("c");
    assertThatThrownBy(() -> r.get(B)).isSameAs(err);
    assertThatThrownBy(() -> r.get(HostAndPort.of("127.0.0.1", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("127.0.0.1:1");
    assertThatThrownBy(r::valuesOrThrow)
        .isInstanceOf(SlotwiseException.class)
        .hasMessageContaining("failed on 1 of 3 nodes")
        .hasMessageContaining("127.0.0.1:7001 (")
        .hasCause(err);
  }

  @Test
  void valuesOrThrowAnswersTheValuesWhenAllSucceeded() {
    NodeResults<Long> r = new NodeResults<>(List.of(A, B), Map.of(A, 1L, B, 2L), Map.of());
    assertThat(r.allSucceeded()).isTrue();
    assertThat(r.valuesOrThrow()).containsExactly(Map.entry(A, 1L), Map.entry(B, 2L));
  }

  @Test
  void refusesANodeInBothMapsOrInNeither() {
    SlotwiseException e = new SlotwiseException("x");
    assertThatThrownBy(() -> new NodeResults<>(List.of(A), Map.of(A, 1), Map.of(A, e)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NodeResults<>(List.of(A, B), Map.of(A, 1), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("7001");
    assertThatThrownBy(() -> new NodeResults<>(List.of(A), Map.of(A, 1, B, 2), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readyMadeConverters() {
    assertThat(ReplyConverter.utf8().convert("héllo".getBytes(UTF_8))).isEqualTo("héllo");
    assertThat(ReplyConverter.utf8().convert("OK")).isEqualTo("OK");
    assertThat(ReplyConverter.utf8().convert(null)).isNull();
    assertThatThrownBy(() -> ReplyConverter.utf8().convert(1L))
        .isInstanceOf(RedisProtocolException.class);
    assertThat(ReplyConverter.integer().convert(5L)).isEqualTo(5L);
    assertThat(ReplyConverter.integer().convert("12".getBytes(UTF_8))).isEqualTo(12L);
    assertThatThrownBy(() -> ReplyConverter.integer().convert("x".getBytes(UTF_8)))
        .isInstanceOf(RedisProtocolException.class)
        .hasMessageContaining("'x'");
    Object raw = List.of();
    assertThat(ReplyConverter.raw().convert(raw)).isSameAs(raw);
  }

  @Test
  void scriptSha1IsTheServersSha1() {
    // SCRIPT LOAD "return 1" answers this SHA1.
    RedisScript s = RedisScript.of("return 1");
    assertThat(s.sha1()).isEqualTo("e0e1f9fabfc9d4800c877a703b823ac0578ff8db");
    assertThat(RedisScript.of("return 1".getBytes(UTF_8))).isEqualTo(s);
    assertThat(new String(s.source(), UTF_8)).isEqualTo("return 1");
    assertThatThrownBy(() -> RedisScript.of((String) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source");
  }

  @Test
  void clientKillArgsNeedsValues() {
    assertThat(ClientKillArgs.create().id(7).skipMe(false).words())
        .containsExactly("ID", "7", "SKIPME", "no");
    assertThatThrownBy(() -> ClientKillArgs.create().addr(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ipPort");
  }
}
