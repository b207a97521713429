package io.slotwise.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.SlotwiseConfig;
import io.slotwise.internal.executor.Routers;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NettyTransportTest {

  @Test
  void ioThreadsAreNamedDaemons() throws Exception {
    try (NettyTransport transport = new NettyTransport(2)) {
      Thread thread = transport.scheduler().submit(Thread::currentThread).get(5, TimeUnit.SECONDS);
      assertThat(thread.getName()).startsWith("slotwise-io-");
      assertThat(thread.isDaemon()).isTrue();
    }
  }

  @Test
  void closeIsIdempotentAndRefusesNewConnections() {
    NettyTransport transport = new NettyTransport(1);
    transport.close();
    transport.close();
    assertThat(transport.scheduler().isShutdown()).isTrue();
    ConnectionSettings settings =
        Routers.connectionSettings(SlotwiseConfig.standalone("127.0.0.1:6379").build());
    assertThatThrownBy(() -> transport.open(HostAndPort.of("127.0.0.1", 6379), settings))
        .isInstanceOf(SlotwiseClosedException.class)
        .hasMessageContaining("127.0.0.1:6379");
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> new NettyTransport(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ioThreads");
    try (NettyTransport transport = new NettyTransport(1)) {
      assertThatThrownBy(() -> transport.open(null, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("address");
    }
  }

  @Test
  void unreadableTlsFilesAreReportedWithThePath() {
    ConnectionSettings.Tls tls =
        new ConnectionSettings.Tls(Path.of("/nonexistent/ca.pem"), null, null, true);
    assertThatThrownBy(() -> NettyTransport.buildSslContext(tls))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/nonexistent/ca.pem");
  }
}
