package io.slotwise.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.commands.ScanArgs;
import io.slotwise.commands.SetArgs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The argument words built from the public option types' getters. */
public class OptionWordsTest {
  private static List<String> text(List<byte[]> words) {
    return words.stream().map(b -> new String(b, UTF_8)).toList();
  }

  @Test
  void scanArgsWordsFollowTheCursorInAFixedOrder() {
    assertThat(OptionWords.of(ScanArgs.create())).isEmpty();
    assertThat(text(OptionWords.of(ScanArgs.create().type("hash").count(100).match("user:*"))))
        .containsExactly("MATCH", "user:*", "COUNT", "100", "TYPE", "hash");
    assertThat(text(OptionWords.of(ScanArgs.create().match("a*".getBytes(UTF_8)))))
        .containsExactly("MATCH", "a*");
  }

  @Test
  void setArgsWordsAreTheExpiryThenTheCondition() {
    assertThat(OptionWords.of(SetArgs.create())).isEmpty();
    assertThat(text(OptionWords.of(SetArgs.create().nx().px(30_000))))
        .containsExactly("PX", "30000", "NX");
    assertThat(text(OptionWords.of(SetArgs.create().keepTtl().xx())))
        .containsExactly("KEEPTTL", "XX");
    assertThat(text(OptionWords.of(SetArgs.create().exAt(1_700_000_000))))
        .containsExactly("EXAT", "1700000000");
    SetArgs keep = SetArgs.create().keepTtl().xx();
    assertThat(keep.expiry()).isEqualTo("KEEPTTL");
    assertThat(keep.expiryTime()).isZero();
    assertThat(keep.condition()).isEqualTo("XX");
    assertThat(keep).hasToString("SetArgs[KEEPTTL XX]");
    assertThat(SetArgs.create()).hasToString("SetArgs[]");
    assertThat(SetArgs.create().nx()).hasToString("SetArgs[NX]");
  }
}
