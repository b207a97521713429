package io.slotwise.codis;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.Pipeline;
import io.slotwise.SlotwiseClient;
import io.slotwise.internal.codis.CodisTestBed;
import io.slotwise.testkit.ForwardingProxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A pipeline in Codis mode stays on one proxy while single commands are spread over all. */
class CodisPipelineIT {
  private static final int COMMANDS = 300;

  private CodisTestBed bed;
  private final List<ForwardingProxy> proxies = new ArrayList<>();

  @BeforeEach
  void startBed() {
    bed = CodisTestBed.start("pipeline");
  }

  @AfterEach
  void stopBed() {
    bed.close();
  }

  @Test
  void aPipelineGoesToOneProxyAndAnswersInOrder() {
    for (int i = 0; i < 3; i++) {
      bed.registeredProxy(proxies);
    }
    try (SlotwiseClient client = SlotwiseClient.create(bed.config().build());
        Pipeline p = client.pipeline()) {
      long[] before = counts();
      for (int i = 0; i < COMMANDS; i++) {
        p.set("p:" + i, "v" + i);
      }
      assertThat(p.syncAll()).hasSize(COMMANDS).containsOnly("OK");
      long[] after = counts();

      int busy = 0;
      for (int i = 0; i < proxies.size(); i++) {
        long delta = after[i] - before[i];
        if (delta >= COMMANDS) {
          busy++;
        } else {
          // Round robin per command would give each proxy about a third; health probes are few.
          assertThat(delta).as("commands through idle proxy %d", i).isLessThan(COMMANDS / 10);
        }
      }
      assertThat(busy).as("proxies that carried the pipeline").isEqualTo(1);

      for (int i = COMMANDS - 1; i >= 0; i--) {
        p.get("p:" + i);
      }
      List<Object> values = p.syncAll();
      for (int i = 0; i < COMMANDS; i++) {
        assertThat(values.get(i)).isEqualTo("v" + (COMMANDS - 1 - i));
      }
    }
  }

  private long[] counts() {
    long[] counts = new long[proxies.size()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = proxies.get(i).commands();
    }
    return counts;
  }
}
