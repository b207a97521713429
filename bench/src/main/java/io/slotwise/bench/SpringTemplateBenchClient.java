package io.slotwise.bench;

import io.slotwise.SlotwiseConfig;
import io.slotwise.spring.data.SlotwiseConnectionFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A Spring Data Redis {@link StringRedisTemplate} on one of two connection factories, as a Spring
 * Boot application has it: Boot's default {@link LettuceConnectionFactory} (one shared native
 * connection, Spring Data's defaults) or Slotwise's {@link SlotwiseConnectionFactory}. Keys and
 * values go through the template as Strings, as application code passes them. Thread-safe for
 * set/get; closes the factory it creates.
 */
final class SpringTemplateBenchClient implements BenchClient {
  static final String SLOTWISE = "spring-slotwise";
  static final String LETTUCE = "spring-lettuce";

  private final String name;
  private final StringRedisTemplate template;
  private final AutoCloseable factory;
  private final byte[] valueBytes;
  private final String value;

  private SpringTemplateBenchClient(
      String name, RedisConnectionFactory factory, AutoCloseable closer) {
    this.name = name;
    this.template = new StringRedisTemplate(factory);
    this.factory = closer;
    this.valueBytes = new KeySpace(1).value();
    this.value = new String(valueBytes, StandardCharsets.UTF_8);
  }

  static SpringTemplateBenchClient slotwise(String[] seeds) {
    SlotwiseConnectionFactory f =
        new SlotwiseConnectionFactory(SlotwiseConfig.cluster(seeds).build());
    f.afterPropertiesSet();
    return new SpringTemplateBenchClient(SLOTWISE, f, f::destroy);
  }

  static SpringTemplateBenchClient lettuce(String[] seeds) {
    LettuceConnectionFactory f =
        new LettuceConnectionFactory(new RedisClusterConfiguration(List.of(seeds)));
    f.afterPropertiesSet();
    f.start();
    return new SpringTemplateBenchClient(LETTUCE, f, f::destroy);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void set(byte[] key, byte[] v) {
    template.opsForValue().set(string(key), Arrays.equals(v, valueBytes) ? value : string(v));
  }

  @Override
  public byte[] get(byte[] key) {
    String v = template.opsForValue().get(string(key));
    return v == null ? null : v.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean supportsAsync() {
    return false;
  }

  @Override
  public CompletionStage<?> getAsync(byte[] key) {
    throw new UnsupportedOperationException(name + ": a RedisTemplate has no async API");
  }

  @Override
  public CompletionStage<?> setAsync(byte[] key, byte[] v) {
    throw new UnsupportedOperationException(name + ": a RedisTemplate has no async API");
  }

  @Override
  public int pipeline(byte[][] keys, byte[] v) {
    String s = string(v);
    List<Object> replies =
        template.executePipelined(
            (org.springframework.data.redis.core.RedisCallback<Object>)
                connection -> {
                  for (int i = 0; i < keys.length; i++) {
                    byte[] k = keys[i];
                    if ((i & 1) == 0) {
                      connection.stringCommands().set(k, s.getBytes(StandardCharsets.UTF_8));
                    } else {
                      connection.stringCommands().get(k);
                    }
                  }
                  return null;
                });
    return replies.size();
  }

  @Override
  public List<byte[]> mget(byte[][] keys) {
    List<String> names = new ArrayList<>(keys.length);
    for (byte[] k : keys) {
      names.add(string(k));
    }
    List<byte[]> out = new ArrayList<>(keys.length);
    for (String v : template.opsForValue().multiGet(names)) {
      out.add(v == null ? null : v.getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  private static String string(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      factory.close();
    } catch (Exception e) {
      throw new IllegalStateException(name + ": closing the connection factory failed", e);
    }
  }
}
