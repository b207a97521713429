package io.slotwise.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RedisServerProcessIT {

  @Test
  void startsAnswersAndStops() {
    RedisServerProcess server = RedisServerProcess.start();
    try {
      assertThat(server.isAlive()).isTrue();
      assertThat(server.address().host()).isEqualTo("127.0.0.1");
      assertThat(server.call("PING")).isEqualTo("PONG");
      assertThat(server.call("SET", "k", "v")).isEqualTo("OK");
      assertThat(server.call("GET", "k")).isEqualTo("v");
      assertThat(server.call("INCR", "n")).isEqualTo(1L);
      assertThat(server.call("GET", "missing")).isNull();
      assertThat(server.call("CONFIG", "GET", "save")).isEqualTo(java.util.List.of("save", ""));
      assertThatThrownBy(() -> server.call("NOSUCHCOMMAND"))
          .isInstanceOf(RespTestClient.ServerError.class)
          .hasMessageContaining("unknown command");
      assertThat(server.logTail(50)).contains("Ready to accept connections");
    } finally {
      server.close();
    }
    assertThat(server.isAlive()).isFalse();
    assertThat(ProcessHandle.of(server.pid()).filter(ProcessHandle::isAlive)).isEmpty();
    assertThat(server.directory()).doesNotExist();
  }

  @Test
  void killThenRestartKeepsThePort() {
    try (RedisServerProcess server = RedisServerProcess.start()) {
      int port = server.port();
      long pid = server.pid();
      server.kill();
      assertThat(server.isAlive()).isFalse();
      assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
      server.restart();
      assertThat(server.port()).isEqualTo(port);
      assertThat(server.pid()).isNotEqualTo(pid);
      assertThat(server.call("PING")).isEqualTo("PONG");
    }
  }

  @Test
  void pauseBlocksRepliesUntilResume() throws Exception {
    try (RedisServerProcess server = RedisServerProcess.start();
        RespTestClient client = server.client()) {
      server.pause();
      assertThat(server.isPaused()).isTrue();
      CompletableFuture<Object> reply = CompletableFuture.supplyAsync(() -> client.call("PING"));
      assertThat(reply).isNotCompleted();
      Await.pause(Duration.ofMillis(200));
      assertThat(reply).as("no reply while paused").isNotCompleted();
      server.resume();
      assertThat(reply.get(5, TimeUnit.SECONDS)).isEqualTo("PONG");
    }
  }

  @Test
  void requirepassArgsAreUsedByTheKitsOwnConnections() {
    try (RedisServerProcess server = RedisServerProcess.start("--requirepass", "s3cret")) {
      assertThat(server.call("SET", "a", "1")).isEqualTo("OK");
      try (RespTestClient anonymous = RespTestClient.connect(server.address())) {
        assertThatThrownBy(() -> anonymous.call("GET", "a"))
            .isInstanceOf(RespTestClient.ServerError.class)
            .extracting(e -> ((RespTestClient.ServerError) e).kind())
            .isEqualTo("NOAUTH");
      }
    }
  }

  @Test
  void stoppedProcessesLeaveTheRegistry() {
    int before = ProcessRegistry.liveCount();
    RedisServerProcess server = RedisServerProcess.start();
    assertThat(ProcessRegistry.liveCount()).isEqualTo(before + 1);
    server.close();
    assertThat(ProcessRegistry.liveCount()).isEqualTo(before);
  }

  @Test
  void restartOntoAPortAnotherServerTookFailsInsteadOfTalkingToThatServer() throws Exception {
    try (RedisServerProcess server = RedisServerProcess.start()) {
      int port = server.port();
      server.stop();
      Process squatter =
          new ProcessBuilder(
                  RedisBinary.get().path().toString(),
                  "--port",
                  Integer.toString(port),
                  "--bind",
                  "127.0.0.1",
                  "--save",
                  "",
                  "--appendonly",
                  "no")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      ProcessReaper.watch(squatter.pid()); // dies with this JVM, however it ends
      try {
        Await.until(
            "the other server answers on " + port,
            Duration.ofSeconds(10),
            () -> {
              try (RespTestClient c =
                  RespTestClient.connect(server.address(), Duration.ofSeconds(1))) {
                return "PONG".equals(c.call("PING"));
              } catch (RuntimeException e) {
                return false;
              }
            });
        assertThatThrownBy(server::restart)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("port " + port)
            .hasMessageContaining("already in use")
            .hasMessageContaining("Failed listening on port " + port);
        assertThat(server.isAlive()).isFalse();
        assertThat(squatter.isAlive()).isTrue();
      } finally {
        squatter.destroyForcibly();
        squatter.waitFor(10, TimeUnit.SECONDS);
        ProcessReaper.forget(squatter.pid());
      }
    }
  }

  @Test
  void processIdIsReadFromInfoServer() {
    assertThat(
            RedisServerProcess.processId("# Server\r\nredis_version:7.0.15\r\nprocess_id:4242\r\n"))
        .isEqualTo(4242L);
    assertThat(RedisServerProcess.processId("# Server\r\n")).isEqualTo(-1L);
    assertThat(RedisServerProcess.processId(null)).isEqualTo(-1L);
  }
}
