package io.slotwise.spring.data;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.springframework.data.redis.connection.RedisZSetCommands;
import org.springframework.data.redis.connection.zset.Aggregate;
import org.springframework.data.redis.connection.zset.Tuple;
import org.springframework.data.redis.connection.zset.Weights;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;

/**
 * {@link RedisZSetCommands} on Slotwise; the multi-key ones ({@code ZDIFF}, {@code ZINTER}, {@code
 * ZUNION}, their {@code STORE} forms, {@code ZRANGESTORE}) need their keys in one slot in cluster
 * mode. Scores are sent in their shortest exact decimal form. Not thread-safe (one per connection).
 */
final class SlotwiseZSetCommands extends Family implements RedisZSetCommands {

  SlotwiseZSetCommands(CommandRunner runner) {
    super(runner);
  }

  private static Cmd zaddFlags(Cmd cmd, ZAddArgs args) {
    if (args != null) {
      for (ZAddArgs.Flag flag : ZAddArgs.Flag.values()) {
        cmd.wordIf(args.contains(flag), flag.name());
      }
    }
    return cmd;
  }

  @Override
  public Boolean zAdd(byte[] key, double score, byte[] value, ZAddArgs args) {
    Cmd cmd = zaddFlags(Cmd.of("ZADD").add(key), args).add(score).add(value);
    return run("zAdd", Replies::toBoolean, cmd);
  }

  @Override
  public Long zAdd(byte[] key, Set<Tuple> tuples, ZAddArgs args) {
    Cmd cmd = zaddFlags(Cmd.of("ZADD").add(key), args);
    for (Tuple t : require(tuples, "zAdd", "tuples")) {
      cmd.add(t.getScore()).add(t.getValue());
    }
    return run("zAdd", Replies::toLong, cmd);
  }

  @Override
  public Long zRem(byte[] key, byte[]... values) {
    return run("zRem", Replies::toLong, Cmd.of("ZREM").add(key).add(values));
  }

  @Override
  public Double zIncrBy(byte[] key, double increment, byte[] value) {
    return run("zIncrBy", Replies::toDouble, Cmd.of("ZINCRBY").add(key).add(increment).add(value));
  }

  @Override
  public byte[] zRandMember(byte[] key) {
    return run("zRandMember", Replies::bytes, "ZRANDMEMBER", key);
  }

  @Override
  public List<byte[]> zRandMember(byte[] key, long count) {
    return run("zRandMember", Replies::byteList, Cmd.of("ZRANDMEMBER").add(key).add(count));
  }

  @Override
  public Tuple zRandMemberWithScore(byte[] key) {
    Cmd cmd = Cmd.of("ZRANDMEMBER").add(key).add(1).word("WITHSCORES");
    return run("zRandMemberWithScore", Replies::tupleOrNull, cmd);
  }

  @Override
  public List<Tuple> zRandMemberWithScore(byte[] key, long count) {
    Cmd cmd = Cmd.of("ZRANDMEMBER").add(key).add(count).word("WITHSCORES");
    return run("zRandMemberWithScore", Replies::tupleList, cmd);
  }

  @Override
  public Long zRank(byte[] key, byte[] value) {
    return run("zRank", Replies::toLong, "ZRANK", key, value);
  }

  @Override
  public Long zRevRank(byte[] key, byte[] value) {
    return run("zRevRank", Replies::toLong, "ZREVRANK", key, value);
  }

  @Override
  public Set<byte[]> zRange(byte[] key, long start, long end) {
    return run("zRange", Replies::byteSet, Cmd.of("ZRANGE").add(key).add(start).add(end));
  }

  @Override
  public Set<Tuple> zRangeWithScores(byte[] key, long start, long end) {
    Cmd cmd = Cmd.of("ZRANGE").add(key).add(start).add(end).word("WITHSCORES");
    return run("zRangeWithScores", Replies::tupleSet, cmd);
  }

  @Override
  public Set<byte[]> zRevRange(byte[] key, long start, long end) {
    return run("zRevRange", Replies::byteSet, Cmd.of("ZREVRANGE").add(key).add(start).add(end));
  }

  @Override
  public Set<Tuple> zRevRangeWithScores(byte[] key, long start, long end) {
    Cmd cmd = Cmd.of("ZREVRANGE").add(key).add(start).add(end).word("WITHSCORES");
    return run("zRevRangeWithScores", Replies::tupleSet, cmd);
  }

