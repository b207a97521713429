package io.slotwise.bench.jmh;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.slotwise.internal.protocol.DecoderLimits;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.protocol.RespDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link RespDecoder} on a 100-byte bulk string, an integer, and a 100-element array of 100-byte
 * bulks (an MGET reply), each read again from a direct buffer at every invocation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Thread)
public class RespDecoderBench {
  private final RespDecoder decoder = new RespDecoder(DecoderLimits.DEFAULTS);
  private ByteBuf bulk;
  private ByteBuf integer;
  private ByteBuf array100;

  private static ByteBuf direct(String resp) {
    byte[] b = resp.getBytes(StandardCharsets.UTF_8);
    ByteBuf buf = Unpooled.directBuffer(b.length);
    buf.writeBytes(b);
    return buf;
  }

  @Setup
  public void setUp() {
    String value = "v".repeat(100);
    String bulkFrame = "$100\r\n" + value + "\r\n";
    bulk = direct(bulkFrame);
    integer = direct(":1234567\r\n");
    array100 = direct("*100\r\n" + bulkFrame.repeat(100));
  }

  private Reply decode(ByteBuf buf) {
    buf.readerIndex(0);
    return decoder.decode(buf);
  }

  @Benchmark
  public Reply bulk100() {
    return decode(bulk);
  }

  @Benchmark
  public Reply integer() {
    return decode(integer);
  }

  @Benchmark
  public Reply array100x100() {
    return decode(array100);
  }
}
