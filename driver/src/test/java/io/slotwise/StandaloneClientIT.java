package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.commands.RedisCommands;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.Isolated;
import io.slotwise.testkit.RedisBinary;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import io.slotwise.testkit.TestCertificates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The standalone client through its public API: timeouts, a dying server, AUTH, TLS. */
@ExtendWith(RedisExtension.class)
class StandaloneClientIT {

  @Test
  void aTimeoutFailsOnlyThatCommandAndTheConnectionKeepsServing(RedisServerProcess server) {
    SlotwiseConfig config =
        SlotwiseConfig.standalone(server.address().toString())
            .commandTimeout(Duration.ofMillis(300))
            // Sync calls through the shared connection: a caller-thread link that timed out is
            // closed instead (see the next test).
            .syncConnectionsPerNode(0)
            .build();
    try (SlotwiseClient client = SlotwiseClient.create(config)) {
      RedisCommands redis = client.sync();
      redis.set("k", "v");
      Object connectionId = redis.execute("CLIENT", "ID");
      timeOutOneGetThenServeAgain(redis, server);
      // Once the server is done blocking, the same connection served the next commands.
      assertThat(redis.execute("CLIENT", "ID")).as("same connection").isEqualTo(connectionId);
      assertThat(client.stats().timeouts()).isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void aTimeoutOnACallerThreadLinkClosesOnlyThatLinkAndTheSharedConnectionKeepsServing(
      RedisServerProcess server) {
    SlotwiseConfig config =
        SlotwiseConfig.standalone(server.address().toString())
            .commandTimeout(Duration.ofMillis(300))
            .build();
    try (SlotwiseClient client = SlotwiseClient.create(config)) {
      RedisCommands redis = client.sync();
      redis.set("k", "v");
      Object sharedId = client.async().execute("CLIENT", "ID").join();
      Object linkId = redis.execute("CLIENT", "ID");
      assertThat(linkId)
          .as("a sync call on an idle node uses a link of its own")
          .isNotEqualTo(sharedId);
      timeOutOneGetThenServeAgain(redis, server);
      // The link whose reply was still owed is gone; the shared connection was never touched.
      assertThat(redis.execute("CLIENT", "ID")).as("a new link").isNotEqualTo(linkId);
      assertThat(client.async().execute("CLIENT", "ID").join()).isEqualTo(sharedId);
      assertThat(client.stats().timeouts()).isGreaterThanOrEqualTo(1);
    }
  }

  /**
   * The server holds every command for 1 s, longer than a GET's 300 ms deadline: that GET times out
   * (a blocking command would not do: those run on exclusive connections with their own deadline);
   * once the pause is over, GETs are served again.
   */
  private static void timeOutOneGetThenServeAgain(RedisCommands redis, RedisServerProcess server) {
    redis.execute("CLIENT", "PAUSE", "1000", "ALL");
    assertThatThrownBy(() -> redis.get("k"))
        .isInstanceOf(RedisTimeoutException.class)
        .hasMessageContaining("GET did not complete within 300 ms")
        .hasMessageContaining(server.address().toString());
    String value =
        Await.value(
            "GET served again after the pause",
            Duration.ofSeconds(20),
            () -> {
              try {
                return redis.get("k");
              } catch (RedisTimeoutException stillBlocked) {
                return null;
              }
            });
    assertThat(value).isEqualTo("v");
  }

  @Test
  void aServerKilledUnderLoadFailsCallsClearlyAndTheClientReconnects(
      @Isolated RedisServerProcess server) throws Exception {
    SlotwiseConfig config =
        SlotwiseConfig.standalone(server.address().toString())
            .commandTimeout(Duration.ofMillis(800))
            // 20,000 commands in one burst: above the default per-node bound (see InFlightLimitIT).
            .maxInFlightPerNode(20_000)
            .build();
    try (SlotwiseClient client = SlotwiseClient.create(config)) {
      AsyncRedisCommands async = client.async();
      List<CompletableFuture<Long>> pending = new ArrayList<>();
      for (int i = 0; i < 20_000; i++) {
        pending.add(async.incr("counter"));
      }
      server.kill();
      long killed = System.nanoTime();
      int ok = 0;
      int failed = 0;
      for (CompletableFuture<Long> f : pending) {
        try {
          f.get(5, TimeUnit.SECONDS);
          ok++;
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause())
              .isInstanceOfAny(RedisOutcomeUnknownException.class, RedisTimeoutException.class)
              .hasMessageContaining(server.address().toString());
          failed++;
        }
      }
      long settledMs = (System.nanoTime() - killed) / 1_000_000;
      System.out.printf(
          "server killed: %d INCRs done, %d failed, all settled in %d ms%n", ok, failed, settledMs);
      assertThat(ok + failed).isEqualTo(pending.size());
      // Every call settles by its deadline (800 ms), plus slack for a busy machine: none hangs.
      assertThat(settledMs).isLessThan(800 + 5000);

      server.restart();
      RedisCommands redis = client.sync();
      Await.until(
          "the client works again after the restart",
          Duration.ofSeconds(15),
          () -> {
            try {
              return "OK".equals(redis.set("back", "yes"));
            } catch (RuntimeException e) {
              return false;
            }
          });
      assertThat(redis.get("back")).isEqualTo("yes");
    }
  }

  @Test
  void aclUsersConnectWithTheRightPasswordAndFailClearlyWithAWrongOne(
      @Isolated RedisServerProcess server) {
    server.call("ACL", "SETUSER", "alice", "on", ">s3cret", "~*", "+@all");
    SlotwiseConfig right =
        SlotwiseConfig.standalone(server.address().toString())
            .username("alice")
            .password("s3cret")
            .build();
    try (SlotwiseClient client = SlotwiseClient.create(right)) {
      assertThat(client.sync().execute("ACL", "WHOAMI")).isEqualTo("alice");
    }
    SlotwiseConfig wrong =
        SlotwiseConfig.standalone(server.address().toString())
            .username("alice")
            .password("nope")
            .build();
    assertThatThrownBy(() -> SlotwiseClient.create(wrong))
        .isInstanceOf(RedisConnectionException.class)
        .hasMessageContaining(server.address().toString())
        .hasMessageContaining("WRONGPASS");
  }

  @Test
  void tlsWithMutualCertificates() {
    if (!RedisBinary.get().supportsTls()) {
      System.err.println(
          "WARNING: StandaloneClientIT.tlsWithMutualCertificates NOT RUN: "
              + RedisBinary.get()
              + " has no TLS support (install Debian's redis-server to run it)");
      org.junit.jupiter.api.Assumptions.assumeTrue(false, "redis-server without TLS");
    }
    TestCertificates certs = TestCertificates.generate();
    try (RedisServerProcess server = RedisServerProcess.startTls(certs)) {
      SlotwiseConfig config =
          SlotwiseConfig.standalone(server.address().toString())
              .tls(true)
              .tlsTrustCertificates(certs.caCert())
              .tlsClientCertificate(certs.clientCert(), certs.clientKey())
              .build();
      try (SlotwiseClient client = SlotwiseClient.create(config)) {
        RedisCommands redis = client.sync();
        redis.set("secret", "over tls");
        assertThat(redis.get("secret")).isEqualTo("over tls");
        assertThat((String) redis.execute("INFO", "server")).contains("tcp_port");
      }
    }
  }
}
