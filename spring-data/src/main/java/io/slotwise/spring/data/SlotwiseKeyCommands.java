package io.slotwise.spring.data;

import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.commands.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.springframework.data.redis.connection.DataType;
import org.springframework.data.redis.connection.ExpirationOptions;
import org.springframework.data.redis.connection.RedisKeyCommands;
import org.springframework.data.redis.connection.SortParameters;
import org.springframework.data.redis.connection.ValueEncoding;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;

/**
 * {@link RedisKeyCommands} on Slotwise. {@code DEL}, {@code UNLINK}, {@code EXISTS} and {@code
 * TOUCH} over keys of several slots are split per slot by Slotwise; {@code KEYS}, {@code SCAN} and
 * {@code RANDOMKEY} cover every master in cluster mode. Not thread-safe (one per connection).
 */
final class SlotwiseKeyCommands extends Family implements RedisKeyCommands {

  SlotwiseKeyCommands(CommandRunner runner) {
    super(runner);
  }

  @Override
  public Boolean copy(byte[] source, byte[] target, boolean replace) {
    return run(
        "copy", Replies::toBoolean, Cmd.of("COPY").add(source, target).wordIf(replace, "REPLACE"));
  }

  @Override
  public Long exists(byte[]... keys) {
    return multiKey("exists", "EXISTS", keys, RedisCommands::exists, AsyncRedisCommands::exists);
  }

  @Override
  public Long del(byte[]... keys) {
    return multiKey("del", "DEL", keys, RedisCommands::del, AsyncRedisCommands::del);
  }

  @Override
  public Long unlink(byte[]... keys) {
    return multiKey("unlink", "UNLINK", keys, RedisCommands::unlink, AsyncRedisCommands::unlink);
  }

  @Override
  public Long touch(byte[]... keys) {
    return multiKey("touch", "TOUCH", keys, RedisCommands::touch, AsyncRedisCommands::touch);
  }

  private interface SyncMulti {
    Long apply(RedisCommands c, byte[][] keys);
  }

  private interface AsyncMulti {
    java.util.concurrent.CompletableFuture<Long> apply(AsyncRedisCommands c, byte[][] keys);
  }

  private Long multiKey(
      String method, String name, byte[][] keys, SyncMulti sync, AsyncMulti async) {
    byte[][] args = Cmd.args(name, require(keys, method, "keys"));
    return run(
        Call.typed(
            method, c -> sync.apply(c, keys), c -> async.apply(c, keys), Replies::toLong, args));
  }

  @Override
  public DataType type(byte[] key) {
    return run("type", r -> DataType.fromCode(Replies.string(r)), "TYPE", key);
  }

  @Override
  public Set<byte[]> keys(byte[] pattern) {
    require(pattern, "keys", "pattern");
    return run(
        Call.typed(
                "keys",
                c -> c.keys(pattern),
                c -> c.keys(pattern),
                Replies::byteSet,
                Cmd.args("KEYS", pattern))
            .keyAt(Integer.MAX_VALUE));
  }

  @Override
  public Cursor<byte[]> scan(ScanOptions options) {
    RedisCommands sync = runner.client().sync();
    return ScanCursors.open(
        options,
        cursor -> {
          try {
            return ScanCursors.page(sync.scanBytes(cursor, ScanCursors.args(options)));
          } catch (RuntimeException e) {
            throw SlotwiseExceptionTranslator.INSTANCE.translate(e);
          }
        });
  }

  @Override
  public byte[] randomKey() {
    return run(
        Call.typed(
                "randomKey",
                c -> c.execute(Cmd.args("RANDOMKEY")),
                c -> c.execute(Cmd.args("RANDOMKEY")),
                Replies::bytes,
                Cmd.args("RANDOMKEY"))
            .keyAt(Integer.MAX_VALUE));
  }

  @Override
  public void rename(byte[] source, byte[] target) {
    run("rename", Replies.STATUS, "RENAME", source, target);
  }

  @Override
  public Boolean renameNX(byte[] source, byte[] target) {
    return run("renameNX", Replies::toBoolean, "RENAMENX", source, target);
  }

  @Override
  public Boolean expire(byte[] key, long seconds, ExpirationOptions.Condition condition) {
    return expiry("expire", "EXPIRE", key, seconds, condition);
  }

  @Override
  public Boolean pExpire(byte[] key, long millis, ExpirationOptions.Condition condition) {
    return expiry("pExpire", "PEXPIRE", key, millis, condition);
  }

  @Override
  public Boolean expireAt(byte[] key, long unixTime, ExpirationOptions.Condition condition) {
    return expiry("expireAt", "EXPIREAT", key, unixTime, condition);
  }

