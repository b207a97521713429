package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.commands.RedisCommands;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.Isolated;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sync calls on caller-thread links ({@link ConnectionOptions#syncConnectionsPerNode()}): the
 * calling thread writes and reads a blocking connection of its own while the node's shared
 * connection is idle. What they must keep: the order of the caller's own commands, at-most-once for
 * writes, and the same answers as the shared connection.
 */
@ExtendWith(RedisExtension.class)
class CallerThreadLinksIT {

  @Test
  void aSyncCallOnAnIdleNodeGoesOnALinkAndBackToTheSameLink(@Isolated RedisServerProcess server) {
    try (SlotwiseClient client = SlotwiseClient.standalone(server.address().toString())) {
      Object sharedId = client.async().execute("CLIENT", "ID").join();
      Object first = client.sync().execute("CLIENT", "ID");
      for (int i = 0; i < 100; i++) {
        client.sync().set("k" + i, "v" + i);
        assertThat(client.sync().get("k" + i)).isEqualTo("v" + i);
      }
      assertThat(first).as("a link of its own").isNotEqualTo(sharedId);
      assertThat(client.sync().execute("CLIENT", "ID")).as("one thread, one link").isEqualTo(first);
      assertThat(clientCount(server)).as("the shared connection + one link").isEqualTo(2);
    }
    Await.until(
        "the client's connections, link included, closed with it",
        Duration.ofSeconds(10),
        () -> clientCount(server) == 0);
  }

  @Test
  void withoutLinksSyncCallsShareTheConnection(@Isolated RedisServerProcess server) {
    SlotwiseConfig config =
        SlotwiseConfig.standalone(server.address().toString()).syncConnectionsPerNode(0).build();
    try (SlotwiseClient client = SlotwiseClient.create(config)) {
      Object sharedId = client.async().execute("CLIENT", "ID").join();
      assertThat(client.sync().execute("CLIENT", "ID")).isEqualTo(sharedId);
      assertThat(clientCount(server)).isEqualTo(1);
    }
  }

  /**
   * A sync call never overtakes the same thread's async commands still on the shared connection:
   * while that connection has anything queued or in flight, the sync call goes there too.
   */
  @Test
  void aSyncReadAfterAnAsyncWriteOfTheSameThreadSeesIt(RedisServerProcess server) {
    try (SlotwiseClient client = SlotwiseClient.standalone(server.address().toString())) {
      AsyncRedisCommands async = client.async();
      RedisCommands sync = client.sync();
      List<CompletableFuture<String>> writes = new ArrayList<>();
      for (int i = 0; i < 3000; i++) {
        writes.add(async.set("order", Integer.toString(i)));
        assertThat(sync.get("order")).as("read after write %d", i).isEqualTo(Integer.toString(i));
        if (i % 3 == 0) {
          sync.set("order", "sync" + i); // a sync write, then the next async write must win
        }
      }
      writes.forEach(CompletableFuture::join);
    }
  }

  /**
   * A link the server closed while it sat idle is found closed before a command is written to it:
   * the command goes on another link instead of being reported as an unknown outcome.
   */
  @Test
  void aLinkClosedByTheServerWhileIdleIsNotTakenForABrokenCommand(
      @Isolated RedisServerProcess server) {
    try (SlotwiseClient client = SlotwiseClient.standalone(server.address().toString())) {
      RedisCommands sync = client.sync();
      assertThat(sync.incr("counter")).isEqualTo(1L);
      Object linkId = sync.execute("CLIENT", "ID");
      long lastUse = System.nanoTime();
      server.call("CLIENT", "KILL", "ID", linkId.toString());
      // A link used within the last millisecond is taken as it is (README: "Sync calls on the
      // calling thread"); one idle for longer is checked before a command is written to it.
      Await.until(
          "the killed link gone from CLIENT LIST, and idle longer than the check's threshold",
          Duration.ofSeconds(10),
          () ->
              !String.valueOf(server.call("CLIENT", "LIST")).contains("id=" + linkId + " ")
                  && System.nanoTime() - lastUse > TimeUnit.MILLISECONDS.toNanos(2));
      assertThat(sync.incr("counter")).as("INCR on a fresh link, once").isEqualTo(2L);
      assertThat(server.call("GET", "counter")).isEqualTo("2");
      assertThat(sync.execute("CLIENT", "ID")).isNotEqualTo(linkId);
    }
  }

  /** A cross-slot MGET and a pipeline's sync read their nodes' replies on the calling thread. */
  @Test
  void crossSlotCallsAndPipelinesOnLinksGiveTheSameAnswers(LocalRedisCluster cluster) {
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds())) {
      RedisCommands sync = client.sync();
      String[] keys = new String[200];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = "links:" + i;
      }
      for (int round = 0; round < 5; round++) {
        try (Pipeline p = client.pipeline()) {
          for (int i = 0; i < keys.length; i++) {
            p.set(keys[i], round + ":" + i);
          }
          List<Object> results = p.syncAll();
          assertThat(results).hasSize(keys.length).containsOnly("OK");
        }
        List<String> values = sync.mget(keys);
        for (int i = 0; i < keys.length; i++) {
          assertThat(values.get(i)).isEqualTo(round + ":" + i);
        }
        assertThat(sync.del(keys)).isEqualTo((long) keys.length);
      }
    }
  }

  private static int clientCount(RedisServerProcess server) {
    String list = String.valueOf(server.call("CLIENT", "LIST"));
    // The test kit's own connection is one of them.
    return (int) list.lines().filter(line -> line.contains("id=")).count() - 1;
  }
}
