package io.slotwise.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseConfig;
import io.slotwise.internal.executor.Routers;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Handing an exclusive connection back from an I/O thread never makes that thread open the
 * replacement a waiting borrower needs (issue 13, item 8): commons-pool2 creates it synchronously,
 * and the new connection's handshake needs the very event loop that would wait for it.
 */
class ExclusivePoolOffLoopIT {
  private RedisServerProcess server;
  private NettyTransport transport;
  private ExclusiveConnectionPool pool;

  @BeforeEach
  void start() {
    server = RedisServerProcess.start();
    transport = new NettyTransport(1);
    SlotwiseConfig config =
        SlotwiseConfig.standalone(server.address().toString())
            .exclusivePool(1, Duration.ofSeconds(10))
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    pool =
        ExclusiveConnectionPool.create(
            transport, Routers.connectionSettings(config), config.exclusivePoolOptions());
  }

  @AfterEach
  void stop() {
    pool.close();
    transport.close();
    server.close();
  }

  @Test
  void invalidatingOnTheEventLoopWithAWaiterDoesNotBlockTheLoop() throws Exception {
    HostAndPort node = server.address();
    NodeConnection held = pool.borrow(node);
    CompletableFuture<NodeConnection> waiter =
        CompletableFuture.supplyAsync(() -> pool.borrow(node));
    Await.until("a borrower waits", Duration.ofSeconds(10), () -> pool.waiters() == 1);

    long start = System.nanoTime();
    CompletableFuture<Long> loopFree = new CompletableFuture<>();
    transport
        .scheduler()
        .execute(
            () -> {
              pool.invalidate(held);
              transport.scheduler().execute(() -> loopFree.complete(System.nanoTime()));
            });
    long blockedMillis = (loopFree.get(20, TimeUnit.SECONDS) - start) / 1_000_000;
    NodeConnection next = waiter.get(20, TimeUnit.SECONDS);
    System.out.printf(
        "invalidate on the event loop with a waiter: loop busy %d ms%n", blockedMillis);
    assertThat(blockedMillis).as("the event loop was not blocked").isLessThan(1_000);
    assertThat(next.request(Command.keyless(true, "PING")).get(5, TimeUnit.SECONDS))
        .isEqualTo(new Reply.SimpleString("PONG"));
    pool.release(next);
  }
}