  @Override
  public Boolean pExpireAt(byte[] key, long unixTimeMillis, ExpirationOptions.Condition condition) {
    return expiry("pExpireAt", "PEXPIREAT", key, unixTimeMillis, condition);
  }

  private Boolean expiry(
      String method, String name, byte[] key, long time, ExpirationOptions.Condition condition) {
    Cmd cmd = Cmd.of(name).add(key).add(time);
    condition(cmd, condition);
    return run(method, Replies::toBoolean, cmd);
  }

  static void condition(Cmd cmd, ExpirationOptions.Condition condition) {
    if (condition != null && condition != ExpirationOptions.Condition.ALWAYS) {
      cmd.word(condition.name());
    }
  }

  @Override
  public Boolean persist(byte[] key) {
    return run("persist", Replies::toBoolean, "PERSIST", key);
  }

  @Override
  public Boolean move(byte[] key, int dbIndex) {
    return run("move", Replies::toBoolean, Cmd.of("MOVE").add(key).add(dbIndex));
  }

  @Override
  public Long ttl(byte[] key) {
    return run("ttl", Replies::toLong, "TTL", key);
  }

  @Override
  public Long ttl(byte[] key, TimeUnit timeUnit) {
    return run("ttl", r -> convertTtl(Replies.toLong(r), TimeUnit.SECONDS, timeUnit), "TTL", key);
  }

  @Override
  public Long pTtl(byte[] key) {
    return run("pTtl", Replies::toLong, "PTTL", key);
  }

  @Override
  public Long pTtl(byte[] key, TimeUnit timeUnit) {
    return run(
        "pTtl", r -> convertTtl(Replies.toLong(r), TimeUnit.MILLISECONDS, timeUnit), "PTTL", key);
  }

  /** -1 and -2 (no expiry, no key) stay as they are. */
  static Long convertTtl(Long value, TimeUnit from, TimeUnit to) {
    if (value == null || value < 0 || to == null) {
      return value;
    }
    return to.convert(value, from);
  }

  @Override
  public List<byte[]> sort(byte[] key, SortParameters params) {
    return run("sort", Replies::byteList, sortCmd(key, params, null));
  }

  @Override
  public Long sort(byte[] key, SortParameters params, byte[] storeKey) {
    return run("sort", Replies::toLong, sortCmd(key, params, storeKey));
  }

  private static Cmd sortCmd(byte[] key, SortParameters params, byte[] storeKey) {
    Cmd cmd = Cmd.of("SORT").add(key);
    if (params != null) {
      if (params.getByPattern() != null) {
        cmd.word("BY").add(params.getByPattern());
      }
      if (params.getLimit() != null) {
        cmd.word("LIMIT").add(params.getLimit().getStart()).add(params.getLimit().getCount());
      }
      if (params.getGetPattern() != null) {
        for (byte[] get : params.getGetPattern()) {
          cmd.word("GET").add(get);
        }
      }
      if (params.getOrder() != null) {
        cmd.word(params.getOrder().name());
      }
      cmd.wordIf(Boolean.TRUE.equals(params.isAlphabetic()), "ALPHA");
    }
    if (storeKey != null) {
      cmd.word("STORE").add(storeKey);
    }
    return cmd;
  }

  @Override
  public byte[] dump(byte[] key) {
    return run("dump", Replies::bytes, "DUMP", key);
  }

  @Override
  public void restore(byte[] key, long ttlInMillis, byte[] serializedValue, boolean replace) {
    Cmd cmd = Cmd.of("RESTORE").add(key).add(ttlInMillis).add(serializedValue);
    run("restore", Replies.STATUS, cmd.wordIf(replace, "REPLACE"));
  }

  @Override
  public ValueEncoding encodingOf(byte[] key) {
    return object(
        "encodingOf",
        "ENCODING",
        key,
        r -> ValueEncoding.of(r == null ? null : Replies.string(r).toLowerCase(Locale.ROOT)));
  }

  @Override
  public Duration idletime(byte[] key) {
    return object(
        "idletime", "IDLETIME", key, r -> r == null ? null : Duration.ofSeconds(Replies.toLong(r)));
  }

  @Override
  public Long refcount(byte[] key) {
    return object("refcount", "REFCOUNT", key, Replies::toLong);
  }

  private <T> T object(
      String method, String sub, byte[] key, java.util.function.Function<Object, T> convert) {
    return run(Call.of(method, convert, Cmd.of("OBJECT").word(sub).add(key).build()).keyAt(2));
  }
}
