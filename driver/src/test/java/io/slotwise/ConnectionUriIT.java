package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.cluster.SlotHash;
import io.slotwise.testkit.Isolated;
import io.slotwise.testkit.LocalRedisCluster;
import io.slotwise.testkit.RedisExtension;
import io.slotwise.testkit.RedisServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14 item 4: {@code redis://user:password@host:port/db} URIs reach real servers with their
 * user, password and database (selected by each connection's handshake, not by a {@code SELECT}
 * through {@code execute}), and cluster seeds may be URIs.
 */
@ExtendWith(RedisExtension.class)
class ConnectionUriIT {

  @Test
  void aStandaloneUriAuthenticatesAndSelectsItsDatabase(@Isolated RedisServerProcess server) {
    server.call("ACL", "SETUSER", "uri-user", "on", ">p@ss:w/rd", "~*", "+@all");
    HostAndPort a = server.address();
    String uri =
        "redis://uri-user:p%40ss%3Aw%2Frd@" + a.host() + ":" + a.port() + "/5?clientName=uri-it";
    try (SlotwiseClient client = SlotwiseClient.standalone(uri)) {
      client.sync().set("uri:k", "in db 5");
      assertThat(client.sync().execute("ACL", "WHOAMI")).isEqualTo("uri-user");
      String info = (String) client.sync().execute("CLIENT", "INFO");
      assertThat(info).contains(" db=5 ").contains(" name=uri-it ");
      // Every connection of the client is in db 5, the exclusive ones too (a blocking command).
      client.sync().rpush("uri:list", "x");
      assertThat(client.sync().blpop(1, "uri:list")).isNotNull();
    }
    String inDb5 = "redis://uri-user:p%40ss%3Aw%2Frd@" + a.host() + ":" + a.port() + "?db=5";
    try (SlotwiseClient again = SlotwiseClient.standalone(inDb5);
        SlotwiseClient db0 =
            SlotwiseClient.standalone(
                "redis://uri-user:p%40ss%3Aw%2Frd@" + a.host() + ":" + a.port())) {
      assertThat(again.sync().get("uri:k")).isEqualTo("in db 5");
      assertThat(db0.sync().get("uri:k")).as("not in database 0").isNull();
    }
    assertThatThrownBy(
            () ->
                SlotwiseClient.standalone(
                    "redis://uri-user:wrong@" + a.host() + ":" + a.port() + "/5"))
        .isInstanceOf(RedisConnectionException.class)
        .hasMessageNotContaining("wrong");
  }

  @Test
  void clusterSeedsAsUris(LocalRedisCluster cluster) {
    String[] seeds = cluster.seeds();
    try (SlotwiseClient client =
        SlotwiseClient.cluster("redis://" + seeds[0], "redis://" + seeds[1] + "/0?timeout=5s")) {
      for (int i = 0; i < 50; i++) {
        client.sync().set("uri:" + i, "v" + i);
      }
      for (int i = 0; i < 50; i++) {
        assertThat(cluster.ownerOfSlot(SlotHash.slot("uri:" + i)).call("GET", "uri:" + i))
            .isEqualTo("v" + i);
      }
    }
  }
}
