package io.slotwise.codis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.SlotwiseClient;
import io.slotwise.SlotwiseConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 12: a Codis client waits for ZooKeeper's first answer as long as {@code
 * zkConnectionTimeout} says, whatever the (unrelated) {@code connectTimeout} of the proxies. The
 * ZooKeeper here is a socket that accepts connections (through its backlog) and never answers.
 */
class CodisZkConnectionTimeoutIT {

  private static long failAfterMillis(Duration connectTimeout, Duration zkConnectionTimeout)
      throws IOException {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      SlotwiseConfig config =
          SlotwiseConfig.codis("127.0.0.1:" + silent.getLocalPort(), "silent")
              .connectTimeout(connectTimeout)
              .zkConnectionTimeout(zkConnectionTimeout)
              .build();
      long start = System.nanoTime();
      assertThatThrownBy(() -> SlotwiseClient.create(config).close())
          .isInstanceOf(NoProxyAvailableException.class)
          .hasMessageContaining("zkConnectionTimeout " + zkConnectionTimeout);
      return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
  }

  @Test
  void aShortZkConnectionTimeoutEndsTheWaitThoughTheConnectTimeoutIsLong() throws IOException {
    long waited = failAfterMillis(Duration.ofSeconds(30), Duration.ofMillis(300));
    assertThat(waited).as("ms waited for a silent ZooKeeper").isLessThan(10_000);
  }

  @Test
  void aLongZkConnectionTimeoutIsWaitedInFullThoughTheConnectTimeoutIsShort() throws IOException {
    long waited = failAfterMillis(Duration.ofMillis(200), Duration.ofMillis(2500));
    assertThat(waited).as("ms waited for a silent ZooKeeper").isGreaterThanOrEqualTo(2500);
  }
}
