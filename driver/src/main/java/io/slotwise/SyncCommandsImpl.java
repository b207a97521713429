package io.slotwise;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * {@link RedisCommands} that waits on an {@link AsyncRedisCommands} future per call. The executor
 * enforces the command deadline; this class waits a little longer ({@link #WAIT_MARGIN}) only as a
 * safety net. A failure reaches the caller as the {@link SlotwiseException} subclass itself (never
 * wrapped in {@link ExecutionException}); anything else is wrapped in a {@link SlotwiseException}.
 * An interrupt while waiting restores the thread's interrupt flag and throws. Thread-safe; owns
 * nothing.
 */
final class SyncCommandsImpl implements RedisCommands {
  /** Extra wait past the command timeout, for the executor to report its own timeout first. */
  static final Duration WAIT_MARGIN = Duration.ofSeconds(5);

  private final AsyncRedisCommands async;
  private final long waitNanos;

  SyncCommandsImpl(AsyncRedisCommands async, Duration commandTimeout) {
    this.async = Args.requireObject(async, "async");
    Args.requireObject(commandTimeout, "commandTimeout");
    if (commandTimeout.isNegative() || commandTimeout.isZero()) {
      throw new IllegalArgumentException("commandTimeout must be positive, got " + commandTimeout);
    }
    this.waitNanos = saturatedNanos(commandTimeout.plus(WAIT_MARGIN));
  }

  /** Waits for {@code future}; {@code command} names it in messages. */
  <T> T await(CompletableFuture<T> future, String command) {
    return await(future, command, waitNanos);
  }

  private <T> T await(CompletableFuture<T> future, String command, long waitNanos) {
    try {
      return future.get(waitNanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlotwiseException("interrupted while waiting for " + command, e);
    } catch (ExecutionException | CompletionException | CancellationException e) {
      throw unwrap(e, command);
    } catch (TimeoutException e) {
      throw new RedisTimeoutException(
          command + " got no answer within " + Duration.ofNanos(waitNanos), e);
    }
  }

  /**
   * Waits for a blocking command: the command timeout plus the time the server may block, or
   * without bound when it may block forever (the executor has no deadline then either).
   */
  <T> T awaitBlocking(CompletableFuture<T> future, String command, Duration blockFor) {
    if (!blockFor.isZero()) {
      return await(future, command, saturatedNanos(Duration.ofNanos(waitNanos).plus(blockFor)));
    }
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlotwiseException("interrupted while waiting for " + command, e);
    } catch (ExecutionException | CompletionException | CancellationException e) {
      throw unwrap(e, command);
    }
  }

  /** The {@link SlotwiseException} inside {@code e}, or a new one wrapping the real cause. */
  static SlotwiseException unwrap(Throwable e, String command) {
    Throwable t = e;
    while ((t instanceof ExecutionException || t instanceof CompletionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof SlotwiseException s) {
      return s;
    }
    if (t instanceof CancellationException) {
      return new SlotwiseException(command + " was cancelled", t);
    }
    return new SlotwiseException(command + " failed: " + t, t);
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  private static String commandName(Object[] args) {
    if (args == null || args.length == 0 || args[0] == null) {
      return "command";
    }
    return args[0] instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : args[0].toString();
  }

  @Override
  public String get(String key) {
    return await(async.get(key), "GET");
  }

  @Override
  public byte[] get(byte[] key) {
    return await(async.get(key), "GET");
  }

  @Override
  public String set(String key, String value) {
    return await(async.set(key, value), "SET");
  }

  @Override
  public String set(byte[] key, byte[] value) {
    return await(async.set(key, value), "SET");
  }

  @Override
  public String set(String key, String value, SetArgs setArgs) {
    return await(async.set(key, value, setArgs), "SET");
  }

  @Override
  public String set(byte[] key, byte[] value, SetArgs setArgs) {
    return await(async.set(key, value, setArgs), "SET");
  }

  @Override
  public String setGet(String key, String value) {
    return await(async.setGet(key, value), "SET");
  }

  @Override
  public byte[] setGet(byte[] key, byte[] value) {
    return await(async.setGet(key, value), "SET");
  }

  @Override
  public String setGet(String key, String value, SetArgs setArgs) {
    return await(async.setGet(key, value, setArgs), "SET");
  }

  @Override
  public byte[] setGet(byte[] key, byte[] value, SetArgs setArgs) {
    return await(async.setGet(key, value, setArgs), "SET");
  }

  @Override
  public String getdel(String key) {
    return await(async.getdel(key), "GETDEL");
  }

  @Override
  public byte[] getdel(byte[] key) {
    return await(async.getdel(key), "GETDEL");
  }

  @Override
  public long append(String key, String value) {
    return await(async.append(key, value), "APPEND");
  }

  @Override
  public long append(byte[] key, byte[] value) {
    return await(async.append(key, value), "APPEND");
  }

  @Override
  public long strlen(String key) {
    return await(async.strlen(key), "STRLEN");
  }

  @Override
  public long strlen(byte[] key) {
    return await(async.strlen(key), "STRLEN");
  }

  @Override
  public long setrange(String key, long offset, String value) {
    return await(async.setrange(key, offset, value), "SETRANGE");
  }

  @Override
  public long setrange(byte[] key, long offset, byte[] value) {
    return await(async.setrange(key, offset, value), "SETRANGE");
  }

  @Override
  public String getrange(String key, long start, long end) {
    return await(async.getrange(key, start, end), "GETRANGE");
  }

  @Override
  public byte[] getrange(byte[] key, long start, long end) {
    return await(async.getrange(key, start, end), "GETRANGE");
  }

  @Override
  public List<String> mget(String... keys) {
    return await(async.mget(keys), "MGET");
  }

  @Override
  public List<byte[]> mget(byte[]... keys) {
    return await(async.mget(keys), "MGET");
  }

  @Override
  public String mset(Map<String, String> keyValues) {
    return await(async.mset(keyValues), "MSET");
  }

  @Override
  public String msetBytes(Map<byte[], byte[]> keyValues) {
    return await(async.msetBytes(keyValues), "MSET");
  }

  @Override
  public long incr(String key) {
    return await(async.incr(key), "INCR");
  }

  @Override
  public long incr(byte[] key) {
    return await(async.incr(key), "INCR");
  }

  @Override
  public long incrby(String key, long amount) {
    return await(async.incrby(key, amount), "INCRBY");
  }

  @Override
  public long incrby(byte[] key, long amount) {
    return await(async.incrby(key, amount), "INCRBY");
  }

  @Override
  public double incrbyfloat(String key, double amount) {
    return await(async.incrbyfloat(key, amount), "INCRBYFLOAT");
  }

  @Override
  public double incrbyfloat(byte[] key, double amount) {
    return await(async.incrbyfloat(key, amount), "INCRBYFLOAT");
  }

  @Override
  public long decr(String key) {
    return await(async.decr(key), "DECR");
  }

  @Override
  public long decr(byte[] key) {
    return await(async.decr(key), "DECR");
  }

  @Override
  public long decrby(String key, long amount) {
    return await(async.decrby(key, amount), "DECRBY");
  }

  @Override
  public long decrby(byte[] key, long amount) {
    return await(async.decrby(key, amount), "DECRBY");
  }

  @Override
  public long del(String... keys) {
    return await(async.del(keys), "DEL");
  }

  @Override
  public long del(byte[]... keys) {
    return await(async.del(keys), "DEL");
  }

  @Override
  public long unlink(String... keys) {
    return await(async.unlink(keys), "UNLINK");
  }

  @Override
  public long unlink(byte[]... keys) {
    return await(async.unlink(keys), "UNLINK");
  }

  @Override
  public long exists(String... keys) {
    return await(async.exists(keys), "EXISTS");
  }

  @Override
  public long exists(byte[]... keys) {
    return await(async.exists(keys), "EXISTS");
  }

  @Override
  public long touch(String... keys) {
    return await(async.touch(keys), "TOUCH");
  }

  @Override
  public long touch(byte[]... keys) {
    return await(async.touch(keys), "TOUCH");
  }

  @Override
  public boolean expire(String key, long seconds) {
    return await(async.expire(key, seconds), "EXPIRE");
  }

  @Override
  public boolean expire(byte[] key, long seconds) {
    return await(async.expire(key, seconds), "EXPIRE");
  }

  @Override
  public boolean pexpire(String key, long millis) {
    return await(async.pexpire(key, millis), "PEXPIRE");
  }

  @Override
  public boolean pexpire(byte[] key, long millis) {
    return await(async.pexpire(key, millis), "PEXPIRE");
  }

  @Override
  public long ttl(String key) {
    return await(async.ttl(key), "TTL");
  }

  @Override
  public long ttl(byte[] key) {
    return await(async.ttl(key), "TTL");
  }

  @Override
  public long pttl(String key) {
    return await(async.pttl(key), "PTTL");
  }

  @Override
  public long pttl(byte[] key) {
    return await(async.pttl(key), "PTTL");
  }

  @Override
  public boolean persist(String key) {
    return await(async.persist(key), "PERSIST");
  }

  @Override
  public boolean persist(byte[] key) {
    return await(async.persist(key), "PERSIST");
  }

  @Override
  public String type(String key) {
    return await(async.type(key), "TYPE");
  }

  @Override
  public String type(byte[] key) {
    return await(async.type(key), "TYPE");
  }

  @Override
  public String rename(String key, String newKey) {
    return await(async.rename(key, newKey), "RENAME");
  }

  @Override
  public String rename(byte[] key, byte[] newKey) {
    return await(async.rename(key, newKey), "RENAME");
  }

  @Override
  public long hset(String key, String field, String value) {
    return await(async.hset(key, field, value), "HSET");
  }

  @Override
  public long hset(byte[] key, byte[] field, byte[] value) {
    return await(async.hset(key, field, value), "HSET");
  }

  @Override
  public long hset(String key, Map<String, String> fieldValues) {
    return await(async.hset(key, fieldValues), "HSET");
  }

  @Override
  public long hset(byte[] key, Map<byte[], byte[]> fieldValues) {
    return await(async.hset(key, fieldValues), "HSET");
  }

  @Override
  public boolean hsetnx(String key, String field, String value) {
    return await(async.hsetnx(key, field, value), "HSETNX");
  }

  @Override
  public boolean hsetnx(byte[] key, byte[] field, byte[] value) {
    return await(async.hsetnx(key, field, value), "HSETNX");
  }

  @Override
  public String hget(String key, String field) {
    return await(async.hget(key, field), "HGET");
  }

  @Override
  public byte[] hget(byte[] key, byte[] field) {
    return await(async.hget(key, field), "HGET");
  }

  @Override
  public List<String> hmget(String key, String... fields) {
    return await(async.hmget(key, fields), "HMGET");
  }

  @Override
  public List<byte[]> hmget(byte[] key, byte[]... fields) {
    return await(async.hmget(key, fields), "HMGET");
  }

  @Override
  public Map<String, String> hgetall(String key) {
    return await(async.hgetall(key), "HGETALL");
  }

  @Override
  public List<Map.Entry<byte[], byte[]>> hgetall(byte[] key) {
    return await(async.hgetall(key), "HGETALL");
  }

  @Override
  public long hdel(String key, String... fields) {
    return await(async.hdel(key, fields), "HDEL");
  }

  @Override
  public long hdel(byte[] key, byte[]... fields) {
    return await(async.hdel(key, fields), "HDEL");
  }

  @Override
  public boolean hexists(String key, String field) {
    return await(async.hexists(key, field), "HEXISTS");
  }

  @Override
  public boolean hexists(byte[] key, byte[] field) {
    return await(async.hexists(key, field), "HEXISTS");
  }

  @Override
  public long hlen(String key) {
    return await(async.hlen(key), "HLEN");
  }

  @Override
  public long hlen(byte[] key) {
    return await(async.hlen(key), "HLEN");
  }

  @Override
  public List<String> hkeys(String key) {
    return await(async.hkeys(key), "HKEYS");
  }

  @Override
  public List<byte[]> hkeys(byte[] key) {
    return await(async.hkeys(key), "HKEYS");
  }

  @Override
  public List<String> hvals(String key) {
    return await(async.hvals(key), "HVALS");
  }

  @Override
  public List<byte[]> hvals(byte[] key) {
    return await(async.hvals(key), "HVALS");
  }

  @Override
  public long hincrby(String key, String field, long amount) {
    return await(async.hincrby(key, field, amount), "HINCRBY");
  }

  @Override
  public long hincrby(byte[] key, byte[] field, long amount) {
    return await(async.hincrby(key, field, amount), "HINCRBY");
  }

  @Override
  public double hincrbyfloat(String key, String field, double amount) {
    return await(async.hincrbyfloat(key, field, amount), "HINCRBYFLOAT");
  }

  @Override
  public double hincrbyfloat(byte[] key, byte[] field, double amount) {
    return await(async.hincrbyfloat(key, field, amount), "HINCRBYFLOAT");
  }

  @Override
  public long lpush(String key, String... values) {
    return await(async.lpush(key, values), "LPUSH");
  }

  @Override
  public long lpush(byte[] key, byte[]... values) {
    return await(async.lpush(key, values), "LPUSH");
  }

  @Override
  public long rpush(String key, String... values) {
    return await(async.rpush(key, values), "RPUSH");
  }

  @Override
  public long rpush(byte[] key, byte[]... values) {
    return await(async.rpush(key, values), "RPUSH");
  }

  @Override
  public String lpop(String key) {
    return await(async.lpop(key), "LPOP");
  }

  @Override
  public byte[] lpop(byte[] key) {
    return await(async.lpop(key), "LPOP");
  }

  @Override
  public List<String> lpop(String key, int count) {
    return await(async.lpop(key, count), "LPOP");
  }

  @Override
  public List<byte[]> lpop(byte[] key, int count) {
    return await(async.lpop(key, count), "LPOP");
  }

  @Override
  public String rpop(String key) {
    return await(async.rpop(key), "RPOP");
  }

  @Override
  public byte[] rpop(byte[] key) {
    return await(async.rpop(key), "RPOP");
  }

  @Override
  public List<String> rpop(String key, int count) {
    return await(async.rpop(key, count), "RPOP");
  }

  @Override
  public List<byte[]> rpop(byte[] key, int count) {
    return await(async.rpop(key, count), "RPOP");
  }

  @Override
  public long llen(String key) {
    return await(async.llen(key), "LLEN");
  }

  @Override
  public long llen(byte[] key) {
    return await(async.llen(key), "LLEN");
  }

  @Override
  public List<String> lrange(String key, long start, long stop) {
    return await(async.lrange(key, start, stop), "LRANGE");
  }

  @Override
  public List<byte[]> lrange(byte[] key, long start, long stop) {
    return await(async.lrange(key, start, stop), "LRANGE");
  }

  @Override
  public String lindex(String key, long index) {
    return await(async.lindex(key, index), "LINDEX");
  }

  @Override
  public byte[] lindex(byte[] key, long index) {
    return await(async.lindex(key, index), "LINDEX");
  }

  @Override
  public String lset(String key, long index, String value) {
    return await(async.lset(key, index, value), "LSET");
  }

  @Override
  public String lset(byte[] key, long index, byte[] value) {
    return await(async.lset(key, index, value), "LSET");
  }

  @Override
  public long lrem(String key, long count, String value) {
    return await(async.lrem(key, count, value), "LREM");
  }

  @Override
  public long lrem(byte[] key, long count, byte[] value) {
    return await(async.lrem(key, count, value), "LREM");
  }

  @Override
  public String ltrim(String key, long start, long stop) {
    return await(async.ltrim(key, start, stop), "LTRIM");
  }

  @Override
  public String ltrim(byte[] key, long start, long stop) {
    return await(async.ltrim(key, start, stop), "LTRIM");
  }

  @Override
  public long linsert(String key, boolean before, String pivot, String value) {
    return await(async.linsert(key, before, pivot, value), "LINSERT");
  }

  @Override
  public long linsert(byte[] key, boolean before, byte[] pivot, byte[] value) {
    return await(async.linsert(key, before, pivot, value), "LINSERT");
  }

  @Override
  public long sadd(String key, String... members) {
    return await(async.sadd(key, members), "SADD");
  }

  @Override
  public long sadd(byte[] key, byte[]... members) {
    return await(async.sadd(key, members), "SADD");
  }

  @Override
  public long srem(String key, String... members) {
    return await(async.srem(key, members), "SREM");
  }

  @Override
  public long srem(byte[] key, byte[]... members) {
    return await(async.srem(key, members), "SREM");
  }

  @Override
  public Set<String> smembers(String key) {
    return await(async.smembers(key), "SMEMBERS");
  }

  @Override
  public List<byte[]> smembers(byte[] key) {
    return await(async.smembers(key), "SMEMBERS");
  }

  @Override
  public boolean sismember(String key, String member) {
    return await(async.sismember(key, member), "SISMEMBER");
  }

  @Override
  public boolean sismember(byte[] key, byte[] member) {
    return await(async.sismember(key, member), "SISMEMBER");
  }

  @Override
  public long scard(String key) {
    return await(async.scard(key), "SCARD");
  }

  @Override
  public long scard(byte[] key) {
    return await(async.scard(key), "SCARD");
  }

  @Override
  public String spop(String key) {
    return await(async.spop(key), "SPOP");
  }

  @Override
  public byte[] spop(byte[] key) {
    return await(async.spop(key), "SPOP");
  }

  @Override
  public String srandmember(String key) {
    return await(async.srandmember(key), "SRANDMEMBER");
  }

  @Override
  public byte[] srandmember(byte[] key) {
    return await(async.srandmember(key), "SRANDMEMBER");
  }

  @Override
  public Set<String> sinter(String... keys) {
    return await(async.sinter(keys), "SINTER");
  }

  @Override
  public List<byte[]> sinter(byte[]... keys) {
    return await(async.sinter(keys), "SINTER");
  }

  @Override
  public Set<String> sunion(String... keys) {
    return await(async.sunion(keys), "SUNION");
  }

  @Override
  public List<byte[]> sunion(byte[]... keys) {
    return await(async.sunion(keys), "SUNION");
  }

  @Override
  public Set<String> sdiff(String... keys) {
    return await(async.sdiff(keys), "SDIFF");
  }

  @Override
  public List<byte[]> sdiff(byte[]... keys) {
    return await(async.sdiff(keys), "SDIFF");
  }

  @Override
  public long zadd(String key, double score, String member) {
    return await(async.zadd(key, score, member), "ZADD");
  }

  @Override
  public long zadd(byte[] key, double score, byte[] member) {
    return await(async.zadd(key, score, member), "ZADD");
  }

  @Override
  public long zadd(String key, Map<String, Double> memberScores) {
    return await(async.zadd(key, memberScores), "ZADD");
  }

  @Override
  public long zadd(byte[] key, Map<byte[], Double> memberScores) {
    return await(async.zadd(key, memberScores), "ZADD");
  }

  @Override
  public long zrem(String key, String... members) {
    return await(async.zrem(key, members), "ZREM");
  }

  @Override
  public long zrem(byte[] key, byte[]... members) {
    return await(async.zrem(key, members), "ZREM");
  }

  @Override
  public Double zscore(String key, String member) {
    return await(async.zscore(key, member), "ZSCORE");
  }

  @Override
  public Double zscore(byte[] key, byte[] member) {
    return await(async.zscore(key, member), "ZSCORE");
  }

  @Override
  public double zincrby(String key, double amount, String member) {
    return await(async.zincrby(key, amount, member), "ZINCRBY");
  }

  @Override
  public double zincrby(byte[] key, double amount, byte[] member) {
    return await(async.zincrby(key, amount, member), "ZINCRBY");
  }

  @Override
  public long zcard(String key) {
    return await(async.zcard(key), "ZCARD");
  }

  @Override
  public long zcard(byte[] key) {
    return await(async.zcard(key), "ZCARD");
  }

  @Override
  public long zcount(String key, double min, double max) {
    return await(async.zcount(key, min, max), "ZCOUNT");
  }

  @Override
  public long zcount(byte[] key, double min, double max) {
    return await(async.zcount(key, min, max), "ZCOUNT");
  }

  @Override
  public Long zrank(String key, String member) {
    return await(async.zrank(key, member), "ZRANK");
  }

  @Override
  public Long zrank(byte[] key, byte[] member) {
    return await(async.zrank(key, member), "ZRANK");
  }

  @Override
  public Long zrevrank(String key, String member) {
    return await(async.zrevrank(key, member), "ZREVRANK");
  }

  @Override
  public Long zrevrank(byte[] key, byte[] member) {
    return await(async.zrevrank(key, member), "ZREVRANK");
  }

  @Override
  public List<String> zrange(String key, long start, long stop) {
    return await(async.zrange(key, start, stop), "ZRANGE");
  }

  @Override
  public List<byte[]> zrange(byte[] key, long start, long stop) {
    return await(async.zrange(key, start, stop), "ZRANGE");
  }

  @Override
  public List<String> zrevrange(String key, long start, long stop) {
    return await(async.zrevrange(key, start, stop), "ZREVRANGE");
  }

  @Override
  public List<byte[]> zrevrange(byte[] key, long start, long stop) {
    return await(async.zrevrange(key, start, stop), "ZREVRANGE");
  }

  @Override
  public List<ScoredValue<String>> zrangeWithScores(String key, long start, long stop) {
    return await(async.zrangeWithScores(key, start, stop), "ZRANGE");
  }

  @Override
  public List<ScoredValue<byte[]>> zrangeWithScores(byte[] key, long start, long stop) {
    return await(async.zrangeWithScores(key, start, stop), "ZRANGE");
  }

  @Override
  public List<String> zrangebyscore(String key, double min, double max) {
    return await(async.zrangebyscore(key, min, max), "ZRANGEBYSCORE");
  }

  @Override
  public List<byte[]> zrangebyscore(byte[] key, double min, double max) {
    return await(async.zrangebyscore(key, min, max), "ZRANGEBYSCORE");
  }

  @Override
  public Object eval(String script, List<String> keys, List<String> args) {
    return await(async.eval(script, keys, args), "EVAL");
  }

  @Override
  public Object eval(byte[] script, List<byte[]> keys, List<byte[]> args) {
    return await(async.eval(script, keys, args), "EVAL");
  }

  @Override
  public Object evalsha(String sha, List<String> keys, List<String> args) {
    return await(async.evalsha(sha, keys, args), "EVALSHA");
  }

  @Override
  public Object evalsha(byte[] sha, List<byte[]> keys, List<byte[]> args) {
    return await(async.evalsha(sha, keys, args), "EVALSHA");
  }

  @Override
  public String scriptLoad(String script) {
    return await(async.scriptLoad(script), "SCRIPT LOAD");
  }

  @Override
  public String scriptLoad(byte[] script) {
    return await(async.scriptLoad(script), "SCRIPT LOAD");
  }

  @Override
  public String ping() {
    return await(async.ping(), "PING");
  }

  @Override
  public String echo(String message) {
    return await(async.echo(message), "ECHO");
  }

  @Override
  public byte[] echo(byte[] message) {
    return await(async.echo(message), "ECHO");
  }

  @Override
  public String info() {
    return await(async.info(), "INFO");
  }

  @Override
  public String info(String section) {
    return await(async.info(section), "INFO");
  }

  @Override
  public Object execute(String... args) {
    return awaitGeneric(async.execute(args), args == null ? null : Args.utf8All(args, "args"));
  }

  @Override
  public Object execute(byte[]... args) {
    return awaitGeneric(async.execute(args), args);
  }

  /** A generic command: blocking ones are waited for as long as they may block. */
  private Object awaitGeneric(CompletableFuture<Object> future, byte[][] args) {
    String name = commandName(args);
    Duration blockFor = BlockingCommands.NOT_BLOCKING;
    if (args != null && args.length > 0 && args[0] != null) {
      try {
        blockFor = BlockingCommands.blockFor(name.toUpperCase(java.util.Locale.ROOT), args);
      } catch (IllegalArgumentException e) {
        blockFor = BlockingCommands.NOT_BLOCKING; // the future reports the bad argument
      }
    }
    return blockFor.isNegative() ? await(future, name) : awaitBlocking(future, name, blockFor);
  }

  @Override
  public String ping(HostAndPort node) {
    return await(async.ping(node), "PING");
  }

  @Override
  public String info(HostAndPort node, String section) {
    return await(async.info(node, section), "INFO");
  }

  @Override
  public long dbsize() {
    return await(async.dbsize(), "DBSIZE");
  }

  @Override
  public String flushall() {
    return await(async.flushall(), "FLUSHALL");
  }

  @Override
  public String scriptFlush() {
    return await(async.scriptFlush(), "SCRIPT FLUSH");
  }

  @Override
  public String flushall(boolean async) {
    return await(this.async.flushall(async), "FLUSHALL");
  }

  @Override
  public List<String> keys(String pattern) {
    return await(async.keys(pattern), "KEYS");
  }

  @Override
  public List<byte[]> keys(byte[] pattern) {
    return await(async.keys(pattern), "KEYS");
  }

  @Override
  public ScanResult<String> scan(String cursor) {
    return await(async.scan(cursor), "SCAN");
  }

  @Override
  public ScanResult<String> scan(String cursor, ScanArgs scanArgs) {
    return await(async.scan(cursor, scanArgs), "SCAN");
  }

  @Override
  public Iterable<String> scanIterable(ScanArgs scanArgs) {
    Args.requireObject(scanArgs, "scanArgs");
    return ScanIterator.iterable(cursor -> scan(cursor, scanArgs));
  }

  @Override
  public Stream<String> scanStream(ScanArgs scanArgs) {
    Args.requireObject(scanArgs, "scanArgs");
    return ScanIterator.stream(cursor -> scan(cursor, scanArgs));
  }

  @Override
  public Iterable<byte[]> scanBytesIterable(ScanArgs scanArgs) {
    Args.requireObject(scanArgs, "scanArgs");
    return ScanIterator.iterable(cursor -> scanBytes(cursor, scanArgs));
  }

  @Override
  public Stream<byte[]> scanBytesStream(ScanArgs scanArgs) {
    Args.requireObject(scanArgs, "scanArgs");
    return ScanIterator.stream(cursor -> scanBytes(cursor, scanArgs));
  }

  @Override
  public ScanResult<byte[]> scanBytes(String cursor) {
    return await(async.scanBytes(cursor), "SCAN");
  }

  @Override
  public ScanResult<byte[]> scanBytes(String cursor, ScanArgs scanArgs) {
    return await(async.scanBytes(cursor, scanArgs), "SCAN");
  }

  @Override
  public String randomkey() {
    return await(async.randomkey(), "RANDOMKEY");
  }

  // Pub/sub

  @Override
  public long publish(String channel, String message) {
    return await(async.publish(channel, message), "PUBLISH");
  }

  @Override
  public long publish(byte[] channel, byte[] message) {
    return await(async.publish(channel, message), "PUBLISH");
  }

  @Override
  public long spublish(String channel, String message) {
    return await(async.spublish(channel, message), "SPUBLISH");
  }

  @Override
  public long spublish(byte[] channel, byte[] message) {
    return await(async.spublish(channel, message), "SPUBLISH");
  }

  // Blocking commands (exclusive connections)

  @Override
  public KeyValue<String, String> blpop(Duration timeout, String... keys) {
    return awaitBlocking(async.blpop(timeout, keys), "BLPOP", BlockingCommands.timeout(timeout));
  }

  @Override
  public KeyValue<String, String> blpop(double timeoutSeconds, String... keys) {
    return awaitBlocking(
        async.blpop(timeoutSeconds, keys), "BLPOP", BlockingCommands.timeout(timeoutSeconds));
  }

  @Override
  public KeyValue<byte[], byte[]> blpop(Duration timeout, byte[]... keys) {
    return awaitBlocking(async.blpop(timeout, keys), "BLPOP", BlockingCommands.timeout(timeout));
  }

  @Override
  public KeyValue<byte[], byte[]> blpop(double timeoutSeconds, byte[]... keys) {
    return awaitBlocking(
        async.blpop(timeoutSeconds, keys), "BLPOP", BlockingCommands.timeout(timeoutSeconds));
  }

  @Override
  public KeyValue<String, String> brpop(Duration timeout, String... keys) {
    return awaitBlocking(async.brpop(timeout, keys), "BRPOP", BlockingCommands.timeout(timeout));
  }

  @Override
  public KeyValue<String, String> brpop(double timeoutSeconds, String... keys) {
    return awaitBlocking(
        async.brpop(timeoutSeconds, keys), "BRPOP", BlockingCommands.timeout(timeoutSeconds));
  }

  @Override
  public KeyValue<byte[], byte[]> brpop(Duration timeout, byte[]... keys) {
    return awaitBlocking(async.brpop(timeout, keys), "BRPOP", BlockingCommands.timeout(timeout));
  }

  @Override
  public KeyValue<byte[], byte[]> brpop(double timeoutSeconds, byte[]... keys) {
    return awaitBlocking(
        async.brpop(timeoutSeconds, keys), "BRPOP", BlockingCommands.timeout(timeoutSeconds));
  }

  @Override
  public KeyValue<String, ScoredValue<String>> bzpopmin(Duration timeout, String... keys) {
    return awaitBlocking(
        async.bzpopmin(timeout, keys), "BZPOPMIN", BlockingCommands.timeout(timeout));
  }

  @Override
  public KeyValue<String, ScoredValue<String>> bzpopmin(double timeoutSeconds, String... keys) {
    return awaitBlocking(
        async.bzpopmin(timeoutSeconds, keys), "BZPOPMIN", BlockingCommands.timeout(timeoutSeconds));
  }

  @Override
  public KeyValue<byte[], ScoredValue<byte[]>> bzpopmin(Duration timeout, byte[]... keys) {
    return awaitBlocking(
        async.bzpopmin(timeout, keys), "BZPOPMIN", BlockingCommands.timeout(timeout));
  }

  @Override
  public KeyValue<byte[], ScoredValue<byte[]>> bzpopmin(double timeoutSeconds, byte[]... keys) {
    return awaitBlocking(
        async.bzpopmin(timeoutSeconds, keys), "BZPOPMIN", BlockingCommands.timeout(timeoutSeconds));
  }

  @Override
  public KeyValue<String, ScoredValue<String>> bzpopmax(Duration timeout, String... keys) {
    return awaitBlocking(
        async.bzpopmax(timeout, keys), "BZPOPMAX", BlockingCommands.timeout(timeout));
  }

  @Override
  public KeyValue<String, ScoredValue<String>> bzpopmax(double timeoutSeconds, String... keys) {
    return awaitBlocking(
        async.bzpopmax(timeoutSeconds, keys), "BZPOPMAX", BlockingCommands.timeout(timeoutSeconds));
  }

  @Override
  public KeyValue<byte[], ScoredValue<byte[]>> bzpopmax(Duration timeout, byte[]... keys) {
    return awaitBlocking(
        async.bzpopmax(timeout, keys), "BZPOPMAX", BlockingCommands.timeout(timeout));
  }

  @Override
  public KeyValue<byte[], ScoredValue<byte[]>> bzpopmax(double timeoutSeconds, byte[]... keys) {
    return awaitBlocking(
        async.bzpopmax(timeoutSeconds, keys), "BZPOPMAX", BlockingCommands.timeout(timeoutSeconds));
  }

  @Override
  public String blmove(
      String source, String destination, ListDirection from, ListDirection to, Duration timeout) {
    return awaitBlocking(
        async.blmove(source, destination, from, to, timeout),
        "BLMOVE",
        BlockingCommands.timeout(timeout));
  }

  @Override
  public String blmove(
      String source,
      String destination,
      ListDirection from,
      ListDirection to,
      double timeoutSeconds) {
    return awaitBlocking(
        async.blmove(source, destination, from, to, timeoutSeconds),
        "BLMOVE",
        BlockingCommands.timeout(timeoutSeconds));
  }

  @Override
  public byte[] blmove(
      byte[] source, byte[] destination, ListDirection from, ListDirection to, Duration timeout) {
    return awaitBlocking(
        async.blmove(source, destination, from, to, timeout),
        "BLMOVE",
        BlockingCommands.timeout(timeout));
  }

  @Override
  public byte[] blmove(
      byte[] source,
      byte[] destination,
      ListDirection from,
      ListDirection to,
      double timeoutSeconds) {
    return awaitBlocking(
        async.blmove(source, destination, from, to, timeoutSeconds),
        "BLMOVE",
        BlockingCommands.timeout(timeoutSeconds));
  }
}
