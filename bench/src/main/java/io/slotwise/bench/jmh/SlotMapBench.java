package io.slotwise.bench.jmh;

import io.slotwise.HostAndPort;
import io.slotwise.cluster.ClusterNode;
import io.slotwise.cluster.SlotHash;
import io.slotwise.internal.cluster.SlotMap;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * Slot-map lookup through the public API: {@link SlotMap#masterFor} for a slot, and the whole route
 * of a key (hash, then lookup) on a 3-master map. ({@code ClusterRouter}'s own route method needs
 * live connections; this is the lookup it performs.)
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Thread)
public class SlotMapBench {
  private SlotMap map;
  private final byte[][] keys = new byte[1024][];
  private int next;

  @Setup
  public void setUp() {
    SlotMap.Builder b = SlotMap.builder();
    int[][] ranges = {{0, 5460}, {5461, 10922}, {10923, 16383}};
    for (int i = 0; i < 3; i++) {
      ClusterNode master =
          new ClusterNode(
              "node" + i,
              HostAndPort.of("127.0.0.1", 7000 + i),
              ClusterNode.Role.MASTER,
              ClusterNode.Health.ONLINE,
              -1,
              List.of());
      b.master(master).assign(ranges[i][0], ranges[i][1], master);
    }
    map = b.build();
    for (int i = 0; i < keys.length; i++) {
      keys[i] = String.format("key:%06d", i * 97).getBytes(StandardCharsets.UTF_8);
    }
  }

  @Benchmark
  public ClusterNode masterForSlot() {
    next = (next + 4099) & (SlotHash.SLOT_COUNT - 1);
    return map.masterFor(next);
  }

  @Benchmark
  public ClusterNode routeKey() {
    next = (next + 1) & (keys.length - 1);
    return map.masterFor(SlotHash.slot(keys[next]));
  }
}
