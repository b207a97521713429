package io.slotwise.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.SlotwiseClient;
import io.slotwise.SlotwiseConfig;
import io.slotwise.testkit.RedisServerProcess;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * {@code spring.data.redis.url} on a standalone server with a password: the URL's credentials and
 * database are used (and win over {@code spring.data.redis.password} / {@code database}), and
 * Boot's {@code redis} health reports the server's version.
 */
class SpringDataRedisUrlIT {

  @Test
  void urlWithPasswordAndDatabase() {
    try (RedisServerProcess server = RedisServerProcess.start("--requirepass", "s3cret")) {
      String url = "redis://:s3cret@" + server.address() + "/3";
      try (ConfigurableApplicationContext context =
          StarterApps.start(
              "spring.data.redis.url=" + url,
              "spring.data.redis.password=wrong",
              "spring.data.redis.database=5")) {
        SlotwiseClient client = context.getBean(SlotwiseClient.class);
        assertThat(client.config().mode()).isEqualTo(SlotwiseConfig.Mode.STANDALONE);
        StringRedisTemplate strings = context.getBean(StringRedisTemplate.class);
        strings.opsForValue().set("url:k", "in db 3");
        assertThat(strings.opsForValue().get("url:k")).isEqualTo("in db 3");
        assertThat(valueIn(server, 3)).isEqualTo("in db 3");
        assertThat(valueIn(server, 0)).isNull();

        Map<String, Object> health = BootHealth.redis(context);
        assertThat(health).containsEntry("status", "UP").containsKey("version");
      }
    }
  }

  private static String valueIn(RedisServerProcess server, int database) {
    try (SlotwiseClient direct =
        SlotwiseClient.create(
            SlotwiseConfig.standalone(server.address().toString())
                .password("s3cret")
                .database(database)
                .build())) {
      return direct.sync().get("url:k");
    }
  }
}
