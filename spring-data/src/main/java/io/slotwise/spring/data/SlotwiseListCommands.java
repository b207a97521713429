package io.slotwise.spring.data;

import java.util.List;
import org.springframework.data.redis.connection.RedisListCommands;

/**
 * {@link RedisListCommands} on Slotwise. The blocking pops run on Slotwise's exclusive connections
 * (never holding up the shared ones); their keys must share a slot in cluster mode. Not thread-safe
 * (one per connection).
 */
final class SlotwiseListCommands extends Family implements RedisListCommands {

  SlotwiseListCommands(CommandRunner runner) {
    super(runner);
  }

  @Override
  public Long rPush(byte[] key, byte[]... values) {
    return run("rPush", Replies::toLong, Cmd.of("RPUSH").add(key).add(values));
  }

  @Override
  public List<Long> lPos(byte[] key, byte[] element, Integer rank, Integer count) {
    Cmd cmd = Cmd.of("LPOS").add(key).add(element);
    if (rank != null) {
      cmd.word("RANK").add(rank);
    }
    if (count != null) {
      cmd.word("COUNT").add(count);
      return run("lPos", Replies::longList, cmd);
    }
    return run("lPos", r -> r == null ? List.of() : List.of(Replies.toLong(r)), cmd);
  }

  @Override
  public Long lPush(byte[] key, byte[]... values) {
    return run("lPush", Replies::toLong, Cmd.of("LPUSH").add(key).add(values));
  }

  @Override
  public Long rPushX(byte[] key, byte[] value) {
    return run("rPushX", Replies::toLong, "RPUSHX", key, value);
  }

  @Override
  public Long lPushX(byte[] key, byte[] value) {
    return run("lPushX", Replies::toLong, "LPUSHX", key, value);
  }

  @Override
  public Long lLen(byte[] key) {
    return run("lLen", Replies::toLong, "LLEN", key);
  }

  @Override
  public List<byte[]> lRange(byte[] key, long start, long end) {
    return run("lRange", Replies::byteList, Cmd.of("LRANGE").add(key).add(start).add(end));
  }

  @Override
  public void lTrim(byte[] key, long start, long end) {
    run("lTrim", Replies.STATUS, Cmd.of("LTRIM").add(key).add(start).add(end));
  }

  @Override
  public byte[] lIndex(byte[] key, long index) {
    return run("lIndex", Replies::bytes, Cmd.of("LINDEX").add(key).add(index));
  }

  @Override
  public Long lInsert(byte[] key, Position where, byte[] pivot, byte[] value) {
    require(where, "lInsert", "where");
    return run(
        "lInsert",
        Replies::toLong,
        Cmd.of("LINSERT").add(key).word(where.name()).add(pivot).add(value));
  }

  @Override
  public byte[] lMove(byte[] sourceKey, byte[] destinationKey, Direction from, Direction to) {
    require(from, "lMove", "from");
    require(to, "lMove", "to");
    return run(
        "lMove",
        Replies::bytes,
        Cmd.of("LMOVE").add(sourceKey).add(destinationKey).word(from.name()).word(to.name()));
  }

  @Override
  public byte[] bLMove(
      byte[] sourceKey, byte[] destinationKey, Direction from, Direction to, double timeout) {
    require(from, "bLMove", "from");
    require(to, "bLMove", "to");
    Cmd cmd = Cmd.of("BLMOVE").add(sourceKey).add(destinationKey).word(from.name());
    return run("bLMove", Replies::bytes, cmd.word(to.name()).add(timeout));
  }

  @Override
  public void lSet(byte[] key, long index, byte[] value) {
    run("lSet", Replies.STATUS, Cmd.of("LSET").add(key).add(index).add(value));
  }

  @Override
  public Long lRem(byte[] key, long count, byte[] value) {
    return run("lRem", Replies::toLong, Cmd.of("LREM").add(key).add(count).add(value));
  }

  @Override
  public byte[] lPop(byte[] key) {
    return run("lPop", Replies::bytes, "LPOP", key);
  }

  @Override
  public List<byte[]> lPop(byte[] key, long count) {
    return run("lPop", Replies::byteListOrNull, Cmd.of("LPOP").add(key).add(count));
  }

  @Override
  public byte[] rPop(byte[] key) {
    return run("rPop", Replies::bytes, "RPOP", key);
  }

  @Override
  public List<byte[]> rPop(byte[] key, long count) {
    return run("rPop", Replies::byteListOrNull, Cmd.of("RPOP").add(key).add(count));
  }

  @Override
  public List<byte[]> bLPop(int timeout, byte[]... keys) {
    return run("bLPop", Replies::byteListOrNull, Cmd.of("BLPOP").add(keys).add(timeout));
  }

  @Override
  public List<byte[]> bRPop(int timeout, byte[]... keys) {
    return run("bRPop", Replies::byteListOrNull, Cmd.of("BRPOP").add(keys).add(timeout));
  }

  @Override
  public byte[] rPopLPush(byte[] srcKey, byte[] dstKey) {
    return run("rPopLPush", Replies::bytes, "RPOPLPUSH", srcKey, dstKey);
  }

  @Override
  public byte[] bRPopLPush(int timeout, byte[] srcKey, byte[] dstKey) {
    return run(
        "bRPopLPush", Replies::bytes, Cmd.of("BRPOPLPUSH").add(srcKey).add(dstKey).add(timeout));
  }
}
