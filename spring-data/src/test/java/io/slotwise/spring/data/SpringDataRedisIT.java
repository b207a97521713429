package io.slotwise.spring.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.SlotwiseConfig;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.data.redis.serializer.GenericJackson2JsonRedisSerializer;
import org.springframework.data.redis.serializer.StringRedisSerializer;

/**
 * Spring Data Redis templates, pipelines, transactions and the listener container on the factory,
 * against the test kit's local cluster and standalone server, over RESP2 and RESP3.
 */
@ExtendWith(RedisExtension.class)
class SpringDataRedisIT {
  private static LocalRedisCluster cluster;
  private static RedisServerProcess server;
  private SlotwiseConnectionFactory factory;

  @BeforeAll
  static void servers(LocalRedisCluster sharedCluster, RedisServerProcess sharedServer) {
    cluster = sharedCluster;
    server = sharedServer;
  }

  static Stream<Arguments> targets() {
    return Stream.of(
        Arguments.of("cluster", SlotwiseConfig.Protocol.RESP2),
        Arguments.of("cluster", SlotwiseConfig.Protocol.RESP3),
        Arguments.of("standalone", SlotwiseConfig.Protocol.RESP2),
        Arguments.of("standalone", SlotwiseConfig.Protocol.RESP3));
  }

  private SlotwiseConnectionFactory factory(String target, SlotwiseConfig.Protocol protocol) {
    SlotwiseConfig.Builder b =
        target.equals("cluster")
            ? SlotwiseConfig.cluster(cluster.seeds())
            : SlotwiseConfig.standalone(server.address().toString());
    factory = new SlotwiseConnectionFactory(b.protocol(protocol).build());
    factory.afterPropertiesSet();
    return factory;
  }

  @AfterEach
  void close() {
    if (factory != null) {
      factory.destroy();
    }
  }

  @ParameterizedTest
  @MethodSource("targets")
  void templatesPipelinesAndTransactions(String target, SlotwiseConfig.Protocol protocol) {
    SlotwiseConnectionFactory f = factory(target, protocol);
    StringRedisTemplate strings = new StringRedisTemplate(f);
    strings.afterPropertiesSet();
    String p = "sdr:" + target + protocol + ":";

    strings.opsForValue().set(p + "a", "1");
    assertThat(strings.opsForValue().get(p + "a")).isEqualTo("1");
    assertThat(strings.opsForValue().setIfAbsent(p + "a", "2")).isFalse();
    assertThat(strings.opsForValue().increment(p + "n", 5)).isEqualTo(5L);
    strings.opsForHash().putAll(p + "h", Map.of("f1", "v1", "f2", "v2"));
    assertThat(strings.opsForHash().entries(p + "h")).containsEntry("f1", "v1").hasSize(2);
    strings.opsForZSet().add(p + "z", "m", 1.5);
    assertThat(strings.opsForZSet().score(p + "z", "m")).isEqualTo(1.5);
    assertThat(strings.opsForZSet().rangeWithScores(p + "z", 0, -1)).hasSize(1);
    strings.opsForList().rightPushAll(p + "l", "x", "y");
    assertThat(strings.opsForList().range(p + "l", 0, -1)).containsExactly("x", "y");
    assertThat(strings.delete(List.of(p + "a", p + "n", p + "h", p + "z", p + "l"))).isEqualTo(5L);
    // SINTERCARD (declared by Spring Data Redis 4.0; implemented for both lines).
    strings.opsForSet().add("{" + p + "}s1", "a", "b", "c");
    strings.opsForSet().add("{" + p + "}s2", "b", "c", "d");
    try (RedisConnection c = f.getConnection()) {
      assertThat(
              ((SlotwiseSetCommands) c.setCommands())
                  .sInterCard(bytes("{" + p + "}s1"), bytes("{" + p + "}s2")))
          .isEqualTo(2L);
    }

    RedisTemplate<String, Object> json = new RedisTemplate<>();
    json.setConnectionFactory(f);
    json.setKeySerializer(new StringRedisSerializer());
    json.setValueSerializer(new GenericJackson2JsonRedisSerializer());
    json.afterPropertiesSet();
    json.opsForValue().set(p + "json", new java.util.HashMap<>(Map.of("name", "ada", "age", 36)));
    assertThat(json.opsForValue().get(p + "json")).isEqualTo(Map.of("name", "ada", "age", 36));

    List<Object> piped =
        strings.executePipelined(
            (org.springframework.data.redis.core.RedisCallback<Object>)
                connection -> {
                  for (int i = 0; i < 50; i++) {
                    connection.stringCommands().set(bytes(p + "k" + i), bytes("v" + i));
                  }
                  for (int i = 0; i < 50; i++) {
                    connection.stringCommands().get(bytes(p + "k" + i));
                  }
                  return null;
                });
    assertThat(piped).hasSize(100);
    assertThat(piped.get(0)).isEqualTo(true);
    assertThat(piped.get(50 + 7)).isEqualTo("v7");

    String balance = p + "{acct}:balance";
    strings.opsForValue().set(balance, "100");
    List<Object> committed = strings.execute(transfer(balance, null));
    assertThat(committed).containsExactly(90L);
    List<Object> conflicted = strings.execute(transfer(balance, strings));
    assertThat(conflicted).isEmpty();
    assertThat(strings.opsForValue().get(balance)).isEqualTo("1000");
  }

