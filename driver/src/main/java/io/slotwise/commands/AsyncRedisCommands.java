package io.slotwise.commands;

import java.util.concurrent.CompletableFuture;

/**
 * Redis commands, asynchronous: the same commands as {@link RedisCommands}, each returning a {@link
 * CompletableFuture} of the same (boxed) result at once. Thread-safe; obtained from {@link
 * io.slotwise.SlotwiseClient#async()} and closed with the client, never on its own.
 *
 * <p>A future completes on a driver I/O thread: keep callbacks short and never block in them (use
 * the {@code ...Async} variants of {@link CompletableFuture} with your own executor for slow work).
 * It completes exceptionally with a {@link io.slotwise.SlotwiseException} subclass ({@link
 * io.slotwise.RedisServerException} for an error reply, {@link io.slotwise.RedisTimeoutException}
 * once the command timeout passes, ...). Invalid arguments ({@code null}, empty key lists) throw
 * {@link IllegalArgumentException} from the call itself, before anything is sent.
 *
 * <p>Replies, {@code null} values and the binary collection shapes are as documented on {@link
 * RedisCommands}.
 */
public interface AsyncRedisCommands
    extends AsyncRedisStringCommands,
        AsyncRedisKeyCommands,
        AsyncRedisHashCommands,
        AsyncRedisListCommands,
        AsyncRedisSetCommands,
        AsyncRedisSortedSetCommands,
        AsyncRedisScriptingCommands,
        AsyncRedisServerCommands,
        AsyncRedisPubSubCommands,
        AsyncRedisBlockingCommands,
        AsyncRedisGenericCommands,
        AsyncRedisStreamCommands,
        AsyncRedisGeoCommands,
        AsyncRedisHyperLogLogCommands,
        AsyncRedisBitmapCommands {}
