package io.slotwise.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A bulk string's header alone allocates little: its payload array grows as its bytes arrive, so a
 * broken or hostile server cannot make 13 bytes cost 512 MiB (issue 13, item 9).
 */
class RespDecoderGrowthTest {

  private static long allocatedByThisThread() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  @Test
  void aHugeBulkHeaderAllocatesNoMoreThanTheCap() {
    RespDecoder decoder = new RespDecoder(DecoderLimits.DEFAULTS);
    ByteBuf header = Unpooled.copiedBuffer("$536870912\r\n", StandardCharsets.US_ASCII);
    long before = allocatedByThisThread();
    Reply reply = decoder.decode(header);
    long allocated = allocatedByThisThread() - before;
    header.release();
    System.out.printf("bulk header of 512 MiB: %,d bytes allocated%n", allocated);
    assertThat(reply).isNull();
    assertThat(allocated).isLessThan(1L << 20);
  }

  @Test
  void aBulkArrivingInPiecesIsDecodedWhole() {
    byte[] payload = new byte[300_000];
    for (int i = 0; i < payload.length; i++) {
      payload[i] = (byte) ('a' + i % 26);
    }
    RespDecoder decoder = new RespDecoder(DecoderLimits.DEFAULTS);
    ByteBuf in = Unpooled.buffer();
    in.writeCharSequence("$" + payload.length + "\r\n", StandardCharsets.US_ASCII);
    Reply reply = decoder.decode(in);
    assertThat(reply).isNull();
    int chunk = 7_777;
    for (int off = 0; off < payload.length; off += chunk) {
      in.writeBytes(payload, off, Math.min(chunk, payload.length - off));
      reply = decoder.decode(in);
      assertThat(reply).isNull();
      in.discardReadBytes();
    }
    in.writeCharSequence("\r\n", StandardCharsets.US_ASCII);
    reply = decoder.decode(in);
    in.release();
    assertThat(reply).isInstanceOf(Reply.Bulk.class);
    assertThat(Arrays.equals(((Reply.Bulk) reply).value(), payload)).isTrue();
  }
}
