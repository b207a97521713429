package io.slotwise.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.RedisConnectionException;
import io.slotwise.SlotwiseConfig;
import io.slotwise.SlotwiseConfig.Protocol;
import io.slotwise.internal.executor.Routers;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.testkit.Isolated;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerArgs;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RedisExtension.class)
class HandshakeIT {
  private RedisServerProcess server;
  private final NettyTransport transport = new NettyTransport(1);

  @AfterEach
  void stop() {
    transport.close();
  }

  private NettyNodeConnection open(UnaryOperator<SlotwiseConfig.Builder> options) {
    SlotwiseConfig config =
        options
            .apply(
                SlotwiseConfig.standalone(server.address().toString())
                    .reconnectDelay(Duration.ofMillis(20), Duration.ofMillis(200)))
            .build();
    return transport.openConnection(server.address(), Routers.connectionSettings(config));
  }

  private NettyNodeConnection connect(UnaryOperator<SlotwiseConfig.Builder> options)
      throws Exception {
    NettyNodeConnection c = open(options);
    c.whenConnected().get(5, TimeUnit.SECONDS);
    return c;
  }

  private static String text(NodeConnection c, String... words) throws Exception {
    Reply r = c.request(Command.keyless(false, words)).get(5, TimeUnit.SECONDS);
    if (r instanceof Reply.Bulk b) {
      return b.utf8();
    }
    if (r instanceof Reply.SimpleString s) {
      return s.value();
    }
    if (r instanceof Reply.Verbatim v) {
      return new String(v.text(), java.nio.charset.StandardCharsets.UTF_8);
    }
    return String.valueOf(r);
  }

  @Test
  void passwordWithHelloNegotiatesResp3(
      @RedisServerArgs({"--requirepass", "s3cret"}) RedisServerProcess server) throws Exception {
    this.server = server;
    NettyNodeConnection c = connect(b -> b.password("s3cret").clientName("slotwise-it"));
    assertThat(c.negotiated()).isEqualTo(Handshake.Negotiated.RESP3);
    assertThat(text(c, "PING")).isEqualTo("PONG");
    assertThat(text(c, "CLIENT", "GETNAME")).isEqualTo("slotwise-it");
  }

  @Test
  void passwordWithForcedResp2(
      @RedisServerArgs({"--requirepass", "s3cret"}) RedisServerProcess server) throws Exception {
    this.server = server;
    NettyNodeConnection c =
        connect(b -> b.password("s3cret").protocol(Protocol.RESP2).clientName("resp2-client"));
    assertThat(c.negotiated()).isEqualTo(Handshake.Negotiated.RESP2);
    assertThat(text(c, "CLIENT", "GETNAME")).isEqualTo("resp2-client");
  }

  @Test
  void wrongPasswordFailsWithTheServerText(
      @RedisServerArgs({"--requirepass", "s3cret"}) RedisServerProcess server) {
    this.server = server;
    for (Protocol protocol : Protocol.values()) {
      NettyNodeConnection c = open(b -> b.password("wrong").protocol(protocol));
      assertThat(c.whenConnected())
          .as("protocol %s", protocol)
          .failsWithin(Duration.ofSeconds(5))
          .withThrowableOfType(ExecutionException.class)
          .havingCause()
          .isInstanceOf(RedisConnectionException.class)
          .withMessageContaining(server.address().toString())
          .withMessageContaining("WRONGPASS");
      assertThat(c.isConnected()).isFalse();
      c.close();
    }
  }

  @Test
  void aclUserAuthenticates(@Isolated("acl") RedisServerProcess server) throws Exception {
    this.server = server;
    server.call("ACL", "SETUSER", "alice", "on", ">alice-pw", "~*", "&*", "+@all");
    for (Protocol protocol : Protocol.values()) {
      NettyNodeConnection c =
          connect(b -> b.username("alice").password("alice-pw").protocol(protocol));
      assertThat(text(c, "ACL", "WHOAMI")).as("protocol %s", protocol).isEqualTo("alice");
    }
    NettyNodeConnection bad = open(b -> b.username("alice").password("nope"));
    assertThat(bad.whenConnected())
        .failsWithin(Duration.ofSeconds(5))
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .withMessageContaining("WRONGPASS");
  }

  @Test
  void selectsTheConfiguredDatabase(RedisServerProcess server) throws Exception {
    this.server = server;
    NettyNodeConnection db3 = connect(b -> b.database(3));
    NettyNodeConnection db0 = connect(b -> b);
    assertThat(text(db3, "SET", "db-key", "in-3")).isEqualTo("OK");
    assertThat(db0.request(Command.keyless(true, "GET", "db-key")).get())
        .isEqualTo(Reply.Null.INSTANCE);
    assertThat(text(db3, "GET", "db-key")).isEqualTo("in-3");
    assertThat(text(db3, "CLIENT", "INFO")).contains("db=3");
  }

  @Test
  void fallsBackToResp2WhenTheServerHasNoHello(
      @RedisServerArgs({"--rename-command", "HELLO", "\"\"", "--requirepass", "pw"})
          RedisServerProcess server)
      throws Exception {
    this.server = server;
    NettyNodeConnection c = connect(b -> b.password("pw").clientName("old-server").database(2));
    assertThat(c.negotiated()).isEqualTo(Handshake.Negotiated.RESP2);
    assertThat(text(c, "CLIENT", "GETNAME")).isEqualTo("old-server");
    assertThat(text(c, "CLIENT", "INFO")).contains("db=2");
  }

  @Test
  void forcedResp3FailsWhenTheServerHasNoHello(
      @RedisServerArgs({"--rename-command", "HELLO", "\"\""}) RedisServerProcess server) {
    this.server = server;
    NettyNodeConnection c = open(b -> b.protocol(Protocol.RESP3));
    assertThat(c.whenConnected())
        .failsWithin(Duration.ofSeconds(5))
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isInstanceOf(RedisConnectionException.class)
        .withMessageContaining("HELLO");
  }
}
