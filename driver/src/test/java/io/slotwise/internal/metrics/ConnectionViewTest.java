package io.slotwise.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.FakeConnection;
import io.slotwise.HostAndPort;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.metrics.ConnectionInfo;
import io.slotwise.metrics.SlotwiseRecorder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The read-only connection views handed to recorders, and their identity rule. */
public class ConnectionViewTest {

  @Test
  void viewsOfOneConnectionAreEqualAndViewsOfTwoAreNot() {
    FakeConnection a = new FakeConnection("127.0.0.1:7000", FakeConnection.replies());
    FakeConnection sameAddress = new FakeConnection("127.0.0.1:7000", FakeConnection.replies());
    ConnectionInfo opened = ConnectionView.of(a);
    ConnectionInfo closed = ConnectionView.of(a);
    assertThat(closed).isEqualTo(opened).hasSameHashCodeAs(opened);
    assertThat(ConnectionView.of(sameAddress)).isNotEqualTo(opened);
    assertThat(opened).isNotInstanceOf(NodeConnection.class);
  }

  @Test
  void viewReadsTheLiveConnection() {
    FakeConnection a = new FakeConnection("127.0.0.1:7000", FakeConnection.replies());
    ConnectionInfo view = ConnectionView.of(a);
    assertThat(view.address()).isEqualTo(HostAndPort.parse("127.0.0.1:7000"));
    assertThat(view.isConnected()).isEqualTo(a.isConnected());
    assertThat(view.inFlight()).isEqualTo(a.inFlight());
    assertThat(view).hasToString("connection to 127.0.0.1:7000");
  }

  @Test
  void compositeForwardsTheViewToEveryRecorder() {
    List<String> seen = new ArrayList<>();
    SlotwiseRecorder first = recorder("first", seen);
    SlotwiseRecorder second = recorder("second", seen);
    SlotwiseRecorder both = CompositeRecorder.of(first, SlotwiseRecorder.NOOP, second);
    ConnectionInfo view =
        ConnectionView.of(new FakeConnection("127.0.0.1:7001", FakeConnection.replies()));
    both.connectionOpened(view);
    both.connectionClosed(view);
    assertThat(seen)
        .containsExactly(
            "first opened 127.0.0.1:7001",
            "second opened 127.0.0.1:7001",
            "first closed 127.0.0.1:7001",
            "second closed 127.0.0.1:7001");
    assertThat(CompositeRecorder.of(first, SlotwiseRecorder.NOOP)).isSameAs(first);
  }

  private static SlotwiseRecorder recorder(String name, List<String> seen) {
    return new SlotwiseRecorder() {
      @Override
      public void connectionOpened(ConnectionInfo connection) {
        seen.add(name + " opened " + connection.address());
      }

      @Override
      public void connectionClosed(ConnectionInfo connection) {
        seen.add(name + " closed " + connection.address());
      }
    };
  }
}
