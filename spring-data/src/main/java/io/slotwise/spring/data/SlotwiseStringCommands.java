package io.slotwise.spring.data;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.BitFieldSubCommands;
import org.springframework.data.redis.connection.RedisStringCommands;
import org.springframework.data.redis.core.types.Expiration;

/**
 * {@link RedisStringCommands} on Slotwise. {@code MGET} and {@code MSET} over keys of several slots
 * are split per slot by Slotwise ({@code MSETNX} is atomic, so its keys must share a slot). Not
 * thread-safe (one per connection).
 */
final class SlotwiseStringCommands extends Family implements RedisStringCommands {

  SlotwiseStringCommands(CommandRunner runner) {
    super(runner);
  }

  @Override
  public byte[] get(byte[] key) {
    return run("get", Replies::bytes, "GET", key);
  }

  @Override
  public byte[] getDel(byte[] key) {
    return run("getDel", Replies::bytes, "GETDEL", key);
  }

  @Override
  public byte[] getEx(byte[] key, Expiration expiration) {
    Cmd cmd = Cmd.of("GETEX").add(key);
    if (expiration != null && expiration.isPersistent()) {
      cmd.word("PERSIST");
    } else {
      expiry(cmd, expiration);
    }
    return run("getEx", Replies::bytes, cmd);
  }

  @Override
  public byte[] getSet(byte[] key, byte[] value) {
    return run("getSet", Replies::bytes, "GETSET", key, value);
  }

  @Override
  public List<byte[]> mGet(byte[]... keys) {
    byte[][] args = Cmd.args("MGET", require(keys, "mGet", "keys"));
    return run(Call.typed("mGet", c -> c.mget(keys), c -> c.mget(keys), Replies::byteList, args));
  }

  @Override
  public Boolean set(byte[] key, byte[] value) {
    return run("set", Replies::toBoolean, "SET", key, value);
  }

  @Override
  public Boolean set(byte[] key, byte[] value, Expiration expiration, SetOption option) {
    return run("set", Replies::toBoolean, setCmd(key, value, expiration, option));
  }

  @Override
  public byte[] setGet(byte[] key, byte[] value, Expiration expiration, SetOption option) {
    return run("setGet", Replies::bytes, setCmd(key, value, expiration, option).word("GET"));
  }

  private static Cmd setCmd(byte[] key, byte[] value, Expiration expiration, SetOption option) {
    Cmd cmd = Cmd.of("SET").add(key).add(value);
    expiry(cmd, expiration);
    if (option == SetOption.SET_IF_ABSENT) {
      cmd.word("NX");
    } else if (option == SetOption.SET_IF_PRESENT) {
      cmd.word("XX");
    }
    return cmd;
  }

  /** EX/PX/EXAT/PXAT/KEEPTTL for an expiration; nothing for none or "persistent". */
  static void expiry(Cmd cmd, Expiration expiration) {
    if (expiration == null || expiration.isPersistent()) {
      return;
    }
    if (expiration.isKeepTtl()) {
      cmd.word("KEEPTTL");
      return;
    }
    boolean millis = expiration.getTimeUnit() == TimeUnit.MILLISECONDS;
    String word =
        expiration.isUnixTimestamp() ? (millis ? "PXAT" : "EXAT") : (millis ? "PX" : "EX");
    long time = millis ? expiration.getExpirationTime() : expiration.getConverted(TimeUnit.SECONDS);
    cmd.word(word).add(time);
  }

  @Override
  public Boolean setNX(byte[] key, byte[] value) {
    return run("setNX", Replies::toBoolean, "SETNX", key, value);
  }

  @Override
  public Boolean setEx(byte[] key, long seconds, byte[] value) {
    return run("setEx", Replies::toBoolean, Cmd.of("SETEX").add(key).add(seconds).add(value));
  }

  @Override
  public Boolean pSetEx(byte[] key, long milliseconds, byte[] value) {
    return run(
        "pSetEx", Replies::toBoolean, Cmd.of("PSETEX").add(key).add(milliseconds).add(value));
  }

