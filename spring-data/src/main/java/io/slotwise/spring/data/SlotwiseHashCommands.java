package io.slotwise.spring.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.springframework.data.redis.connection.ExpirationOptions;
import org.springframework.data.redis.connection.RedisHashCommands;
import org.springframework.data.redis.connection.convert.Converters;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;

/** {@link RedisHashCommands} on Slotwise. Not thread-safe (one per connection). */
final class SlotwiseHashCommands extends Family implements RedisHashCommands {

  SlotwiseHashCommands(CommandRunner runner) {
    super(runner);
  }

  @Override
  public Boolean hSet(byte[] key, byte[] field, byte[] value) {
    return run("hSet", Replies::toBoolean, "HSET", key, field, value);
  }

  @Override
  public Boolean hSetNX(byte[] key, byte[] field, byte[] value) {
    return run("hSetNX", Replies::toBoolean, "HSETNX", key, field, value);
  }

  @Override
  public byte[] hGet(byte[] key, byte[] field) {
    return run("hGet", Replies::bytes, "HGET", key, field);
  }

  @Override
  public List<byte[]> hMGet(byte[] key, byte[]... fields) {
    return run("hMGet", Replies::byteList, Cmd.of("HMGET").add(key).add(fields));
  }

  @Override
  public void hMSet(byte[] key, Map<byte[], byte[]> hashes) {
    run("hMSet", Replies.STATUS, Cmd.of("HSET").add(key).pairs(hashes));
  }

  @Override
  public Long hIncrBy(byte[] key, byte[] field, long delta) {
    return run("hIncrBy", Replies::toLong, Cmd.of("HINCRBY").add(key).add(field).add(delta));
  }

  @Override
  public Double hIncrBy(byte[] key, byte[] field, double delta) {
    return run("hIncrBy", Replies::toDouble, Cmd.of("HINCRBYFLOAT").add(key).add(field).add(delta));
  }

  @Override
  public Boolean hExists(byte[] key, byte[] field) {
    return run("hExists", Replies::toBoolean, "HEXISTS", key, field);
  }

  @Override
  public Long hDel(byte[] key, byte[]... fields) {
    return run("hDel", Replies::toLong, Cmd.of("HDEL").add(key).add(fields));
  }

  @Override
  public Long hLen(byte[] key) {
    return run("hLen", Replies::toLong, "HLEN", key);
  }

  @Override
  public Set<byte[]> hKeys(byte[] key) {
    return run("hKeys", Replies::byteSet, "HKEYS", key);
  }

  @Override
  public List<byte[]> hVals(byte[] key) {
    return run("hVals", Replies::byteList, "HVALS", key);
  }

  @Override
  public Map<byte[], byte[]> hGetAll(byte[] key) {
    return run("hGetAll", Replies::byteMap, "HGETALL", key);
  }

  @Override
  public byte[] hRandField(byte[] key) {
    return run("hRandField", Replies::bytes, "HRANDFIELD", key);
  }

  @Override
  public Map.Entry<byte[], byte[]> hRandFieldWithValues(byte[] key) {
    List<Map.Entry<byte[], byte[]>> one = hRandFieldWithValuesOrNull(key, 1);
    return one == null || one.isEmpty() ? null : one.get(0);
  }

  private List<Map.Entry<byte[], byte[]>> hRandFieldWithValuesOrNull(byte[] key, long count) {
    return run(
        "hRandFieldWithValues",
        SlotwiseHashCommands::entries,
        Cmd.of("HRANDFIELD").add(key).add(count).word("WITHVALUES"));
  }

  @Override
  public List<byte[]> hRandField(byte[] key, long count) {
    return run("hRandField", Replies::byteList, Cmd.of("HRANDFIELD").add(key).add(count));
  }

  @Override
  public List<Map.Entry<byte[], byte[]>> hRandFieldWithValues(byte[] key, long count) {
    return hRandFieldWithValuesOrNull(key, count);
  }

