package io.slotwise.internal.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.testkit.Await;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryLanesTest {
  private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
  private final RetryLanes lanes = new RetryLanes(scheduler);
  private final List<String> sent = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  @Test
  void aLaneIsReleasedInOrderAndNewCommandsJoinItsEnd() {
    lanes.park(7, () -> sent.add("a"), 50_000_000, false);
    lanes.park(7, () -> sent.add("b"), 50_000_000, false);
    assertThat(lanes.joinIfWaiting(7, () -> sent.add("c"))).isEqualTo(RetryLanes.Joined.YES);
    assertThat(lanes.joinIfWaiting(8, () -> sent.add("other slot")))
        .isEqualTo(RetryLanes.Joined.NO);
    assertThat(lanes.joinIfWaiting(RetryLanes.NO_LANE, () -> sent.add("x")))
        .isEqualTo(RetryLanes.Joined.NO);
    Await.until("released", Duration.ofSeconds(5), () -> sent.size() == 3);
    assertThat(sent).containsExactly("a", "b", "c");
    Await.until("lane gone", Duration.ofSeconds(5), () -> lanes.activeLanes() == 0);
    assertThat(lanes.joinIfWaiting(7, () -> sent.add("d"))).isEqualTo(RetryLanes.Joined.NO);
  }

  @Test
  void aReleasedCommandThatParksAgainKeepsTheOnesBehindItWaiting() {
    AtomicInteger tries = new AtomicInteger();
    Runnable[] first = new Runnable[1];
    first[0] =
        () -> {
          if (tries.incrementAndGet() < 3) {
            lanes.park(7, first[0], 50_000_000, false); // still no route: parks again
          } else {
            sent.add("a");
          }
        };
    lanes.park(7, first[0], 50_000_000, false);
    lanes.park(7, () -> sent.add("b"), 50_000_000, false);
    lanes.joinIfWaiting(7, () -> sent.add("c"));
    Await.until("released", Duration.ofSeconds(5), () -> sent.size() == 3);
    assertThat(tries.get()).isEqualTo(3);
    assertThat(sent).containsExactly("a", "b", "c");
  }
}
