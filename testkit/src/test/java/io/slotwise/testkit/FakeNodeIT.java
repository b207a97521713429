package io.slotwise.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeNodeIT {
  private static final HostAndPort OTHER = HostAndPort.of("127.0.0.1", 7001);

  private FakeNode node;

  @BeforeEach
  void start() {
    node = FakeNode.start(FakeNodeIT::script);
  }

  @AfterEach
  void stop() {
    node.close();
  }

  private static FakeNode.Action script(List<String> cmd) {
    return switch (cmd.get(0).toUpperCase(java.util.Locale.ROOT)) {
      case "PING" -> FakeNode.Action.reply("+PONG\r\n");
      case "GET" -> FakeNode.Action.moved(866, OTHER);
      case "SET" -> FakeNode.Action.ask(12182, OTHER);
      case "MGET" -> FakeNode.Action.tryAgain();
      case "INFO" -> FakeNode.Action.clusterDown();
      case "BOOM" -> FakeNode.Action.error("ERR boom");
      case "QUIT" -> FakeNode.Action.closeAfterRead();
      case "BLPOP" -> FakeNode.Action.neverReply();
      case "ECHO" -> FakeNode.Action.bulk(cmd.get(1));
      case "INCR" -> FakeNode.Action.integer(42);
      default -> FakeNode.Action.nil();
    };
  }

  @Test
  void repliesAndErrorsReachTheClient() {
    try (RespTestClient c = RespTestClient.connect(node.address())) {
      assertThat(c.call("PING")).isEqualTo("PONG");
      assertThat(c.call("ECHO", "héllo")).isEqualTo("héllo");
      assertThat(c.call("INCR", "n")).isEqualTo(42L);
      assertThat(c.call("EXISTS", "k")).isNull();
      assertError(c, "MOVED 866 127.0.0.1:7001", "GET", "k");
      assertError(c, "ASK 12182 127.0.0.1:7001", "SET", "k", "v");
      assertError(c, "TRYAGAIN Multiple keys request during rehashing of slot", "MGET", "a", "b");
      assertError(c, "CLUSTERDOWN The cluster is down", "INFO");
      assertError(c, "ERR boom", "BOOM");
    }
    assertThat(node.received())
        .containsExactly(
            List.of("PING"),
            List.of("ECHO", "héllo"),
            List.of("INCR", "n"),
            List.of("EXISTS", "k"),
            List.of("GET", "k"),
            List.of("SET", "k", "v"),
            List.of("MGET", "a", "b"),
            List.of("INFO"),
            List.of("BOOM"));
    assertThat(node.received("get")).containsExactly(List.of("GET", "k"));
    assertThat(node.connections()).isEqualTo(1);
  }

  private static void assertError(RespTestClient c, String expected, String... cmd) {
    assertThatThrownBy(() -> c.call(cmd))
        .isInstanceOf(RespTestClient.ServerError.class)
        .hasMessage(expected);
  }

  @Test
  void closeAfterReadClosesTheConnection() {
    try (RespTestClient c = RespTestClient.connect(node.address())) {
      assertThatThrownBy(() -> c.call("QUIT")).isInstanceOf(UncheckedIOException.class);
    }
    assertThat(node.received()).containsExactly(List.of("QUIT"));
    Await.until("connection closed", Duration.ofSeconds(5), () -> node.openConnections() == 0);
  }

  @Test
  void neverReplyKeepsTheConnectionOpenAndSilent() {
    try (RespTestClient c = RespTestClient.connect(node.address(), Duration.ofMillis(300))) {
      assertThatThrownBy(() -> c.call("BLPOP", "q", "0"))
          .isInstanceOf(UncheckedIOException.class)
          .hasCauseInstanceOf(SocketTimeoutException.class);
      assertThat(node.openConnections()).isEqualTo(1);
    }
  }

  @Test
  void inlineAndSplitCommandsAreDecodedAndPipelinedInOrder() throws Exception {
    try (Socket s = new Socket("127.0.0.1", node.address().port())) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      byte[] wire =
          "PING\r\n*2\r\n$4\r\nECHO\r\n$2\r\nab\r\n*1\r\n$4\r\nPING\r\n"
              .getBytes(StandardCharsets.UTF_8);
      for (byte b : wire) {
        out.write(b);
        out.flush();
      }
      byte[] expected = "+PONG\r\n$2\r\nab\r\n+PONG\r\n".getBytes(StandardCharsets.UTF_8);
      InputStream in = s.getInputStream();
      assertThat(in.readNBytes(expected.length)).isEqualTo(expected);
    }
    assertThat(node.received())
        .containsExactly(List.of("PING"), List.of("ECHO", "ab"), List.of("PING"));
  }

  @Test
  void scriptCanBeReplacedAndConnectionsDropped() {
    try (RespTestClient c = RespTestClient.connect(node.address())) {
      assertThat(c.call("PING")).isEqualTo("PONG");
      node.script(cmd -> FakeNode.Action.ok());
      assertThat(c.call("PING")).isEqualTo("OK");
      node.dropConnections();
      assertThatThrownBy(() -> c.call("PING")).isInstanceOf(UncheckedIOException.class);
    }
    try (RespTestClient c = RespTestClient.connect(node.address())) {
      assertThat(c.call("PING")).isEqualTo("OK");
    }
    FakeNode.until(() -> node.connections() == 2, Duration.ofSeconds(5));
  }
}