  /** A flat list or (RESP3) a list of [field, value] pairs. */
  private static List<Map.Entry<byte[], byte[]>> entries(Object reply) {
    List<Object> items = Replies.list(reply);
    List<Map.Entry<byte[], byte[]>> out = new ArrayList<>();
    if (!items.isEmpty() && items.get(0) instanceof List) {
      for (Object pair : items) {
        List<Object> p = Replies.list(pair);
        out.add(Converters.entryOf(Replies.bytes(p.get(0)), Replies.bytes(p.get(1))));
      }
      return out;
    }
    for (int i = 0; i + 1 < items.size(); i += 2) {
      out.add(Converters.entryOf(Replies.bytes(items.get(i)), Replies.bytes(items.get(i + 1))));
    }
    return out;
  }

  @Override
  public Cursor<Map.Entry<byte[], byte[]>> hScan(byte[] key, ScanOptions options) {
    require(key, "hScan", "key");
    return ScanCursors.open(
        options,
        cursor -> {
          Cmd cmd = ScanCursors.options(Cmd.of("HSCAN").add(key).word(cursor), options);
          List<Object> page = runner.runNow(Call.of("hScan", Replies::list, cmd.build()));
          return new ScanCursors.Page<>(Replies.string(page.get(0)), entries(page.get(1)));
        });
  }

  @Override
  public Long hStrLen(byte[] key, byte[] field) {
    return run("hStrLen", Replies::toLong, "HSTRLEN", key, field);
  }

  @Override
  public List<Long> hExpire(
      byte[] key, long seconds, ExpirationOptions.Condition condition, byte[]... fields) {
    return fieldExpiry("hExpire", "HEXPIRE", key, seconds, condition, fields);
  }

  @Override
  public List<Long> hpExpire(
      byte[] key, long millis, ExpirationOptions.Condition condition, byte[]... fields) {
    return fieldExpiry("hpExpire", "HPEXPIRE", key, millis, condition, fields);
  }

  @Override
  public List<Long> hExpireAt(
      byte[] key, long unixTime, ExpirationOptions.Condition condition, byte[]... fields) {
    return fieldExpiry("hExpireAt", "HEXPIREAT", key, unixTime, condition, fields);
  }

  @Override
  public List<Long> hpExpireAt(
      byte[] key, long unixTimeMillis, ExpirationOptions.Condition condition, byte[]... fields) {
    return fieldExpiry("hpExpireAt", "HPEXPIREAT", key, unixTimeMillis, condition, fields);
  }

  private List<Long> fieldExpiry(
      String method,
      String name,
      byte[] key,
      long time,
      ExpirationOptions.Condition condition,
      byte[][] fields) {
    Cmd cmd = Cmd.of(name).add(key).add(time);
    SlotwiseKeyCommands.condition(cmd, condition);
    return run(method, Replies::longList, fields(cmd, fields));
  }

  private static Cmd fields(Cmd cmd, byte[][] fields) {
    require(fields, "hash field command", "fields");
    return cmd.word("FIELDS").add(fields.length).add(fields);
  }

  @Override
  public List<Long> hPersist(byte[] key, byte[]... fields) {
    return run("hPersist", Replies::longList, fields(Cmd.of("HPERSIST").add(key), fields));
  }

  @Override
  public List<Long> hTtl(byte[] key, byte[]... fields) {
    return run("hTtl", Replies::longList, fields(Cmd.of("HTTL").add(key), fields));
  }

  @Override
  public List<Long> hTtl(byte[] key, TimeUnit timeUnit, byte[]... fields) {
    return run(
        "hTtl",
        r ->
            Replies.mapped(
                r,
                v -> SlotwiseKeyCommands.convertTtl(Replies.toLong(v), TimeUnit.SECONDS, timeUnit)),
        fields(Cmd.of("HTTL").add(key), fields));
  }

  @Override
  public List<Long> hpTtl(byte[] key, byte[]... fields) {
    return run("hpTtl", Replies::longList, fields(Cmd.of("HPTTL").add(key), fields));
  }
}
