package io.slotwise.internal.executor;

import io.slotwise.ConnectionOptions;
import io.slotwise.HostAndPort;
import io.slotwise.RetryOptions;
import io.slotwise.SlotwiseConfig;
import io.slotwise.internal.cluster.ClusterOptions;
import io.slotwise.internal.cluster.ClusterRouter;
import io.slotwise.internal.codis.CodisCommandPolicy;
import io.slotwise.internal.codis.CodisRouter;
import io.slotwise.internal.command.CommandTable;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.transport.ConnectionSettings;
import io.slotwise.internal.transport.NettyTransport;
import io.slotwise.internal.transport.RespVersion;
import io.slotwise.internal.transport.Router;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Wires a client from its configuration: picks the router and the executor policies for the mode,
 * and hands every part the option records it needs. With {@code SlotwiseClient} (and {@code
 * SlotMigrator}, which wires its own connections), the only code that reads a whole {@link
 * SlotwiseConfig}. Stateless.
 */
public final class Routers {
  private Routers() {}

  public static Router create(SlotwiseConfig config, NettyTransport transport) {
    UnaryOperator<HostAndPort> remapper = config.routingOptions().addressRemapper();
    switch (config.mode()) {
      case STANDALONE:
        return new StandaloneRouter(
            transport, connectionSettings(config), remapper.apply(config.addresses().get(0)));
      case CLUSTER:
        return new ClusterRouter(ClusterOptions.of(config), connectionSettings(config), transport);
      case CODIS:
        ConnectionSettings codis = connectionSettings(config).forCodis();
        return CodisRouter.create(
            config.codisOptions(),
            config.addresses(),
            config.timeouts(),
            config.resourceOptions().recorder(),
            address -> transport.open(remapper.apply(address), codis),
            transport.scheduler());
      default:
        throw new AssertionError(config.mode());
    }
  }

  /**
   * The settings of a connection to a Redis server (standalone or cluster node), from the
   * configuration's records; {@link ConnectionSettings#forCodis()} and the other variants derive
   * from it.
   */
  public static ConnectionSettings connectionSettings(SlotwiseConfig config) {
    ConnectionOptions connection = config.connectionOptions();
    return ConnectionSettings.of(
        config.credentials(),
        connection,
        respVersion(connection.protocol()),
        config.timeouts(),
        config.tlsOptions(),
        config.decoderOptions());
  }

  /** The transport's name for the configured RESP version. */
  static RespVersion respVersion(SlotwiseConfig.Protocol protocol) {
    return switch (protocol) {
      case AUTO -> RespVersion.AUTO;
      case RESP2 -> RespVersion.RESP2;
      case RESP3 -> RespVersion.RESP3;
    };
  }

  public static CommandExecutor executor(
      SlotwiseConfig config, Router router, ScheduledExecutorService scheduler) {
    RetryOptions retry = config.retryOptions();
    CommandTable table = CommandTable.of(retry);
    Predicate<Command> retrySafe =
        command -> command.isReadOnly() || retry.writesAtLeastOnce() || table.isIdempotent(command);
    Consumer<Command> preflight =
        config.mode() == SlotwiseConfig.Mode.CODIS ? CodisCommandPolicy::check : command -> {};
    return new CommandExecutor(
        config.timeouts().commandTimeout(),
        config.timeouts().failoverBudget(),
        retry,
        config.resourceOptions().recorder(),
        router,
        scheduler,
        System::nanoTime,
        retrySafe,
        preflight);
  }

  /**
   * How long the factory waits for the first topology: a connect, a handshake and a topology read
   * (plus ZooKeeper's first answer in Codis mode), each bounded by its own timeout.
   */
  public static Duration startTimeout(SlotwiseConfig config) {
    Duration bound =
        config.timeouts().connectTimeout().plus(config.timeouts().commandTimeout()).multipliedBy(2);
    return config.mode() == SlotwiseConfig.Mode.CODIS
        ? bound.plus(config.codisOptions().zkConnectionTimeout())
        : bound;
  }

  /**
   * The exclusive connections (blocking commands, transactions) of a client with {@code config}.
   */
  public static ExclusiveConnections exclusiveConnections(
      SlotwiseConfig config, Router router, NettyTransport transport, RetryLoop retries) {
    return new ExclusiveConnections(
        connectionSettings(config),
        config.exclusivePoolOptions(),
        config.timeouts().commandTimeout(),
        config.mode() == SlotwiseConfig.Mode.CODIS,
        config.resourceOptions().recorder(),
        router,
        transport,
        retries);
  }
}
