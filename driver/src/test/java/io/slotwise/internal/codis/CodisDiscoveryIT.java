package io.slotwise.internal.codis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.SlotwiseConfig;
import io.slotwise.codis.NoProxyAvailableException;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.CodisRegistration;
import io.slotwise.testkit.ForwardingProxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.data.ACL;
import org.apache.zookeeper.data.Id;
import org.apache.zookeeper.server.auth.DigestAuthenticationProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where and how proxies are discovered: layouts, path override, digest ACLs, bad node data. */
class CodisDiscoveryIT {
  private CodisTestBed bed;

  @BeforeEach
  void startBed() {
    bed = CodisTestBed.start("disc");
  }

  @AfterEach
  void stopBed() {
    bed.close();
  }

  @Test
  void compatibleLayoutUsesTheCodis2Folder() {
    ForwardingProxy a = bed.proxy();
    ForwardingProxy b = bed.proxy();
    ForwardingProxy jodisOnly = bed.proxy();
    CodisRegistration.registerCompatible(bed.proxySessions, "disc", a.address());
    CodisRegistration.registerCompatible(bed.proxySessions, "disc", b.address());
    CodisRegistration.register(bed.proxySessions, "disc", jodisOnly.address());
    CodisRouter router =
        bed.started(bed.config().codisLayout(SlotwiseConfig.CodisLayout.COMPATIBLE).build());
    assertThat(router.source()).endsWith("path /zk/codis/db_disc/proxy");
    assertThat(router.healthyProxies()).containsExactlyInAnyOrder(a.address(), b.address());

    CodisRouter codis3 = bed.started(bed.config().build());
    assertThat(codis3.healthyProxies()).containsExactly(jodisOnly.address());
  }

  @Test
  void pathOverrideAndDashboardFolderIsNotUsed() throws Exception {
    ForwardingProxy a = bed.proxy();
    ForwardingProxy stale = bed.proxy();
    CodisRegistration.register(
        bed.proxySessions, "/custom/proxies/p1", a.address(), "t1", "online", null);
    // The dashboard's records outlive crashes; they must never be a discovery source.
    bed.proxySessions
        .create()
        .creatingParentsIfNeeded()
        .withMode(CreateMode.PERSISTENT)
        .forPath(
            "/codis3/disc/proxy/proxy-x",
            ("{\"addr\":\"" + stale.address() + "\",\"state\":\"online\"}")
                .getBytes(StandardCharsets.UTF_8));
    CodisRouter router = bed.started(bed.config().codisZkPath("/custom/proxies").build());
    assertThat(router.healthyProxies()).containsExactly(a.address());
    assertThatThrownBy(() -> bed.started(bed.config().build()))
        .isInstanceOf(NoProxyAvailableException.class)
        .hasMessageContaining("/jodis/disc");
  }

  @Test
  void digestCredentialsReadAnAclProtectedFolder() {
    ForwardingProxy a = bed.proxy();
    List<ACL> acl;
    try {
      acl =
          List.of(
              new ACL(
                  ZooDefs.Perms.ALL,
                  new Id("digest", DigestAuthenticationProvider.generateDigest("codis:secret"))));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    CodisRegistration.register(
        bed.proxySessions, "/secure/jodis/disc/proxy-1", a.address(), "1", "online", acl);

    CodisRouter router =
        bed.started(
            bed.config().codisZkPath("/secure/jodis/disc").zkDigest("codis:secret").build());
    assertThat(router.healthyProxies()).containsExactly(a.address());

    CodisRouter anonymous =
        bed.router(
            bed.config()
                .codisZkPath("/secure/jodis/disc")
                .connectTimeout(Duration.ofSeconds(1))
                .build());
    assertThatThrownBy(() -> anonymous.start().join())
        .hasCauseInstanceOf(NoProxyAvailableException.class)
        .hasMessageContaining("/secure/jodis/disc");
  }

  @Test
  void malformedNodesAreSkippedAndFixedNodesPickedUp() throws Exception {
    ForwardingProxy good = bed.proxy();
    CodisRegistration.register(bed.proxySessions, "disc", good.address());
    String bad = CodisRegistration.codis3Folder("disc") + "/proxy-bad";
    bed.proxySessions
        .create()
        .withMode(CreateMode.EPHEMERAL)
        .forPath(bad, "{\"addr\": \"127.0.0.1:".getBytes(StandardCharsets.UTF_8));
    CodisRouter router = bed.started(bed.config().build());
    assertThat(router.healthyProxies()).containsExactly(good.address());

    ForwardingProxy fixed = bed.proxy();
    bed.proxySessions
        .setData()
        .forPath(
            bad,
            ("{\n    \"addr\": \"" + fixed.address() + "\",\n    \"state\": \"online\"\n}")
                .getBytes(StandardCharsets.UTF_8));
    Await.until(
        "the repaired node joins",
        Duration.ofSeconds(1),
        () -> router.healthyProxies().contains(fixed.address()));
  }

  @Test
  void twoNodesForOneAddressShareOneConnection() {
    ForwardingProxy a = bed.proxy();
    CodisRegistration first = CodisRegistration.register(bed.proxySessions, "disc", a.address());
    CodisRegistration.register(bed.proxySessions, "disc", a.address());
    CodisRouter router = bed.started(bed.config().build());
    assertThat(router.healthyProxies()).containsExactly(a.address());
    first.deregister();
    ForwardingProxy b = bed.proxy();
    CodisRegistration.register(bed.proxySessions, "disc", b.address());
    Await.until(
        "b joins while a stays", Duration.ofSeconds(1), () -> router.healthyProxies().size() == 2);
    assertThat(router.healthyProxies()).containsExactlyInAnyOrder(a.address(), b.address());
  }

  @Test
  void staticProxiesJoinTheZooKeeperOnes() {
    ForwardingProxy registered = bed.proxy();
    ForwardingProxy fixed = bed.proxy();
    CodisRegistration.register(bed.proxySessions, "disc", registered.address());
    CodisRouter router = bed.started(bed.config().addresses(fixed.address().toString()).build());
    assertThat(router.healthyProxies())
        .containsExactlyInAnyOrder(registered.address(), fixed.address());
  }
}
