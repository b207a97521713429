package io.slotwise.internal.command;

import static io.slotwise.internal.command.Args.requireAll;
import static io.slotwise.internal.command.Args.requireObject;
import static io.slotwise.internal.command.CommandWords.cmd;
import static io.slotwise.internal.command.CommandWords.key;
import static io.slotwise.internal.command.CommandWords.num;
import static io.slotwise.internal.command.CommandWords.prepend;
import static io.slotwise.internal.command.CommandWords.word;

import io.slotwise.commands.BitFieldArgs;
import io.slotwise.commands.BitOperation;
import io.slotwise.commands.BitUnit;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.util.List;
import java.util.function.Function;

/**
 * Builds the byte-level {@link Command} of every typed bitmap and HyperLogLog command (a
 * HyperLogLog is a string of registers, as a bitmap is a string of bits), as {@link CommandBuilder}
 * does for strings: the argument vector, with key positions and the read-only flag from {@link
 * CommandTable}. Checks every argument, naming it. Stateless and thread-safe.
 */
final class BitCommandBuilder {
  private BitCommandBuilder() {}

  /** {@code BITFIELD}: one integer, or null after {@code OVERFLOW FAIL}, per sub-command. */
  static final Function<Reply, List<Long>> BITFIELD_REPLY =
      Converters.list(Converters::nullableInteger);

  /** {@code PFADD key element...} / {@code PFMERGE destination source...}. */
  static Command keyAndValues(String name, byte[] key, byte[][] values) {
    return cmd(name, prepend(key(key), values));
  }

  /** {@code PFCOUNT key...}. */
  static Command keys(String name, byte[][] keys) {
    return cmd(name, requireAll(keys, "keys"));
  }

  static Command setbit(byte[] key, long offset, boolean value) {
    return cmd("SETBIT", key(key), offset(offset), word(value ? "1" : "0"));
  }

  static Command getbit(byte[] key, long offset) {
    return cmd("GETBIT", key(key), offset(offset));
  }

  /** {@code BITCOUNT key [range]}; {@code range} from {@link #range}, or null for the whole. */
  static Command bitcount(byte[] key, byte[][] range) {
    return range == null ? cmd("BITCOUNT", key(key)) : cmd("BITCOUNT", prepend(key(key), range));
  }

  static byte[][] range(long start, long end) {
    return new byte[][] {num(start), num(end)};
  }

  static byte[][] range(long start, long end, BitUnit unit) {
    return new byte[][] {num(start), num(end), word(requireObject(unit, "unit").name())};
  }

  static Command bitpos(byte[] key, boolean bit) {
    return cmd("BITPOS", key(key), bit(bit));
  }

  static Command bitpos(byte[] key, boolean bit, long start) {
    return cmd("BITPOS", key(key), bit(bit), num(start));
  }

  static Command bitpos(byte[] key, boolean bit, byte[][] range) {
    return cmd("BITPOS", prepend(key(key), prepend(bit(bit), range)));
  }

  static Command bitop(BitOperation operation, byte[] destination, byte[][] sources) {
    requireObject(operation, "operation");
    if (operation == BitOperation.NOT && sources.length != 1) {
      throw new IllegalArgumentException(
          "BITOP NOT takes exactly one source key, got " + sources.length);
    }
    byte[][] keys = prepend(Args.require(destination, "destination"), sources);
    return cmd("BITOP", prepend(word(operation.name()), keys));
  }

  /** {@code BITFIELD} or {@code BITFIELD_RO} (which takes only {@code GET}s). */
  static Command bitfield(String name, byte[] key, BitFieldArgs args) {
    requireObject(args, "args");
    if (name.equals("BITFIELD_RO") && !args.isReadOnly()) {
      throw new IllegalArgumentException(
          "BITFIELD_RO takes only GET sub-commands, got " + args.arguments());
    }
    List<String> words = args.arguments();
    byte[][] a = new byte[words.size() + 1][];
    a[0] = key(key);
    for (int i = 0; i < words.size(); i++) {
      a[i + 1] = word(words.get(i));
    }
    return cmd(name, a);
  }

  private static byte[] offset(long offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
    return num(offset);
  }

  private static byte[] bit(boolean bit) {
    return word(bit ? "1" : "0");
  }
}
