package io.slotwise.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.RedisConnectionException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.SlotwiseConfig;
import io.slotwise.internal.executor.Routers;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.FakeNode;
import io.slotwise.testkit.FakeNode.Action;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A connection its owner closes on purpose (the node left the map, a proxy was removed) fails its
 * commands so that the retry loop reroutes them: not written ones as not written, written ones as
 * written, both with a {@link RedisConnectionException}; only closing the client's transport gives
 * {@link SlotwiseClosedException} (issue 13, item 10).
 */
class RetiredConnectionIT {
  private FakeNode node;
  private NettyTransport transport;

  @BeforeEach
  void start() {
    node =
        FakeNode.start(
            cmd ->
                cmd.get(0).equals("HELLO")
                    ? Action.error("ERR unknown command 'HELLO'")
                    : Action.neverReply());
    transport = new NettyTransport(1);
  }

  @AfterEach
  void stop() {
    transport.close();
    node.close();
  }

  private NettyNodeConnection connect() throws Exception {
    SlotwiseConfig config = SlotwiseConfig.standalone(node.address().toString()).build();
    NettyNodeConnection c =
        transport.openConnection(node.address(), Routers.connectionSettings(config));
    c.whenConnected().get(5, TimeUnit.SECONDS);
    return c;
  }

  @Test
  void closingOnPurposeFailsCommandsAsReroutable() throws Exception {
    NettyNodeConnection c = connect();
    Recorder written = Recorder.of("INCR", "n");
    c.send(written);
    Await.until("written", Duration.ofSeconds(5), () -> c.inFlight() == 1);
    Recorder queued = Recorder.of("GET", "x");
    CompletableFuture<Void> closed = new CompletableFuture<>();
    transport
        .scheduler()
        .execute(
            () -> {
              c.send(queued); // queued: its flush would run after this task
              c.close();
              closed.complete(null);
            });
    closed.get(5, TimeUnit.SECONDS);

    assertThat(written.failure())
        .isInstanceOf(RedisConnectionException.class)
        .isNotInstanceOf(SlotwiseClosedException.class)
        .hasMessageContaining("closed by the client");
    assertThat(written.written).isTrue();
    assertThat(queued.failure())
        .isInstanceOf(RedisConnectionException.class)
        .isNotInstanceOf(SlotwiseClosedException.class);
    assertThat(queued.written).isFalse();
    Recorder late = Recorder.of("PING");
    c.send(late);
    assertThat(late.failure())
        .isInstanceOf(RedisConnectionException.class)
        .isNotInstanceOf(SlotwiseClosedException.class);
    assertThat(late.written).isFalse();
  }

  @Test
  void closingTheTransportGivesTheClosedException() throws Exception {
    NettyNodeConnection c = connect();
    Recorder written = Recorder.of("INCR", "n");
    c.send(written);
    Await.until("written", Duration.ofSeconds(5), () -> c.inFlight() == 1);
    transport.close();
    assertThat(written.failure()).isInstanceOf(SlotwiseClosedException.class);
    Recorder late = Recorder.of("PING");
    c.send(late);
    assertThat(late.failure()).isInstanceOf(SlotwiseClosedException.class);
  }
}
