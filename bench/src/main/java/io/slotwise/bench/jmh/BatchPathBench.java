package io.slotwise.bench.jmh;

import io.slotwise.HostAndPort;
import io.slotwise.RetryOptions;
import io.slotwise.internal.cluster.ClusterRouter;
import io.slotwise.internal.command.PipelineImpl;
import io.slotwise.internal.executor.CommandExecutor;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Outbound;
import io.slotwise.internal.transport.Router;
import io.slotwise.metrics.SlotwiseRecorder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client's own work on the batch paths, without a network: a cross-slot {@code MGET} of 100
 * keys (grouping, one sub-command per slot, routing, completion, merge) and a pipeline of 100
 * {@code SET}s (building, queueing, routing, completion). The executor is the real one; the router
 * hashes as {@link ClusterRouter#route} does and picks one of three in-process connections that
 * answer every command at once on the calling thread. With {@code -prof gc} it gives the bytes
 * allocated per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class BatchPathBench {
  private static final Reply OK = new Reply.SimpleString("OK");
  private static final Reply VALUE = new Reply.Bulk("v".getBytes(StandardCharsets.UTF_8));

  private final byte[][] keys = new byte[100][];
  private final String[] textKeys = new String[100];
  private ScheduledThreadPoolExecutor scheduler;
  private CommandExecutor executor;

  @Setup(Level.Trial)
  public void setUp() {
    for (int i = 0; i < keys.length; i++) {
      textKeys[i] = String.format("key:%06d", i * 997);
      keys[i] = textKeys[i].getBytes(StandardCharsets.UTF_8);
    }
    scheduler = new ScheduledThreadPoolExecutor(1);
    executor =
        new CommandExecutor(
            Duration.ofSeconds(5),
            RetryOptions.defaults(),
            SlotwiseRecorder.NOOP,
            new ThreeNodes(),
            scheduler,
            System::nanoTime,
            Command::isReadOnly,
            c -> {});
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    scheduler.shutdownNow();
  }

  /** {@code MGET} of 100 keys in ~100 slots: ~100 sub-commands over three nodes, merged. */
  @Benchmark
  public List<byte[]> mget100() {
    return executor.mget(keys).join();
  }

  /** A pipeline of 100 {@code SET}s: queued, routed, written per node, answered. */
  @Benchmark
  public Object pipeline100() {
    PipelineImpl pipeline = new PipelineImpl(executor, null);
    CompletableFuture<String> last = null;
    for (String key : textKeys) {
      last = pipeline.set(key, "v");
    }
    pipeline.sync();
    return last.join();
  }

  /** Routes by slot over three connections, hashing through {@link ClusterRouter#slotOf}. */
  private static final class ThreeNodes implements Router {
    private final NodeConnection[] nodes = {
      new Answering(7000), new Answering(7001), new Answering(7002)
    };

    @Override
    public CompletableFuture<Void> start() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public NodeConnection route(Command command) {
      return nodes[ClusterRouter.slotOf(command) * 3 / 16384];
    }

    @Override
    public NodeConnection connectionTo(HostAndPort address) {
      return nodes[address.port() - 7000];
    }

    @Override
    public List<NodeConnection> masters() {
      return Arrays.asList(nodes);
    }

    @Override
    public boolean splitsBySlot() {
      return true;
    }

    @Override
    public void close() {}
  }

  /** Answers every command on the calling thread: MGET with a value per key, the rest with OK. */
  private static final class Answering implements NodeConnection {
    private final HostAndPort address;

    Answering(int port) {
      this.address = HostAndPort.of("127.0.0.1", port);
    }

    @Override
    public HostAndPort address() {
      return address;
    }

    @Override
    public void send(Outbound out) {
      Command command = out.command();
      if (command.name().equals("MGET")) {
        List<Reply> values = new ArrayList<>(command.keyIndexes().length);
        for (int i = 0; i < command.keyIndexes().length; i++) {
          values.add(VALUE);
        }
        out.onReply(new Reply.Array(values));
      } else {
        out.onReply(OK);
      }
    }

    @Override
    public void sendAll(List<? extends Outbound> commands) {
      for (Outbound out : List.copyOf(commands)) {
        send(out);
      }
    }

    @Override
    public CompletableFuture<Reply> request(Command command) {
      return CompletableFuture.completedFuture(OK);
    }

    @Override
    public boolean isConnected() {
      return true;
    }

    @Override
    public int inFlight() {
      return 0;
    }

    @Override
    public CompletableFuture<Void> whenConnected() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> closeGracefully(Duration drain) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {}
  }
}
