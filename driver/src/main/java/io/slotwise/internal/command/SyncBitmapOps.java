package io.slotwise.internal.command;

import io.slotwise.commands.BitFieldArgs;
import io.slotwise.commands.BitOperation;
import io.slotwise.commands.BitUnit;
import io.slotwise.commands.RedisBitmapCommands;
import java.util.List;

/**
 * The bitmap commands of {@link SyncCommandsImpl}, as default methods that wait on {@link
 * SyncOps#async()} with {@link SyncOps#await}. Holds no state; thread-safe as its implementor.
 */
public interface SyncBitmapOps extends SyncOps, RedisBitmapCommands {
  @Override
  default boolean setbit(String key, long offset, boolean value) {
    return await(async().setbit(key, offset, value), "SETBIT");
  }

  @Override
  default boolean setbit(byte[] key, long offset, boolean value) {
    return await(async().setbit(key, offset, value), "SETBIT");
  }

  @Override
  default boolean getbit(String key, long offset) {
    return await(async().getbit(key, offset), "GETBIT");
  }

  @Override
  default boolean getbit(byte[] key, long offset) {
    return await(async().getbit(key, offset), "GETBIT");
  }

  @Override
  default long bitcount(String key) {
    return await(async().bitcount(key), "BITCOUNT");
  }

  @Override
  default long bitcount(byte[] key) {
    return await(async().bitcount(key), "BITCOUNT");
  }

  @Override
  default long bitcount(String key, long start, long end) {
    return await(async().bitcount(key, start, end), "BITCOUNT");
  }

  @Override
  default long bitcount(byte[] key, long start, long end) {
    return await(async().bitcount(key, start, end), "BITCOUNT");
  }

  @Override
  default long bitcount(String key, long start, long end, BitUnit unit) {
    return await(async().bitcount(key, start, end, unit), "BITCOUNT");
  }

  @Override
  default long bitcount(byte[] key, long start, long end, BitUnit unit) {
    return await(async().bitcount(key, start, end, unit), "BITCOUNT");
  }

  @Override
  default long bitpos(String key, boolean bit) {
    return await(async().bitpos(key, bit), "BITPOS");
  }

  @Override
  default long bitpos(byte[] key, boolean bit) {
    return await(async().bitpos(key, bit), "BITPOS");
  }

  @Override
  default long bitpos(String key, boolean bit, long start) {
    return await(async().bitpos(key, bit, start), "BITPOS");
  }

  @Override
  default long bitpos(byte[] key, boolean bit, long start) {
    return await(async().bitpos(key, bit, start), "BITPOS");
  }

  @Override
  default long bitpos(String key, boolean bit, long start, long end, BitUnit unit) {
    return await(async().bitpos(key, bit, start, end, unit), "BITPOS");
  }

  @Override
  default long bitpos(byte[] key, boolean bit, long start, long end, BitUnit unit) {
    return await(async().bitpos(key, bit, start, end, unit), "BITPOS");
  }

  @Override
  default long bitop(BitOperation operation, String destination, String... sources) {
    return await(async().bitop(operation, destination, sources), "BITOP");
  }

  @Override
  default long bitop(BitOperation operation, byte[] destination, byte[]... sources) {
    return await(async().bitop(operation, destination, sources), "BITOP");
  }

  @Override
  default List<Long> bitfield(String key, BitFieldArgs args) {
    return await(async().bitfield(key, args), "BITFIELD");
  }

  @Override
  default List<Long> bitfield(byte[] key, BitFieldArgs args) {
    return await(async().bitfield(key, args), "BITFIELD");
  }

  @Override
  default List<Long> bitfieldRo(String key, BitFieldArgs args) {
    return await(async().bitfieldRo(key, args), "BITFIELD_RO");
  }

  @Override
  default List<Long> bitfieldRo(byte[] key, BitFieldArgs args) {
    return await(async().bitfieldRo(key, args), "BITFIELD_RO");
  }
}
