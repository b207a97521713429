package io.slotwise.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.RedisConnectionException;
import io.slotwise.RedisProtocolException;
import io.slotwise.SlotwiseConfig;
import io.slotwise.internal.executor.Routers;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.FakeNode;
import io.slotwise.testkit.FakeNode.Action;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Failure paths a real server does not produce on demand, against the test kit's FakeNode. */
class FakeNodeConnectionIT {
  private final NettyTransport transport = new NettyTransport(1);
  private FakeNode node;

  @AfterEach
  void stop() {
    transport.close();
    if (node != null) {
      node.close();
    }
  }

  private NettyNodeConnection open(UnaryOperator<SlotwiseConfig.Builder> options) {
    SlotwiseConfig config =
        options
            .apply(
                SlotwiseConfig.standalone(node.address().toString())
                    .reconnectDelay(Duration.ofMillis(10), Duration.ofMillis(100)))
            .build();
    return transport.openConnection(node.address(), Routers.connectionSettings(config));
  }

  private static Action pongOrOk(List<String> command) {
    return command.get(0).equalsIgnoreCase("PING") ? Action.reply("+PONG\r\n") : Action.ok();
  }

  @Test
  void helloRefusedFallsBackToAuthAndSetname() throws Exception {
    node =
        FakeNode.start(
            cmd ->
                cmd.get(0).equals("HELLO")
                    ? Action.error("ERR unknown command 'HELLO'")
                    : pongOrOk(cmd));
    NettyNodeConnection c = open(b -> b.password("pw").clientName("app").database(4));
    c.whenConnected().get(5, TimeUnit.SECONDS);
    assertThat(c.negotiated()).isEqualTo(Handshake.Negotiated.RESP2);
    assertThat(c.request(Command.keyless(true, "PING")).get(5, TimeUnit.SECONDS))
        .isEqualTo(new Reply.SimpleString("PONG"));
    assertThat(node.received())
        .containsExactly(
            List.of("HELLO", "3", "AUTH", "default", "pw", "SETNAME", "app"),
            List.of("AUTH", "pw"),
            List.of("CLIENT", "SETNAME", "app"),
            List.of("SELECT", "4"),
            List.of("PING"));
  }

  @Test
  void codisSettingsSendOnlyOneArgumentAuth() throws Exception {
    node = FakeNode.start(FakeNodeConnectionIT::pongOrOk);
    SlotwiseConfig config =
        SlotwiseConfig.codisStatic(node.address().toString())
            .password("proxy-pw")
            .clientName("ignored-by-codis")
            .build();
    NodeConnection c =
        transport.open(node.address(), Routers.connectionSettings(config).forCodis());
    c.whenConnected().get(5, TimeUnit.SECONDS);
    c.request(Command.keyless(true, "PING")).get(5, TimeUnit.SECONDS);
    assertThat(node.received()).containsExactly(List.of("AUTH", "proxy-pw"), List.of("PING"));
  }

  @Test
  void silentServerFailsTheHandshakeAfterTheConnectTimeout() {
    node = FakeNode.start(cmd -> Action.neverReply());
    NettyNodeConnection c = open(b -> b.connectTimeout(Duration.ofMillis(300)));
    assertThat(c.whenConnected())
        .failsWithin(Duration.ofSeconds(5))
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isInstanceOf(RedisConnectionException.class)
        .withMessageContaining(node.address().toString())
        .withMessageContaining("did not finish within 300 ms");
    assertThat(c.isConnected()).isFalse();
  }

  @Test
  void invalidRespFailsInFlightCommandsAndTheConnectionRecovers() throws Exception {
    AtomicBoolean garbageSent = new AtomicBoolean();
    node =
        FakeNode.start(
            cmd -> {
              if (cmd.get(0).equals("GET") && garbageSent.compareAndSet(false, true)) {
                return Action.reply("?oops\r\n");
              }
              return pongOrOk(cmd);
            });
    NettyNodeConnection c = open(b -> b.protocol(SlotwiseConfig.Protocol.RESP2));
    c.whenConnected().get(5, TimeUnit.SECONDS);

    Recorder get = Recorder.of("GET", "k");
    c.send(get);
    assertThat(get.failure())
        .isInstanceOf(RedisProtocolException.class)
        .hasMessageContaining("unknown type byte");
    assertThat(get.written).isTrue();

    Await.until(
        "reconnected", Duration.ofSeconds(5), () -> node.connections() >= 2 && c.isConnected());
    assertThat(c.request(Command.keyless(true, "PING")).get(5, TimeUnit.SECONDS))
        .isEqualTo(new Reply.SimpleString("PONG"));
  }

  @Test
  void connectionClosedAfterReadFailsTheCommandAsWritten() throws Exception {
    node =
        FakeNode.start(
            cmd -> cmd.get(0).equals("QUIT-ME") ? Action.closeAfterRead() : pongOrOk(cmd));
    NettyNodeConnection c = open(b -> b.protocol(SlotwiseConfig.Protocol.RESP2));
    c.whenConnected().get(5, TimeUnit.SECONDS);
    Recorder doomed = Recorder.of("QUIT-ME");
    c.send(doomed);
    assertThat(doomed.failure())
        .isInstanceOf(RedisConnectionException.class)
        .hasMessageContaining("connection to " + node.address() + " lost");
    assertThat(doomed.written).isTrue();
    Await.until("reconnected", Duration.ofSeconds(5), c::isConnected);
  }
}
