package io.slotwise.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.testkit.Await;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.serializer.StringRedisSerializer;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.data.redis.RedisSessionRepository;

/**
 * Spring Session's Redis repository on the starter's connection factory, on the local cluster:
 * create, read, change, and expire by the server's TTL. The repository is built the way Spring
 * Session's own configuration builds it (String keys, JDK-serialized attributes); the web filter
 * around it is not under test.
 */
@ExtendWith(RedisExtension.class)
class SpringSessionIT {
  private static ConfigurableApplicationContext context;
  private static SessionRepository<Session> sessions;

  @BeforeAll
  static void start(LocalRedisCluster cluster) {
    context =
        StarterApps.start("spring.data.redis.cluster.nodes=" + String.join(",", cluster.seeds()));
    RedisTemplate<String, Object> template = new RedisTemplate<>();
    template.setConnectionFactory(context.getBean(RedisConnectionFactory.class));
    template.setKeySerializer(StringRedisSerializer.UTF_8);
    template.setHashKeySerializer(StringRedisSerializer.UTF_8);
    template.afterPropertiesSet();
    sessions = repository(new RedisSessionRepository(template));
  }

  /** The repository as the web filter sees it: through {@link Session} only. */
  @SuppressWarnings("unchecked")
  private static SessionRepository<Session> repository(SessionRepository<?> repository) {
    return (SessionRepository<Session>) repository;
  }

  @AfterAll
  static void stop() {
    if (context != null) {
      context.close();
    }
  }

  @Test
  void createReadChangeAndExpire() {
    Session session = sessions.createSession();
    session.setAttribute("user", "ada");
    session.setMaxInactiveInterval(Duration.ofSeconds(2));
    sessions.save(session);
    String id = session.getId();

    Session read = sessions.findById(id);
    assertThat(read).isNotNull();
    assertThat((String) read.getAttribute("user")).isEqualTo("ada");
    read.setAttribute("cart", 3);
    sessions.save(read);
    assertThat((Integer) sessions.findById(id).getAttribute("cart")).isEqualTo(3);

    StringRedisTemplate strings = context.getBean(StringRedisTemplate.class);
    String key = "spring:session:sessions:" + id;
    assertThat(strings.getExpire(key)).isBetween(1L, 2L);
    Await.until("the session key expired", Duration.ofSeconds(30), () -> !strings.hasKey(key));
    assertThat(sessions.findById(id)).isNull();
  }

  @Test
  void deleteById() {
    Session session = sessions.createSession();
    session.setAttribute("user", "grace");
    sessions.save(session);
    assertThat(sessions.findById(session.getId())).isNotNull();
    sessions.deleteById(session.getId());
    assertThat(sessions.findById(session.getId())).isNull();
  }
}
