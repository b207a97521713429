package io.slotwise.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ForwardingProxyIT {
  private static RedisServerProcess redis;
  private static ForwardingProxy proxy;

  @BeforeAll
  static void start() {
    redis = RedisServerProcess.start();
    proxy = ForwardingProxy.start(redis.address());
  }

  @AfterAll
  static void stop() {
    if (proxy != null) {
      proxy.close();
    }
    if (redis != null) {
      redis.close();
    }
  }

  @Test
  void forwardsToTheSharedKeyspaceAndCountsCommands() {
    long before = proxy.commands();
    try (RespTestClient c = RespTestClient.connect(proxy.address())) {
      assertThat(c.call("SET", "fp:k", "v1")).isEqualTo("OK");
      assertThat(c.call("GET", "fp:k")).isEqualTo("v1");
    }
    assertThat(redis.call("GET", "fp:k")).isEqualTo("v1");
    assertThat(proxy.commands() - before).isEqualTo(2);
  }

  @Test
  void refusesLikeCodisInReplyOrderAndKeepsTheConnection() {
    try (RespTestClient c = RespTestClient.connect(proxy.address())) {
      c.send("SET", "fp:a", "1");
      c.send("KEYS", "*");
      c.send("GET", "fp:a");
      c.send("client", "setname", "x");
      c.send("HELLO", "3");
      c.send("INCR", "fp:n");
      assertThat(c.read()).isEqualTo("OK");
      assertThat(errorText(c)).isEqualTo("ERR handle request, command 'KEYS' is not allowed");
      assertThat(c.read()).isEqualTo("1");
      assertThat(errorText(c)).isEqualTo("ERR handle request, command 'CLIENT' is not allowed");
      assertThat(errorText(c)).isEqualTo("ERR unknown command 'HELLO'");
      assertThat(c.read()).isInstanceOf(Long.class);
      assertThat(c.call("PING")).isEqualTo("PONG");
    }
  }

  @Test
  void relaysArraysAndLargeValues() {
    String big = "x".repeat(200_000);
    try (RespTestClient c = RespTestClient.connect(proxy.address())) {
      c.call("SET", "fp:big", big);
      c.call("RPUSH", "fp:list", "a", "b", "c");
      assertThat(c.call("GET", "fp:big")).isEqualTo(big);
      assertThat(c.call("LRANGE", "fp:list", "0", "-1")).isEqualTo(List.of("a", "b", "c"));
      assertThat(c.call("MGET", "fp:nope", "fp:list")).asList().hasSize(2);
    }
  }

  @Test
  void killDropsConnectionsAndRestartListensAgain() {
    ForwardingProxy p = ForwardingProxy.start(redis.address());
    try {
      RespTestClient c = RespTestClient.connect(p.address(), Duration.ofSeconds(2));
      assertThat(c.call("PING")).isEqualTo("PONG");
      p.kill();
      assertThat(p.isListening()).isFalse();
      assertThatThrownBy(() -> c.call("PING")).isNotNull();
      c.close();
      // No "a new connect fails" check here: the freed port may be taken at once by any other
      // process binding port 0 on a shared machine; isListening() above says the socket is gone.
      p.restart();
      try (RespTestClient again = RespTestClient.connect(p.address())) {
        assertThat(again.call("PING")).isEqualTo("PONG");
      }
    } finally {
      p.close();
    }
  }

  private static String errorText(RespTestClient c) {
    try {
      Object reply = c.read();
      throw new AssertionError("expected an error reply, got " + reply);
    } catch (RespTestClient.ServerError e) {
      return e.reply();
    }
  }
}
