package io.slotwise;

import io.slotwise.protocol.Command;
import io.slotwise.protocol.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * {@link AsyncRedisCommands} over a {@link Dispatcher}. Every method is one line: check and encode
 * the arguments (a {@code String} becomes its UTF-8 bytes once), build the byte-level command with
 * {@link CommandBuilder}, and let the dispatcher send it and convert the reply with {@link
 * Converters}. Thread-safe; holds no state but the dispatcher, which it does not own.
 *
 * <p>Every future handed back to the caller passes through {@link #handOut} exactly once (at the
 * leaf method that talks to the dispatcher, never in a continuation): the one extension point, used
 * by {@link PipelineImpl} to collect results in the caller's order.
 */
sealed class AsyncCommandsImpl implements AsyncRedisCommands permits PipelineImpl {
  private static final Function<Reply, List<ScoredValue<String>>> STRING_SCORED =
      Converters.scored(Converters::string);
  private static final Function<Reply, List<ScoredValue<byte[]>>> BYTES_SCORED =
      Converters.scored(Converters::bytes);

  private static final Function<Reply, KeyValue<String, String>> STRING_KV =
      BlockingCommands.keyValue(Converters::string, Converters::string);
  private static final Function<Reply, KeyValue<byte[], byte[]>> BYTES_KV =
      BlockingCommands.keyValue(Converters::bytes, Converters::bytes);
  private static final Function<Reply, KeyValue<String, ScoredValue<String>>> STRING_KS =
      BlockingCommands.keyScored(Converters::string);
  private static final Function<Reply, KeyValue<byte[], ScoredValue<byte[]>>> BYTES_KS =
      BlockingCommands.keyScored(Converters::bytes);

  private final Dispatcher dispatcher;
  private final KeylessCommands keyless;
  private final KeyPositionResolver keyPositions;

  AsyncCommandsImpl(Dispatcher dispatcher) {
    this(dispatcher, null);
  }

  /**
   * @param keyPositions the resolver of generic commands' keys to share (a pipeline shares its
   *     client's, whose cache and {@code COMMAND INFO} lookups do not wait for a sync), or null for
   *     a new one over {@code dispatcher}
   */
  AsyncCommandsImpl(Dispatcher dispatcher, KeyPositionResolver keyPositions) {
    this.dispatcher = Args.requireObject(dispatcher, "dispatcher");
    this.keyless = new KeylessCommands(dispatcher);
    this.keyPositions = keyPositions != null ? keyPositions : new KeyPositionResolver(dispatcher);
  }

  /** The resolver of generic commands' keys, with its cache. */
  KeyPositionResolver keyPositions() {
    return keyPositions;
  }

  private <T> CompletableFuture<T> run(Command command, Function<Reply, T> converter) {
    return handOut(dispatcher.execute(command, converter));
  }

  /**
   * Called with each future just before a command method returns it to the caller, on the caller's
   * thread. Identity here.
   */
  <T> CompletableFuture<T> handOut(CompletableFuture<T> future) {
    return future;
  }

  private static byte[] u(String value, String name) {
    return Args.utf8(value, name);
  }

  private static byte[][] us(String[] values, String name) {
    return Args.utf8All(values, name);
  }

  // Commands with options, several keys, maps, scripts or no key

  @Override
  public CompletableFuture<String> set(String key, String value) {
    return set(u(key, "key"), u(value, "value"));
  }

  @Override
  public CompletableFuture<String> set(byte[] key, byte[] value) {
    return set(key, value, SetArgs.create());
  }

  @Override
  public CompletableFuture<String> set(String key, String value, SetArgs setArgs) {
    return set(u(key, "key"), u(value, "value"), setArgs);
  }

  @Override
  public CompletableFuture<String> set(byte[] key, byte[] value, SetArgs setArgs) {
    return run(CommandBuilder.set(key, value, setArgs), Converters::string);
  }

  @Override
  public CompletableFuture<String> setGet(String key, String value) {
    return setGet(key, value, SetArgs.create());
  }

  @Override
  public CompletableFuture<byte[]> setGet(byte[] key, byte[] value) {
    return setGet(key, value, SetArgs.create());
  }

  @Override
  public CompletableFuture<String> setGet(String key, String value, SetArgs setArgs) {
    return run(
        CommandBuilder.setGet(u(key, "key"), u(value, "value"), setArgs), Converters::string);
  }

  @Override
  public CompletableFuture<byte[]> setGet(byte[] key, byte[] value, SetArgs setArgs) {
    return run(CommandBuilder.setGet(key, value, setArgs), Converters::bytes);
  }

  @Override
  public CompletableFuture<List<String>> mget(String... keys) {
    return handOut(dispatcher.mget(us(keys, "keys")).thenApply(AsyncCommandsImpl::decodeAll));
  }

  @Override
  public CompletableFuture<List<byte[]>> mget(byte[]... keys) {
    return handOut(dispatcher.mget(Args.requireAll(keys, "keys")));
  }

  @Override
  public CompletableFuture<String> mset(Map<String, String> keyValues) {
    return msetBytes(Args.utf8Map(keyValues, "keyValues"));
  }

