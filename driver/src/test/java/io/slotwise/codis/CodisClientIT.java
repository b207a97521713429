package io.slotwise.codis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.RedisOutcomeUnknownException;
import io.slotwise.SlotwiseClient;
import io.slotwise.commands.RedisCommands;
import io.slotwise.internal.codis.CodisTestBed;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.ForwardingProxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole client in Codis mode: executor retries across proxies, refusals before sending. */
class CodisClientIT {
  private CodisTestBed bed;
  private final List<ForwardingProxy> proxies = new ArrayList<>();

  @BeforeEach
  void startBed() {
    bed = CodisTestBed.start("client");
  }

  @AfterEach
  void stopBed() {
    bed.close();
  }

  @Test
  void commandsWorkAndRefusedOnesNeverLeaveTheClient() {
    bed.registeredProxy(proxies);
    bed.registeredProxy(proxies);
    try (SlotwiseClient client = SlotwiseClient.create(bed.config().build())) {
      RedisCommands redis = client.sync();
      redis.set("c:k", "v");
      assertThat(redis.get("c:k")).isEqualTo("v");
      assertThat(client.async().incr("c:n").join()).isEqualTo(1L);
      long sent = proxies.get(0).commands() + proxies.get(1).commands();
      assertThatThrownBy(() -> redis.execute("KEYS", "*"))
          .isInstanceOf(CodisUnsupportedCommandException.class)
          .hasMessageStartingWith("Codis does not support KEYS");
      assertThatThrownBy(() -> redis.rename("c:k", "c:k2"))
          .isInstanceOf(CodisUnsupportedCommandException.class)
          .hasMessageStartingWith("Codis does not support RENAME");
      assertThat(proxies.get(0).commands() + proxies.get(1).commands()).isEqualTo(sent);
      assertThat(proxies.get(0).refused() + proxies.get(1).refused()).isZero();
    }
  }

  @Test
  void noProxyFailsCreationNamingThePath() {
    assertThatThrownBy(() -> SlotwiseClient.create(bed.config().build()))
        .isInstanceOf(NoProxyAvailableException.class)
        .hasMessageContaining("/jodis/client");
  }

  @Test
  void killOfOneOfThreeProxiesUnderEightThreadsLosesNoRead() {
    for (int i = 0; i < 3; i++) {
      bed.registeredProxy(proxies);
    }
    try (SlotwiseClient client = SlotwiseClient.create(bed.config().build());
        ClientLoad load = new ClientLoad(client.sync(), 8)) {
      Await.until("load running", Duration.ofSeconds(2), () -> load.ok.get() > 500);
      ForwardingProxy victim = proxies.get(0);
      victim.kill();
      long after = load.ok.get();
      Await.until(
          "2000 commands after the kill",
          Duration.ofSeconds(20),
          () -> load.ok.get() > after + 2000);
      load.close();
      System.out.println(
          "[codis-it] client kill test: "
              + load.ok.get()
              + " ok, failed writes (in flight on the dead proxy): "
              + load.failedWrites.get());
      assertThat(load.failedReads.get()).as("failed reads: %s", load.errors).isZero();
      assertThat(load.otherErrors.get()).as("other errors: %s", load.errors).isZero();
      assertThat(load.failedWrites.get()).isLessThanOrEqualTo(8);
    }
  }

  @Test
  void zooKeeperDownForTenSecondsCausesNoError() throws Exception {
    for (int i = 0; i < 3; i++) {
      bed.registeredProxy(proxies);
    }
    try (SlotwiseClient client = SlotwiseClient.create(bed.config().build());
        ClientLoad load = new ClientLoad(client.sync(), 4)) {
      Await.until("load running", Duration.ofSeconds(2), () -> load.ok.get() > 200);
      bed.zk.stop();
      long t0 = System.nanoTime();
      long before = load.ok.get();
      Await.until(
          "ten seconds of load without ZooKeeper",
          Duration.ofSeconds(20),
          () -> System.nanoTime() - t0 >= Duration.ofSeconds(10).toNanos());
      assertThat(load.ok.get()).isGreaterThan(before + 1000);
      bed.zk.restart();
      load.close();
      assertThat(load.errors).isEmpty();
    }
  }

  /** Threads alternating SET and GET through the sync API, sorting failures by kind. */
  private static final class ClientLoad implements AutoCloseable {
    final AtomicLong ok = new AtomicLong();
    final AtomicLong failedReads = new AtomicLong();
    final AtomicLong failedWrites = new AtomicLong();
    final AtomicLong otherErrors = new AtomicLong();
    final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    ClientLoad(RedisCommands redis, int n) {
      for (int t = 0; t < n; t++) {
        int id = t;
        Thread th =
            new Thread(
                () -> {
                  long i = 0;
                  while (running.get()) {
                    String key = "cl:" + id + ":" + (i % 64);
                    boolean write = (i++ & 1) == 0;
                    try {
                      if (write) {
                        redis.set(key, "v" + i);
                      } else {
                        redis.get(key);
                      }
                      ok.incrementAndGet();
                    } catch (RedisOutcomeUnknownException e) {
                      (write ? failedWrites : otherErrors).incrementAndGet();
                      errors.add(e.toString());
                    } catch (RuntimeException e) {
                      (write ? otherErrors : failedReads).incrementAndGet();
                      errors.add(e.toString());
                    }
                  }
                },
                "codis-client-load-" + t);
        th.setDaemon(true);
        threads.add(th);
        th.start();
      }
    }

    @Override
    public void close() {
      running.set(false);
      for (Thread t : threads) {
        try {
          t.join(10_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
