package io.slotwise.internal.executor;

import io.slotwise.SlotwiseConfig;
import io.slotwise.internal.cluster.ClusterRouter;
import io.slotwise.internal.codis.CodisCommandPolicy;
import io.slotwise.internal.codis.CodisRouter;
import io.slotwise.internal.command.CommandTable;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.transport.ConnectionSettings;
import io.slotwise.internal.transport.NettyTransport;
import io.slotwise.internal.transport.Router;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Picks the router and the executor policies for a configuration's mode. */
public final class Routers {
  private Routers() {}

  public static Router create(SlotwiseConfig config, NettyTransport transport) {
    switch (config.mode()) {
      case STANDALONE:
        return new StandaloneRouter(
            transport,
            ConnectionSettings.from(config),
            config.addressRemapper().apply(config.addresses().get(0)));
      case CLUSTER:
        return new ClusterRouter(config, transport);
      case CODIS:
        ConnectionSettings codis = ConnectionSettings.codis(config);
        return CodisRouter.create(
            config,
            address -> transport.open(config.addressRemapper().apply(address), codis),
            transport.scheduler());
      default:
        throw new AssertionError(config.mode());
    }
  }

  public static CommandExecutor executor(
      SlotwiseConfig config, Router router, ScheduledExecutorService scheduler) {
    CommandTable table = CommandTable.of(config);
    Predicate<Command> retrySafe =
        command ->
            command.isReadOnly()
                || config.retryWritesAtLeastOnce()
                || table.isIdempotent(command.name());
    Consumer<Command> preflight =
        config.mode() == SlotwiseConfig.Mode.CODIS ? CodisCommandPolicy::check : command -> {};
    return new CommandExecutor(config, router, scheduler, System::nanoTime, retrySafe, preflight);
  }

  /**
   * How long the factory waits for the first topology: a connect, a handshake and a topology read
   * (plus ZooKeeper's first answer in Codis mode), each bounded by its own timeout.
   */
  public static Duration startTimeout(SlotwiseConfig config) {
    Duration bound = config.connectTimeout().plus(config.commandTimeout()).multipliedBy(2);
    return config.mode() == SlotwiseConfig.Mode.CODIS
        ? bound.plus(config.zkConnectionTimeout())
        : bound;
  }
}