  @Override
  public CompletableFuture<String> msetBytes(Map<byte[], byte[]> keyValues) {
    return handOut(
        dispatcher.mset(Args.requireEntries(keyValues, "keyValues")).thenApply(v -> "OK"));
  }

  @Override
  public CompletableFuture<Long> del(String... keys) {
    return del(us(keys, "keys"));
  }

  @Override
  public CompletableFuture<Long> del(byte[]... keys) {
    return handOut(dispatcher.countKeys("DEL", Args.requireAll(keys, "keys")));
  }

  @Override
  public CompletableFuture<Long> unlink(String... keys) {
    return unlink(us(keys, "keys"));
  }

  @Override
  public CompletableFuture<Long> unlink(byte[]... keys) {
    return handOut(dispatcher.countKeys("UNLINK", Args.requireAll(keys, "keys")));
  }

  @Override
  public CompletableFuture<Long> exists(String... keys) {
    return exists(us(keys, "keys"));
  }

  @Override
  public CompletableFuture<Long> exists(byte[]... keys) {
    return handOut(dispatcher.countKeys("EXISTS", Args.requireAll(keys, "keys")));
  }

  @Override
  public CompletableFuture<Long> touch(String... keys) {
    return touch(us(keys, "keys"));
  }

  @Override
  public CompletableFuture<Long> touch(byte[]... keys) {
    return handOut(dispatcher.countKeys("TOUCH", Args.requireAll(keys, "keys")));
  }

  @Override
  public CompletableFuture<Long> hset(String key, Map<String, String> fieldValues) {
    return hset(u(key, "key"), Args.utf8Map(fieldValues, "fieldValues"));
  }

