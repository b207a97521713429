package io.slotwise.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.slotwise.RedisProtocolException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random, valid and mutated frames fed in random chunks: the decoder may only return replies, ask
 * for more bytes or throw {@link RedisProtocolException}; never anything else, never a hang.
 */
class RespDecoderFuzzTest {
  private static final long SEED = 0x5107_5715_E000L;
  private static final int ITERATIONS = 10_000;
  private static final DecoderLimits LIMITS = new DecoderLimits(1 << 16, 1 << 10, 16);
  private static final byte[] ALPHABET =
      "+-:$*%~,#(=_!>|\r\n0123456789-1tfinaxt:".getBytes(StandardCharsets.US_ASCII);

  @Test
  void survivesRandomAndMutatedFrames() {
    System.out.println("RespDecoderFuzzTest seed = " + SEED);
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(new Random(SEED)));
  }

  private static void run(Random rnd) {
    int replies = 0;
    int failures = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      int mode = i % 3;
      Reply original = mode == 2 ? null : Replies.random(rnd, 4);
      byte[] input =
          switch (mode) {
            case 0 -> Replies.write(original);
            case 1 -> mutate(Replies.write(original), rnd);
            default -> noise(rnd);
          };
      Outcome outcome = feed(input, rnd, i);
      replies += outcome.replies;
      failures += outcome.failed ? 1 : 0;
      if (mode == 0) {
        assertThat(outcome.failed).as("iteration %d valid frame failed", i).isFalse();
        assertThat(outcome.first).as("iteration %d", i).isEqualTo(Replies.render(original));
      }
    }
    System.out.println(
        "RespDecoderFuzzTest: " + replies + " replies, " + failures + " protocol errors");
    assertThat(replies).isGreaterThan(ITERATIONS / 3);
    assertThat(failures).isGreaterThan(ITERATIONS / 10);
  }

  private record Outcome(int replies, boolean failed, String first) {}

  private static Outcome feed(byte[] input, Random rnd, int iteration) {
    RespDecoder decoder = new RespDecoder(LIMITS);
    ByteBuf buf = Unpooled.buffer(Math.max(16, input.length));
    int replies = 0;
    String first = null;
    try {
      int pos = 0;
      while (pos < input.length) {
        int n = Math.min(input.length - pos, 1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 512));
        buf.writeBytes(input, pos, n);
        pos += n;
        Reply reply;
        while ((reply = decoder.decode(buf)) != null) {
          if (first == null) {
            first = Replies.render(reply);
          }
          replies++;
        }
        buf.discardSomeReadBytes();
      }
      return new Outcome(replies, false, first);
    } catch (RedisProtocolException expected) {
      assertThat(expected.getMessage()).startsWith("malformed RESP at stream offset ");
      return new Outcome(replies, true, first);
    } catch (RuntimeException | Error e) {
      fail(
          "seed "
              + SEED
              + " iteration "
              + iteration
              + " input "
              + ByteBufUtil.hexDump(input)
              + " threw "
              + e,
          e);
      throw e;
    } finally {
      assertThat(buf.release()).isTrue();
    }
  }

  private static byte[] mutate(byte[] frame, Random rnd) {
    byte[] out = frame;
    int edits = 1 + rnd.nextInt(3);
    for (int e = 0; e < edits && out.length > 0; e++) {
      int at = rnd.nextInt(out.length);
      switch (rnd.nextInt(5)) {
        case 0 -> out[at] = (byte) rnd.nextInt(256);
        case 1 -> out[at] = ALPHABET[rnd.nextInt(ALPHABET.length)];
        case 2 -> out = Arrays.copyOf(out, at); // truncate
        case 3 -> { // delete one byte
          byte[] shorter = new byte[out.length - 1];
          System.arraycopy(out, 0, shorter, 0, at);
          System.arraycopy(out, at + 1, shorter, at, out.length - at - 1);
          out = shorter;
        }
        default -> { // duplicate a run
          int len = Math.min(out.length - at, 1 + rnd.nextInt(8));
          byte[] longer = new byte[out.length + len];
          System.arraycopy(out, 0, longer, 0, at + len);
          System.arraycopy(out, at, longer, at + len, out.length - at);
          out = longer;
        }
      }
    }
    return out;
  }

  private static byte[] noise(Random rnd) {
    byte[] out = new byte[rnd.nextInt(64)];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          rnd.nextInt(4) == 0 ? (byte) rnd.nextInt(256) : ALPHABET[rnd.nextInt(ALPHABET.length)];
    }
    return out;
  }
}
