package io.slotwise.codis;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.SlotwiseClient;
import io.slotwise.SlotwiseConfig;
import io.slotwise.internal.codis.CodisTestBed;
import io.slotwise.testkit.CodisRegistration;
import io.slotwise.testkit.FakeNode;
import io.slotwise.testkit.ForwardingProxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The first commands of a fresh client: once creation returns, every proxy in the rotation serves,
 * so the very first {@code SET} succeeds at once, every time (no retry, no timeout), even when a
 * registered proxy accepts TCP connections but ignores or drops its clients.
 */
class CodisStartupIT {
  private static final int CLIENTS = 50;

  private CodisTestBed bed;
  private final List<FakeNode> fakes = new ArrayList<>();

  @BeforeEach
  void startBed() {
    bed = CodisTestBed.start("startup");
  }

  @AfterEach
  void stopBed() {
    for (FakeNode f : fakes) {
      f.close();
    }
    bed.close();
  }

  @Test
  void firstSetOfEachFreshClientSucceedsWithoutRetry() {
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      // Fresh proxies each time, as in the example: their sessions open their backends now.
      String product = "startup" + i;
      for (int p = 0; p < 3; p++) {
        CodisRegistration.register(bed.proxySessions, product, bed.proxy().address());
      }
      SlotwiseConfig config = SlotwiseConfig.codis(bed.zk.getConnectString(), product).build();
      try (SlotwiseClient client = SlotwiseClient.create(config)) {
        try {
          client.sync().set("startup:" + i, "v" + i);
        } catch (RuntimeException e) {
          failures.add("client " + i + ": " + e + " " + client.stats());
          continue;
        }
        assertThat(client.sync().get("startup:" + i)).isEqualTo("v" + i);
        assertThat(client.stats().retries()).as("retries of client %d", i).isZero();
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void proxyThatAcceptsButNeverAnswersNeverGetsACommand() {
    assertBadProxyIsNotAdmitted(FakeNode.Action.neverReply());
  }

  @Test
  void proxyThatDropsEveryClientNeverGetsACommand() {
    assertBadProxyIsNotAdmitted(FakeNode.Action.closeAfterRead());
  }

  /**
   * Two good proxies and one bad one: round-robin would give the bad one one command in three, so
   * six commands would meet it twice if it were admitted on its TCP connect alone.
   */
  private void assertBadProxyIsNotAdmitted(FakeNode.Action bad) {
    FakeNode fake = FakeNode.start(command -> bad);
    fakes.add(fake);
    List<ForwardingProxy> good = new ArrayList<>();
    bed.registeredProxy(good);
    bed.registeredProxy(good);
    CodisRegistration.register(bed.proxySessions, bed.product, fake.address());
    SlotwiseConfig config = bed.config().commandTimeout(Duration.ofMillis(500)).build();
    try (SlotwiseClient client = SlotwiseClient.create(config)) {
      for (int i = 0; i < 6; i++) {
        client.sync().set("bad:" + i, "v" + i);
      }
      assertThat(client.stats().retries()).isZero();
      assertThat(client.stats().timeouts()).isZero();
      assertThat(fake.received("SET")).isEmpty();
      assertThat(fake.received("PING")).isNotEmpty();
      // The six SETs and each good proxy's admission PING.
      assertThat(good.get(0).commands() + good.get(1).commands()).isEqualTo(8);
    }
  }
}
