package io.slotwise.spring.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.SlotwiseConfig;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.data.redis.serializer.GenericJackson2JsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext;
import org.springframework.data.redis.serializer.StringRedisSerializer;

/**
 * A plain Spring application context ({@code @Configuration}, {@code @EnableCaching}) on the
 * factory, as an application declares it: the factory bean's lifecycle, a JSON {@link
 * RedisTemplate}, {@link StringRedisTemplate}, {@code @Cacheable}/{@code @CacheEvict} through
 * {@link RedisCacheManager}, {@code executePipelined} across slots, a {@link SessionCallback}
 * transaction and a {@link RedisMessageListenerContainer} bean receiving channel and pattern
 * messages; on the local cluster and a standalone server, over RESP2 and RESP3.
 */
@ExtendWith(RedisExtension.class)
class SpringContextIT {
  private static LocalRedisCluster cluster;
  private static RedisServerProcess server;

  @BeforeAll
  static void servers(LocalRedisCluster sharedCluster, RedisServerProcess sharedServer) {
    cluster = sharedCluster;
    server = sharedServer;
  }

  static Stream<Arguments> targets() {
    return SpringDataRedisIT.targets();
  }

  /** What the application declares. */
  @Configuration
  @EnableCaching
  static class AppConfig {
    @Bean
    SlotwiseConnectionFactory redisConnectionFactory(SlotwiseConfig config) {
      return new SlotwiseConnectionFactory(config);
    }

    @Bean
    StringRedisTemplate stringRedisTemplate(RedisConnectionFactory factory) {
      return new StringRedisTemplate(factory);
    }

    @Bean
    RedisTemplate<String, Object> jsonTemplate(RedisConnectionFactory factory) {
      RedisTemplate<String, Object> t = new RedisTemplate<>();
      t.setConnectionFactory(factory);
      t.setKeySerializer(new StringRedisSerializer());
      t.setValueSerializer(new GenericJackson2JsonRedisSerializer());
      return t;
    }

    @Bean
    CacheManager cacheManager(RedisConnectionFactory factory) {
      return RedisCacheManager.builder(factory)
          .cacheDefaults(
              RedisCacheConfiguration.defaultCacheConfig()
                  .entryTtl(Duration.ofMinutes(5))
                  .serializeValuesWith(
                      RedisSerializationContext.SerializationPair.fromSerializer(
                          new GenericJackson2JsonRedisSerializer())))
          .build();
    }

    @Bean
    BookService bookService() {
      return new BookService();
    }

    @Bean
    RedisMessageListenerContainer container(RedisConnectionFactory factory, Inbox inbox) {
      RedisMessageListenerContainer c = new RedisMessageListenerContainer();
      c.setConnectionFactory(factory);
      c.addMessageListener(
          (message, pattern) ->
              inbox.messages.add(
                  new String(message.getChannel(), StandardCharsets.UTF_8)
                      + "="
                      + new String(message.getBody(), StandardCharsets.UTF_8)),
          List.of(new ChannelTopic("ctx.news"), new PatternTopic("ctx.orders.*")));
      return c;
    }

    @Bean
    Inbox inbox() {
      return new Inbox();
    }
  }

  /** Messages the listener container delivered. */
  static class Inbox {
    final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
  }

  /** A cached service: counts the calls that reach it. */
  static class BookService {
    final AtomicInteger calls = new AtomicInteger();

    @Cacheable("books")
    public Map<String, Object> find(String isbn) {
      calls.incrementAndGet();
      return new HashMap<>(Map.of("isbn", isbn, "title", "Title of " + isbn));
    }

    /** Through the proxy: the calls that reached the real method. */
    public int calls() {
      return calls.get();
    }

    @CacheEvict("books")
    public void evict(String isbn) {}
  }

  static AnnotationConfigApplicationContext context(SlotwiseConfig config) {
    AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext();
    ctx.registerBean(SlotwiseConfig.class, () -> config);
    ctx.register(AppConfig.class);
    ctx.refresh();
    return ctx;
  }

  static SlotwiseConfig config(
      String target, SlotwiseConfig.Protocol protocol, LocalRedisCluster c, RedisServerProcess s) {
    SlotwiseConfig.Builder b =
        target.equals("cluster")
            ? SlotwiseConfig.cluster(c.seeds())
            : SlotwiseConfig.standalone(s.address().toString());
    return b.protocol(protocol).build();
  }

