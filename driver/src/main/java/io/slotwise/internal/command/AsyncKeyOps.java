package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.u;
import static io.slotwise.internal.command.AsyncOps.us;

import io.slotwise.commands.AsyncRedisKeyCommands;
import java.util.concurrent.CompletableFuture;

/**
 * The key commands of {@link AsyncCommandsImpl}, as default methods over what {@link AsyncOps}
 * provides; each hands its future out through {@link AsyncOps#handOut} exactly once. Holds no
 * state; thread-safe as its implementor.
 */
public interface AsyncKeyOps extends AsyncOps, AsyncRedisKeyCommands {
  @Override
  default CompletableFuture<Long> del(String... keys) {
    return del(us(keys, "keys"));
  }

  @Override
  default CompletableFuture<Long> del(byte[]... keys) {
    return handOut(dispatcher().countKeys("DEL", Args.requireAll(keys, "keys")));
  }

  @Override
  default CompletableFuture<Long> unlink(String... keys) {
    return unlink(us(keys, "keys"));
  }

  @Override
  default CompletableFuture<Long> unlink(byte[]... keys) {
    return handOut(dispatcher().countKeys("UNLINK", Args.requireAll(keys, "keys")));
  }

  @Override
  default CompletableFuture<Long> exists(String... keys) {
    return exists(us(keys, "keys"));
  }

  @Override
  default CompletableFuture<Long> exists(byte[]... keys) {
    return handOut(dispatcher().countKeys("EXISTS", Args.requireAll(keys, "keys")));
  }

  @Override
  default CompletableFuture<Long> touch(String... keys) {
    return touch(us(keys, "keys"));
  }

  @Override
  default CompletableFuture<Long> touch(byte[]... keys) {
    return handOut(dispatcher().countKeys("TOUCH", Args.requireAll(keys, "keys")));
  }

  @Override
  default CompletableFuture<Boolean> expire(String key, long seconds) {
    return run(CommandBuilder.expire(u(key, "key"), seconds), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> expire(byte[] key, long seconds) {
    return run(CommandBuilder.expire(key, seconds), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> pexpire(String key, long millis) {
    return run(CommandBuilder.pexpire(u(key, "key"), millis), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> pexpire(byte[] key, long millis) {
    return run(CommandBuilder.pexpire(key, millis), Converters::bool);
  }

  @Override
  default CompletableFuture<Long> ttl(String key) {
    return run(CommandBuilder.ttl(u(key, "key")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> ttl(byte[] key) {
    return run(CommandBuilder.ttl(key), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> pttl(String key) {
    return run(CommandBuilder.pttl(u(key, "key")), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> pttl(byte[] key) {
    return run(CommandBuilder.pttl(key), Converters::integer);
  }

  @Override
  default CompletableFuture<Boolean> persist(String key) {
    return run(CommandBuilder.persist(u(key, "key")), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> persist(byte[] key) {
    return run(CommandBuilder.persist(key), Converters::bool);
  }

  @Override
  default CompletableFuture<String> type(String key) {
    return run(CommandBuilder.type(u(key, "key")), Converters::string);
  }

  @Override
  default CompletableFuture<String> type(byte[] key) {
    return run(CommandBuilder.type(key), Converters::string);
  }

  @Override
  default CompletableFuture<String> rename(String key, String newKey) {
    return run(CommandBuilder.rename(u(key, "key"), u(newKey, "newKey")), Converters::string);
  }

  @Override
  default CompletableFuture<String> rename(byte[] key, byte[] newKey) {
    return run(CommandBuilder.rename(key, newKey), Converters::string);
  }
}
