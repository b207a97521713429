package io.slotwise.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.slotwise.SlotwiseClient;
import io.slotwise.commands.RedisCommands;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.LocalRedisCluster;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A whole Spring Boot application on a real local Redis Cluster: the properties come from
 * {@code @DynamicPropertySource}, the beans are injected, the meters and Boot's {@code redis}
 * health indicator (on the Slotwise connection factory) work.
 */
@SpringBootTest(classes = SlotwiseApplicationIT.App.class)
class SlotwiseApplicationIT {
  private static LocalRedisCluster cluster;

  @DynamicPropertySource
  static void redis(DynamicPropertyRegistry registry) {
    if (cluster == null) {
      cluster = LocalRedisCluster.start();
    }
    registry.add("slotwise.cluster.nodes", () -> String.join(",", cluster.seeds()));
    registry.add("slotwise.command-timeout", () -> "1s");
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  @Autowired RedisCommands redis;
  @Autowired SlotwiseClient client;
  @Autowired MeterRegistry registry;
  @Autowired ApplicationContext context;

  @Test
  void theApplicationTalksToTheCluster() {
    assertThat(client.config().commandTimeout().toMillis()).isEqualTo(1000);
    for (int i = 0; i < 100; i++) {
      redis.set("app:" + i, "v" + i);
    }
    assertThat(redis.mget("app:1", "app:50", "app:99")).containsExactly("v1", "v50", "v99");
    assertThat(redis.del("app:1", "app:50", "app:99")).isEqualTo(3);
    // The last SET's timer is recorded on the I/O thread right after the caller's future completed.
    Await.until(
        "100 SETs timed",
        Duration.ofSeconds(5),
        () -> registry.find("slotwise.commands").tag("command", "SET").timer().count() == 100);
    assertThat(BootHealth.redis(context))
        .containsEntry("status", "UP")
        .containsEntry("slots_up", 16384L);
  }
}
