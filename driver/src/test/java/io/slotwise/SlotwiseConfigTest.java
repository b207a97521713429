package io.slotwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.metrics.SlotwiseRecorder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The option records and the builder: validation, defaults, round trips, redaction. */
class SlotwiseConfigTest {
  private static final Duration ZERO = Duration.ZERO;
  private static final Duration ONE = Duration.ofSeconds(1);

  private static void rejects(ThrowingCallable call, String... messageParts) {
    var thrown = assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class);
    for (String part : messageParts) {
      thrown.hasMessageContaining(part);
    }
  }

  @Test
  void recordValidationNamesTheParameterAndTheBadValue() {
    rejects(() -> new Timeouts(ZERO, ONE), "connectTimeout", "PT0S");
    rejects(() -> new Timeouts(ONE, Duration.ofMillis(-5)), "commandTimeout", "PT-0.005S");
    rejects(() -> new Timeouts(ONE, null), "commandTimeout", "null");
    ConnectionOptions c = ConnectionOptions.defaults();
    rejects(() -> c.withProtocol(null), "protocol");
    rejects(() -> c.withDatabase(-1), "database", "-1");
    rejects(() -> c.withClientName("a b"), "clientName", "a b");
    rejects(() -> c.withClientName(""), "clientName");
    rejects(() -> c.withReconnectDelay(ZERO, ONE), "reconnectMinDelay", "PT0S");
    rejects(() -> c.withReconnectDelay(ONE, ZERO), "reconnectMaxDelay", "PT0S");
    rejects(
        () -> c.withReconnectDelay(Duration.ofSeconds(2), ONE),
        "reconnect min delay exceeds max delay",
        "PT2S");
    rejects(() -> c.withMaxInFlightPerNode(0), "maxInFlightPerNode", "0");
    rejects(() -> c.withMaxInFlightPerNode(10_000_001), "maxInFlightPerNode", "10000001");
    rejects(() -> c.withSyncConnectionsPerNode(-1), "syncConnectionsPerNode", "-1");
    rejects(() -> c.withSyncConnectionsPerNode(1025), "syncConnectionsPerNode", "1025");
    assertThat(c.syncConnectionsPerNode()).isEqualTo(1);
    assertThat(c.withSyncConnectionsPerNode(0).syncConnectionsPerNode()).isZero();
    RetryOptions r = RetryOptions.defaults();
    rejects(() -> r.withMaxRedirects(101), "maxRedirects", "101");
    rejects(() -> r.withMaxRedirects(-1), "maxRedirects", "-1");
    rejects(() -> r.withDelay(ZERO, ONE), "minDelay", "PT0S");
    rejects(() -> r.withDelay(ONE, Duration.ofMillis(1)), "retry min delay exceeds max delay");
    rejects(() -> r.withIdempotent(null, true), "command");
    rejects(() -> new RetryOptions(5, ONE, ONE, false, null), "idempotentOverrides");
    rejects(
        () -> TlsOptions.defaults().withClientCertificate(null, Path.of("k")), "clientCertificate");
    rejects(() -> new TlsOptions(true, null, Path.of("c.pem"), null, true), "clientKey", "c.pem");
    DecoderOptions d = DecoderOptions.defaults();
    rejects(() -> d.withMaxBulkLength(0), "maxBulkLength", "0");
    rejects(() -> d.withMaxAggregateLength(0), "maxAggregateLength", "0");
    rejects(() -> d.withMaxNestingDepth(1001), "maxNestingDepth", "1001");
    TopologyRefreshOptions t = TopologyRefreshOptions.defaults();
    rejects(() -> t.withPeriod(ZERO), "period", "PT0S");
    rejects(() -> t.withMinInterval(Duration.ofMillis(-1)), "minInterval", "PT-0.001S");
    assertThat(t.withMinInterval(ZERO).minInterval()).isZero();
    rejects(() -> RoutingOptions.defaults().withReadFrom(null), "readFrom");
    rejects(() -> RoutingOptions.defaults().withAddressRemapper(null), "addressRemapper");
    CodisOptions o = CodisOptions.defaults();
    rejects(() -> o.withZooKeeper(" ", "p"), "zkConnect must not be blank");
    rejects(() -> o.withZooKeeper("zk:2181", ""), "codis product must not be null or blank");
    rejects(() -> o.withLayout(null), "layout");
    rejects(() -> o.withZkPath("jodis/p"), "zkPath", "jodis/p");
    rejects(() -> o.withZkDigest("nocolon"), "zkDigest must be user:password");
    rejects(() -> o.withZkSessionTimeout(ZERO), "zkSessionTimeout", "PT0S");
    rejects(() -> o.withZkConnectionTimeout(ZERO), "zkConnectionTimeout", "PT0S");
    rejects(() -> new ExclusivePoolOptions(0, ONE), "maxPerNode", "0");
    rejects(() -> new ExclusivePoolOptions(1, ZERO), "maxWait", "PT0S");
    rejects(() -> ResourceOptions.defaults().withIoThreads(0), "ioThreads", "0");
    rejects(() -> ResourceOptions.defaults().withRecorder(null), "recorder");
  }

  @Test
  void builderSettersFailAtOnceWithTheRecordsMessage() {
    SlotwiseConfig.Builder b = SlotwiseConfig.cluster("h:1");
    rejects(() -> b.commandTimeout(ZERO), "commandTimeout", "PT0S");
    rejects(() -> b.maxRedirects(101), "maxRedirects", "101");
    rejects(() -> b.exclusivePool(0, ONE), "maxPerNode");
    rejects(() -> b.codisZkPath(null), "codisZkPath");
    rejects(() -> b.zkDigest(null), "zkDigest");
    rejects(() -> b.timeouts(null), "timeouts must not be null");
    rejects(() -> b.connectionOptions(null), "connectionOptions must not be null");
    rejects(() -> b.addresses((String[]) null), "addresses");
    rejects(() -> SlotwiseConfig.codis("", "p"), "zkConnect must not be blank");
  }

  @Test
  void buildChecksHowTheOptionsCombine() {
    rejects(
        () -> SlotwiseConfig.standalone("a:1").addresses("b:2").build(),
        "standalone mode needs exactly one address");
    rejects(() -> SlotwiseConfig.cluster().build(), "cluster mode needs at least one seed");
    rejects(
        () -> SlotwiseConfig.cluster("h:1").database(1).build(),
        "Redis Cluster supports only database 0");
    rejects(
        () -> SlotwiseConfig.codisStatic().build(),
        "codis mode needs a ZooKeeper address and product, or static proxy addresses");
    rejects(
        () -> SlotwiseConfig.codis(null, "p").build(),
        "codis mode needs a ZooKeeper address and product, or static proxy addresses");
    rejects(
        () -> SlotwiseConfig.codisStatic("p:1").username("u").password("x").build(),
        "Codis proxies accept only AUTH <password>, not a user");
    rejects(() -> SlotwiseConfig.cluster("h:1").username("app").build(), "username 'app'");
    assertThat(SlotwiseConfig.standalone("h:1").database(3).build().connectionOptions().database())
        .isEqualTo(3);
  }

  @Test
  void defaultsAreTheDocumentedConstants() {
    SlotwiseConfig c = SlotwiseConfig.cluster("h:1").build();
    assertThat(c.credentials()).isEqualTo(new Credentials(null, null));
    assertThat(c.timeouts())
        .isEqualTo(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)))
        .isEqualTo(
            new Timeouts(Timeouts.DEFAULT_CONNECT_TIMEOUT, Timeouts.DEFAULT_COMMAND_TIMEOUT));
    assertThat(c.connectionOptions())
        .isEqualTo(
            new ConnectionOptions(
                SlotwiseConfig.Protocol.AUTO,
                0,
                null,
                Duration.ofMillis(50),
                Duration.ofSeconds(5),
                ConnectionOptions.DEFAULT_MAX_IN_FLIGHT_PER_NODE));
    assertThat(ConnectionOptions.DEFAULT_MAX_IN_FLIGHT_PER_NODE).isEqualTo(10_000);
    assertThat(c.retryOptions())
        .isEqualTo(
            new RetryOptions(
                RetryOptions.DEFAULT_MAX_REDIRECTS,
                Duration.ofMillis(10),
                Duration.ofMillis(200),
                false,
                Map.of()));
    assertThat(RetryOptions.DEFAULT_MAX_REDIRECTS).isEqualTo(5);
    assertThat(c.tlsOptions()).isEqualTo(new TlsOptions(false, null, null, null, true));
    assertThat(c.decoderOptions())
        .isEqualTo(new DecoderOptions(512L * 1024 * 1024, 1 << 26, 64))
        .isEqualTo(
            new DecoderOptions(
                DecoderOptions.DEFAULT_MAX_BULK_LENGTH,
                DecoderOptions.DEFAULT_MAX_AGGREGATE_LENGTH,
                DecoderOptions.DEFAULT_MAX_NESTING_DEPTH));
    assertThat(c.topologyRefreshOptions())
        .isEqualTo(new TopologyRefreshOptions(Duration.ofSeconds(30), Duration.ofMillis(500)))
        .isEqualTo(
            new TopologyRefreshOptions(
                TopologyRefreshOptions.DEFAULT_PERIOD,
                TopologyRefreshOptions.DEFAULT_MIN_INTERVAL));
    assertThat(c.routingOptions().readFrom()).isEqualTo(ReadFrom.MASTER);
    assertThat(c.routingOptions().addressRemapper().apply(HostAndPort.parse("h:1")))
        .isEqualTo(HostAndPort.parse("h:1"));
    assertThat(c.codisOptions())
        .isEqualTo(
            new CodisOptions(
                null,
                null,
                SlotwiseConfig.CodisLayout.CODIS3,
                null,
                null,
                Duration.ofSeconds(30),
                Duration.ofSeconds(10)));
    assertThat(c.exclusivePoolOptions())
        .isEqualTo(new ExclusivePoolOptions(8, ONE.multipliedBy(2)));
    assertThat(c.resourceOptions())
        .isEqualTo(
            new ResourceOptions(
                Math.max(2, Runtime.getRuntime().availableProcessors()), SlotwiseRecorder.NOOP));
  }

  @Test
  void everyOneOptionSetterLandsInItsRecord() {
    UnaryOperator<HostAndPort> remap = a -> HostAndPort.of("10.0.0.1", a.port());
    SlotwiseRecorder recorder = new SlotwiseRecorder() {};
    SlotwiseConfig c =
        SlotwiseConfig.standalone("h:1")
            .username("app")
            .password("pw")
            .connectTimeout(Duration.ofMillis(300))
            .commandTimeout(Duration.ofMillis(400))
            .protocol(SlotwiseConfig.Protocol.RESP2)
            .database(2)
            .clientName("orders")
            .reconnectDelay(Duration.ofMillis(5), Duration.ofMillis(60))
            .maxInFlightPerNode(77)
            .maxRedirects(3)
            .retryDelay(Duration.ofMillis(2), Duration.ofMillis(20))
            .retryWritesAtLeastOnce(true)
            .idempotent("incr", true)
            .tls(true)
            .tlsTrustCertificates(Path.of("ca.pem"))
            .tlsClientCertificate(Path.of("c.pem"), Path.of("k.pem"))
            .tlsVerifyHostname(false)
            .maxBulkLength(1024)
            .maxAggregateLength(10)
            .maxNestingDepth(4)
            .topologyRefreshPeriod(Duration.ofSeconds(7))
            .topologyRefreshMinInterval(Duration.ofMillis(70))
            .readFrom(ReadFrom.REPLICA)
            .addressRemapper(remap)
            .exclusivePool(3, Duration.ofMillis(900))
            .ioThreads(3)
            .recorder(recorder)
            .build();
    assertThat(c.credentials()).isEqualTo(new Credentials("app", "pw"));
    assertThat(c.timeouts())
        .isEqualTo(new Timeouts(Duration.ofMillis(300), Duration.ofMillis(400)));
    assertThat(c.connectionOptions())
        .isEqualTo(
            new ConnectionOptions(
                SlotwiseConfig.Protocol.RESP2,
                2,
                "orders",
                Duration.ofMillis(5),
                Duration.ofMillis(60),
                77));
    assertThat(c.retryOptions())
        .isEqualTo(
            new RetryOptions(
                3, Duration.ofMillis(2), Duration.ofMillis(20), true, Map.of("INCR", true)));
    assertThat(c.tlsOptions())
        .isEqualTo(
            new TlsOptions(true, Path.of("ca.pem"), Path.of("c.pem"), Path.of("k.pem"), false));
    assertThat(c.decoderOptions()).isEqualTo(new DecoderOptions(1024, 10, 4));
    assertThat(c.topologyRefreshOptions())
        .isEqualTo(new TopologyRefreshOptions(Duration.ofSeconds(7), Duration.ofMillis(70)));
    assertThat(c.routingOptions()).isEqualTo(new RoutingOptions(ReadFrom.REPLICA, remap));
    assertThat(c.exclusivePoolOptions())
        .isEqualTo(new ExclusivePoolOptions(3, Duration.ofMillis(900)));
    assertThat(c.resourceOptions()).isEqualTo(new ResourceOptions(3, recorder));
    // The shortcuts kept for existing callers read the records.
    assertThat(c.commandTimeout()).isEqualTo(Duration.ofMillis(400));
    assertThat(c.maxRedirects()).isEqualTo(3);
    assertThat(c.clientName()).isEqualTo("orders");
    assertThat(c.maxInFlightPerNode()).isEqualTo(77);
    assertThat(c.tls()).isTrue();
    assertThat(c.tlsTrustCertificates()).isEqualTo(Path.of("ca.pem"));
    assertThat(c.readFrom()).isEqualTo(ReadFrom.REPLICA);
  }

  @Test
  void codisOptionsAndTheirProxyPath() {
    SlotwiseConfig c =
        SlotwiseConfig.codis("zk1:2181", "shop")
            .codisLayout(SlotwiseConfig.CodisLayout.COMPATIBLE)
            .zkDigest("codis:secret")
            .zkSessionTimeout(Duration.ofSeconds(15))
            .zkConnectionTimeout(Duration.ofSeconds(4))
            .build();
    CodisOptions codis = c.codisOptions();
    assertThat(codis.proxyPath()).isEqualTo("/zk/codis/db_shop/proxy");
    assertThat(codis.zkConnect()).isEqualTo("zk1:2181");
    assertThat(codis.product()).isEqualTo("shop");
    assertThat(codis.zkSessionTimeout()).isEqualTo(Duration.ofSeconds(15));
    assertThat(codis.zkConnectionTimeout()).isEqualTo(Duration.ofSeconds(4));
    assertThat(c.toBuilder().codisZkPath("/custom").build().codisOptions().proxyPath())
        .isEqualTo("/custom");
    assertThat(SlotwiseConfig.codis("zk", "p").build().codisOptions().proxyPath())
        .isEqualTo("/jodis/p");
    assertThat(SlotwiseConfig.codisStatic("p:1").build().codisOptions().proxyPath()).isNull();
  }

  @Test
  void recordSettersReplaceTheWholeRecord() {
    Timeouts timeouts = new Timeouts(Duration.ofMillis(1), Duration.ofMillis(2));
    SlotwiseConfig c = SlotwiseConfig.cluster("h:1").commandTimeout(ONE).timeouts(timeouts).build();
    assertThat(c.timeouts()).isSameAs(timeouts);
  }

  @Test
  void toBuilderRoundTripsToAnEqualConfig() {
    SlotwiseConfig original =
        SlotwiseConfig.cluster("a:1", "b:2")
            .password("pw")
            .commandTimeout(Duration.ofMillis(750))
            .idempotent("LPUSH", true)
            .readFrom(ReadFrom.REPLICA_PREFERRED)
            .addressRemapper(a -> a)
            .tls(true)
            .build();
    SlotwiseConfig copy = original.toBuilder().build();
    assertThat(copy).isEqualTo(original).hasSameHashCodeAs(original).isNotSameAs(original);
    assertThat(copy.toString()).isEqualTo(original.toString());
    assertThat(original.toBuilder().maxRedirects(1).build()).isNotEqualTo(original);
    assertThat(original.retryOptions().maxRedirects()).isEqualTo(5);
    assertThat(SlotwiseConfig.standalone("h:1").build())
        .isNotEqualTo(SlotwiseConfig.cluster("h:1").build());
  }

  @Test
  void toStringShowsTheOptionsButNoPassword() {
    String s =
        SlotwiseConfig.codis("zk1:2181", "shop")
            .password("s3cret-pw")
            .zkDigest("codis:zk-s3cret")
            .commandTimeout(Duration.ofMillis(750))
            .build()
            .toString();
    assertThat(s)
        .doesNotContain("s3cret")
        .contains("mode=CODIS")
        .contains("commandTimeout=PT0.75S")
        .contains("password=<hidden>")
        .contains("zkDigest=codis:<hidden>")
        .contains("zkPath=/jodis/shop");
    assertThat(new Credentials("app", "pw").toString()).doesNotContain("pw").contains("app");
    assertThat(new Credentials(null, null).toString()).contains("password=none");
  }

  @Test
  void idempotentOverridesAreUpperCasedAndImmutable() {
    RetryOptions r = new RetryOptions(5, ONE, ONE, false, Map.of("lpush", true));
    assertThat(r.idempotentOverrides()).containsExactly(Map.entry("LPUSH", true));
    assertThatThrownBy(() -> r.idempotentOverrides().put("X", true))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(r.withIdempotent("lpush", false).idempotentOverrides())
        .containsExactly(Map.entry("LPUSH", false));
  }
}
