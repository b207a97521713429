package io.slotwise.examples;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.slotwise.commands.RedisCommands;
import io.slotwise.testkit.LocalRedisCluster;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A Spring Boot application using {@code slotwise-spring-boot-starter}: the client comes from the
 * property {@code slotwise.cluster.nodes}; {@link RedisCommands} and Spring Data Redis's {@link
 * StringRedisTemplate} (on the starter's {@code SlotwiseConnectionFactory}) are injected; the
 * Micrometer meters and Boot's {@code redis} health indicator are wired because a {@link
 * MeterRegistry} bean and Actuator are there. Starts its own local cluster unless given seed
 * addresses.
 */
final class SpringBootExample {
  private SpringBootExample() {}

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }

    @Bean
    ApplicationRunner demo(RedisCommands redis, StringRedisTemplate template) {
      return args -> {
        redis.set("spring:greeting", "hello from a Spring Boot bean");
        System.out.println("GET spring:greeting -> " + redis.get("spring:greeting"));
        System.out.println("INCR spring:visits  -> " + redis.incr("spring:visits"));
        template.opsForValue().set("spring:template", "set through StringRedisTemplate");
        System.out.println(
            "template GET        -> " + template.opsForValue().get("spring:template"));
      };
    }
  }

  static void run(String[] args) {
    LocalRedisCluster local = null;
    String[] seeds = args;
    if (seeds.length == 0) {
      System.out.println("starting a local 3-master + 3-replica Redis Cluster ...");
      local = LocalRedisCluster.start();
      seeds = local.seeds();
    }
    List<String> properties = new ArrayList<>();
    properties.add("--slotwise.cluster.nodes=" + String.join(",", seeds));
    properties.add("--slotwise.command-timeout=1s");
    properties.add("--spring.main.banner-mode=off");
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(App.class)
            .web(WebApplicationType.NONE)
            .run(properties.toArray(new String[0]))) {
      var health = context.getBean("redisHealthContributor", HealthIndicator.class).health();
      System.out.println(
          "health              -> " + health.getStatus() + " " + health.getDetails());
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      System.out.printf(
          "meter slotwise.commands{command=SET} count -> %d%n",
          registry.find("slotwise.commands").tag("command", "SET").timer().count());
    } finally {
      if (local != null) {
        local.close();
      }
    }
  }
}