  private Cmd byScore(
      String name,
      byte[] key,
      org.springframework.data.domain.Range<? extends Number> range,
      boolean rev) {
    Cmd cmd = Cmd.of(name).add(key);
    return rev
        ? cmd.add(ZRanges.scoreUpper(range)).add(ZRanges.scoreLower(range))
        : cmd.add(ZRanges.scoreLower(range)).add(ZRanges.scoreUpper(range));
  }

  @Override
  public Set<byte[]> zRangeByScore(
      byte[] key,
      org.springframework.data.domain.Range<? extends Number> range,
      org.springframework.data.redis.connection.Limit limit) {
    Cmd cmd = ZRanges.limit(byScore("ZRANGEBYSCORE", key, range, false), limit);
    return run("zRangeByScore", Replies::byteSet, cmd);
  }

  @Override
  public Set<byte[]> zRangeByScore(byte[] key, String min, String max, long offset, long count) {
    Cmd cmd = Cmd.of("ZRANGEBYSCORE").add(key).word(require(min, "zRangeByScore", "min"));
    cmd.word(require(max, "zRangeByScore", "max"));
    if (offset >= 0 && count >= 0) {
      cmd.word("LIMIT").add(offset).add(count);
    }
    return run("zRangeByScore", Replies::byteSet, cmd);
  }

  @Override
  public Set<Tuple> zRangeByScoreWithScores(
      byte[] key,
      org.springframework.data.domain.Range<? extends Number> range,
      org.springframework.data.redis.connection.Limit limit) {
    Cmd cmd = byScore("ZRANGEBYSCORE", key, range, false).word("WITHSCORES");
    return run("zRangeByScoreWithScores", Replies::tupleSet, ZRanges.limit(cmd, limit));
  }

  @Override
  public Set<byte[]> zRevRangeByScore(
      byte[] key,
      org.springframework.data.domain.Range<? extends Number> range,
      org.springframework.data.redis.connection.Limit limit) {
    Cmd cmd = ZRanges.limit(byScore("ZREVRANGEBYSCORE", key, range, true), limit);
    return run("zRevRangeByScore", Replies::byteSet, cmd);
  }

  @Override
  public Set<Tuple> zRevRangeByScoreWithScores(
      byte[] key,
      org.springframework.data.domain.Range<? extends Number> range,
      org.springframework.data.redis.connection.Limit limit) {
    Cmd cmd = byScore("ZREVRANGEBYSCORE", key, range, true).word("WITHSCORES");
    return run("zRevRangeByScoreWithScores", Replies::tupleSet, ZRanges.limit(cmd, limit));
  }

  @Override
  public Long zCount(byte[] key, org.springframework.data.domain.Range<? extends Number> range) {
    return run("zCount", Replies::toLong, byScore("ZCOUNT", key, range, false));
  }

  @Override
  public Long zLexCount(byte[] key, org.springframework.data.domain.Range<byte[]> range) {
    Cmd cmd = Cmd.of("ZLEXCOUNT").add(key).add(ZRanges.lexLower(range));
    return run("zLexCount", Replies::toLong, cmd.add(ZRanges.lexUpper(range)));
  }

  @Override
  public Tuple zPopMin(byte[] key) {
    return run("zPopMin", Replies::tupleOrNull, "ZPOPMIN", key);
  }

  @Override
  public Set<Tuple> zPopMin(byte[] key, long count) {
    return run("zPopMin", Replies::tupleSet, Cmd.of("ZPOPMIN").add(key).add(count));
  }

  @Override
  public Tuple bZPopMin(byte[] key, long timeout, TimeUnit unit) {
    return blockingPop("bZPopMin", "BZPOPMIN", key, timeout, unit);
  }

  @Override
  public Tuple zPopMax(byte[] key) {
    return run("zPopMax", Replies::tupleOrNull, "ZPOPMAX", key);
  }

  @Override
  public Set<Tuple> zPopMax(byte[] key, long count) {
    return run("zPopMax", Replies::tupleSet, Cmd.of("ZPOPMAX").add(key).add(count));
  }

  @Override
  public Tuple bZPopMax(byte[] key, long timeout, TimeUnit unit) {
    return blockingPop("bZPopMax", "BZPOPMAX", key, timeout, unit);
  }

  /** {@code BZPOP* key timeout}: the reply is [key, member, score], or null on timeout. */
  private Tuple blockingPop(String method, String name, byte[] key, long timeout, TimeUnit unit) {
    require(unit, method, "unit");
    double seconds = unit.toMillis(timeout) / 1000.0;
    return run(
        method,
        r -> r == null ? null : Replies.tupleOrNull(Replies.list(r).subList(1, 3)),
        Cmd.of(name).add(key).add(seconds));
  }

