package io.slotwise.spring.data;

import java.util.List;
import java.util.Set;
import org.springframework.data.redis.connection.RedisSetCommands;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;

/**
 * {@link RedisSetCommands} on Slotwise; the multi-key ones ({@code SDIFF}, {@code SINTER}, {@code
 * SUNION}, their {@code STORE} forms, {@code SMOVE}) need their keys in one slot in cluster mode.
 * Not thread-safe (one per connection).
 */
final class SlotwiseSetCommands extends Family implements RedisSetCommands {

  SlotwiseSetCommands(CommandRunner runner) {
    super(runner);
  }

  @Override
  public Long sAdd(byte[] key, byte[]... values) {
    return run("sAdd", Replies::toLong, Cmd.of("SADD").add(key).add(values));
  }

  @Override
  public Long sRem(byte[] key, byte[]... values) {
    return run("sRem", Replies::toLong, Cmd.of("SREM").add(key).add(values));
  }

  @Override
  public byte[] sPop(byte[] key) {
    return run("sPop", Replies::bytes, "SPOP", key);
  }

  @Override
  public List<byte[]> sPop(byte[] key, long count) {
    return run("sPop", Replies::byteList, Cmd.of("SPOP").add(key).add(count));
  }

  @Override
  public Boolean sMove(byte[] srcKey, byte[] destKey, byte[] value) {
    return run("sMove", Replies::toBoolean, "SMOVE", srcKey, destKey, value);
  }

  @Override
  public Long sCard(byte[] key) {
    return run("sCard", Replies::toLong, "SCARD", key);
  }

  @Override
  public Boolean sIsMember(byte[] key, byte[] value) {
    return run("sIsMember", Replies::toBoolean, "SISMEMBER", key, value);
  }

  @Override
  public List<Boolean> sMIsMember(byte[] key, byte[]... values) {
    return run("sMIsMember", Replies::booleanList, Cmd.of("SMISMEMBER").add(key).add(values));
  }

  @Override
  public Set<byte[]> sDiff(byte[]... keys) {
    return run("sDiff", Replies::byteSet, "SDIFF", keys);
  }

  @Override
  public Long sDiffStore(byte[] destKey, byte[]... keys) {
    return run("sDiffStore", Replies::toLong, Cmd.of("SDIFFSTORE").add(destKey).add(keys));
  }

  @Override
  public Set<byte[]> sInter(byte[]... keys) {
    return run("sInter", Replies::byteSet, "SINTER", keys);
  }

  /**
   * {@code SINTERCARD}: the size of the intersection. Declared by Spring Data Redis 4.0's {@code
   * RedisSetCommands} (no {@code @Override}: this module compiles against 3.5's API too).
   */
  public Long sInterCard(byte[]... keys) {
    if (keys == null || keys.length == 0) {
      throw new org.springframework.dao.InvalidDataAccessApiUsageException(
          "sInterCard needs at least one key");
    }
    return run(
        "sInterCard", Replies::toLong, Cmd.of("SINTERCARD").add((long) keys.length).add(keys));
  }

  @Override
  public Long sInterStore(byte[] destKey, byte[]... keys) {
    return run("sInterStore", Replies::toLong, Cmd.of("SINTERSTORE").add(destKey).add(keys));
  }

  @Override
  public Set<byte[]> sUnion(byte[]... keys) {
    return run("sUnion", Replies::byteSet, "SUNION", keys);
  }

  @Override
  public Long sUnionStore(byte[] destKey, byte[]... keys) {
    return run("sUnionStore", Replies::toLong, Cmd.of("SUNIONSTORE").add(destKey).add(keys));
  }

  @Override
  public Set<byte[]> sMembers(byte[] key) {
    return run("sMembers", Replies::byteSet, "SMEMBERS", key);
  }

  @Override
  public byte[] sRandMember(byte[] key) {
    return run("sRandMember", Replies::bytes, "SRANDMEMBER", key);
  }

  @Override
  public List<byte[]> sRandMember(byte[] key, long count) {
    return run("sRandMember", Replies::byteList, Cmd.of("SRANDMEMBER").add(key).add(count));
  }

  @Override
  public Cursor<byte[]> sScan(byte[] key, ScanOptions options) {
    require(key, "sScan", "key");
    return ScanCursors.open(
        options,
        cursor -> {
          Cmd cmd = ScanCursors.options(Cmd.of("SSCAN").add(key).word(cursor), options);
          List<Object> page = runner.runNow(Call.of("sScan", Replies::list, cmd.build()));
          return new ScanCursors.Page<>(Replies.string(page.get(0)), Replies.byteList(page.get(1)));
        });
  }
}