  @Override
  public Boolean mSet(Map<byte[], byte[]> tuple) {
    byte[][] args = Cmd.of("MSET").pairs(tuple).build();
    return run(
        Call.typed(
            "mSet", c -> c.msetBytes(tuple), c -> c.msetBytes(tuple), Replies::toBoolean, args));
  }

  @Override
  public Boolean mSetNX(Map<byte[], byte[]> tuple) {
    return run("mSetNX", Replies::toBoolean, Cmd.of("MSETNX").pairs(tuple));
  }

  @Override
  public Long incr(byte[] key) {
    return run("incr", Replies::toLong, "INCR", key);
  }

  @Override
  public Long incrBy(byte[] key, long value) {
    return run("incrBy", Replies::toLong, Cmd.of("INCRBY").add(key).add(value));
  }

  @Override
  public Double incrBy(byte[] key, double value) {
    return run("incrBy", Replies::toDouble, Cmd.of("INCRBYFLOAT").add(key).add(value));
  }

  @Override
  public Long decr(byte[] key) {
    return run("decr", Replies::toLong, "DECR", key);
  }

  @Override
  public Long decrBy(byte[] key, long value) {
    return run("decrBy", Replies::toLong, Cmd.of("DECRBY").add(key).add(value));
  }

  @Override
  public Long append(byte[] key, byte[] value) {
    return run("append", Replies::toLong, "APPEND", key, value);
  }

  @Override
  public byte[] getRange(byte[] key, long start, long end) {
    return run("getRange", Replies::bytes, Cmd.of("GETRANGE").add(key).add(start).add(end));
  }

  @Override
  public void setRange(byte[] key, byte[] value, long offset) {
    run("setRange", Replies.STATUS, Cmd.of("SETRANGE").add(key).add(offset).add(value));
  }

  @Override
  public Boolean getBit(byte[] key, long offset) {
    return run("getBit", Replies::toBoolean, Cmd.of("GETBIT").add(key).add(offset));
  }

  @Override
  public Boolean setBit(byte[] key, long offset, boolean value) {
    return run(
        "setBit", Replies::toBoolean, Cmd.of("SETBIT").add(key).add(offset).add(value ? 1 : 0));
  }

  @Override
  public Long bitCount(byte[] key) {
    return run("bitCount", Replies::toLong, "BITCOUNT", key);
  }

  @Override
  public Long bitCount(byte[] key, long start, long end) {
    return run("bitCount", Replies::toLong, Cmd.of("BITCOUNT").add(key).add(start).add(end));
  }

  @Override
  public List<Long> bitField(byte[] key, BitFieldSubCommands subCommands) {
    return run("bitField", Replies::longList, BitFields.command(key, subCommands));
  }

  @Override
  public Long bitOp(BitOperation op, byte[] destination, byte[]... keys) {
    require(op, "bitOp", "op");
    if (op == BitOperation.NOT && keys != null && keys.length != 1) {
      throw new org.springframework.dao.InvalidDataAccessApiUsageException(
          "bitOp NOT takes exactly one source key, got " + keys.length);
    }
    Cmd cmd = Cmd.of("BITOP").word(op.name()).add(destination).add(keys);
    return run(Call.of("bitOp", Replies::toLong, cmd.build()).keyAt(2));
  }

  @Override
  public Long bitPos(byte[] key, boolean bit, Range<Long> range) {
    Cmd cmd = Cmd.of("BITPOS").add(key).add(bit ? 1 : 0);
    if (range != null) {
      Long lower = range.getLowerBound().getValue().orElse(null);
      Long upper = range.getUpperBound().getValue().orElse(null);
      if (lower != null || upper != null) {
        cmd.add(lower != null ? lower : 0L);
        if (upper != null) {
          cmd.add(upper);
        }
      }
    }
    return run("bitPos", Replies::toLong, cmd);
  }

  @Override
  public Long strLen(byte[] key) {
    return run("strLen", Replies::toLong, "STRLEN", key);
  }
}
