package io.slotwise.internal.command;

import static io.slotwise.internal.command.AsyncOps.u;
import static io.slotwise.internal.command.AsyncOps.us;

import io.slotwise.commands.AsyncRedisBitmapCommands;
import io.slotwise.commands.BitFieldArgs;
import io.slotwise.commands.BitOperation;
import io.slotwise.commands.BitUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The bitmap commands of {@link AsyncCommandsImpl}, as default methods over what {@link AsyncOps}
 * provides; each hands its future out through {@link AsyncOps#handOut} exactly once. Holds no
 * state; thread-safe as its implementor.
 */
public interface AsyncBitmapOps extends AsyncOps, AsyncRedisBitmapCommands {
  @Override
  default CompletableFuture<Boolean> setbit(String key, long offset, boolean value) {
    return run(BitCommandBuilder.setbit(u(key, "key"), offset, value), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> setbit(byte[] key, long offset, boolean value) {
    return run(BitCommandBuilder.setbit(key, offset, value), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> getbit(String key, long offset) {
    return run(BitCommandBuilder.getbit(u(key, "key"), offset), Converters::bool);
  }

  @Override
  default CompletableFuture<Boolean> getbit(byte[] key, long offset) {
    return run(BitCommandBuilder.getbit(key, offset), Converters::bool);
  }

  @Override
  default CompletableFuture<Long> bitcount(String key) {
    return run(BitCommandBuilder.bitcount(u(key, "key"), null), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> bitcount(byte[] key) {
    return run(BitCommandBuilder.bitcount(key, null), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> bitcount(String key, long start, long end) {
    return run(
        BitCommandBuilder.bitcount(u(key, "key"), BitCommandBuilder.range(start, end)),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> bitcount(byte[] key, long start, long end) {
    return run(
        BitCommandBuilder.bitcount(key, BitCommandBuilder.range(start, end)), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> bitcount(String key, long start, long end, BitUnit unit) {
    return run(
        BitCommandBuilder.bitcount(u(key, "key"), BitCommandBuilder.range(start, end, unit)),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> bitcount(byte[] key, long start, long end, BitUnit unit) {
    return run(
        BitCommandBuilder.bitcount(key, BitCommandBuilder.range(start, end, unit)),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> bitpos(String key, boolean bit) {
    return run(BitCommandBuilder.bitpos(u(key, "key"), bit), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> bitpos(byte[] key, boolean bit) {
    return run(BitCommandBuilder.bitpos(key, bit), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> bitpos(String key, boolean bit, long start) {
    return run(BitCommandBuilder.bitpos(u(key, "key"), bit, start), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> bitpos(byte[] key, boolean bit, long start) {
    return run(BitCommandBuilder.bitpos(key, bit, start), Converters::integer);
  }

  @Override
  default CompletableFuture<Long> bitpos(
      String key, boolean bit, long start, long end, BitUnit unit) {
    return run(
        BitCommandBuilder.bitpos(u(key, "key"), bit, BitCommandBuilder.range(start, end, unit)),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> bitpos(
      byte[] key, boolean bit, long start, long end, BitUnit unit) {
    return run(
        BitCommandBuilder.bitpos(key, bit, BitCommandBuilder.range(start, end, unit)),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> bitop(
      BitOperation operation, String destination, String... sources) {
    return run(
        BitCommandBuilder.bitop(operation, u(destination, "destination"), us(sources, "sources")),
        Converters::integer);
  }

  @Override
  default CompletableFuture<Long> bitop(
      BitOperation operation, byte[] destination, byte[]... sources) {
    return run(
        BitCommandBuilder.bitop(operation, destination, Args.requireAll(sources, "sources")),
        Converters::integer);
  }

  @Override
  default CompletableFuture<List<Long>> bitfield(String key, BitFieldArgs args) {
    return run(
        BitCommandBuilder.bitfield("BITFIELD", u(key, "key"), args),
        BitCommandBuilder.BITFIELD_REPLY);
  }

  @Override
  default CompletableFuture<List<Long>> bitfield(byte[] key, BitFieldArgs args) {
    return run(BitCommandBuilder.bitfield("BITFIELD", key, args), BitCommandBuilder.BITFIELD_REPLY);
  }

  @Override
  default CompletableFuture<List<Long>> bitfieldRo(String key, BitFieldArgs args) {
    return run(
        BitCommandBuilder.bitfield("BITFIELD_RO", u(key, "key"), args),
        BitCommandBuilder.BITFIELD_REPLY);
  }

  @Override
  default CompletableFuture<List<Long>> bitfieldRo(byte[] key, BitFieldArgs args) {
    return run(
        BitCommandBuilder.bitfield("BITFIELD_RO", key, args), BitCommandBuilder.BITFIELD_REPLY);
  }
}
