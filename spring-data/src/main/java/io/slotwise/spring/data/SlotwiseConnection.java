package io.slotwise.spring.data;

import io.slotwise.SlotwiseClient;
import java.util.List;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisCommands;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisGeoCommands;
import org.springframework.data.redis.connection.RedisHashCommands;
import org.springframework.data.redis.connection.RedisHyperLogLogCommands;
import org.springframework.data.redis.connection.RedisKeyCommands;
import org.springframework.data.redis.connection.RedisListCommands;
import org.springframework.data.redis.connection.RedisScriptingCommands;
import org.springframework.data.redis.connection.RedisSentinelConnection;
import org.springframework.data.redis.connection.RedisServerCommands;
import org.springframework.data.redis.connection.RedisSetCommands;
import org.springframework.data.redis.connection.RedisStreamCommands;
import org.springframework.data.redis.connection.RedisStringCommands;
import org.springframework.data.redis.connection.RedisZSetCommands;
import org.springframework.data.redis.connection.Subscription;

/**
 * A Spring Data {@link RedisConnection} on a shared {@link SlotwiseClient}: cheap to open and close
 * (it holds no network connection of its own), every command running on the client's multiplexed
 * connections, except a transaction ({@code watch}/{@code multi}/{@code exec}, on one pinned
 * dedicated connection) and a subscription (on Slotwise's pub/sub connections). The command
 * families are separate classes ({@link #keyCommands()}, ...); the deprecated flat methods of
 * {@link RedisCommands} delegate to them.
 *
 * <p>Not thread-safe, like every Spring Data connection: one thread uses it at a time ({@code
 * RedisTemplate} opens one per operation). {@link #close()} ends an open pipeline, transaction or
 * subscription; it never closes the client, which the {@link SlotwiseConnectionFactory} owns.
 */
public class SlotwiseConnection implements RedisConnection {
  final CommandRunner runner;
  private final SlotwiseKeyCommands keys;
  private final SlotwiseStringCommands strings;
  private final SlotwiseHashCommands hashes;
  private final SlotwiseListCommands lists;
  private final SlotwiseSetCommands sets;
  private final SlotwiseZSetCommands zsets;
  private final SlotwiseHyperLogLogCommands hyperLogLogs;
  private final SlotwiseGeoCommands geo;
  private final SlotwiseStreamCommands streams;
  private final SlotwiseScriptingCommands scripting;
  final SlotwiseServerCommands server;
  private volatile SlotwiseSubscription subscription;
  private volatile boolean closed;

  SlotwiseConnection(SlotwiseClient client, boolean convertResults) {
    this.runner = new CommandRunner(client, convertResults);
    this.keys = new SlotwiseKeyCommands(runner);
    this.strings = new SlotwiseStringCommands(runner);
    this.hashes = new SlotwiseHashCommands(runner);
    this.lists = new SlotwiseListCommands(runner);
    this.sets = new SlotwiseSetCommands(runner);
    this.zsets = new SlotwiseZSetCommands(runner);
    this.hyperLogLogs = new SlotwiseHyperLogLogCommands(runner);
    this.geo = new SlotwiseGeoCommands(runner);
    this.streams = new SlotwiseStreamCommands(runner);
    this.scripting = new SlotwiseScriptingCommands(runner);
    this.server = newServerCommands(runner);
  }

  SlotwiseServerCommands newServerCommands(CommandRunner runner) {
    return new SlotwiseServerCommands(runner);
  }

  @Override
  public RedisCommands commands() {
    return this;
  }

  @Override
  public RedisKeyCommands keyCommands() {
    return keys;
  }

  @Override
  public RedisStringCommands stringCommands() {
    return strings;
  }

  @Override
  public RedisHashCommands hashCommands() {
    return hashes;
  }

  @Override
  public RedisListCommands listCommands() {
    return lists;
  }

  @Override
  public RedisSetCommands setCommands() {
    return sets;
  }

  @Override
  public RedisZSetCommands zSetCommands() {
    return zsets;
  }

  @Override
  public RedisHyperLogLogCommands hyperLogLogCommands() {
    return hyperLogLogs;
  }

  @Override
  public RedisGeoCommands geoCommands() {
    return geo;
  }

  @Override
  public RedisStreamCommands streamCommands() {
    return streams;
  }

  @Override
  public RedisScriptingCommands scriptingCommands() {
    return scripting;
  }

  @Override
  public RedisServerCommands serverCommands() {
    return server;
  }

