package io.slotwise.bench.jmh;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.RespEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link RespEncoder} through its public API: a prebuilt command into a reused direct buffer, and
 * the whole per-command path a caller pays (UTF-8 key, {@link Command#of}, encode into a pooled
 * direct buffer, release).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Thread)
public class RespEncoderBench {
  private static final byte[] SET = "SET".getBytes(StandardCharsets.UTF_8);
  private static final byte[] GET = "GET".getBytes(StandardCharsets.UTF_8);
  private static final int[] KEY_AT_1 = {1};

  private final byte[] value = new byte[100];
  private final String key = "key:000042";
  private Command get;
  private Command set;
  private ByteBuf out;

  @Setup
  public void setUp() {
    Arrays.fill(value, (byte) 'v');
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    get = Command.of("GET", new byte[][] {GET, k}, KEY_AT_1, true);
    set = Command.of("SET", new byte[][] {SET, k, value}, KEY_AT_1, false);
    out = PooledByteBufAllocator.DEFAULT.directBuffer(4096);
  }

  @TearDown
  public void tearDown() {
    out.release();
  }

  @Benchmark
  public int encodeGet() {
    out.clear();
    RespEncoder.encode(get, out);
    return out.writerIndex();
  }

  @Benchmark
  public int encodeSet100() {
    out.clear();
    RespEncoder.encode(set, out);
    return out.writerIndex();
  }

  @Benchmark
  public int buildAndEncodeSet100() {
    Command c =
        Command.of(
            "SET",
            new byte[][] {SET, key.getBytes(StandardCharsets.UTF_8), value},
            KEY_AT_1,
            false);
    ByteBuf buf = RespEncoder.encode(c, PooledByteBufAllocator.DEFAULT);
    int n = buf.readableBytes();
    buf.release();
    return n;
  }
}
