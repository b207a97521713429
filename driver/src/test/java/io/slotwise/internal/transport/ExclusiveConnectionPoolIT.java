package io.slotwise.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.SlotwiseConfig;
import io.slotwise.internal.executor.Routers;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExclusiveConnectionPoolIT {
  private RedisServerProcess server;
  private NettyTransport transport;
  private ExclusiveConnectionPool pool;

  @BeforeEach
  void start() {
    server = RedisServerProcess.start();
    transport = new NettyTransport(1);
    SlotwiseConfig config =
        SlotwiseConfig.standalone(server.address().toString())
            .exclusivePool(2, Duration.ofMillis(300))
            .connectTimeout(Duration.ofMillis(500))
            .build();
    pool =
        ExclusiveConnectionPool.create(
            transport, Routers.connectionSettings(config), config.exclusivePoolOptions());
  }

  @AfterEach
  void stop() {
    if (pool != null) {
      pool.close();
    }
    if (transport != null) {
      transport.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void lendsDedicatedConnectionsUpToTheLimit() throws Exception {
    HostAndPort node = server.address();
    NodeConnection a = pool.borrow(node);
    NodeConnection b = pool.borrow(node);
    assertThat(a).isNotSameAs(b);
    assertThat(a.isConnected()).isTrue();
    assertThat(pool.borrowed(node)).isEqualTo(2);

    assertThatThrownBy(() -> pool.borrow(node))
        .isInstanceOf(RedisConnectionException.class)
        .hasMessageContaining(node.toString())
        .hasMessageContaining("all 2 per node in use");

    Reply blpop =
        a.request(Command.keyless(false, "BLPOP", "pool-list", "0.1")).get(5, TimeUnit.SECONDS);
    assertThat(blpop).isEqualTo(Reply.Null.INSTANCE);
    pool.release(a);
    assertThat(pool.borrow(node)).isSameAs(a);
  }

  @Test
  void invalidatedConnectionsAreClosedAndReplaced() {
    HostAndPort node = server.address();
    NodeConnection a = pool.borrow(node);
    pool.invalidate(a);
    assertThat(a.isConnected()).isFalse();
    NodeConnection b = pool.borrow(node);
    assertThat(b).isNotSameAs(a);
    assertThat(b.isConnected()).isTrue();
    pool.release(b);
  }

  @Test
  void brokenIdleConnectionsAreNotLent() throws Exception {
    HostAndPort node = server.address();
    NodeConnection a = pool.borrow(node);
    pool.release(a);
    server.kill();
    io.slotwise.testkit.Await.until("disconnected", Duration.ofSeconds(5), () -> !a.isConnected());
    assertThatThrownBy(() -> pool.borrow(node))
        .isInstanceOf(RedisConnectionException.class)
        .hasMessageContaining(node.toString());
    server.restart();
    NodeConnection b = pool.borrow(node);
    assertThat(b.request(Command.keyless(true, "PING")).get(5, TimeUnit.SECONDS))
        .isEqualTo(new Reply.SimpleString("PONG"));
  }

  @Test
  void closedPoolRefuses() {
    pool.close();
    assertThatThrownBy(() -> pool.borrow(server.address()))
        .isInstanceOf(SlotwiseClosedException.class);
  }
}
