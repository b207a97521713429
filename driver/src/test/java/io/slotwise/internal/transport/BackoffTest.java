package io.slotwise.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = new Backoff(Duration.ofMillis(50), Duration.ofSeconds(5));

  @Test
  void firstDelayIsBetweenHalfAndAllOfTheMinimum() {
    assertThat(backoff.delayNanos(0, 0.0)).isEqualTo(Duration.ofMillis(25).toNanos());
    assertThat(backoff.delayNanos(0, 0.999999)).isBetween(49_999_000L, 50_000_000L);
  }

  @Test
  void doublesPerAttemptUntilTheCap() {
    assertThat(backoff.delayNanos(1, 0.0)).isEqualTo(Duration.ofMillis(50).toNanos());
    assertThat(backoff.delayNanos(3, 0.0)).isEqualTo(Duration.ofMillis(200).toNanos());
    assertThat(backoff.delayNanos(7, 0.0)).isEqualTo(Duration.ofMillis(2500).toNanos());
    assertThat(backoff.delayNanos(8, 0.0)).isEqualTo(Duration.ofMillis(2500).toNanos());
    assertThat(backoff.delayNanos(8, 0.5)).isEqualTo(Duration.ofMillis(3750).toNanos());
  }

  @Test
  void hugeAttemptNumbersStayAtTheCapWithoutOverflow() {
    for (int attempt : new int[] {30, 62, 63, 64, Integer.MAX_VALUE}) {
      assertThat(backoff.delayNanos(attempt, 0.0)).isEqualTo(Duration.ofMillis(2500).toNanos());
    }
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min");
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> backoff.delayNanos(-1, 0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attempt");
    assertThatThrownBy(() -> backoff.delayNanos(0, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("random");
  }
}