  @Override
  public Long zCard(byte[] key) {
    return run("zCard", Replies::toLong, "ZCARD", key);
  }

  @Override
  public Double zScore(byte[] key, byte[] value) {
    return run("zScore", Replies::toDouble, "ZSCORE", key, value);
  }

  @Override
  public List<Double> zMScore(byte[] key, byte[]... values) {
    return run("zMScore", Replies::doubleList, Cmd.of("ZMSCORE").add(key).add(values));
  }

  @Override
  public Long zRemRange(byte[] key, long start, long end) {
    return run(
        "zRemRange", Replies::toLong, Cmd.of("ZREMRANGEBYRANK").add(key).add(start).add(end));
  }

  @Override
  public Long zRemRangeByLex(byte[] key, org.springframework.data.domain.Range<byte[]> range) {
    Cmd cmd = Cmd.of("ZREMRANGEBYLEX").add(key).add(ZRanges.lexLower(range));
    return run("zRemRangeByLex", Replies::toLong, cmd.add(ZRanges.lexUpper(range)));
  }

  @Override
  public Long zRemRangeByScore(
      byte[] key, org.springframework.data.domain.Range<? extends Number> range) {
    return run("zRemRangeByScore", Replies::toLong, byScore("ZREMRANGEBYSCORE", key, range, false));
  }

  private static Cmd numbered(String name, byte[][] keys) {
    return Cmd.of(name).add(require(keys, name, "keys").length).add(keys);
  }

  @Override
  public Set<byte[]> zDiff(byte[]... sets) {
    return run(setOp("zDiff", Replies::byteSet, numbered("ZDIFF", sets)));
  }

  @Override
  public Set<Tuple> zDiffWithScores(byte[]... sets) {
    return run(
        setOp("zDiffWithScores", Replies::tupleSet, numbered("ZDIFF", sets).word("WITHSCORES")));
  }

  @Override
  public Long zDiffStore(byte[] destKey, byte[]... sets) {
    Cmd cmd = Cmd.of("ZDIFFSTORE").add(destKey).add(require(sets, "zDiffStore", "sets").length);
    return run("zDiffStore", Replies::toLong, cmd.add(sets));
  }

  @Override
  public Set<byte[]> zInter(byte[]... sets) {
    return run(setOp("zInter", Replies::byteSet, numbered("ZINTER", sets)));
  }

  @Override
  public Set<Tuple> zInterWithScores(byte[]... sets) {
    return run(
        setOp("zInterWithScores", Replies::tupleSet, numbered("ZINTER", sets).word("WITHSCORES")));
  }

  @Override
  public Set<Tuple> zInterWithScores(Aggregate aggregate, Weights weights, byte[]... sets) {
    Cmd cmd = weighted(numbered("ZINTER", sets), aggregate, weights).word("WITHSCORES");
    return run(setOp("zInterWithScores", Replies::tupleSet, cmd));
  }

  @Override
  public Long zInterStore(byte[] destKey, byte[]... sets) {
    return store("zInterStore", "ZINTERSTORE", destKey, null, null, sets);
  }

  @Override
  public Long zInterStore(byte[] destKey, Aggregate aggregate, Weights weights, byte[]... sets) {
    return store("zInterStore", "ZINTERSTORE", destKey, aggregate, weights, sets);
  }

  @Override
  public Set<byte[]> zUnion(byte[]... sets) {
    return run(setOp("zUnion", Replies::byteSet, numbered("ZUNION", sets)));
  }

  @Override
  public Set<Tuple> zUnionWithScores(byte[]... sets) {
    return run(
        setOp("zUnionWithScores", Replies::tupleSet, numbered("ZUNION", sets).word("WITHSCORES")));
  }

  @Override
  public Set<Tuple> zUnionWithScores(Aggregate aggregate, Weights weights, byte[]... sets) {
    Cmd cmd = weighted(numbered("ZUNION", sets), aggregate, weights).word("WITHSCORES");
    return run(setOp("zUnionWithScores", Replies::tupleSet, cmd));
  }

  @Override
  public Long zUnionStore(byte[] destKey, byte[]... sets) {
    return store("zUnionStore", "ZUNIONSTORE", destKey, null, null, sets);
  }

  @Override
  public Long zUnionStore(byte[] destKey, Aggregate aggregate, Weights weights, byte[]... sets) {
    return store("zUnionStore", "ZUNIONSTORE", destKey, aggregate, weights, sets);
  }

  private Long store(
      String method,
      String name,
      byte[] destKey,
      Aggregate aggregate,
      Weights weights,
      byte[][] sets) {
    Cmd cmd = Cmd.of(name).add(destKey).add(require(sets, method, "sets").length).add(sets);
    return run(method, Replies::toLong, weighted(cmd, aggregate, weights));
  }