  /** WATCH, read, (a conflicting write from elsewhere), MULTI, DECRBY, EXEC. */
  private static SessionCallback<List<Object>> transfer(String key, StringRedisTemplate other) {
    return new SessionCallback<>() {
      @Override
      @SuppressWarnings("unchecked")
      public <K, V> List<Object> execute(RedisOperations<K, V> operations)
          throws DataAccessException {
        RedisOperations<String, String> ops = (RedisOperations<String, String>) operations;
        ops.watch(key);
        String before = ops.opsForValue().get(key);
        assertThat(before).isNotNull();
        if (other != null) {
          other.opsForValue().set(key, "1000");
        }
        ops.multi();
        ops.opsForValue().decrement(key, 10);
        return ops.exec();
      }
    };
  }

  @ParameterizedTest
  @MethodSource("targets")
  void listenerContainerGetsChannelAndPatternMessages(
      String target, SlotwiseConfig.Protocol protocol) throws Exception {
    SlotwiseConnectionFactory f = factory(target, protocol);
    BlockingQueue<String> received = new LinkedBlockingQueue<>();
    BlockingQueue<byte[]> bodies = new LinkedBlockingQueue<>();
    RedisMessageListenerContainer container = new RedisMessageListenerContainer();
    container.setConnectionFactory(f);
    container.addMessageListener(
        (message, pattern) -> {
          bodies.add(message.getBody());
          received.add(
              new String(message.getChannel(), StandardCharsets.UTF_8)
                  + "="
                  + new String(message.getBody(), StandardCharsets.UTF_8));
        },
        List.of(new ChannelTopic("news"), new PatternTopic("orders.*")));
    container.afterPropertiesSet();
    container.start();
    try {
      StringRedisTemplate strings = new StringRedisTemplate(f);
      strings.afterPropertiesSet();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      String got = null;
      while (got == null && System.nanoTime() < deadline) {
        strings.convertAndSend("news", "hello");
        got = received.poll(200, TimeUnit.MILLISECONDS);
      }
      assertThat(got).isEqualTo("news=hello");
      strings.convertAndSend("orders.eu", "o1");
      String next;
      do {
        next = received.poll(10, TimeUnit.SECONDS);
      } while ("news=hello".equals(next));
      assertThat(next).isEqualTo("orders.eu=o1");
      // Not UTF-8: arrives byte for byte.
      byte[] binary = {(byte) 0xff, 0, (byte) 0xc3, (byte) 0x28, 7};
      try (RedisConnection c = f.getConnection()) {
        c.publish(bytes("news"), binary);
      }
      byte[] body;
      do {
        body = bodies.poll(10, TimeUnit.SECONDS);
      } while (body != null && !java.util.Arrays.equals(body, binary));
      assertThat(body).isEqualTo(binary);
    } finally {
      container.stop();
      container.destroy();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
