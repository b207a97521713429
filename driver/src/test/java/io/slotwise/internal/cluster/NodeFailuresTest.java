package io.slotwise.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The failure counter of one node, and the router-wide count of nodes with a failure. */
class NodeFailuresTest {
  private static final long WINDOW = 1_000;

  @Test
  void countsAThresholdOfFailuresWithinTheWindow() {
    NodeFailures f = new NodeFailures(new AtomicInteger());
    assertThat(f.record(0, WINDOW, 2)).isFalse();
    assertThat(f.record(10, WINDOW, 2)).isTrue();
    assertThat(f.record(20, WINDOW, 2)).isFalse(); // counting starts again
    assertThat(f.record(20 + WINDOW + 1, WINDOW, 2)).isFalse(); // the first fell out of the window
  }

  @Test
  void theSharedCountHoldsTheNodesThatFailedSinceTheirLastSuccess() {
    AtomicInteger dirty = new AtomicInteger();
    NodeFailures a = new NodeFailures(dirty);
    NodeFailures b = new NodeFailures(dirty);
    a.reset();
    assertThat(dirty).hasValue(0);

    a.record(0, WINDOW, 2);
    a.record(1, WINDOW, 2); // threshold met: count back to 0, but still suspect
    b.record(2, WINDOW, 5);
    assertThat(dirty).hasValue(2);
    assertThat(a.isSuspect()).isTrue();

    a.reset();
    a.reset();
    assertThat(dirty).hasValue(1);
    assertThat(a.isSuspect()).isFalse();

    b.discard();
    assertThat(dirty).hasValue(0);
    b.record(3, WINDOW, 5); // a late failure of a removed node does not count
    b.reset();
    assertThat(dirty).hasValue(0);
  }
}
