package io.slotwise.bench.jmh;

import io.slotwise.cluster.SlotHash;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** {@link SlotHash} over short, long and hash-tagged keys, as bytes and as strings. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Thread)
public class SlotHashBench {
  private final String shortKey = "key:000042";
  private final String longKey = "user:session:" + "x".repeat(100) + ":000042";
  private final String taggedKey = "{user:1000}:following:" + "y".repeat(40);
  private final byte[] shortBytes = shortKey.getBytes(StandardCharsets.UTF_8);
  private final byte[] longBytes = longKey.getBytes(StandardCharsets.UTF_8);
  private final byte[] taggedBytes = taggedKey.getBytes(StandardCharsets.UTF_8);

  @Benchmark
  public int shortBytes() {
    return SlotHash.slot(shortBytes);
  }

  @Benchmark
  public int longBytes() {
    return SlotHash.slot(longBytes);
  }

  @Benchmark
  public int taggedBytes() {
    return SlotHash.slot(taggedBytes);
  }

  @Benchmark
  public int shortString() {
    return SlotHash.slot(shortKey);
  }

  @Benchmark
  public int longString() {
    return SlotHash.slot(longKey);
  }

  @Benchmark
  public int taggedString() {
    return SlotHash.slot(taggedKey);
  }
}
