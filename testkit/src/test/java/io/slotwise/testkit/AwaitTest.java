package io.slotwise.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AwaitTest {

  @Test
  void matchingReturnsTheFirstAcceptedValue() {
    AtomicInteger n = new AtomicInteger();
    int v = Await.matching("n reaches 3", Duration.ofSeconds(10), n::incrementAndGet, x -> x >= 3);
    assertThat(v).isEqualTo(3);
  }

  @Test
  void aTimeoutNamesTheConditionAndTheLastValue() {
    assertThatThrownBy(
            () -> Await.matching("never", Duration.ofMillis(30), () -> "stuck", x -> false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("waiting for: never")
        .hasMessageEndingWith("last value: stuck");
  }

  @Test
  void valueTimesOutWithoutALastValueAndKeepsTheProbesError() {
    assertThatThrownBy(
            () ->
                Await.value(
                    "absent",
                    Duration.ofMillis(30),
                    () -> {
                      throw new IllegalStateException("probe failed");
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith("waiting for: absent")
        .hasRootCauseMessage("probe failed");
  }
}
