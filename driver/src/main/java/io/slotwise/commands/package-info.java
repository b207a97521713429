/**
 * The Redis commands of a client, one interface per family: synchronous ({@link
 * io.slotwise.commands.RedisCommands} and the {@code Redis*Commands} it extends) and asynchronous
 * ({@link io.slotwise.commands.AsyncRedisCommands} and the {@code AsyncRedis*Commands} it extends,
 * the same methods returning {@link java.util.concurrent.CompletableFuture}), with their argument
 * types ({@link io.slotwise.commands.SetArgs}, {@link io.slotwise.commands.ScanArgs}, {@link
 * io.slotwise.commands.ListDirection}) and result types ({@link io.slotwise.commands.ScanResult},
 * {@link io.slotwise.commands.KeyValue}, {@link io.slotwise.commands.ScoredValue}). Streams, geo
 * and bitmaps have their own option types ({@link io.slotwise.commands.XAddArgs}, {@link
 * io.slotwise.commands.XReadArgs}, {@link io.slotwise.commands.GeoSearchArgs}, {@link
 * io.slotwise.commands.BitFieldArgs}, ...) and result records ({@link
 * io.slotwise.commands.StreamEntry}, {@link io.slotwise.commands.StreamMessages}, {@link
 * io.slotwise.commands.GeoResult}, {@link io.slotwise.commands.StreamInfo}, ...).
 *
 * <p>Public API. Obtain the commands from {@link io.slotwise.SlotwiseClient#sync()} or {@link
 * io.slotwise.SlotwiseClient#async()}; they are closed with the client.
 */
package io.slotwise.commands;
