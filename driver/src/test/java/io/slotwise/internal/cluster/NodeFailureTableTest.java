package io.slotwise.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.HostAndPort;
import org.junit.jupiter.api.Test;

class NodeFailureTableTest {
  private static final HostAndPort A = HostAndPort.of("127.0.0.1", 7000);
  private static final HostAndPort B = HostAndPort.of("127.0.0.1", 7001);

  @Test
  void theThresholdCountsPerNodeWithinTheWindow() {
    NodeFailureTable table = new NodeFailureTable(1_000);
    assertThat(table.failed(A, 0, 2)).isFalse();
    assertThat(table.failed(B, 10, 2)).as("another node's failure does not add up").isFalse();
    assertThat(table.failed(A, 500, 2)).isTrue();
    assertThat(table.failed(A, 600, 2)).as("the count restarted").isFalse();
    assertThat(table.failed(A, 5_000, 2)).as("outside the window").isFalse();
  }

  @Test
  void aSuccessOrADiscardClearsOnlyItsNode() {
    NodeFailureTable table = new NodeFailureTable(1_000);
    table.failed(A, 0, 2);
    table.failed(B, 0, 2);
    assertThat(table.isSuspect(A)).isTrue();
    table.succeeded(A);
    assertThat(table.isSuspect(A)).isFalse();
    assertThat(table.isSuspect(B)).isTrue();
    assertThat(table.failed(A, 10, 2)).as("A's earlier failure no longer counts").isFalse();
    table.discard(B);
    assertThat(table.isSuspect(B)).isFalse();
    table.succeeded(HostAndPort.of("127.0.0.1", 7002)); // never failed: nothing happens
    assertThat(table.isSuspect(A)).isTrue();
  }
}
