package io.slotwise.examples;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.slotwise.SlotwiseClient;
import io.slotwise.SlotwiseConfig;
import io.slotwise.commands.RedisCommands;
import io.slotwise.metrics.MicrometerRecorder;
import io.slotwise.testkit.CodisRegistration;
import io.slotwise.testkit.ForwardingProxy;
import io.slotwise.testkit.RedisServerProcess;
import java.util.ArrayList;
import java.util.List;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.curator.test.TestingServer;

/**
 * Codis mode with everything embedded: a ZooKeeper server (Curator's {@code TestingServer}), one
 * {@code redis-server}, and three stand-in proxies (RESP forwarders) registered under {@code
 * /jodis/demo} exactly as codis-proxy registers itself. The client discovers them, round-robins
 * over them, and keeps working when one is killed — long before ZooKeeper would notice. Pass {@code
 * zkConnect product} to use a real Codis farm instead.
 */
final class CodisExample {
  private static final String PRODUCT = "demo";
  private static final int PROXIES = 3;

  private CodisExample() {}

  static void run(String[] args) throws Exception {
    if (args.length == 2) {
      try (SlotwiseClient client = SlotwiseClient.codis(args[0], args[1])) {
        traffic(client.sync(), 1000);
        System.out.println("client counters -> " + client.stats());
      }
      return;
    }
    System.out.println("starting ZooKeeper, redis-server and " + PROXIES + " proxies ...");
    List<ForwardingProxy> proxies = new ArrayList<>();
    try (TestingServer zk = new TestingServer(true);
        RedisServerProcess redis = RedisServerProcess.start();
        CuratorFramework registrar =
            CuratorFrameworkFactory.newClient(
                zk.getConnectString(), new ExponentialBackoffRetry(100, 3))) {
      registrar.start();
      for (int i = 0; i < PROXIES; i++) {
        ForwardingProxy proxy = ForwardingProxy.start(redis.address());
        proxies.add(proxy);
        CodisRegistration.register(registrar, PRODUCT, proxy.address());
      }
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      SlotwiseConfig config =
          SlotwiseConfig.codis(zk.getConnectString(), PRODUCT)
              .recorder(MicrometerRecorder.create(registry))
              .build();
      try (SlotwiseClient client = SlotwiseClient.create(config)) {
        RedisCommands commands = client.sync();
        traffic(commands, 3000);
        for (ForwardingProxy p : proxies) {
          System.out.printf("  proxy %s served %d commands%n", p.address(), p.commands());
        }
        System.out.println(
            "kill -9 of proxy " + proxies.get(0).address() + " (its ZooKeeper node stays)");
        proxies.get(0).kill();
        traffic(commands, 3000);
        System.out.printf(
            "proxies up %.0f, ejected %.0f (gauge slotwise.codis.proxies); client counters -> %s%n",
            registry.find("slotwise.codis.proxies").tag("state", "up").gauge().value(),
            registry.find("slotwise.codis.proxies").tag("state", "ejected").gauge().value(),
            client.stats());
      }
    } finally {
      for (ForwardingProxy p : proxies) {
        p.close();
      }
    }
  }

  private static void traffic(RedisCommands redis, int commands) {
    long errors = 0;
    for (int i = 0; i < commands / 2; i++) {
      try {
        redis.set("codis:" + i, "v" + i);
        if (!("v" + i).equals(redis.get("codis:" + i))) {
          errors++;
        }
      } catch (RuntimeException e) {
        errors++;
        System.err.println("error: " + e);
      }
    }
    System.out.printf("%d commands, errors = %d%n", commands, errors);
  }
}
