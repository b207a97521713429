package io.slotwise.spring;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.data.redis.serializer.GenericJackson2JsonRedisSerializer;
import org.springframework.data.redis.serializer.StringRedisSerializer;

/**
 * The application the starter tests run: what a Boot application on spring-boot-starter-data-redis
 * typically has (a JSON {@code RedisTemplate}, an {@code @Cacheable} service, a listener
 * container), with no Slotwise type anywhere. Started without a web server, Boot 3 and 4 alike.
 */
final class StarterApps {
  private StarterApps() {}

  static ConfigurableApplicationContext start(String... properties) {
    return new SpringApplicationBuilder(App.class)
        .web(WebApplicationType.NONE)
        .properties(properties)
        .run();
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @EnableCaching
  static class App {
    // Jackson 2's serializer: deprecated for Jackson 3 in Spring Data Redis 4, still what most
    // applications use.
    @Bean
    @SuppressWarnings({"deprecation", "removal"})
    RedisTemplate<String, Object> jsonTemplate(RedisConnectionFactory factory) {
      RedisTemplate<String, Object> t = new RedisTemplate<>();
      t.setConnectionFactory(factory);
      t.setKeySerializer(StringRedisSerializer.UTF_8);
      t.setValueSerializer(new GenericJackson2JsonRedisSerializer());
      return t;
    }

    @Bean
    Books books() {
      return new Books();
    }

    @Bean
    Inbox inbox() {
      return new Inbox();
    }

    @Bean
    RedisMessageListenerContainer listenerContainer(RedisConnectionFactory factory, Inbox inbox) {
      RedisMessageListenerContainer c = new RedisMessageListenerContainer();
      c.setConnectionFactory(factory);
      c.addMessageListener(
          (message, pattern) -> inbox.add("channel " + new String(message.getBody())),
          new ChannelTopic("news"));
      c.addMessageListener(
          (message, pattern) -> inbox.add("pattern " + new String(message.getBody())),
          new PatternTopic("alerts.*"));
      return c;
    }
  }

  /** An {@code @Cacheable} service that counts the calls that reach it. */
  static class Books {
    private final AtomicInteger lookups = new AtomicInteger();

    /** Calls that reached the method (public: the cache proxy forwards it). */
    public int lookups() {
      return lookups.get();
    }

    @Cacheable("books")
    public String title(String isbn) {
      lookups.incrementAndGet();
      return "title of " + isbn;
    }

    @CacheEvict("books")
    public void evict(String isbn) {}
  }

  /** Messages the listener container delivered, in arrival order. Thread-safe. */
  static class Inbox {
    private final List<String> messages = new ArrayList<>();

    synchronized void add(String message) {
      messages.add(message);
    }

    synchronized List<String> messages() {
      return new ArrayList<>(messages);
    }
  }
}