  /** Any command, routed by Slotwise's command table ({@code args} after the name). */
  @Override
  public Object execute(String command, byte[]... args) {
    if (command == null || command.isBlank()) {
      throw new InvalidDataAccessApiUsageException("execute: command must not be empty");
    }
    Cmd cmd = Cmd.of(command.trim());
    if (args != null) {
      cmd.add(args);
    }
    return runner.run(Call.of("execute", Replies::raw, cmd.build()));
  }

  // --- lifecycle ---------------------------------------------------------------------------

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      runner.close();
    } finally {
      SlotwiseSubscription s = subscription;
      if (s != null) {
        s.close();
      }
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  /** The {@link SlotwiseClient} (shared; not to be closed by the caller). */
  @Override
  public Object getNativeConnection() {
    return runner.client();
  }

  @Override
  public boolean isQueueing() {
    return runner.transaction().isQueueing();
  }

  @Override
  public boolean isPipelined() {
    return runner.isPipelined();
  }

  @Override
  public void openPipeline() {
    runner.openPipeline();
  }

  @Override
  public List<Object> closePipeline() {
    return runner.closePipeline();
  }

  @Override
  public RedisSentinelConnection getSentinelConnection() {
    throw SlotwiseConnectionFactory.noSentinel("getSentinelConnection");
  }

  // --- transactions ------------------------------------------------------------------------

  @Override
  public void multi() {
    if (isPipelined()) {
      throw new InvalidDataAccessApiUsageException(
          "multi: a pipeline is open; Slotwise does not queue a transaction inside a pipeline"
              + " (close the pipeline first)");
    }
    runner.transaction().multi();
  }

  @Override
  public List<Object> exec() {
    return runner.transaction().exec();
  }

  @Override
  public void discard() {
    runner.transaction().discard();
  }

  @Override
  public void watch(byte[]... keys) {
    runner.transaction().watch(keys);
  }

  @Override
  public void unwatch() {
    runner.transaction().unwatch();
  }

  // --- pub/sub -----------------------------------------------------------------------------

  @Override
  public boolean isSubscribed() {
    SlotwiseSubscription s = subscription;
    return s != null && s.isAlive();
  }

  @Override
  public Subscription getSubscription() {
    return subscription;
  }

  @Override
  public Long publish(byte[] channel, byte[] message) {
    byte[][] args = Cmd.args("PUBLISH", channel, message);
    return runner.run(Call.keyless("publish", Replies::toLong, args));
  }

  /**
   * Subscribes and blocks until the subscription is closed, as Spring Data's blocking drivers do
   * (its listener container runs this on its own thread and closes the subscription to stop).
   */
  @Override
  public void subscribe(MessageListener listener, byte[]... channels) {
    startSubscription("subscribe", listener).subscribe(channels);
    subscription.awaitClosed();
  }

  /** Like {@link #subscribe}, for patterns. */
  @Override
  public void pSubscribe(MessageListener listener, byte[]... patterns) {
    startSubscription("pSubscribe", listener).pSubscribe(patterns);
    subscription.awaitClosed();
  }

  private SlotwiseSubscription startSubscription(String method, MessageListener listener) {
    if (listener == null) {
      throw new InvalidDataAccessApiUsageException(method + ": listener must not be null");
    }
    if (isSubscribed()) {
      throw new InvalidDataAccessApiUsageException(
          method
              + ": this connection is already subscribed; use getSubscription() to add"
              + " channels or patterns");
    }
    if (isQueueing() || isPipelined()) {
      throw new InvalidDataAccessApiUsageException(
          method + ": cannot subscribe inside a transaction or a pipeline");
    }
    try {
      subscription = new SlotwiseSubscription(runner.client(), listener);
    } catch (RuntimeException e) {
      throw SlotwiseExceptionTranslator.INSTANCE.translate(e);
    }
    return subscription;
  }

  // --- connection commands -----------------------------------------------------------------

  @Override
  public void select(int dbIndex) {
    int configured = runner.client().config().connectionOptions().database();
    if (dbIndex != configured) {
      throw new InvalidDataAccessApiUsageException(
          "select("
              + dbIndex
              + "): Slotwise shares its connections, so the database is chosen once for the"
              + " client (SlotwiseConfig's database option, now "
              + configured
              + "; Redis Cluster has database 0 only)");
    }
  }

  @Override
  public byte[] echo(byte[] message) {
    return runner.run(Call.keyless("echo", Replies::bytes, Cmd.args("ECHO", message)));
  }

  @Override
  public String ping() {
    return runner.run(Call.keyless("ping", Replies::string, Cmd.args("PING")));
  }
}