  private static Cmd weighted(Cmd cmd, Aggregate aggregate, Weights weights) {
    if (weights != null) {
      cmd.word("WEIGHTS");
      for (double w : weights.toArray()) {
        cmd.add(w);
      }
    }
    if (aggregate != null) {
      cmd.word("AGGREGATE").word(aggregate.name());
    }
    return cmd;
  }

  /** ZDIFF/ZINTER/ZUNION numkeys key...: the first key is argument 2. */
  private static <T> Call<T> setOp(
      String method, java.util.function.Function<Object, T> convert, Cmd cmd) {
    return Call.of(method, convert, cmd.build()).keyAt(2);
  }

  @Override
  public Cursor<Tuple> zScan(byte[] key, ScanOptions options) {
    require(key, "zScan", "key");
    return ScanCursors.open(
        options,
        cursor -> {
          Cmd cmd = ScanCursors.options(Cmd.of("ZSCAN").add(key).word(cursor), options);
          List<Object> page = runner.runNow(Call.of("zScan", Replies::list, cmd.build()));
          return new ScanCursors.Page<>(
              Replies.string(page.get(0)), Replies.tupleList(page.get(1)));
        });
  }

  @Override
  public Set<byte[]> zRangeByLex(
      byte[] key,
      org.springframework.data.domain.Range<byte[]> range,
      org.springframework.data.redis.connection.Limit limit) {
    Cmd cmd =
        Cmd.of("ZRANGEBYLEX").add(key).add(ZRanges.lexLower(range)).add(ZRanges.lexUpper(range));
    return run("zRangeByLex", Replies::byteSet, ZRanges.limit(cmd, limit));
  }

  @Override
  public Set<byte[]> zRevRangeByLex(
      byte[] key,
      org.springframework.data.domain.Range<byte[]> range,
      org.springframework.data.redis.connection.Limit limit) {
    Cmd cmd =
        Cmd.of("ZREVRANGEBYLEX").add(key).add(ZRanges.lexUpper(range)).add(ZRanges.lexLower(range));
    return run("zRevRangeByLex", Replies::byteSet, ZRanges.limit(cmd, limit));
  }

  @Override
  public Long zRangeStoreByLex(
      byte[] dstKey,
      byte[] srcKey,
      org.springframework.data.domain.Range<byte[]> range,
      org.springframework.data.redis.connection.Limit limit) {
    Cmd cmd = Cmd.of("ZRANGESTORE").add(dstKey).add(srcKey);
    cmd.add(ZRanges.lexLower(range)).add(ZRanges.lexUpper(range)).word("BYLEX");
    return run("zRangeStoreByLex", Replies::toLong, ZRanges.limit(cmd, limit));
  }

  @Override
  public Long zRangeStoreRevByLex(
      byte[] dstKey,
      byte[] srcKey,
      org.springframework.data.domain.Range<byte[]> range,
      org.springframework.data.redis.connection.Limit limit) {
    Cmd cmd = Cmd.of("ZRANGESTORE").add(dstKey).add(srcKey);
    cmd.add(ZRanges.lexUpper(range)).add(ZRanges.lexLower(range)).word("BYLEX").word("REV");
    return run("zRangeStoreRevByLex", Replies::toLong, ZRanges.limit(cmd, limit));
  }

  @Override
  public Long zRangeStoreByScore(
      byte[] dstKey,
      byte[] srcKey,
      org.springframework.data.domain.Range<? extends Number> range,
      org.springframework.data.redis.connection.Limit limit) {
    Cmd cmd = Cmd.of("ZRANGESTORE").add(dstKey).add(srcKey);
    cmd.add(ZRanges.scoreLower(range)).add(ZRanges.scoreUpper(range)).word("BYSCORE");
    return run("zRangeStoreByScore", Replies::toLong, ZRanges.limit(cmd, limit));
  }

  @Override
  public Long zRangeStoreRevByScore(
      byte[] dstKey,
      byte[] srcKey,
      org.springframework.data.domain.Range<? extends Number> range,
      org.springframework.data.redis.connection.Limit limit) {
    Cmd cmd = Cmd.of("ZRANGESTORE").add(dstKey).add(srcKey);
    cmd.add(ZRanges.scoreUpper(range)).add(ZRanges.scoreLower(range)).word("BYSCORE").word("REV");
    return run("zRangeStoreRevByScore", Replies::toLong, ZRanges.limit(cmd, limit));
  }
}