  @Override
  public CompletableFuture<Long> hset(byte[] key, Map<byte[], byte[]> fieldValues) {
    return run(CommandBuilder.hset(key, fieldValues), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> zadd(String key, Map<String, Double> memberScores) {
    return zadd(u(key, "key"), Args.utf8Scores(memberScores, "memberScores"));
  }

  @Override
  public CompletableFuture<Long> zadd(byte[] key, Map<byte[], Double> memberScores) {
    return run(CommandBuilder.zadd(key, memberScores), Converters::integer);
  }

  @Override
  public CompletableFuture<Object> eval(String script, List<String> keys, List<String> args) {
    Command c =
        CommandBuilder.eval(
            u(script, "script"), Args.utf8List(keys, "keys"), Args.utf8List(args, "args"));
    return run(c, Converters.generic("EVAL", true));
  }

  @Override
  public CompletableFuture<Object> eval(byte[] script, List<byte[]> keys, List<byte[]> args) {
    Command c =
        CommandBuilder.eval(script, Args.bytesList(keys, "keys"), Args.bytesList(args, "args"));
    return run(c, Converters.generic("EVAL", false));
  }

  @Override
  public CompletableFuture<Object> evalsha(String sha, List<String> keys, List<String> args) {
    Command c =
        CommandBuilder.evalsha(
            u(sha, "sha"), Args.utf8List(keys, "keys"), Args.utf8List(args, "args"));
    return run(c, Converters.generic("EVALSHA", true));
  }

  @Override
  public CompletableFuture<Object> evalsha(byte[] sha, List<byte[]> keys, List<byte[]> args) {
    Command c =
        CommandBuilder.evalsha(sha, Args.bytesList(keys, "keys"), Args.bytesList(args, "args"));
    return run(c, Converters.generic("EVALSHA", false));
  }

  @Override
  public CompletableFuture<String> scriptLoad(String script) {
    return scriptLoad(u(script, "script"));
  }

  @Override
  public CompletableFuture<String> scriptLoad(byte[] script) {
    return handOut(
        dispatcher.fanOut(CommandBuilder.scriptLoad(script), AsyncCommandsImpl::sameSha));
  }

  @Override
  public CompletableFuture<String> ping() {
    return run(CommandBuilder.ping(), Converters::string);
  }

  @Override
  public CompletableFuture<String> info() {
    return run(CommandBuilder.info(), Converters::string);
  }

  @Override
  public CompletableFuture<String> info(String section) {
    return run(CommandBuilder.info(u(section, "section")), Converters::string);
  }

  @Override
  public CompletableFuture<String> ping(HostAndPort node) {
    return handOut(keyless.ping(node));
  }

  @Override
  public CompletableFuture<String> info(HostAndPort node, String section) {
    return handOut(keyless.info(node, section));
  }

  @Override
  public CompletableFuture<Long> dbsize() {
    return handOut(keyless.dbsize());
  }

  @Override
  public CompletableFuture<String> flushall() {
    return handOut(keyless.flushall(null));
  }

  @Override
  public CompletableFuture<String> scriptFlush() {
    return handOut(keyless.scriptFlush());
  }

  @Override
  public CompletableFuture<String> flushall(boolean async) {
    return handOut(keyless.flushall(async));
  }

  @Override
  public CompletableFuture<List<String>> keys(String pattern) {
    return handOut(keyless.keys(u(pattern, "pattern"), Converters::string));
  }

  @Override
  public CompletableFuture<List<byte[]>> keys(byte[] pattern) {
    return handOut(keyless.keys(pattern, Converters::bytes));
  }

  @Override
  public CompletableFuture<ScanResult<String>> scan(String cursor) {
    return handOut(keyless.scan(cursor, ScanArgs.create(), Converters::string));
  }

  @Override
  public CompletableFuture<ScanResult<String>> scan(String cursor, ScanArgs scanArgs) {
    return handOut(keyless.scan(cursor, scanArgs, Converters::string));
  }

  @Override
  public CompletableFuture<ScanResult<byte[]>> scanBytes(String cursor) {
    return handOut(keyless.scan(cursor, ScanArgs.create(), Converters::bytes));
  }

  @Override
  public CompletableFuture<ScanResult<byte[]>> scanBytes(String cursor, ScanArgs scanArgs) {
    return handOut(keyless.scan(cursor, scanArgs, Converters::bytes));
  }

  @Override
  public CompletableFuture<String> randomkey() {
    return handOut(keyless.randomkey(Converters::string));
  }

  // Pub/sub

  @Override
  public CompletableFuture<Long> publish(String channel, String message) {
    return publish(u(channel, "channel"), u(message, "message"));
  }

  @Override
  public CompletableFuture<Long> publish(byte[] channel, byte[] message) {
    return run(pubsub("PUBLISH", channel, message, new int[0]), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> spublish(String channel, String message) {
    return spublish(u(channel, "channel"), u(message, "message"));
  }

  @Override
  public CompletableFuture<Long> spublish(byte[] channel, byte[] message) {
    return run(pubsub("SPUBLISH", channel, message, new int[] {1}), Converters::integer);
  }

  private static Command pubsub(String name, byte[] channel, byte[] message, int[] keys) {
    byte[][] args = {
      name.getBytes(StandardCharsets.US_ASCII),
      Args.require(channel, "channel"),
      Args.require(message, "message")
    };
    return Command.of(name, args, keys, false);
  }

  // Blocking commands (exclusive connections)

  private <K, V> CompletableFuture<V> blocking(
      String name, byte[][] keys, Duration timeout, Function<Reply, V> converter) {
    return handOut(
        dispatcher.executeBlocking(BlockingCommands.pop(name, keys, timeout), converter, timeout));
  }

  @Override
  public CompletableFuture<KeyValue<String, String>> blpop(Duration timeout, String... keys) {
    return blocking("BLPOP", us(keys, "keys"), BlockingCommands.timeout(timeout), STRING_KV);
  }

  @Override
  public CompletableFuture<KeyValue<String, String>> blpop(double timeoutSeconds, String... keys) {
    return blocking("BLPOP", us(keys, "keys"), BlockingCommands.timeout(timeoutSeconds), STRING_KV);
  }

  @Override
  public CompletableFuture<KeyValue<byte[], byte[]>> blpop(Duration timeout, byte[]... keys) {
    return blocking(
        "BLPOP", Args.requireAll(keys, "keys"), BlockingCommands.timeout(timeout), BYTES_KV);
  }

  @Override
  public CompletableFuture<KeyValue<byte[], byte[]>> blpop(double timeoutSeconds, byte[]... keys) {
    return blocking(
        "BLPOP", Args.requireAll(keys, "keys"), BlockingCommands.timeout(timeoutSeconds), BYTES_KV);
  }

  @Override
  public CompletableFuture<KeyValue<String, String>> brpop(Duration timeout, String... keys) {
    return blocking("BRPOP", us(keys, "keys"), BlockingCommands.timeout(timeout), STRING_KV);
  }

  @Override
  public CompletableFuture<KeyValue<String, String>> brpop(double timeoutSeconds, String... keys) {
    return blocking("BRPOP", us(keys, "keys"), BlockingCommands.timeout(timeoutSeconds), STRING_KV);
  }

  @Override
  public CompletableFuture<KeyValue<byte[], byte[]>> brpop(Duration timeout, byte[]... keys) {
    return blocking(
        "BRPOP", Args.requireAll(keys, "keys"), BlockingCommands.timeout(timeout), BYTES_KV);
  }

  @Override
  public CompletableFuture<KeyValue<byte[], byte[]>> brpop(double timeoutSeconds, byte[]... keys) {
    return blocking(
        "BRPOP", Args.requireAll(keys, "keys"), BlockingCommands.timeout(timeoutSeconds), BYTES_KV);
  }

  @Override
  public CompletableFuture<KeyValue<String, ScoredValue<String>>> bzpopmin(
      Duration timeout, String... keys) {
    return blocking("BZPOPMIN", us(keys, "keys"), BlockingCommands.timeout(timeout), STRING_KS);
  }

  @Override
  public CompletableFuture<KeyValue<String, ScoredValue<String>>> bzpopmin(
      double timeoutSeconds, String... keys) {
    return blocking(
        "BZPOPMIN", us(keys, "keys"), BlockingCommands.timeout(timeoutSeconds), STRING_KS);
  }

  @Override
  public CompletableFuture<KeyValue<byte[], ScoredValue<byte[]>>> bzpopmin(
      Duration timeout, byte[]... keys) {
    return blocking(
        "BZPOPMIN", Args.requireAll(keys, "keys"), BlockingCommands.timeout(timeout), BYTES_KS);
  }

  @Override
  public CompletableFuture<KeyValue<byte[], ScoredValue<byte[]>>> bzpopmin(
      double timeoutSeconds, byte[]... keys) {
    return blocking(
        "BZPOPMIN",
        Args.requireAll(keys, "keys"),
        BlockingCommands.timeout(timeoutSeconds),
        BYTES_KS);
  }

  @Override
  public CompletableFuture<KeyValue<String, ScoredValue<String>>> bzpopmax(
      Duration timeout, String... keys) {
    return blocking("BZPOPMAX", us(keys, "keys"), BlockingCommands.timeout(timeout), STRING_KS);
  }

  @Override
  public CompletableFuture<KeyValue<String, ScoredValue<String>>> bzpopmax(
      double timeoutSeconds, String... keys) {
    return blocking(
        "BZPOPMAX", us(keys, "keys"), BlockingCommands.timeout(timeoutSeconds), STRING_KS);
  }

  @Override
  public CompletableFuture<KeyValue<byte[], ScoredValue<byte[]>>> bzpopmax(
      Duration timeout, byte[]... keys) {
    return blocking(
        "BZPOPMAX", Args.requireAll(keys, "keys"), BlockingCommands.timeout(timeout), BYTES_KS);
  }

  @Override
  public CompletableFuture<KeyValue<byte[], ScoredValue<byte[]>>> bzpopmax(
      double timeoutSeconds, byte[]... keys) {
    return blocking(
        "BZPOPMAX",
        Args.requireAll(keys, "keys"),
        BlockingCommands.timeout(timeoutSeconds),
        BYTES_KS);
  }

  @Override
  public CompletableFuture<String> blmove(
      String source, String destination, ListDirection from, ListDirection to, Duration timeout) {
    Duration t = BlockingCommands.timeout(timeout);
    return handOut(
        dispatcher.executeBlocking(
            BlockingCommands.blmove(
                u(source, "source"), u(destination, "destination"), from, to, t),
            Converters::string,
            t));
  }

  @Override
  public CompletableFuture<String> blmove(
      String source,
      String destination,
      ListDirection from,
      ListDirection to,
      double timeoutSeconds) {
    Duration t = BlockingCommands.timeout(timeoutSeconds);
    return handOut(
        dispatcher.executeBlocking(
            BlockingCommands.blmove(
                u(source, "source"), u(destination, "destination"), from, to, t),
            Converters::string,
            t));
  }

  @Override
  public CompletableFuture<byte[]> blmove(
      byte[] source, byte[] destination, ListDirection from, ListDirection to, Duration timeout) {
    Duration t = BlockingCommands.timeout(timeout);
    return handOut(
        dispatcher.executeBlocking(
            BlockingCommands.blmove(
                Args.require(source, "source"),
                Args.require(destination, "destination"),
                from,
                to,
                t),
            Converters::bytes,
            t));
  }

  @Override
  public CompletableFuture<byte[]> blmove(
      byte[] source,
      byte[] destination,
      ListDirection from,
      ListDirection to,
      double timeoutSeconds) {
    Duration t = BlockingCommands.timeout(timeoutSeconds);
    return handOut(
        dispatcher.executeBlocking(
            BlockingCommands.blmove(
                Args.require(source, "source"),
                Args.require(destination, "destination"),
                from,
                to,
                t),
            Converters::bytes,
            t));
  }

  @Override
  public CompletableFuture<Object> execute(String... args) {
    return generic(us(args, "args"), true);
  }

  @Override
  public CompletableFuture<Object> execute(byte[]... args) {
    return generic(Args.requireAll(args, "args"), false);
  }

  /** A generic command, its keys found by {@link KeyPositionResolver} (cluster mode). */
  private CompletableFuture<Object> generic(byte[][] args, boolean text) {
    // Not run(...): the future handed out is the composed one, and the command may only be built
    // once COMMAND INFO answers, on an I/O thread.
    return handOut(
        keyPositions
            .resolve(args)
            .thenCompose(c -> dispatcher.execute(c, Converters.generic(c.name(), text))));
  }

  /** The SHA1 every master answered to {@code SCRIPT LOAD}; they must agree. */
  static String sameSha(List<Reply> replies) {
    String sha = null;
    for (Reply r : replies) {
      String s = Converters.string(r);
      if (sha == null) {
        sha = s;
      } else if (!sha.equals(s)) {
        throw new RedisProtocolException("SCRIPT LOAD answered different SHA1s: " + sha + ", " + s);
      }
    }
    if (sha == null) {
      throw new RedisProtocolException("SCRIPT LOAD reached no node");
    }
    return sha;
  }

  private static List<String> decodeAll(List<byte[]> values) {
    String[] out = new String[values.size()];
    for (int i = 0; i < out.length; i++) {
      byte[] v = values.get(i);
      out[i] = v == null ? null : new String(v, StandardCharsets.UTF_8);
    }
    return java.util.Arrays.asList(out);
  }

  // Commands with one key and fixed arguments

  @Override
  public CompletableFuture<String> get(String key) {
    return run(CommandBuilder.get(u(key, "key")), Converters::string);
  }

  @Override
  public CompletableFuture<byte[]> get(byte[] key) {
    return run(CommandBuilder.get(key), Converters::bytes);
  }

  @Override
  public CompletableFuture<String> getdel(String key) {
    return run(CommandBuilder.getdel(u(key, "key")), Converters::string);
  }

  @Override
  public CompletableFuture<byte[]> getdel(byte[] key) {
    return run(CommandBuilder.getdel(key), Converters::bytes);
  }

  @Override
  public CompletableFuture<Long> append(String key, String value) {
    return run(CommandBuilder.append(u(key, "key"), u(value, "value")), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> append(byte[] key, byte[] value) {
    return run(CommandBuilder.append(key, value), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> strlen(String key) {
    return run(CommandBuilder.strlen(u(key, "key")), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> strlen(byte[] key) {
    return run(CommandBuilder.strlen(key), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> setrange(String key, long offset, String value) {
    return run(
        CommandBuilder.setrange(u(key, "key"), offset, u(value, "value")), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> setrange(byte[] key, long offset, byte[] value) {
    return run(CommandBuilder.setrange(key, offset, value), Converters::integer);
  }

  @Override
  public CompletableFuture<String> getrange(String key, long start, long end) {
    return run(CommandBuilder.getrange(u(key, "key"), start, end), Converters::string);
  }

  @Override
  public CompletableFuture<byte[]> getrange(byte[] key, long start, long end) {
    return run(CommandBuilder.getrange(key, start, end), Converters::bytes);
  }

  @Override
  public CompletableFuture<Long> incr(String key) {
    return run(CommandBuilder.incr(u(key, "key")), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> incr(byte[] key) {
    return run(CommandBuilder.incr(key), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> incrby(String key, long amount) {
    return run(CommandBuilder.incrby(u(key, "key"), amount), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> incrby(byte[] key, long amount) {
    return run(CommandBuilder.incrby(key, amount), Converters::integer);
  }

  @Override
  public CompletableFuture<Double> incrbyfloat(String key, double amount) {
    return run(CommandBuilder.incrbyfloat(u(key, "key"), amount), Converters::decimal);
  }

  @Override
  public CompletableFuture<Double> incrbyfloat(byte[] key, double amount) {
    return run(CommandBuilder.incrbyfloat(key, amount), Converters::decimal);
  }

  @Override
  public CompletableFuture<Long> decr(String key) {
    return run(CommandBuilder.decr(u(key, "key")), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> decr(byte[] key) {
    return run(CommandBuilder.decr(key), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> decrby(String key, long amount) {
    return run(CommandBuilder.decrby(u(key, "key"), amount), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> decrby(byte[] key, long amount) {
    return run(CommandBuilder.decrby(key, amount), Converters::integer);
  }

  @Override
  public CompletableFuture<Boolean> expire(String key, long seconds) {
    return run(CommandBuilder.expire(u(key, "key"), seconds), Converters::bool);
  }

  @Override
  public CompletableFuture<Boolean> expire(byte[] key, long seconds) {
    return run(CommandBuilder.expire(key, seconds), Converters::bool);
  }

  @Override
  public CompletableFuture<Boolean> pexpire(String key, long millis) {
    return run(CommandBuilder.pexpire(u(key, "key"), millis), Converters::bool);
  }

  @Override
  public CompletableFuture<Boolean> pexpire(byte[] key, long millis) {
    return run(CommandBuilder.pexpire(key, millis), Converters::bool);
  }

  @Override
  public CompletableFuture<Long> ttl(String key) {
    return run(CommandBuilder.ttl(u(key, "key")), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> ttl(byte[] key) {
    return run(CommandBuilder.ttl(key), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> pttl(String key) {
    return run(CommandBuilder.pttl(u(key, "key")), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> pttl(byte[] key) {
    return run(CommandBuilder.pttl(key), Converters::integer);
  }

  @Override
  public CompletableFuture<Boolean> persist(String key) {
    return run(CommandBuilder.persist(u(key, "key")), Converters::bool);
  }

  @Override
  public CompletableFuture<Boolean> persist(byte[] key) {
    return run(CommandBuilder.persist(key), Converters::bool);
  }

  @Override
  public CompletableFuture<String> type(String key) {
    return run(CommandBuilder.type(u(key, "key")), Converters::string);
  }

  @Override
  public CompletableFuture<String> type(byte[] key) {
    return run(CommandBuilder.type(key), Converters::string);
  }

  @Override
  public CompletableFuture<String> rename(String key, String newKey) {
    return run(CommandBuilder.rename(u(key, "key"), u(newKey, "newKey")), Converters::string);
  }

  @Override
  public CompletableFuture<String> rename(byte[] key, byte[] newKey) {
    return run(CommandBuilder.rename(key, newKey), Converters::string);
  }

  @Override
  public CompletableFuture<Long> hset(String key, String field, String value) {
    return run(
        CommandBuilder.hset(u(key, "key"), u(field, "field"), u(value, "value")),
        Converters::integer);
  }

  @Override
  public CompletableFuture<Long> hset(byte[] key, byte[] field, byte[] value) {
    return run(CommandBuilder.hset(key, field, value), Converters::integer);
  }

  @Override
  public CompletableFuture<Boolean> hsetnx(String key, String field, String value) {
    return run(
        CommandBuilder.hsetnx(u(key, "key"), u(field, "field"), u(value, "value")),
        Converters::bool);
  }

  @Override
  public CompletableFuture<Boolean> hsetnx(byte[] key, byte[] field, byte[] value) {
    return run(CommandBuilder.hsetnx(key, field, value), Converters::bool);
  }

  @Override
  public CompletableFuture<String> hget(String key, String field) {
    return run(CommandBuilder.hget(u(key, "key"), u(field, "field")), Converters::string);
  }

  @Override
  public CompletableFuture<byte[]> hget(byte[] key, byte[] field) {
    return run(CommandBuilder.hget(key, field), Converters::bytes);
  }

  @Override
  public CompletableFuture<List<String>> hmget(String key, String... fields) {
    return run(CommandBuilder.hmget(u(key, "key"), us(fields, "fields")), Converters.STRING_LIST);
  }

  @Override
  public CompletableFuture<List<byte[]>> hmget(byte[] key, byte[]... fields) {
    return run(CommandBuilder.hmget(key, fields), Converters.BYTES_LIST);
  }

  @Override
  public CompletableFuture<Map<String, String>> hgetall(String key) {
    return run(CommandBuilder.hgetall(u(key, "key")), Converters::stringMap);
  }

  @Override
  public CompletableFuture<List<Map.Entry<byte[], byte[]>>> hgetall(byte[] key) {
    return run(CommandBuilder.hgetall(key), Converters::bytesEntries);
  }

  @Override
  public CompletableFuture<Long> hdel(String key, String... fields) {
    return run(CommandBuilder.hdel(u(key, "key"), us(fields, "fields")), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> hdel(byte[] key, byte[]... fields) {
    return run(CommandBuilder.hdel(key, fields), Converters::integer);
  }

  @Override
  public CompletableFuture<Boolean> hexists(String key, String field) {
    return run(CommandBuilder.hexists(u(key, "key"), u(field, "field")), Converters::bool);
  }

  @Override
  public CompletableFuture<Boolean> hexists(byte[] key, byte[] field) {
    return run(CommandBuilder.hexists(key, field), Converters::bool);
  }

  @Override
  public CompletableFuture<Long> hlen(String key) {
    return run(CommandBuilder.hlen(u(key, "key")), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> hlen(byte[] key) {
    return run(CommandBuilder.hlen(key), Converters::integer);
  }

  @Override
  public CompletableFuture<List<String>> hkeys(String key) {
    return run(CommandBuilder.hkeys(u(key, "key")), Converters.STRING_LIST);
  }

  @Override
  public CompletableFuture<List<byte[]>> hkeys(byte[] key) {
    return run(CommandBuilder.hkeys(key), Converters.BYTES_LIST);
  }

  @Override
  public CompletableFuture<List<String>> hvals(String key) {
    return run(CommandBuilder.hvals(u(key, "key")), Converters.STRING_LIST);
  }

  @Override
  public CompletableFuture<List<byte[]>> hvals(byte[] key) {
    return run(CommandBuilder.hvals(key), Converters.BYTES_LIST);
  }

  @Override
  public CompletableFuture<Long> hincrby(String key, String field, long amount) {
    return run(
        CommandBuilder.hincrby(u(key, "key"), u(field, "field"), amount), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> hincrby(byte[] key, byte[] field, long amount) {
    return run(CommandBuilder.hincrby(key, field, amount), Converters::integer);
  }

  @Override
  public CompletableFuture<Double> hincrbyfloat(String key, String field, double amount) {
    return run(
        CommandBuilder.hincrbyfloat(u(key, "key"), u(field, "field"), amount), Converters::decimal);
  }

  @Override
  public CompletableFuture<Double> hincrbyfloat(byte[] key, byte[] field, double amount) {
    return run(CommandBuilder.hincrbyfloat(key, field, amount), Converters::decimal);
  }

  @Override
  public CompletableFuture<Long> lpush(String key, String... values) {
    return run(CommandBuilder.lpush(u(key, "key"), us(values, "values")), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> lpush(byte[] key, byte[]... values) {
    return run(CommandBuilder.lpush(key, values), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> rpush(String key, String... values) {
    return run(CommandBuilder.rpush(u(key, "key"), us(values, "values")), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> rpush(byte[] key, byte[]... values) {
    return run(CommandBuilder.rpush(key, values), Converters::integer);
  }

  @Override
  public CompletableFuture<String> lpop(String key) {
    return run(CommandBuilder.lpop(u(key, "key")), Converters::string);
  }

  @Override
  public CompletableFuture<byte[]> lpop(byte[] key) {
    return run(CommandBuilder.lpop(key), Converters::bytes);
  }

  @Override
  public CompletableFuture<List<String>> lpop(String key, int count) {
    return run(CommandBuilder.lpop(u(key, "key"), count), Converters.STRING_LIST);
  }

  @Override
  public CompletableFuture<List<byte[]>> lpop(byte[] key, int count) {
    return run(CommandBuilder.lpop(key, count), Converters.BYTES_LIST);
  }

  @Override
  public CompletableFuture<String> rpop(String key) {
    return run(CommandBuilder.rpop(u(key, "key")), Converters::string);
  }

  @Override
  public CompletableFuture<byte[]> rpop(byte[] key) {
    return run(CommandBuilder.rpop(key), Converters::bytes);
  }

  @Override
  public CompletableFuture<List<String>> rpop(String key, int count) {
    return run(CommandBuilder.rpop(u(key, "key"), count), Converters.STRING_LIST);
  }

  @Override
  public CompletableFuture<List<byte[]>> rpop(byte[] key, int count) {
    return run(CommandBuilder.rpop(key, count), Converters.BYTES_LIST);
  }

  @Override
  public CompletableFuture<Long> llen(String key) {
    return run(CommandBuilder.llen(u(key, "key")), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> llen(byte[] key) {
    return run(CommandBuilder.llen(key), Converters::integer);
  }

  @Override
  public CompletableFuture<List<String>> lrange(String key, long start, long stop) {
    return run(CommandBuilder.lrange(u(key, "key"), start, stop), Converters.STRING_LIST);
  }

  @Override
  public CompletableFuture<List<byte[]>> lrange(byte[] key, long start, long stop) {
    return run(CommandBuilder.lrange(key, start, stop), Converters.BYTES_LIST);
  }

  @Override
  public CompletableFuture<String> lindex(String key, long index) {
    return run(CommandBuilder.lindex(u(key, "key"), index), Converters::string);
  }

  @Override
  public CompletableFuture<byte[]> lindex(byte[] key, long index) {
    return run(CommandBuilder.lindex(key, index), Converters::bytes);
  }

  @Override
  public CompletableFuture<String> lset(String key, long index, String value) {
    return run(CommandBuilder.lset(u(key, "key"), index, u(value, "value")), Converters::string);
  }

  @Override
  public CompletableFuture<String> lset(byte[] key, long index, byte[] value) {
    return run(CommandBuilder.lset(key, index, value), Converters::string);
  }

  @Override
  public CompletableFuture<Long> lrem(String key, long count, String value) {
    return run(CommandBuilder.lrem(u(key, "key"), count, u(value, "value")), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> lrem(byte[] key, long count, byte[] value) {
    return run(CommandBuilder.lrem(key, count, value), Converters::integer);
  }

  @Override
  public CompletableFuture<String> ltrim(String key, long start, long stop) {
    return run(CommandBuilder.ltrim(u(key, "key"), start, stop), Converters::string);
  }

  @Override
  public CompletableFuture<String> ltrim(byte[] key, long start, long stop) {
    return run(CommandBuilder.ltrim(key, start, stop), Converters::string);
  }

  @Override
  public CompletableFuture<Long> linsert(String key, boolean before, String pivot, String value) {
    return run(
        CommandBuilder.linsert(u(key, "key"), before, u(pivot, "pivot"), u(value, "value")),
        Converters::integer);
  }

  @Override
  public CompletableFuture<Long> linsert(byte[] key, boolean before, byte[] pivot, byte[] value) {
    return run(CommandBuilder.linsert(key, before, pivot, value), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> sadd(String key, String... members) {
    return run(CommandBuilder.sadd(u(key, "key"), us(members, "members")), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> sadd(byte[] key, byte[]... members) {
    return run(CommandBuilder.sadd(key, members), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> srem(String key, String... members) {
    return run(CommandBuilder.srem(u(key, "key"), us(members, "members")), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> srem(byte[] key, byte[]... members) {
    return run(CommandBuilder.srem(key, members), Converters::integer);
  }

  @Override
  public CompletableFuture<Set<String>> smembers(String key) {
    return run(CommandBuilder.smembers(u(key, "key")), Converters::stringSet);
  }

  @Override
  public CompletableFuture<List<byte[]>> smembers(byte[] key) {
    return run(CommandBuilder.smembers(key), Converters.BYTES_LIST);
  }

  @Override
  public CompletableFuture<Boolean> sismember(String key, String member) {
    return run(CommandBuilder.sismember(u(key, "key"), u(member, "member")), Converters::bool);
  }

  @Override
  public CompletableFuture<Boolean> sismember(byte[] key, byte[] member) {
    return run(CommandBuilder.sismember(key, member), Converters::bool);
  }

  @Override
  public CompletableFuture<Long> scard(String key) {
    return run(CommandBuilder.scard(u(key, "key")), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> scard(byte[] key) {
    return run(CommandBuilder.scard(key), Converters::integer);
  }

  @Override
  public CompletableFuture<String> spop(String key) {
    return run(CommandBuilder.spop(u(key, "key")), Converters::string);
  }

  @Override
  public CompletableFuture<byte[]> spop(byte[] key) {
    return run(CommandBuilder.spop(key), Converters::bytes);
  }

  @Override
  public CompletableFuture<String> srandmember(String key) {
    return run(CommandBuilder.srandmember(u(key, "key")), Converters::string);
  }

  @Override
  public CompletableFuture<byte[]> srandmember(byte[] key) {
    return run(CommandBuilder.srandmember(key), Converters::bytes);
  }

  @Override
  public CompletableFuture<Set<String>> sinter(String... keys) {
    return run(CommandBuilder.sinter(us(keys, "keys")), Converters::stringSet);
  }

  @Override
  public CompletableFuture<List<byte[]>> sinter(byte[]... keys) {
    return run(CommandBuilder.sinter(keys), Converters.BYTES_LIST);
  }

  @Override
  public CompletableFuture<Set<String>> sunion(String... keys) {
    return run(CommandBuilder.sunion(us(keys, "keys")), Converters::stringSet);
  }

  @Override
  public CompletableFuture<List<byte[]>> sunion(byte[]... keys) {
    return run(CommandBuilder.sunion(keys), Converters.BYTES_LIST);
  }

  @Override
  public CompletableFuture<Set<String>> sdiff(String... keys) {
    return run(CommandBuilder.sdiff(us(keys, "keys")), Converters::stringSet);
  }

  @Override
  public CompletableFuture<List<byte[]>> sdiff(byte[]... keys) {
    return run(CommandBuilder.sdiff(keys), Converters.BYTES_LIST);
  }

  @Override
  public CompletableFuture<Long> zadd(String key, double score, String member) {
    return run(CommandBuilder.zadd(u(key, "key"), score, u(member, "member")), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> zadd(byte[] key, double score, byte[] member) {
    return run(CommandBuilder.zadd(key, score, member), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> zrem(String key, String... members) {
    return run(CommandBuilder.zrem(u(key, "key"), us(members, "members")), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> zrem(byte[] key, byte[]... members) {
    return run(CommandBuilder.zrem(key, members), Converters::integer);
  }

  @Override
  public CompletableFuture<Double> zscore(String key, String member) {
    return run(
        CommandBuilder.zscore(u(key, "key"), u(member, "member")), Converters::nullableDecimal);
  }

  @Override
  public CompletableFuture<Double> zscore(byte[] key, byte[] member) {
    return run(CommandBuilder.zscore(key, member), Converters::nullableDecimal);
  }

  @Override
  public CompletableFuture<Double> zincrby(String key, double amount, String member) {
    return run(
        CommandBuilder.zincrby(u(key, "key"), amount, u(member, "member")), Converters::decimal);
  }

  @Override
  public CompletableFuture<Double> zincrby(byte[] key, double amount, byte[] member) {
    return run(CommandBuilder.zincrby(key, amount, member), Converters::decimal);
  }

  @Override
  public CompletableFuture<Long> zcard(String key) {
    return run(CommandBuilder.zcard(u(key, "key")), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> zcard(byte[] key) {
    return run(CommandBuilder.zcard(key), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> zcount(String key, double min, double max) {
    return run(CommandBuilder.zcount(u(key, "key"), min, max), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> zcount(byte[] key, double min, double max) {
    return run(CommandBuilder.zcount(key, min, max), Converters::integer);
  }

  @Override
  public CompletableFuture<Long> zrank(String key, String member) {
    return run(
        CommandBuilder.zrank(u(key, "key"), u(member, "member")), Converters::nullableInteger);
  }

  @Override
  public CompletableFuture<Long> zrank(byte[] key, byte[] member) {
    return run(CommandBuilder.zrank(key, member), Converters::nullableInteger);
  }

  @Override
  public CompletableFuture<Long> zrevrank(String key, String member) {
    return run(
        CommandBuilder.zrevrank(u(key, "key"), u(member, "member")), Converters::nullableInteger);
  }

  @Override
  public CompletableFuture<Long> zrevrank(byte[] key, byte[] member) {
    return run(CommandBuilder.zrevrank(key, member), Converters::nullableInteger);
  }

  @Override
  public CompletableFuture<List<String>> zrange(String key, long start, long stop) {
    return run(CommandBuilder.zrange(u(key, "key"), start, stop), Converters.STRING_LIST);
  }

  @Override
  public CompletableFuture<List<byte[]>> zrange(byte[] key, long start, long stop) {
    return run(CommandBuilder.zrange(key, start, stop), Converters.BYTES_LIST);
  }

  @Override
  public CompletableFuture<List<String>> zrevrange(String key, long start, long stop) {
    return run(CommandBuilder.zrevrange(u(key, "key"), start, stop), Converters.STRING_LIST);
  }

  @Override
  public CompletableFuture<List<byte[]>> zrevrange(byte[] key, long start, long stop) {
    return run(CommandBuilder.zrevrange(key, start, stop), Converters.BYTES_LIST);
  }

  @Override
  public CompletableFuture<List<ScoredValue<String>>> zrangeWithScores(
      String key, long start, long stop) {
    return run(CommandBuilder.zrangeWithScores(u(key, "key"), start, stop), STRING_SCORED);
  }

  @Override
  public CompletableFuture<List<ScoredValue<byte[]>>> zrangeWithScores(
      byte[] key, long start, long stop) {
    return run(CommandBuilder.zrangeWithScores(key, start, stop), BYTES_SCORED);
  }

  @Override
  public CompletableFuture<List<String>> zrangebyscore(String key, double min, double max) {
    return run(CommandBuilder.zrangebyscore(u(key, "key"), min, max), Converters.STRING_LIST);
  }

  @Override
  public CompletableFuture<List<byte[]>> zrangebyscore(byte[] key, double min, double max) {
    return run(CommandBuilder.zrangebyscore(key, min, max), Converters.BYTES_LIST);
  }

  @Override
  public CompletableFuture<String> echo(String message) {
    return run(CommandBuilder.echo(u(message, "message")), Converters::string);
  }

  @Override
  public CompletableFuture<byte[]> echo(byte[] message) {
    return run(CommandBuilder.echo(message), Converters::bytes);
  }
}