  @ParameterizedTest
  @MethodSource("targets")
  @SuppressWarnings("unchecked")
  void applicationContextRunsTemplatesCachesPipelinesTransactionsAndListeners(
      String target, SlotwiseConfig.Protocol protocol) throws Exception {
    SlotwiseConnectionFactory factory;
    try (AnnotationConfigApplicationContext ctx =
        context(config(target, protocol, cluster, server))) {
      factory = ctx.getBean(SlotwiseConnectionFactory.class);
      String p = "ctx:" + target + protocol + ":";
      StringRedisTemplate strings = ctx.getBean(StringRedisTemplate.class);
      RedisTemplate<String, Object> json = ctx.getBean("jsonTemplate", RedisTemplate.class);

      strings.opsForValue().set(p + "s", "v");
      assertThat(strings.opsForValue().get(p + "s")).isEqualTo("v");
      assertThat(strings.opsForValue().increment(p + "n")).isEqualTo(1L);
      json.opsForValue()
          .set(
              p + "j",
              new HashMap<>(Map.of("name", "ada", "langs", new ArrayList<>(List.of("en")))));
      assertThat(json.opsForValue().get(p + "j"))
          .isEqualTo(Map.of("name", "ada", "langs", List.of("en")));
      assertThat(strings.opsForValue().get(p + "j")).contains("\"name\":\"ada\"");

      BookService books = ctx.getBean(BookService.class);
      String isbn = p + "978-0";
      assertThat(books.find(isbn)).containsEntry("title", "Title of " + isbn);
      assertThat(books.find(isbn)).containsEntry("title", "Title of " + isbn);
      assertThat(books.calls()).as("second call served from Redis").isEqualTo(1);
      assertThat(strings.hasKey("books::" + isbn)).isTrue();
      books.evict(isbn);
      assertThat(strings.hasKey("books::" + isbn)).isFalse();
      books.find(isbn);
      assertThat(books.calls()).as("miss after evict").isEqualTo(2);

      List<Object> piped =
          strings.executePipelined(
              (RedisCallback<Object>)
                  connection -> {
                    for (int i = 0; i < 20; i++) {
                      connection.stringCommands().set(b(p + "pk" + i), b("v" + i));
                      connection.stringCommands().get(b(p + "pk" + i));
                    }
                    return null;
                  });
      assertThat(piped).hasSize(40);
      for (int i = 0; i < 20; i++) {
        assertThat(piped.get(2 * i)).isEqualTo(true);
        assertThat(piped.get(2 * i + 1)).isEqualTo("v" + i);
      }

      String account = p + "{acct}";
      strings.opsForValue().set(account + ":a", "100");
      List<Object> tx =
          strings.execute(
              new SessionCallback<List<Object>>() {
                @Override
                public <K, V> List<Object> execute(RedisOperations<K, V> operations)
                    throws DataAccessException {
                  RedisOperations<String, String> ops =
                      (RedisOperations<String, String>) operations;
                  ops.watch(account + ":a");
                  ops.multi();
                  ops.opsForValue().decrement(account + ":a", 30);
                  ops.opsForValue().increment(account + ":b", 30);
                  return ops.exec();
                }
              });
      assertThat(tx).containsExactly(70L, 30L);

      Inbox inbox = ctx.getBean(Inbox.class);
      awaitDelivery(strings, inbox, "ctx.news", "hello");
      awaitDelivery(strings, inbox, "ctx.orders.eu", "o1");
    }
    assertThatThrownBy(factory::getConnection)
        .as("closing the context destroyed the factory and its client")
        .isInstanceOf(InvalidDataAccessApiUsageException.class);
  }

  /** Publishes until the listener got the message (subscriptions confirm asynchronously). */
  static void awaitDelivery(StringRedisTemplate strings, Inbox inbox, String channel, String body)
      throws InterruptedException {
    String expected = channel + "=" + body;
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        strings.convertAndSend(channel, body);
      } catch (DataAccessException e) {
        // a node is on its way back: publish again
      }
      String got = inbox.messages.poll(250, TimeUnit.MILLISECONDS);
      while (got != null && !got.equals(expected)) {
        got = inbox.messages.poll();
      }
      if (got != null) {
        inbox.messages.clear();
        return;
      }
    }
    throw new AssertionError("no " + expected + " within 60 s");
  }

  static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
