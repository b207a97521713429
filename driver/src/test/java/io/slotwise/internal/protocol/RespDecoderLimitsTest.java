package io.slotwise.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.slotwise.DecoderOptions;
import io.slotwise.RedisProtocolException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Limits fail as soon as the offending header is read, before anything is allocated for it. */
class RespDecoderLimitsTest {

  private static Reply decode(DecoderLimits limits, String wire) {
    ByteBuf buf = Unpooled.copiedBuffer(wire, StandardCharsets.US_ASCII);
    try {
      return new RespDecoder(limits).decode(buf);
    } finally {
      buf.release();
    }
  }

  @Test
  void defaultsMatchTheConfigDefaults() {
    assertThat(DecoderLimits.DEFAULTS.maxBulkLength()).isEqualTo(512L * 1024 * 1024);
    assertThat(DecoderLimits.DEFAULTS.maxAggregateLength()).isEqualTo(1 << 26);
    assertThat(DecoderLimits.DEFAULTS.maxNestingDepth()).isEqualTo(64);
    DecoderOptions options = DecoderOptions.defaults();
    assertThat(
            new DecoderLimits(
                options.maxBulkLength(), options.maxAggregateLength(), options.maxNestingDepth()))
        .isEqualTo(DecoderLimits.DEFAULTS);
    assertThat(DecoderLimits.MAX_NESTING_DEPTH_CEILING)
        .isEqualTo(DecoderOptions.MAX_NESTING_DEPTH_LIMIT);
  }

