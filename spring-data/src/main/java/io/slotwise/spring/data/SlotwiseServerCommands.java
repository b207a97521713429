package io.slotwise.spring.data;

import io.slotwise.SlotwiseConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.springframework.data.redis.connection.RedisNode;
import org.springframework.data.redis.connection.RedisServerCommands;
import org.springframework.data.redis.connection.convert.Converters;
import org.springframework.data.redis.core.types.RedisClientInfo;

/**
 * {@link RedisServerCommands} on Slotwise. In cluster mode {@code DBSIZE} sums every master and
 * {@code FLUSHDB}/{@code FLUSHALL} flush every master (Redis Cluster has database 0 only, so both
 * are the same); other server commands go to one master (the cluster connection has per-node
 * forms). {@code CLIENT SETNAME} is refused: Slotwise's connections are shared. Not thread-safe
 * (one per connection).
 */
class SlotwiseServerCommands extends Family implements RedisServerCommands {
  final boolean cluster;

  SlotwiseServerCommands(CommandRunner runner) {
    super(runner);
    this.cluster = runner.client().config().mode() == SlotwiseConfig.Mode.CLUSTER;
  }

  @Override
  public void bgReWriteAof() {
    keyless("bgReWriteAof", Replies.STATUS, "BGREWRITEAOF");
  }

  @Override
  public void bgSave() {
    keyless("bgSave", Replies.STATUS, "BGSAVE");
  }

  @Override
  public Long lastSave() {
    return keyless("lastSave", Replies::toLong, "LASTSAVE");
  }

  @Override
  public void save() {
    keyless("save", Replies.STATUS, "SAVE");
  }

  @Override
  public Long dbSize() {
    byte[][] args = Cmd.args("DBSIZE");
    return run(
        Call.typed("dbSize", c -> c.dbsize(), c -> c.dbsize(), Replies::toLong, args)
            .keyAt(Integer.MAX_VALUE));
  }

  @Override
  public void flushDb() {
    flush("flushDb", "FLUSHDB", null);
  }

  @Override
  public void flushDb(FlushOption option) {
    flush("flushDb", "FLUSHDB", option);
  }

  @Override
  public void flushAll() {
    flush("flushAll", "FLUSHALL", null);
  }

  @Override
  public void flushAll(FlushOption option) {
    flush("flushAll", "FLUSHALL", option);
  }

  private void flush(String method, String name, FlushOption option) {
    Cmd cmd = Cmd.of(cluster ? "FLUSHALL" : name);
    if (option != null) {
      cmd.word(option.name());
    }
    byte[][] args = cmd.build();
    Boolean async = option == null ? null : option == FlushOption.ASYNC;
    run(
        new Call<>(
            method,
            args,
            c -> async == null ? c.flushall() : c.flushall(async),
            c -> async == null ? c.flushall() : c.flushall(async),
            Replies.STATUS,
            Integer.MAX_VALUE));
  }

  @Override
  public Properties info() {
    return keyless("info", SlotwiseServerCommands::properties, "INFO");
  }

  @Override
  public Properties info(String section) {
    require(section, "info", "section");
    return keyless("info", SlotwiseServerCommands::properties, "INFO", section);
  }

  static Properties properties(Object reply) {
    return Converters.toProperties(Replies.string(reply));
  }

  @Override
  public void shutdown() {
    keyless("shutdown", Replies.STATUS, "SHUTDOWN");
  }

  @Override
  public void shutdown(ShutdownOption option) {
    if (option == null) {
      shutdown();
      return;
    }
    keyless("shutdown", Replies.STATUS, "SHUTDOWN", option.name());
  }

  @Override
  public Properties getConfig(String pattern) {
    require(pattern, "getConfig", "pattern");
    return keyless("getConfig", SlotwiseServerCommands::configProperties, "CONFIG", "GET", pattern);
  }

  static Properties configProperties(Object reply) {
    Properties out = new Properties();
    List<Object> flat = Replies.list(reply);
    for (int i = 0; i + 1 < flat.size(); i += 2) {
      out.setProperty(Replies.string(flat.get(i)), Replies.string(flat.get(i + 1)));
    }
    return out;
  }

  @Override
  public void setConfig(String param, String value) {
    keyless("setConfig", Replies.STATUS, "CONFIG", "SET", param, value);
  }

  @Override
  public void resetConfigStats() {
    keyless("resetConfigStats", Replies.STATUS, "CONFIG", "RESETSTAT");
  }

  @Override
  public void rewriteConfig() {
    keyless("rewriteConfig", Replies.STATUS, "CONFIG", "REWRITE");
  }

  @Override
  public Long time(TimeUnit timeUnit) {
    return keyless("time", r -> time(r, timeUnit), "TIME");
  }

  static Long time(Object reply, TimeUnit unit) {
    List<Object> parts = Replies.list(reply);
    return Converters.toTimeMillis(
        Replies.string(parts.get(0)),
        Replies.string(parts.get(1)),
        unit == null ? TimeUnit.MILLISECONDS : unit);
  }

  @Override
  public void killClient(String host, int port) {
    keyless("killClient", Replies.STATUS, "CLIENT", "KILL", host + ":" + port);
  }

  @Override
  public void setClientName(byte[] name) {
    throw refused(
        "setClientName",
        "Slotwise shares each connection between threads, so a connection name cannot be set per"
            + " Spring connection; set it for all with SlotwiseConfig's clientName option");
  }

  @Override
  public String getClientName() {
    return keyless("getClientName", Replies::string, "CLIENT", "GETNAME");
  }

  @Override
  public List<RedisClientInfo> getClientList() {
    return keyless("getClientList", SlotwiseServerCommands::clients, "CLIENT", "LIST");
  }

  static List<RedisClientInfo> clients(Object reply) {
    List<RedisClientInfo> out = new ArrayList<>();
    for (String line : Replies.string(reply).split("\n")) {
      if (!line.isBlank()) {
        out.add(RedisClientInfo.RedisClientInfoBuilder.fromString(line.trim()));
      }
    }
    return out;
  }

  @Override
  public void replicaOf(String host, int port) {
    keyless("replicaOf", Replies.STATUS, "REPLICAOF", host, Integer.toString(port));
  }

  @Override
  public void replicaOfNoOne() {
    keyless("replicaOfNoOne", Replies.STATUS, "REPLICAOF", "NO", "ONE");
  }

  @Override
  public void migrate(byte[] key, RedisNode target, int dbIndex, MigrateOption option) {
    migrate(key, target, dbIndex, option, Long.MAX_VALUE);
  }

  @Override
  public void migrate(
      byte[] key, RedisNode target, int dbIndex, MigrateOption option, long timeout) {
    require(target, "migrate", "target");
    long millis = timeout == Long.MAX_VALUE ? 0 : timeout;
    Cmd cmd = Cmd.of("MIGRATE").word(target.getHost()).add(target.getPort()).add(key).add(dbIndex);
    cmd.add(millis);
    if (option != null) {
      cmd.word(option.name());
    }
    run("migrate", Replies.STATUS, cmd);
  }

  final <T> T keyless(
      String method, java.util.function.Function<Object, T> convert, String... words) {
    byte[][] args = new byte[words.length][];
    for (int i = 0; i < words.length; i++) {
      args[i] = require(words[i], method, "argument").getBytes(StandardCharsets.UTF_8);
    }
    return run(Call.keyless(method, convert, args));
  }
}
