package io.slotwise.internal.executor;

import io.slotwise.FakeConnection;
import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseConfig;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.transport.NettyTransport;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Router;
import io.slotwise.metrics.SlotwiseRecorder;
import io.slotwise.testkit.FakeNode;
import io.slotwise.testkit.FakeNode.Action;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * What the tests of the retry loop on exclusive connections share: scripted {@link FakeNode}s, a
 * router that only names addresses and records what it is told, a recorder and a scheduler that
 * record what the loop reports and schedules, and the client's parts wired as {@code
 * SlotwiseClient} wires them. Closed by the test.
 */
final class RetryHarness implements AutoCloseable {
  final NettyTransport transport = new NettyTransport(1);
  final EventRouter router = new EventRouter();
  final EventRecorder recorder = new EventRecorder();
  final DelayRecorder scheduler = new DelayRecorder();
  private final List<FakeNode> nodes = new ArrayList<>();
  RetryLoop loop;
  ExclusiveConnections exclusive;

  /** A node answering the handshake (RESP2, nothing to set) and the rest from {@code script}. */
  FakeNode node(Function<List<String>, Action> script) {
    FakeNode node =
        FakeNode.start(
            cmd ->
                switch (cmd.get(0).toUpperCase()) {
                  case "HELLO" -> Action.error("ERR unknown command 'HELLO'");
                  case "PING" -> Action.reply("+PONG\r\n");
                  case "ASKING" -> Action.ok();
                  default -> script.apply(cmd);
                });
    nodes.add(node);
    return node;
  }

  /** The client's loop and exclusive connections for {@code config}, over {@link #router}. */
  ExclusiveConnections start(SlotwiseConfig config) {
    loop =
        new RetryLoop(
            router,
            scheduler,
            System::nanoTime,
            config.retryOptions().maxRedirects(),
            config.retryOptions().minDelay(),
            config.retryOptions().maxDelay(),
            recorder);
    exclusive = Routers.exclusiveConnections(config, router, transport, loop);
    return exclusive;
  }

  static SlotwiseConfig.Builder config(FakeNode seed) {
    return SlotwiseConfig.cluster(seed.address().toString())
        .commandTimeout(Duration.ofSeconds(2))
        .retryDelay(Duration.ofMillis(40), Duration.ofMillis(40));
  }

  @Override
  public void close() {
    if (exclusive != null) {
      exclusive.close();
    }
    transport.close();
    scheduler.shutdownNow();
    nodes.forEach(FakeNode::close);
  }

  /** Names the owner of every slot (the first node until MOVED says not) and records events. */
  static final class EventRouter implements Router {
    final List<String> events = new CopyOnWriteArrayList<>();
    volatile HostAndPort owner;

    @Override
    public CompletableFuture<Void> start() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public NodeConnection route(Command command) {
      return stub(owner);
    }

    @Override
    public NodeConnection connectionTo(HostAndPort address) {
      return stub(address);
    }

    @Override
    public List<NodeConnection> masters() {
      return List.of(stub(owner));
    }

    @Override
    public void onMoved(int slot, HostAndPort address) {
      events.add("moved " + slot + " " + address);
      owner = address;
    }

    @Override
    public void onAsk(int slot, HostAndPort address) {
      events.add("ask " + slot + " " + address);
    }

    @Override
    public void onNodeFailure(NodeConnection connection, Throwable cause, boolean timeout) {
      events.add((timeout ? "timeout " : "failure ") + connection.address());
    }

    @Override
    public boolean splitsBySlot() {
      return true;
    }

    @Override
    public void close() {}

    private static NodeConnection stub(HostAndPort address) {
      return new FakeConnection(address.toString(), (out, n) -> {});
    }
  }

  /** Records what the loop reports, as short strings. */
  static final class EventRecorder implements SlotwiseRecorder {
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void redirected(String kind, HostAndPort node) {
      events.add("redirected " + kind + " " + node);
    }

    @Override
    public void retried(String cause) {
      events.add("retried " + cause);
    }

    @Override
    public void timedOut(String command) {
      events.add("timedOut " + command);
    }
  }

  /** A real scheduler that notes the delay of every task scheduled on it for later than now. */
  static final class DelayRecorder extends ScheduledThreadPoolExecutor {
    final List<Duration> delays = new CopyOnWriteArrayList<>();

    DelayRecorder() {
      super(1);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
      if (delay > 0) {
        delays.add(Duration.ofNanos(unit.toNanos(delay)));
      }
      return super.schedule(command, delay, unit);
    }
  }
}
