package io.slotwise;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.commands.ScanArgs;
import io.slotwise.commands.ScanResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanArgsTest {
  @Test
  void eachOptionReturnsANewInstance() {
    ScanArgs none = ScanArgs.create();
    ScanArgs all = none.match("user:*").count(100).type("hash");
    assertThat(none.match()).isNull();
    assertThat(none.count()).isZero();
    assertThat(none.type()).isNull();
    assertThat(all.match()).isEqualTo("user:*".getBytes(UTF_8));
    assertThat(all.count()).isEqualTo(100);
    assertThat(all.type()).isEqualTo("hash");
    assertThat(none.count(5)).isNotSameAs(none).isEqualTo(ScanArgs.create().count(5));
    assertThat(all.toString()).isEqualTo("ScanArgs[match=user:* count=100 type=hash]");
  }

  @Test
  void binaryPatternIsCopied() {
    byte[] pattern = "a*".getBytes(UTF_8);
    ScanArgs args = ScanArgs.create().match(pattern);
    pattern[0] = 'z';
    args.match()[1] = 'z';
    assertThat(new String(args.match(), UTF_8)).isEqualTo("a*");
  }

  @Test
  void badOptionsAreRefusedNamingTheParameter() {
    assertThatThrownBy(() -> ScanArgs.create().count(0)).hasMessageContaining("count");
    assertThatThrownBy(() -> ScanArgs.create().match((String) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pattern");
    assertThatThrownBy(() -> ScanArgs.create().match((byte[]) null))
        .hasMessageContaining("pattern");
    assertThatThrownBy(() -> ScanArgs.create().type(" ")).hasMessageContaining("type");
    assertThatThrownBy(() -> ScanArgs.create().type("a b")).hasMessageContaining("type");
    assertThatThrownBy(() -> ScanArgs.create().type(null)).hasMessageContaining("type");
  }

  @Test
  void scanResultIsFinishedOnlyAtCursorZero() {
    assertThat(new ScanResult<>("0", List.of("a")).isFinished()).isTrue();
    assertThat(new ScanResult<>("127.0.0.1:7000@0", List.of()).isFinished()).isFalse();
    assertThatThrownBy(() -> new ScanResult<>(null, List.of())).hasMessageContaining("cursor");
    assertThatThrownBy(() -> new ScanResult<>("0", List.of("a")).keys().add("b"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
