package io.slotwise.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.SlotwiseClient;
import io.slotwise.SlotwiseConfig;
import io.slotwise.spring.data.SlotwiseConnectionFactory;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.cache.CacheManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The "done when": an application that adds only the starter and sets {@code
 * spring.data.redis.cluster.nodes} runs its {@code RedisTemplate}, {@code @Cacheable} and listener
 * code unchanged on the local cluster, and Boot's {@code redis} health component is UP with the
 * cluster details. Runs on Boot 3 and Boot 4 ({@link BootHealth} reads the health of each).
 */
@ExtendWith(RedisExtension.class)
class SpringDataStarterIT {
  private static ConfigurableApplicationContext context;

  @BeforeAll
  static void start(LocalRedisCluster cluster) {
    context =
        StarterApps.start("spring.data.redis.cluster.nodes=" + String.join(",", cluster.seeds()));
  }

  @AfterAll
  static void stop() {
    if (context != null) {
      context.close();
    }
  }

  @Test
  void oneSlotwiseClientBehindTheConnectionFactory() {
    assertThat(context.getBeansOfType(RedisConnectionFactory.class)).hasSize(1);
    RedisConnectionFactory factory = context.getBean(RedisConnectionFactory.class);
    assertThat(factory).isInstanceOf(SlotwiseConnectionFactory.class);
    SlotwiseClient client = context.getBean(SlotwiseClient.class);
    assertThat(((SlotwiseConnectionFactory) factory).getClient()).isSameAs(client);
    assertThat(client.config().mode()).isEqualTo(SlotwiseConfig.Mode.CLUSTER);
  }

  @Test
  void bootsTemplatesAndAJsonTemplate() {
    StringRedisTemplate strings = context.getBean(StringRedisTemplate.class);
    for (int i = 0; i < 50; i++) {
      strings.opsForValue().set("starter:s:" + i, "v" + i);
    }
    assertThat(strings.opsForValue().multiGet(List.of("starter:s:1", "starter:s:49")))
        .containsExactly("v1", "v49");

    @SuppressWarnings("unchecked")
    RedisTemplate<String, Object> json = context.getBean("jsonTemplate", RedisTemplate.class);
    json.opsForValue()
        .set("starter:json", new HashMap<>(Map.of("name", "slotwise", "slots", 16384)));
    assertThat(json.opsForValue().get("starter:json"))
        .isEqualTo(Map.of("name", "slotwise", "slots", 16384));
    assertThat(strings.opsForValue().get("starter:json")).contains("\"slots\":16384");

    RedisTemplate<?, ?> boots = context.getBean("redisTemplate", RedisTemplate.class);
    assertThat(boots.getConnectionFactory()).isInstanceOf(SlotwiseConnectionFactory.class);
  }

  @Test
  void cacheableHitMissAndEvictThroughRedisCacheManager() {
    assertThat(context.getBean(CacheManager.class)).isInstanceOf(RedisCacheManager.class);
    StarterApps.Books books = context.getBean(StarterApps.Books.class);
    StringRedisTemplate strings = context.getBean(StringRedisTemplate.class);
    int before = books.lookups();
    assertThat(books.title("978-1")).isEqualTo("title of 978-1"); // miss
    assertThat(books.title("978-1")).isEqualTo("title of 978-1"); // hit
    assertThat(books.lookups() - before).isEqualTo(1);
    assertThat(strings.hasKey("books::978-1")).isTrue();
    books.evict("978-1");
    assertThat(strings.hasKey("books::978-1")).isFalse();
    assertThat(books.title("978-1")).isEqualTo("title of 978-1"); // miss again
    assertThat(books.lookups() - before).isEqualTo(2);
  }

  @Test
  void listenerContainerGetsChannelAndPatternMessages() {
    StringRedisTemplate strings = context.getBean(StringRedisTemplate.class);
    StarterApps.Inbox inbox = context.getBean(StarterApps.Inbox.class);
    // The container subscribes in the background: publish until each subscription has delivered.
    Await.until(
        "a channel message",
        Duration.ofSeconds(30),
        () -> {
          strings.convertAndSend("news", "hello");
          return inbox.messages().contains("channel hello");
        });
    Await.until(
        "a pattern message",
        Duration.ofSeconds(30),
        () -> {
          strings.convertAndSend("alerts.disk", "full");
          return inbox.messages().contains("pattern full");
        });
  }

  @Test
  void bootsRedisHealthIsUpWithClusterDetails() {
    Map<String, Object> health = BootHealth.redis(context);
    assertThat(health).containsEntry("status", "UP");
    assertThat(health).containsEntry("cluster_size", 3L).containsEntry("slots_up", 16384L);
    assertThat(health).containsEntry("slots_fail", 0L);
    assertThat(context.getBeanNamesForType(SlotwiseClient.class)).hasSize(1);
  }
}
