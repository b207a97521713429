/**
 * The Redis commands of a client, one interface per family: synchronous ({@link
 * io.slotwise.commands.RedisCommands} and the {@code Redis*Commands} it extends) and asynchronous
 * ({@link io.slotwise.commands.AsyncRedisCommands} and the {@code AsyncRedis*Commands} it extends,
 * the same methods returning {@link java.util.concurrent.CompletableFuture}), with their argument
 * types ({@link io.slotwise.commands.SetArgs}, {@link io.slotwise.commands.ScanArgs}, {@link
 * io.slotwise.commands.ListDirection}) and result types ({@link io.slotwise.commands.ScanResult},
 * {@link io.slotwise.commands.KeyValue}, {@link io.slotwise.commands.ScoredValue}).
 *
 * <p>Public API. Obtain the commands from {@link io.slotwise.SlotwiseClient#sync()} or {@link
 * io.slotwise.SlotwiseClient#async()}; they are closed with the client.
 */
package io.slotwise.commands;
