package io.slotwise.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlotHashTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Bit-by-bit reference CRC16-XMODEM, independent of the table. */
  private static int referenceCrc(byte[] b, int off, int len) {
    int crc = 0;
    for (int i = off; i < off + len; i++) {
      crc ^= (b[i] & 0xFF) << 8;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
      }
    }
    return crc;
  }

  @Test
  void crc16OfTheCheckString() {
    byte[] check = utf8("123456789");
    assertThat(SlotHash.crc16(check, 0, check.length)).isEqualTo(0x31C3);
    assertThat(SlotHash.crc16(new byte[0], 0, 0)).isZero();
  }

  @Test
  void knownSlotsFromRedis() {
    // Values printed by CLUSTER KEYSLOT on Redis 7.0.
    assertThat(SlotHash.slot("foo")).isEqualTo(12182);
    assertThat(SlotHash.slot("bar")).isEqualTo(5061);
    assertThat(SlotHash.slot("123456789")).isEqualTo(0x31C3 & 16383);
    assertThat(SlotHash.slot("")).isZero();
  }

  @Test
  void hashTagsFollowTheSpecification() {
    assertThat(SlotHash.slot("{user1000}.following"))
        .isEqualTo(SlotHash.slot("{user1000}.followers"))
        .isEqualTo(SlotHash.slot("user1000"));
    assertThat(SlotHash.slot("foo{}{bar}")).isEqualTo(wholeKey("foo{}{bar}"));
    assertThat(SlotHash.slot("foo{{bar}}zap")).isEqualTo(wholeKey("{bar"));
    assertThat(SlotHash.slot("foo{bar}{zap}")).isEqualTo(wholeKey("bar"));
    assertThat(SlotHash.slot("foo{bar")).isEqualTo(wholeKey("foo{bar"));
    assertThat(SlotHash.slot("foo}bar{")).isEqualTo(wholeKey("foo}bar{"));
    assertThat(SlotHash.slot("{}")).isEqualTo(wholeKey("{}"));
    assertThat(SlotHash.slot("a{b}")).isEqualTo(wholeKey("b"));
    assertThat(SlotHash.slot("}{x}")).isEqualTo(wholeKey("x"));
  }

  private static int wholeKey(String s) {
    byte[] b = utf8(s);
    return referenceCrc(b, 0, b.length) & 16383;
  }

  @Test
  void slicesAtNonZeroOffsetsHashOnlyTheSlice() {
    byte[] buf = utf8("xx{user1000}.followingyy");
    assertThat(SlotHash.slot(buf, 2, 20)).isEqualTo(SlotHash.slot("{user1000}.following"));
    byte[] plain = utf8("##foo##");
    assertThat(SlotHash.slot(plain, 2, 3)).isEqualTo(12182);
    // a brace outside the slice must not count as a tag
    byte[] outside = utf8("{ab}cd");
    assertThat(SlotHash.slot(outside, 1, 5)).isEqualTo(wholeKey("ab}cd"));
    assertThat(SlotHash.slot(outside, 0, 3)).isEqualTo(wholeKey("{ab"));
    byte[] check = utf8("--123456789--");
    assertThat(SlotHash.crc16(check, 2, 9)).isEqualTo(0x31C3);
    assertThat(SlotHash.slot(check, 13, 0)).isZero();
  }

  @Test
  void tableAgreesWithBitwiseReferenceOnRandomInput() {
    Random random = new Random(42);
    for (int i = 0; i < 2000; i++) {
      byte[] b = new byte[random.nextInt(64)];
      random.nextBytes(b);
      int off = b.length == 0 ? 0 : random.nextInt(b.length);
      int len = b.length - off == 0 ? 0 : random.nextInt(b.length - off);
      assertThat(SlotHash.crc16(b, off, len)).isEqualTo(referenceCrc(b, off, len));
    }
  }

  @Test
  void stringKeysHashAsTheirUtf8Bytes() {
    String[] samples = {
      "plain",
      "é{ü}x",
      "{日本}語",
      "emoji 😀 {tag😀}",
      "lone \uD800 high",
      "lone \uDC00 low",
      "end high \uD83D",
      "{\uD83D}x",
      "ß{}",
      "\u07FF\u0800\uFFFF"
    };
    for (String s : samples) {
      assertThat(SlotHash.slot(s)).as(s).isEqualTo(SlotHash.slot(utf8(s)));
    }
    Random random = new Random(7);
    for (int i = 0; i < 5000; i++) {
      char[] cs = new char[random.nextInt(12)];
      for (int j = 0; j < cs.length; j++) {
        int kind = random.nextInt(5);
        cs[j] =
            kind == 0
                ? (random.nextBoolean() ? '{' : '}')
                : kind == 1
                    ? (char) (0xD800 + random.nextInt(0x800))
                    : (char) random.nextInt(0x10000);
      }
      String s = new String(cs);
      assertThat(SlotHash.slot(s))
          .as("%s", s.chars().boxed().toList())
          .isEqualTo(SlotHash.slot(utf8(s)));
    }
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> SlotHash.slot((byte[]) null)).hasMessageContaining("key");
    assertThatThrownBy(() -> SlotHash.slot((String) null)).hasMessageContaining("key");
    assertThatThrownBy(() -> SlotHash.slot(new byte[3], 2, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset 2 and length 2");
    assertThatThrownBy(() -> SlotHash.crc16(new byte[3], -1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SlotHash.crc16(null, 0, 0)).hasMessageContaining("buf");
  }
}
