package io.slotwise.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionQueueTest {
  private final SubmissionQueue queue = new SubmissionQueue();

  @Test
  void onlyTheFirstOfferUntilTheFlushStartsAsksForAFlush() {
    assertThat(queue.offer(Recorder.of("A"))).isTrue();
    assertThat(queue.offer(Recorder.of("B"))).isFalse();
    assertThat(queue.offer(List.of(Recorder.of("C")))).isFalse();
    queue.flushStarted();
    assertThat(queue.offer(Recorder.of("D"))).isTrue();
  }

  @Test
  void groupsDrainWholeAndCountAsOneElement() {
    Recorder a = Recorder.of("A");
    Recorder b1 = Recorder.of("B1");
    Recorder b2 = Recorder.of("B2");
    Recorder b3 = Recorder.of("B3");
    Recorder c = Recorder.of("C");
    queue.offer(a);
    queue.offer(List.of(b1, b2, b3));
    queue.offer(c);

    List<Outbound> out = new ArrayList<>();
    queue.drainTo(out, 2);
    assertThat(out).containsExactly(a, b1, b2, b3);
    assertThat(queue.isEmpty()).isFalse();

    List<Outbound> rest = new ArrayList<>();
    queue.forEachRemoved(rest::add);
    assertThat(rest).containsExactly(c);
    assertThat(queue.isEmpty()).isTrue();
  }

  @Test
  void claimFlushIsExclusive() {
    assertThat(queue.claimFlush()).isTrue();
    assertThat(queue.claimFlush()).isFalse();
    queue.flushNotScheduled();
    assertThat(queue.claimFlush()).isTrue();
  }
}