  @Test
  void validatesItsArguments() {
    assertThatThrownBy(() -> new DecoderLimits(0, 1, 1)).hasMessageContaining("maxBulkLength");
    assertThatThrownBy(() -> new DecoderLimits(1, 0, 1)).hasMessageContaining("maxAggregateLength");
    assertThatThrownBy(() -> new DecoderLimits(1, 1, 0)).hasMessageContaining("maxNestingDepth");
    assertThatThrownBy(() -> new DecoderLimits(1, 1, 1001)).hasMessageContaining("maxNestingDepth");
    assertThatThrownBy(() -> new RespDecoder(null)).hasMessage("limits");
    assertThat(new DecoderLimits(Long.MAX_VALUE, Integer.MAX_VALUE, 1000).maxBulkLength())
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void bulkOverTheLimitFailsOnItsHeader() {
    DecoderLimits limits = new DecoderLimits(100, 10, 4);
    assertThat(Replies.render(decode(limits, "$100\r\n" + "x".repeat(100) + "\r\n")))
        .isEqualTo("$" + "x".repeat(100));
    // Only the header is present: the decoder must refuse it rather than wait for 101 bytes.
    assertThatThrownBy(() -> decode(limits, "$101\r\n"))
        .isInstanceOf(RedisProtocolException.class)
        .hasMessageContaining("offset 1")
        .hasMessageContaining("payload length 101 exceeds the limit of 100");
    assertThatThrownBy(() -> decode(limits, "!101\r\n")).isInstanceOf(RedisProtocolException.class);
    assertThatThrownBy(() -> decode(limits, "=101\r\n")).isInstanceOf(RedisProtocolException.class);
  }

  @Test
  void hugeBulkHeadersFailWithDefaultLimits() {
    assertThatThrownBy(() -> decode(DecoderLimits.DEFAULTS, "$536870913\r\n"))
        .isInstanceOf(RedisProtocolException.class)
        .hasMessageContaining("exceeds the limit");
    assertThatThrownBy(() -> decode(DecoderLimits.DEFAULTS, "$9223372036854775807\r\n"))
        .isInstanceOf(RedisProtocolException.class);
    // A limit beyond what a Java array holds is capped at the array limit.
    DecoderLimits unlimited = new DecoderLimits(Long.MAX_VALUE, Integer.MAX_VALUE, 1000);
    assertThatThrownBy(() -> decode(unlimited, "$2147483647\r\n"))
        .isInstanceOf(RedisProtocolException.class)
        .hasMessageContaining("exceeds the limit of " + (Integer.MAX_VALUE - 8));
  }

  @Test
  void simpleStringLongerThanTheBulkLimitFails() {
    DecoderLimits limits = new DecoderLimits(8, 10, 4);
    assertThat(Replies.render(decode(limits, "+12345678\r\n"))).isEqualTo("+12345678");
    assertThatThrownBy(() -> decode(limits, "+123456789"))
        .isInstanceOf(RedisProtocolException.class)
        .hasMessageContaining("offset 1")
        .hasMessageContaining("longer than the limit of 8");
  }

  @Test
  void aggregateOverTheLimitFailsOnItsHeader() {
    DecoderLimits limits = new DecoderLimits(100, 3, 4);
    assertThat(Replies.render(decode(limits, "*3\r\n:1\r\n:2\r\n:3\r\n")))
        .isEqualTo("*[:1, :2, :3]");
    for (String header : new String[] {"*4\r\n", "~4\r\n", ">4\r\n", "%4\r\n", "|4\r\n"}) {
      assertThatThrownBy(() -> decode(limits, header))
          .as(header)
          .isInstanceOf(RedisProtocolException.class)
          .hasMessageContaining("offset 1")
          .hasMessageContaining("aggregate length 4 exceeds the limit of 3");
    }
    assertThatThrownBy(() -> decode(DecoderLimits.DEFAULTS, "*67108865\r\n"))
        .isInstanceOf(RedisProtocolException.class);
  }

  @Test
  void hugeAllowedCountsDoNotPresizeCollections() {
    // With the limits wide open, a header claiming 2^31-1 elements must not allocate for them.
    DecoderLimits open = new DecoderLimits(1 << 20, Integer.MAX_VALUE, 1000);
    for (String header : new String[] {"*", "%", "~", ">", "|"}) {
      String wire = (header + Integer.MAX_VALUE + "\r\n").repeat(1000);
      RespDecoder decoder = new RespDecoder(open);
      ByteBuf buf = Unpooled.copiedBuffer(wire, StandardCharsets.US_ASCII);
      try {
        assertThat(decoder.decode(buf)).isNull();
        assertThat(decoder.isMidReply()).isTrue();
        assertThat(buf.isReadable()).isFalse();
      } finally {
        buf.release();
      }
    }
  }

  @Test
  void nestingDeeperThanTheLimitFails() {
    DecoderLimits limits = new DecoderLimits(100, 10, 3);
    assertThat(Replies.render(decode(limits, "*1\r\n%1\r\n~1\r\n:1\r\n:2\r\n")))
        .isEqualTo("*[%{~[:1]=:2}]");
    assertThatThrownBy(() -> decode(limits, "*1\r\n*1\r\n*1\r\n*1\r\n"))
        .isInstanceOf(RedisProtocolException.class)
        .hasMessageContaining("offset 12")
        .hasMessageContaining("nested deeper than the limit of 3");
    // Empty aggregates and attributes count as a level too.
    assertThatThrownBy(() -> decode(limits, "*1\r\n*1\r\n*1\r\n*0\r\n"))
        .isInstanceOf(RedisProtocolException.class);
    assertThatThrownBy(() -> decode(limits, "*1\r\n*1\r\n*1\r\n|1\r\n"))
        .isInstanceOf(RedisProtocolException.class);
    // A null array is not an aggregate.
    assertThat(Replies.render(decode(limits, "*1\r\n*1\r\n*1\r\n*-1\r\n"))).isEqualTo("*[*[*[_]]]");
  }

  @Test
  void defaultDepthOf64IsAcceptedAnd65Refused() {
    assertThat(decode(DecoderLimits.DEFAULTS, "*1\r\n".repeat(64) + ":1\r\n")).isNotNull();
    assertThatThrownBy(() -> decode(DecoderLimits.DEFAULTS, "*1\r\n".repeat(65)))
        .isInstanceOf(RedisProtocolException.class)
        .hasMessageContaining("offset 256");
  }

  @Test
  void deepNestingUpToTheCeilingNeedsNoRecursion() {
    DecoderLimits limits = new DecoderLimits(100, 10, 1000);
    Reply reply = decode(limits, "*1\r\n".repeat(1000) + ":1\r\n");
    for (int i = 0; i < 1000; i++) {
      reply = ((Reply.Array) reply).items().get(0);
    }
    assertThat(reply).isEqualTo(new Reply.Int(1));
  }
}
