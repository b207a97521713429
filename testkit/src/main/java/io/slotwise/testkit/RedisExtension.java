package io.slotwise.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * JUnit 5 extension that injects real Redis servers: parameters of type {@link RedisServerProcess}
 * (a standalone server) and {@link LocalRedisCluster} (3 masters + 3 replicas) in constructors,
 * lifecycle methods and test methods.
 *
 * <pre>{@code
 * @ExtendWith(RedisExtension.class)
 * class ClusterRoutingIT {
 *   @Test void routes(LocalRedisCluster cluster) { ... }                 // shared, flushed
 *   @Test void survivesFailover(@Isolated LocalRedisCluster cluster) { ... } // fresh, own
 * }
 * }</pre>
 *
 * <ul>
 *   <li>By default every test in the JVM shares ONE cluster and ONE standalone server, started on
 *       first use and stopped when the test run ends; before each test method, every shared
 *       instance already started gets {@code FLUSHALL}. Shared instances must not be damaged: a
 *       test that kills, pauses, reshards or reconfigures uses {@link Isolated}.
 *   <li>{@link Isolated}, {@link RedisServerArgs} or {@link ClusterShape} on a parameter give a
 *       fresh instance owned by the test class, stopped after the class.
 *   <li>When a test fails, the log tails of the servers its class used are printed to stderr.
 *   <li>A missing or broken {@code redis-server} makes the test fail (never skip).
 * </ul>
 *
 * <p>Stateless itself (state lives in JUnit's stores), so safe for parallel test execution.
 */
public final class RedisExtension implements ParameterResolver, BeforeEachCallback, TestWatcher {
  private static final Namespace NS = Namespace.create(RedisExtension.class);
  private static final String SHARED_SERVER = "shared-server";
  private static final String SHARED_CLUSTER = "shared-cluster";
  private static final String INVOLVED = "involved";
  private static final int LOG_LINES = 25;

  @Override
  public boolean supportsParameter(ParameterContext pc, ExtensionContext ec) {
    Class<?> type = pc.getParameter().getType();
    return type == RedisServerProcess.class || type == LocalRedisCluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext pc, ExtensionContext ec) {
    Class<?> type = pc.getParameter().getType();
    ExtensionContext owner = classContext(ec);
    try {
      Object resolved = isolated(pc) ? isolatedInstance(pc, type, owner) : shared(type, ec);
      involved(owner).add(resolved);
      return resolved;
    } catch (RuntimeException | Error e) {
      throw new ParameterResolutionException(
          "cannot start " + type.getSimpleName() + " for " + pc.getParameter() + ": " + e, e);
    }
  }

  private static boolean isolated(ParameterContext pc) {
    return pc.isAnnotated(Isolated.class)
        || pc.isAnnotated(RedisServerArgs.class)
        || pc.isAnnotated(ClusterShape.class);
  }

  private static Object shared(Class<?> type, ExtensionContext ec) {
    ExtensionContext.Store root = ec.getRoot().getStore(NS);
    if (type == RedisServerProcess.class) {
      return root.getOrComputeIfAbsent(
              SHARED_SERVER, k -> new Owned(RedisServerProcess.start()), Owned.class)
          .value;
    }
    return root.getOrComputeIfAbsent(
            SHARED_CLUSTER, k -> new Owned(LocalRedisCluster.start()), Owned.class)
        .value;
  }

  private static Object isolatedInstance(
      ParameterContext pc, Class<?> type, ExtensionContext owner) {
    String name = pc.findAnnotation(Isolated.class).map(Isolated::value).orElse("");
    String[] args =
        pc.findAnnotation(RedisServerArgs.class).map(RedisServerArgs::value).orElse(new String[0]);
    Optional<ClusterShape> shape = pc.findAnnotation(ClusterShape.class);
    String key =
        "isolated:"
            + type.getName()
            + ":"
            + name
            + ":"
            + Arrays.toString(args)
            + ":"
            + shape.map(RedisExtension::describe).orElse("default");
    return owner
        .getStore(NS)
        .getOrComputeIfAbsent(key, k -> new Owned(create(type, args, shape)), Owned.class)
        .value;
  }

  private static AutoCloseable create(Class<?> type, String[] args, Optional<ClusterShape> shape) {
    if (type == RedisServerProcess.class) {
      return RedisServerProcess.start(args);
    }
    LocalRedisCluster.Builder b = LocalRedisCluster.builder().serverArgs(args);
    shape.ifPresent(
        s ->
            b.masters(s.masters())
                .replicasPerMaster(s.replicasPerMaster())
                .nodeTimeout(java.time.Duration.ofMillis(s.nodeTimeoutMs()))
                .requireFullCoverage(s.requireFullCoverage()));
    return b.start();
  }

  private static String describe(ClusterShape s) {
    return s.masters()
        + "x"
        + s.replicasPerMaster()
        + "/"
        + s.nodeTimeoutMs()
        + "/"
        + s.requireFullCoverage();
  }

  /** Flushes the shared instances already started, so each test starts from empty databases. */
  @Override
  public void beforeEach(ExtensionContext ec) {
    ExtensionContext.Store root = ec.getRoot().getStore(NS);
    Owned server = root.get(SHARED_SERVER, Owned.class);
    Owned cluster = root.get(SHARED_CLUSTER, Owned.class);
    try {
      if (server != null) {
        ((RedisServerProcess) server.value).call("FLUSHALL");
      }
      if (cluster != null) {
        LocalRedisCluster c = (LocalRedisCluster) cluster.value;
        c.flushAll();
        if (c.masters().size() != c.initialMasterCount()) {
          throw new IllegalStateException("it has " + c.masters().size() + " healthy masters");
        }
      }
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "the shared Redis instance was damaged by an earlier test (use @Isolated for tests that"
              + " kill, pause, reshard or reconfigure servers): "
              + e,
          e);
    }
  }

  @Override
  public void testFailed(ExtensionContext ec, Throwable cause) {
    ExtensionContext owner = classContext(ec);
    Set<Object> used = involved(owner);
    if (used.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    sb.append("===== Redis logs for failed test ").append(ec.getDisplayName()).append(" =====\n");
    for (Object o : new ArrayList<>(used)) {
      if (o instanceof LocalRedisCluster c) {
        sb.append(c.logTails(LOG_LINES));
      } else if (o instanceof RedisServerProcess p) {
        sb.append("----- ").append(p).append(" log tail -----\n").append(p.logTail(LOG_LINES));
        sb.append('\n');
      }
    }
    System.err.print(sb);
  }

  @SuppressWarnings("unchecked")
  private static Set<Object> involved(ExtensionContext owner) {
    return owner
        .getStore(NS)
        .getOrComputeIfAbsent(INVOLVED, k -> ConcurrentHashMap.newKeySet(), Set.class);
  }

  /** The context of the innermost test class (where class-owned instances live). */
  private static ExtensionContext classContext(ExtensionContext ec) {
    ExtensionContext c = ec;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }

  /** Closes a kit resource when JUnit closes the store that holds it. */
  private static final class Owned implements ExtensionContext.Store.CloseableResource {
    final AutoCloseable value;

    Owned(AutoCloseable value) {
      this.value = value;
    }

    @Override
    public void close() throws Exception {
      value.close();
    }
  }
}
