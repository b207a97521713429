package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.pubsub.PubSubMessage;
import io.slotwise.pubsub.Subscription;
import io.slotwise.testkit.Isolated;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisBinary;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sharded pub/sub ({@code SSUBSCRIBE}/{@code SPUBLISH}, Redis 7) on an own cluster: the
 * subscription follows its channel's slot when it migrates and when its master fails over. Skipped,
 * with a loud warning, only when the Redis binary is older than 7 (one forced by {@code
 * SLOTWISE_REDIS_SERVER}: the PATH's Debian package and the embedded fallback are both 7.0).
 */
@ExtendWith(RedisExtension.class)
class ShardedPubSubIT {
  private static final String CHANNEL = "orders:{eu}";

  @BeforeAll
  static void needsRedis7() {
    RedisBinary binary = RedisBinary.get();
    if (binary.majorVersion() < 7) {
      System.err.println(
          "\n**********************************************************************\n"
              + "WARNING: ShardedPubSubIT SKIPPED: redis-server "
              + binary.versionString()
              + " has no sharded pub/sub (needs 7.0+)\n"
              + "**********************************************************************\n");
    }
    Assumptions.assumeTrue(binary.majorVersion() >= 7, "sharded pub/sub needs Redis 7");
  }

  private static RedisServerProcess anotherMaster(LocalRedisCluster cluster, int slot) {
    RedisServerProcess owner = cluster.ownerOfSlot(slot);
    return cluster.masters().stream().filter(m -> m != owner).findFirst().orElseThrow();
  }

  @Test
  void followsTheChannelAcrossASlotMigrationAndAFailover(@Isolated LocalRedisCluster cluster)
      throws Exception {
    int slot = cluster.keySlot(CHANNEL);
    PubSubIT.Inbox inbox = new PubSubIT.Inbox();
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds());
        Subscription subscription = client.subscription(inbox)) {
      subscription.ssubscribe(CHANNEL);
      assertThat(client.sync().spublish(CHANNEL, "first")).isEqualTo(1);
      assertThat(inbox.next()).isEqualTo(CHANNEL + "=first");

      RedisServerProcess target = anotherMaster(cluster, slot);
      cluster.moveSlot(slot, target);
      long afterMoveMs =
          PubSubIT.publishUntilReceived(
              inbox,
              Duration.ofSeconds(20),
              m -> target.call("SPUBLISH", CHANNEL, m),
              CHANNEL + "=");

      RedisServerProcess replica = cluster.replicasOf(target).get(0);
      long t0 = System.nanoTime();
      cluster.failover(replica, Duration.ofSeconds(30));
      long failoverMs = (System.nanoTime() - t0) / 1_000_000;
      long afterFailoverMs =
          PubSubIT.publishUntilReceived(
              inbox,
              Duration.ofSeconds(20),
              m -> replica.call("SPUBLISH", CHANNEL, m),
              CHANNEL + "=");
      // Published through the client too: routed to the new owner.
      long viaClientMs =
          PubSubIT.publishUntilReceived(
              inbox,
              Duration.ofSeconds(20),
              m -> client.sync().spublish(CHANNEL, "client-" + m),
              CHANNEL + "=client-");
      System.out.printf(
          "[ShardedPubSubIT] slot %d moved: first message after the move received %d ms after"
              + " publishing began; failover took %d ms, first message after it %d ms; via the"
              + " client %d ms%n",
          slot, afterMoveMs, failoverMs, afterFailoverMs, viaClientMs);
      assertThat(subscription.shardChannels()).containsExactly(CHANNEL);
    }
  }

  @Test
  void binaryShardMessagesArriveIntactAfterAnAsyncSsubscribe(LocalRedisCluster cluster)
      throws Exception {
    PubSubIT.Inbox inbox = new PubSubIT.Inbox();
    byte[] channel = {'s', 'b', 'i', 'n', ':', '{', (byte) 0xFF, '}'};
    for (SlotwiseConfig.Protocol protocol :
        java.util.List.of(SlotwiseConfig.Protocol.RESP2, SlotwiseConfig.Protocol.RESP3)) {
      SlotwiseConfig config = SlotwiseConfig.cluster(cluster.seeds()).protocol(protocol).build();
      try (SlotwiseClient client = SlotwiseClient.create(config);
          Subscription subscription = client.subscription(inbox)) {
        subscription.async().ssubscribe(channel).get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(client.sync().spublish(channel, PubSubIT.NOT_UTF8)).isEqualTo(1);
        PubSubMessage m = inbox.messages.poll(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(m).as(protocol.name()).isNotNull();
        assertThat(m.kind()).isEqualTo(PubSubMessage.Kind.SHARD);
        assertThat(m.channel()).isEqualTo(channel);
        assertThat(m.payload()).isEqualTo(PubSubIT.NOT_UTF8);
        subscription.async().sunsubscribe(channel).get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(client.sync().spublish(channel, PubSubIT.NOT_UTF8)).isZero();
      }
      inbox.received.clear();
    }
  }

  /**
   * A cluster node restarting (the shard channel's owner, and the node of the classic connection)
   * drops the server's side of every subscription; the check rounds subscribe again.
   */
  @Test
  void resubscribesAfterAClusterNodeRestarts(@Isolated LocalRedisCluster cluster) throws Exception {
    int slot = cluster.keySlot(CHANNEL);
    PubSubIT.Inbox inbox = new PubSubIT.Inbox();
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds());
        Subscription subscription = client.subscription(inbox)) {
      subscription.ssubscribe(CHANNEL);
      subscription.subscribe("classic");
      java.util.Set<RedisServerProcess> restart = new java.util.LinkedHashSet<>();
      restart.add(cluster.ownerOfSlot(slot));
      for (RedisServerProcess m : cluster.masters()) {
        if (String.valueOf(m.call("CLIENT", "LIST")).contains(" sub=1 ")) {
          restart.add(m); // the classic connection's node
        }
      }
      assertThat(
              cluster.masters().stream()
                  .anyMatch(m -> String.valueOf(m.call("CLIENT", "LIST")).contains(" sub=1 ")))
          .as("a master holds the classic connection")
          .isTrue();
      long t0 = System.nanoTime();
      for (RedisServerProcess node : restart) {
        node.restart();
      }
      long restartMs = (System.nanoTime() - t0) / 1_000_000;
      long shardMs =
          PubSubIT.publishUntilReceived(
              inbox,
              Duration.ofSeconds(30),
              m -> client.sync().spublish(CHANNEL, m),
              CHANNEL + "=");
      long classicMs =
          PubSubIT.publishUntilReceived(
              inbox, Duration.ofSeconds(30), m -> client.sync().publish("classic", m), "classic=");
      System.out.printf(
          "[ShardedPubSubIT] %d node(s) restarted in %d ms; first shard message %d ms after,"
              + " first classic message %d ms later%n",
          restart.size(), restartMs, shardMs, classicMs);
      assertThat(subscription.shardChannels()).containsExactly(CHANNEL);
      assertThat(subscription.channels()).containsExactly("classic");
    }
  }

  @Test
  void publishesToTheSlotOwnerAndUnsubscribes(LocalRedisCluster cluster) throws Exception {
    PubSubIT.Inbox inbox = new PubSubIT.Inbox();
    try (SlotwiseClient client = SlotwiseClient.cluster(cluster.seeds());
        Subscription subscription = client.subscription(inbox)) {
      subscription.ssubscribe("a:{1}", "b:{2}", "c:{3}");
      for (String channel : new String[] {"a:{1}", "b:{2}", "c:{3}"}) {
        assertThat(client.sync().spublish(channel, "hi")).isEqualTo(1);
        assertThat(inbox.next()).isEqualTo(channel + "=hi");
      }
      subscription.sunsubscribe("b:{2}");
      assertThat(client.sync().spublish("b:{2}", "gone")).isZero();
      assertThat(client.sync().spublish("a:{1}", "still")).isEqualTo(1);
      assertThat(inbox.next()).isEqualTo("a:{1}=still");
    }
  }
}
