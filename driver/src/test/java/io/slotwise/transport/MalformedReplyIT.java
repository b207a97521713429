package io.slotwise.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.HostAndPort;
import io.slotwise.RedisProtocolException;
import io.slotwise.SlotwiseConfig;
import io.slotwise.protocol.Command;
import io.slotwise.protocol.Reply;
import io.slotwise.testkit.Await;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that answers its first connection with bytes that are not RESP, and every later one with
 * {@code +PONG} per request read: the driver must fail what was in flight, drop the channel,
 * reconnect and work again.
 */
class MalformedReplyIT {
  private ServerSocket listener;
  private Thread acceptor;
  private final AtomicInteger connections = new AtomicInteger();
  private NettyTransport transport;

  @BeforeEach
  void start() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::acceptLoop, "malformed-server");
    acceptor.setDaemon(true);
    acceptor.start();
    transport = new NettyTransport(1);
  }

  @AfterEach
  void stop() throws Exception {
    transport.close();
    listener.close();
    acceptor.join(5_000);
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket s = listener.accept();
        int n = connections.incrementAndGet();
        Thread t = new Thread(() -> serve(s, n == 1), "malformed-conn-" + n);
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private static void serve(Socket s, boolean garbage) {
    try (s;
        InputStream in = s.getInputStream();
        OutputStream out = s.getOutputStream()) {
      byte[] buf = new byte[4096];
      while (in.read(buf) > 0) {
        out.write((garbage ? "?oops\r\n" : "+PONG\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
    } catch (IOException e) {
      // The client closed the connection: nothing more to serve.
    }
  }

  @Test
  void invalidRespFailsInFlightCommandsAndTheConnectionRecovers() throws Exception {
    HostAndPort address = HostAndPort.of("127.0.0.1", listener.getLocalPort());
    SlotwiseConfig config =
        SlotwiseConfig.standalone(address.toString())
            .protocol(SlotwiseConfig.Protocol.RESP2)
            .reconnectDelay(Duration.ofMillis(10), Duration.ofMillis(100))
            .build();
    NettyNodeConnection c = transport.openConnection(address, ConnectionSettings.from(config));
    c.whenConnected().get(5, TimeUnit.SECONDS);

    Recorder first = Recorder.of("PING");
    c.send(first);
    assertThat(first.failure())
        .isInstanceOf(RedisProtocolException.class)
        .hasMessageContaining("?");
    assertThat(first.written).isTrue();

    Await.until(
        "reconnected", Duration.ofSeconds(5), () -> connections.get() >= 2 && c.isConnected());
    assertThat(c.request(Command.keyless(true, "PING")).get(5, TimeUnit.SECONDS))
        .isEqualTo(new Reply.SimpleString("PONG"));
  }
}
