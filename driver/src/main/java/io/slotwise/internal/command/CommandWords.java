package io.slotwise.internal.command;

import static io.slotwise.internal.command.Args.require;
import static io.slotwise.internal.command.Args.requireObject;

import io.slotwise.internal.protocol.Command;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The encoding shared by the command builders ({@link CommandBuilder}, {@link
 * CollectionCommandBuilder}): a command from its name and arguments, with key positions and the
 * read-only flag from {@link CommandTable}, and the words of numbers, bounds, counts and keys, each
 * checked. Stateless and thread-safe (the cache of encoded command names is concurrent).
 */
final class CommandWords {
  private CommandWords() {}

  /**
   * The encoded words of each command name, built once: commands share them (no command ever
   * changes its arguments), so a command costs no name encoding.
   */
  private static final ConcurrentHashMap<String, byte[][]> NAME_WORDS = new ConcurrentHashMap<>();

  // Fixed-arity forms of cmd(name, rest...): the commonest commands skip the varargs array.

  static Command cmd(String name, byte[] a) {
    byte[][] words = words(name);
    if (words.length != 1) {
      return cmd(name, new byte[][] {a});
    }
    return of(name, new byte[][] {words[0], a});
  }

  static Command cmd(String name, byte[] a, byte[] b) {
    byte[][] words = words(name);
    if (words.length != 1) {
      return cmd(name, new byte[][] {a, b});
    }
    return of(name, new byte[][] {words[0], a, b});
  }

  static Command cmd(String name, byte[] a, byte[] b, byte[] c) {
    byte[][] words = words(name);
    if (words.length != 1) {
      return cmd(name, new byte[][] {a, b, c});
    }
    return of(name, new byte[][] {words[0], a, b, c});
  }

  /** {@code name} (one or two words, e.g. {@code SCRIPT LOAD}) followed by {@code rest}. */
  static Command cmd(String name, byte[]... rest) {
    byte[][] words = words(name);
    byte[][] all = new byte[words.length + rest.length][];
    System.arraycopy(words, 0, all, 0, words.length);
    System.arraycopy(rest, 0, all, words.length, rest.length);
    return of(name, all);
  }

  private static Command of(String name, byte[][] all) {
    return Command.of(name, all, CommandTable.keyIndexes(name, all), CommandTable.isReadOnly(name));
  }

  private static byte[][] words(String name) {
    byte[][] words = NAME_WORDS.get(name);
    return words != null ? words : NAME_WORDS.computeIfAbsent(name, CommandWords::nameWords);
  }

  private static byte[][] nameWords(String name) {
    int space = name.indexOf(' ');
    return space < 0
        ? new byte[][] {word(name)}
        : new byte[][] {word(name.substring(0, space)), word(name.substring(space + 1))};
  }

  static byte[] key(byte[] key) {
    return require(key, "key");
  }

  static byte[][] prepend(byte[] first, byte[][] rest) {
    byte[][] a = new byte[rest.length + 1][];
    a[0] = first;
    System.arraycopy(rest, 0, a, 1, rest.length);
    return a;
  }

  static byte[] word(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] num(long n) {
    return word(Long.toString(n));
  }

  static byte[] count(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, got " + count);
    }
    return num(count);
  }

  /** A finite double as Redis parses it: integral values without a fraction, others exactly. */
  static byte[] finite(Double value, String name) {
    requireObject(value, name);
    if (value.isNaN() || value.isInfinite()) {
      throw new IllegalArgumentException(name + " must be a finite number, got " + value);
    }
    return decimal(value);
  }

  /** A range bound: finite, or {@code ±Infinity} sent as {@code +inf} / {@code -inf}. */
  static byte[] bound(double value, String name) {
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException(name + " must not be NaN");
    }
    if (Double.isInfinite(value)) {
      return word(value > 0 ? "+inf" : "-inf");
    }
    return decimal(value);
  }

  private static byte[] decimal(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return num((long) v);
    }
    return word(Double.toString(v));
  }
}
