package io.slotwise.spring.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseConfig;
import io.slotwise.cluster.SlotMigrator;
import io.slotwise.testkit.Isolated;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The Spring application of {@link SpringContextIT} through server trouble: its listener container
 * receives channel and pattern messages again after the nodes restart, and a template loop sees no
 * error while slots move between the masters. On isolated servers, over RESP2 and RESP3.
 */
@ExtendWith(RedisExtension.class)
class SpringResilienceIT {
  private static final int THREADS = 4;
  private static final int KEYS = 2000;

  @ParameterizedTest
  @EnumSource(SlotwiseConfig.Protocol.class)
  void listenerContainerReceivesAgainAfterEveryClusterNodeRestarts(
      SlotwiseConfig.Protocol protocol, @Isolated("restart") LocalRedisCluster cluster)
      throws Exception {
    try (AnnotationConfigApplicationContext ctx =
        SpringContextIT.context(SpringContextIT.config("cluster", protocol, cluster, null))) {
      StringRedisTemplate strings = ctx.getBean(StringRedisTemplate.class);
      SpringContextIT.Inbox inbox = ctx.getBean(SpringContextIT.Inbox.class);
      SpringContextIT.awaitDelivery(strings, inbox, "ctx.news", "before");
      SpringContextIT.awaitDelivery(strings, inbox, "ctx.orders.eu", "before");
      for (RedisServerProcess node : List.copyOf(cluster.nodes())) {
        node.restart();
        cluster.awaitClusterOk(Duration.ofSeconds(60));
        SpringContextIT.awaitDelivery(strings, inbox, "ctx.news", "after " + node.port());
        SpringContextIT.awaitDelivery(strings, inbox, "ctx.orders.eu", "after " + node.port());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(SlotwiseConfig.Protocol.class)
  void listenerContainerReceivesAgainAfterTheServerRestarts(
      SlotwiseConfig.Protocol protocol, @Isolated("restart") RedisServerProcess server)
      throws Exception {
    try (AnnotationConfigApplicationContext ctx =
        SpringContextIT.context(SpringContextIT.config("standalone", protocol, null, server))) {
      StringRedisTemplate strings = ctx.getBean(StringRedisTemplate.class);
      SpringContextIT.Inbox inbox = ctx.getBean(SpringContextIT.Inbox.class);
      SpringContextIT.awaitDelivery(strings, inbox, "ctx.news", "before");
      server.restart();
      SpringContextIT.awaitDelivery(strings, inbox, "ctx.news", "after");
      SpringContextIT.awaitDelivery(strings, inbox, "ctx.orders.eu", "after");
    }
  }

  @ParameterizedTest
  @EnumSource(SlotwiseConfig.Protocol.class)
  void templateLoopSeesNoErrorDuringLiveResharding(
      SlotwiseConfig.Protocol protocol, @Isolated("reshard") LocalRedisCluster cluster)
      throws Exception {
    try (AnnotationConfigApplicationContext ctx =
        SpringContextIT.context(SpringContextIT.config("cluster", protocol, cluster, null))) {
      StringRedisTemplate strings = ctx.getBean(StringRedisTemplate.class);
      String[] last = new String[KEYS];
      for (int i = 0; i < KEYS; i++) {
        last[i] = "init";
        strings.opsForValue().set(key(protocol, i), last[i]);
      }
      AtomicBoolean stop = new AtomicBoolean();
      ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
      AtomicLong ops = new AtomicLong();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        workers.add(pool.submit(() -> loop(strings, protocol, thread, last, stop, errors, ops)));
      }
      int moved = 0;
      long started = System.nanoTime();
      try (SlotMigrator migrator = SlotMigrator.builder(cluster.seeds()).batchSize(3).build()) {
        int round = 0;
        while (moved < 600 || System.nanoTime() - started < Duration.ofSeconds(10).toNanos()) {
          List<RedisServerProcess> masters = cluster.masters();
          HostAndPort from = masters.get(round % masters.size()).address();
          HostAndPort to = masters.get((round + 1) % masters.size()).address();
          moved += migrator.rebalance(150, from, to).slots().size();
          round++;
        }
      } finally {
        stop.set(true);
        for (Future<?> w : workers) {
          w.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
      }
      System.out.printf(
          "spring template under resharding (%s): %d slots moved, %d operations, %d errors%n",
          protocol, moved, ops.get(), errors.size());
      assertThat(errors).as("errors seen through the template").isEmpty();
      assertThat(moved).isGreaterThanOrEqualTo(600);
      assertThat(ops.get()).isPositive();
      for (int i = 0; i < KEYS; i++) {
        assertThat(strings.opsForValue().get(key(protocol, i))).isEqualTo(last[i]);
      }
    }
  }

  private static String key(SlotwiseConfig.Protocol protocol, int i) {
    return "rs:" + protocol + ":{" + (i % 500) + "}:" + i;
  }

  private static void loop(
      StringRedisTemplate strings,
      SlotwiseConfig.Protocol protocol,
      int thread,
      String[] last,
      AtomicBoolean stop,
      ConcurrentLinkedQueue<String> errors,
      AtomicLong ops) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long seq = 0;
    while (!stop.get()) {
      int i = random.nextInt(KEYS / THREADS) * THREADS + thread;
      String key = key(protocol, i);
      try {
        if (random.nextBoolean()) {
          String value = "t" + thread + "-" + seq++;
          strings.opsForValue().set(key, value);
          last[i] = value;
        } else {
          String value = strings.opsForValue().get(key);
          if (!last[i].equals(value)) {
            errors.add(key + " read " + value + ", expected " + last[i]);
          }
        }
        ops.incrementAndGet();
      } catch (RuntimeException e) {
        errors.add(e.toString());
      }
    }
  }
}
