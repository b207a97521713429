package io.slotwise.commands;

/**
 * Redis commands, blocking: each call sends one command (or, for multi-key commands in cluster
 * mode, one per slot) and waits for its reply up to the command timeout. Thread-safe; obtained from
 * {@link io.slotwise.SlotwiseClient#sync()} and closed with the client, never on its own.
 *
 * <p>Every command has a {@code String} overload (keys, values and replies in UTF-8) and a {@code
 * byte[]} overload (binary-safe). Replies that may be absent are {@code null} then; collection
 * replies are never {@code null}. A {@code null} argument, or an empty key/value list, throws
 * {@link IllegalArgumentException} naming the parameter. Failures throw a {@link
 * io.slotwise.SlotwiseException} subclass: {@link io.slotwise.RedisServerException} for an error
 * reply (e.g. {@code WRONGTYPE}), {@link io.slotwise.RedisTimeoutException}, {@link
 * io.slotwise.RedisConnectionException}, and so on.
 *
 * <p>Binary collection replies: a hash is a {@code List<Map.Entry<byte[], byte[]>>} and a set a
 * {@code List<byte[]>}, in the server's order, because {@code byte[]} compares by identity and
 * would make a {@code Map} or {@code Set} keyed by it useless for look-ups.
 */
public interface RedisCommands
    extends RedisStringCommands,
        RedisKeyCommands,
        RedisHashCommands,
        RedisListCommands,
        RedisSetCommands,
        RedisSortedSetCommands,
        RedisScriptingCommands,
        RedisServerCommands,
        RedisPubSubCommands,
        RedisBlockingCommands,
        RedisGenericCommands,
        RedisStreamCommands,
        RedisGeoCommands,
        RedisHyperLogLogCommands,
        RedisBitmapCommands {}
