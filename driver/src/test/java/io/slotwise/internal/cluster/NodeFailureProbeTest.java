package io.slotwise.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Outbound;
import io.slotwise.testkit.Await;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A hung node stays held until a PING (or any reply) comes back from it, or it leaves. */
class NodeFailureProbeTest {
  private static final HostAndPort NODE = HostAndPort.of("127.0.0.1", 7000);

  private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
  private final PingConnection connection = new PingConnection();

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  @Test
  void aTimedOutNodeIsHeldUntilItsPingIsAnswered() {
    NodeFailureProbe probe = new NodeFailureProbe(a -> connection, scheduler);
    assertThat(probe.isHung(NODE)).isFalse();
    probe.timedOut(NODE);
    probe.timedOut(NODE); // one probe at a time
    assertThat(probe.isHung(NODE)).isTrue();
    assertThat(connection.pings).hasSize(1);
    connection.pings.get(0).complete(new Reply.SimpleString("PONG"));
    assertThat(probe.isHung(NODE)).isFalse();
  }

  @Test
  void aFailedPingIsSentAgainAndAnyReplyClearsTheNode() {
    NodeFailureProbe probe = new NodeFailureProbe(a -> connection, scheduler);
    probe.timedOut(NODE);
    connection.pings.get(0).completeExceptionally(new RedisConnectionException("refused"));
    Await.until("a second PING", Duration.ofSeconds(5), () -> connection.pings.size() == 2);
    assertThat(probe.isHung(NODE)).isTrue();
    probe.answered(NODE); // a command's reply from it
    assertThat(probe.isHung(NODE)).isFalse();
  }

  @Test
  void aNodeThatLeftOrAClosedConnectionIsForgotten() {
    NodeFailureProbe gone = new NodeFailureProbe(a -> null, scheduler);
    gone.timedOut(NODE);
    assertThat(gone.isHung(NODE)).isFalse();

    NodeFailureProbe probe = new NodeFailureProbe(a -> connection, scheduler);
    probe.timedOut(NODE);
    connection.pings.get(0).completeExceptionally(new SlotwiseClosedException("closed"));
    assertThat(probe.isHung(NODE)).isFalse();
  }

  /** Hands out each PING's future to the test. */
  private static final class PingConnection implements NodeConnection {
    final List<CompletableFuture<Reply>> pings = new CopyOnWriteArrayList<>();

    @Override
    public HostAndPort address() {
      return NODE;
    }

    @Override
    public void send(Outbound command) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void sendAll(List<? extends Outbound> commands) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<Reply> request(Command command) {
      CompletableFuture<Reply> f = new CompletableFuture<>();
      pings.add(f);
      return f;
    }

    @Override
    public boolean isConnected() {
      return true;
    }

    @Override
    public int inFlight() {
      return pings.size();
    }

    @Override
    public CompletableFuture<Void> whenConnected() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> closeGracefully(Duration drain) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {}
  }
}
