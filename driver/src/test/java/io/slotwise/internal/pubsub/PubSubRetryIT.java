package io.slotwise.internal.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.FakeConnection;
import io.slotwise.HostAndPort;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseConfig;
import io.slotwise.cluster.SlotHash;
import io.slotwise.internal.executor.RetryLoop;
import io.slotwise.internal.executor.Routers;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.transport.NettyTransport;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Router;
import io.slotwise.pubsub.Subscription;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.FakeNode;
import io.slotwise.testkit.FakeNode.Action;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A shard subscription's redirects go through the client's retry loop: counted in its stats and
 * reported to the router like any command's, and followed by the next check round at the owner the
 * router names by then. Against scripted RESP3 nodes.
 */
public class PubSubRetryIT {
  private static final String CHANNEL = "news";
  private static final int SLOT = SlotHash.slot(CHANNEL);
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final NettyTransport transport = new NettyTransport(1);
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final EventRouter router = new EventRouter();
  private final List<AutoCloseable> closing = new ArrayList<>();
  private RetryLoop loop;

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : closing) {
      c.close();
    }
    transport.close();
    scheduler.shutdownNow();
  }

  /**
   * A RESP3 node whose {@code CLIENT INFO} counts the shard channels it confirmed, answering {@code
   * SSUBSCRIBE} with {@code refusal} first (when not null), then with the confirmation push.
   */
  private FakeNode node(java.util.function.IntFunction<Action> refusal) {
    AtomicInteger tries = new AtomicInteger();
    AtomicInteger confirmed = new AtomicInteger();
    FakeNode node =
        FakeNode.start(
            cmd -> {
              switch (cmd.get(0)) {
                case "HELLO":
                  return Action.reply("%0\r\n");
                case "CLIENT":
                  String info = "id=7 sub=0 psub=0 ssub=" + confirmed.get();
                  return Action.reply("$" + info.length() + "\r\n" + info + "\r\n");
                case "SSUBSCRIBE":
                  Action refused = refusal.apply(tries.incrementAndGet());
                  if (refused != null) {
                    return refused;
                  }
                  confirmed.set(1);
                  return Action.reply(
                      ">3\r\n$10\r\nssubscribe\r\n$"
                          + CHANNEL.length()
                          + "\r\n"
                          + CHANNEL
                          + "\r\n:1\r\n");
                default:
                  return Action.ok();
              }
            });
    closing.add(node);
    return node;
  }

  private Subscription subscribe(FakeNode owner) {
    router.owner = owner.address();
    SlotwiseConfig config =
        SlotwiseConfig.cluster(owner.address().toString())
            .commandTimeout(Duration.ofSeconds(1))
            .build();
    loop =
        new RetryLoop(
            router,
            scheduler,
            System::nanoTime,
            config.maxRedirects(),
            config.retryOptions().minDelay(),
            config.retryOptions().maxDelay(),
            config.resourceOptions().recorder());
    PubSubContext context =
        new PubSubContext(
            Routers.connectionSettings(config), config.commandTimeout(), router, transport, loop);
    Subscription subscription = context.subscribe(message -> {});
    closing.add(0, subscription);
    try {
      subscription.ssubscribe(CHANNEL);
    } catch (RedisTimeoutException notYet) {
      // redirected: the next round subscribes where the router says
    }
    return subscription;
  }

  @Test
  void aMovedShardSubscribeIsCountedReportedAndFollowedByTheNextRound() {
    FakeNode target = node(n -> null);
    FakeNode source = node(n -> Action.moved(SLOT, target.address()));

    subscribe(source);

    Await.until(
        "subscribed on the new owner", WAIT, () -> !target.received("SSUBSCRIBE").isEmpty());
    assertThat(loop.stats().moved()).isEqualTo(1);
    assertThat(router.events).contains("moved " + SLOT + " " + target.address());
  }

  @Test
  void anAskedShardSubscribeTellsTheRouterAndIsRetriedAtTheOwner() {
    FakeNode target = node(n -> null);
    FakeNode owner = node(n -> n == 1 ? Action.ask(SLOT, target.address()) : null);

    subscribe(owner);

    Await.until("subscribed at the owner", WAIT, () -> owner.received("SSUBSCRIBE").size() >= 2);
    assertThat(loop.stats().asked()).isEqualTo(1);
    assertThat(router.events).contains("ask " + SLOT + " " + target.address());
    assertThat(target.received("SSUBSCRIBE")).isEmpty(); // never followed with ASKING
  }

  /** Names the owner of every slot (until MOVED says another) and records what it is told. */
  private static final class EventRouter implements Router {
    final List<String> events = new CopyOnWriteArrayList<>();
    volatile HostAndPort owner;

    @Override
    public CompletableFuture<Void> start() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public NodeConnection route(Command command) {
      return new FakeConnection(owner.toString(), (out, n) -> {});
    }

    @Override
    public NodeConnection connectionTo(HostAndPort address) {
      return new FakeConnection(address.toString(), (out, n) -> {});
    }

    @Override
    public List<NodeConnection> masters() {
      return List.of(route(null));
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
    public void close() {}
  }
}
