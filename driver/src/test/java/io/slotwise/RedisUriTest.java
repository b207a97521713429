package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisUriTest {

  @Test
  void parsesEveryPart() {
    RedisUri u =
        RedisUri.parse(
            "rediss://alice:p%40ss+w%2Frd@cache.example:6380/2?timeout=500ms&clientName=app"
                + "&protocol=3&verifyPeer=CA");
    assertThat(u.tls()).isTrue();
    assertThat(u.address()).isEqualTo(HostAndPort.of("cache.example", 6380));
    assertThat(u.credentials()).isEqualTo(new Credentials("alice", "p@ss+w/rd"));
    assertThat(u.database()).isEqualTo(2);
    assertThat(u.timeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(u.clientName()).isEqualTo("app");
    assertThat(u.protocol()).isEqualTo(SlotwiseConfig.Protocol.RESP3);
    assertThat(u.verifyHostname()).isFalse();
    assertThat(u.toString())
        .isEqualTo("rediss://alice:<redacted>@cache.example:6380/2")
        .doesNotContain("p@ss");
  }

  @Test
  void defaultsAndShortForms() {
    RedisUri plain = RedisUri.parse("redis://localhost");
    assertThat(plain.tls()).isFalse();
    assertThat(plain.address()).isEqualTo(HostAndPort.of("localhost", 6379));
    assertThat(plain.credentials()).isEqualTo(Credentials.defaults());
    assertThat(plain.database()).isNull();
    assertThat(plain.timeout()).isNull();
    assertThat(RedisUri.parse("redis://:secret@h:1").credentials())
        .isEqualTo(new Credentials(null, "secret"));
    assertThat(RedisUri.parse("redis://secret@h:1").credentials())
        .isEqualTo(new Credentials(null, "secret"));
    assertThat(RedisUri.parse("redis://[::1]:7000/").address())
        .isEqualTo(HostAndPort.of("::1", 7000));
    assertThat(RedisUri.parse("REDIS://h?db=4&client_name=x&timeout=3").database()).isEqualTo(4);
    assertThat(RedisUri.parse("redis://h?timeout=3").timeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(RedisUri.parse("redis://h?database=0&protocol=resp2").protocol())
        .isEqualTo(SlotwiseConfig.Protocol.RESP2);
    assertThat(RedisUri.isUri("h:1")).isFalse();
    assertThat(RedisUri.isUri("redis://h:1")).isTrue();
  }

  @Test
  void rejectsNamingThePartThatIsWrongAndNeverThePassword() {
    String[][] cases = {
      {"http://h:1", "unknown scheme 'http'"},
      {"redis://h:99999", "bad port 99999"},
      {"redis://h:abc", "bad port 'abc'"},
      {"redis://u:s3cret@h:abc", "bad port in"},
      {"redis://u:s3cret@:1", "no host"},
      {"redis://u:s3cret@h/x", "bad database in the path /x"},
      {"redis://u:s3cret@h/-1", "bad database"},
      {"redis://u:s3cret@h/1?db=2", "the path says database 1 but option db says 2"},
      {"redis://u:s3cret@h?foo=1", "unknown option 'foo'"},
      {"redis://u:s3cret@h?timeout=5x", "bad timeout '5x'"},
      {"redis://u:s3cret@h?timeout=0ms", "timeout must be positive"},
      {"redis://u:s3cret@h?protocol=4", "bad protocol '4'"},
      {"rediss://u:s3cret@h?verifyPeer=NONE", "NONE is not supported"},
      {"redis://u:s3cret@h?verifyPeer=FULL", "needs TLS"},
      {"redis://u:s3cret@h?clientName", "option clientname has no value"},
      {"redis://u:@h", "empty password"},
      {"redis://u:s3cret%zz@h", "bad percent-encoding in the password"},
      {"redis://::1:6379", "IPv6 host goes in brackets"},
      {"redis://u:s3/cret@h:1", "bad port in"},
    };
    for (String[] c : cases) {
      assertThatThrownBy(() -> RedisUri.parse(c[0]))
          .as(c[0])
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(c[1])
          .hasMessageNotContaining("s3cret")
          .hasMessageNotContaining("cret");
    }
  }

  @Test
  void aStandaloneUriSetsEveryOptionOfTheConfig() {
    SlotwiseConfig c =
        SlotwiseConfig.standalone("rediss://bob:pw@h:6380/3?timeout=750ms&clientName=svc").build();
    assertThat(c.addresses()).containsExactly(HostAndPort.of("h", 6380));
    assertThat(c.credentials()).isEqualTo(new Credentials("bob", "pw"));
    assertThat(c.connectionOptions().database()).isEqualTo(3);
    assertThat(c.tlsOptions().enabled()).isTrue();
    assertThat(c.tlsOptions().verifyHostname()).isTrue();
    assertThat(c.commandTimeout()).isEqualTo(Duration.ofMillis(750));
    assertThat(c.clientName()).isEqualTo("svc");
    assertThat(c.toString()).doesNotContain("pw@").doesNotContain("password=pw");
    // A setter called later wins; a plain address keeps working.
    assertThat(
            SlotwiseConfig.standalone("redis://h/3")
                .database(1)
                .build()
                .connectionOptions()
                .database())
        .isEqualTo(1);
    assertThat(SlotwiseConfig.standalone("h:1").build().tlsOptions().enabled()).isFalse();
  }

  @Test
  void clusterSeedsAsUrisMustAgree() {
    SlotwiseConfig c =
        SlotwiseConfig.cluster("rediss://:pw@a:1", "rediss://:pw@b:2", "c:3").build();
    assertThat(c.addresses())
        .containsExactly(HostAndPort.of("a", 1), HostAndPort.of("b", 2), HostAndPort.of("c", 3));
    assertThat(c.tls()).isTrue();
    assertThat(c.credentials().password()).isEqualTo("pw");
    assertThatThrownBy(() -> SlotwiseConfig.cluster("rediss://a:1", "redis://b:2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TLS");
    assertThatThrownBy(() -> SlotwiseConfig.cluster("redis://:pwOne@a:1", "redis://:pwTwo@b:2"))
        .hasMessageContaining("user or password")
        .hasMessageNotContaining("pwOne")
        .hasMessageNotContaining("pwTwo");
    assertThatThrownBy(() -> SlotwiseConfig.cluster("redis://a:1/2"))
        .hasMessageContaining("database 2")
        .hasMessageContaining("Redis Cluster has database 0 only");
    assertThat(SlotwiseConfig.cluster("redis://a:1/0").build().addresses()).hasSize(1);
    assertThatThrownBy(() -> SlotwiseConfig.cluster("a:1", "ftp://b:2"))
        .hasMessageContaining("unknown scheme 'ftp'");
  }
}
