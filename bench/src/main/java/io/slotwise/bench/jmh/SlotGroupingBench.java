package io.slotwise.bench.jmh;

import io.slotwise.internal.cluster.SlotGrouping;
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

/** {@link SlotGrouping#of} for 100 keys spread over many slots, and 100 keys in one slot. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Thread)
public class SlotGroupingBench {
  private final byte[][] spread = new byte[100][];
  private final byte[][] tagged = new byte[100][];

  @Setup
  public void setUp() {
    for (int i = 0; i < 100; i++) {
      spread[i] = String.format("key:%06d", i * 997).getBytes(StandardCharsets.UTF_8);
      tagged[i] = String.format("{user:1}:%06d", i).getBytes(StandardCharsets.UTF_8);
    }
  }

  @Benchmark
  public SlotGrouping spread100() {
    return SlotGrouping.of(spread);
  }

  @Benchmark
  public SlotGrouping sameSlot100() {
    return SlotGrouping.of(tagged);
  }
}
