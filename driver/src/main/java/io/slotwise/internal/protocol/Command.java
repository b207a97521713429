package io.slotwise.internal.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One Redis command as it goes on the wire: the full argument vector (the command name first, then
 * its arguments, all as bytes) and which arguments are keys. Immutable once built; the argument
 * arrays are owned by the command and must not be changed after construction.
 *
 * <p>Knows nothing about slots or nodes: routing reads {@link #keyIndexes()} and hashes those
 * arguments itself.
 */
public final class Command {
  private static final int[] NO_KEYS = new int[0];

  private final String name;
  private final byte[][] args;
  private final int[] keyIndexes;
  private final boolean readOnly;
  private final int encodedLength;

  private Command(
      String name, byte[][] args, int[] keyIndexes, boolean readOnly, int encodedLength) {
    this.name = name;
    this.args = args;
    this.keyIndexes = keyIndexes;
    this.readOnly = readOnly;
    this.encodedLength = encodedLength;
  }

  /**
   * A command from its full argument vector.
   *
   * @param name the name used in messages and metrics, upper case, e.g. {@code GET} or {@code
   *     CLUSTER SHARDS}
   * @param args the argument vector, {@code args[0]} being the command name as sent
   * @param keyIndexes the positions in {@code args} that hold keys, ascending (may be empty)
   * @param readOnly whether the command never changes data (reads may be retried freely)
   * @throws IllegalArgumentException when an argument is null, a key index is out of range, or the
   *     command would encode to more than {@link RespEncoder#MAX_COMMAND_BYTES}: such a command is
   *     refused before it reaches any node (and counts against none)
   */
  public static Command of(String name, byte[][] args, int[] keyIndexes, boolean readOnly) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(keyIndexes, "keyIndexes");
    if (args.length == 0) {
      throw new IllegalArgumentException("a command needs at least its name, got no arguments");
    }
    for (int i = 0; i < args.length; i++) {
      if (args[i] == null) {
        throw new IllegalArgumentException("argument " + i + " of " + name + " is null");
      }
    }
    for (int k : keyIndexes) {
      if (k < 1 || k >= args.length) {
        throw new IllegalArgumentException(
            "key index " + k + " of " + name + " is outside 1.." + (args.length - 1));
      }
    }
    long length = RespEncoder.encodedLength(args);
    if (length > RespEncoder.MAX_COMMAND_BYTES) {
      throw new IllegalArgumentException(
          "command "
              + name
              + " would be "
              + length
              + " bytes on the wire, over the limit of "
              + RespEncoder.MAX_COMMAND_BYTES
              + " bytes per command (Redis refuses larger requests too: client-query-buffer-limit);"
              + " split it into smaller commands");
    }
    return new Command(
        name, args, keyIndexes.length == 0 ? NO_KEYS : keyIndexes, readOnly, (int) length);
  }

  /** A keyless command from text arguments, e.g. {@code keyless(true, "CLUSTER", "SHARDS")}. */
  public static Command keyless(boolean readOnly, String... words) {
    byte[][] args = new byte[words.length][];
    for (int i = 0; i < words.length; i++) {
      args[i] = words[i].getBytes(StandardCharsets.UTF_8);
    }
    String name = words.length > 1 && isContainer(words[0]) ? words[0] + " " + words[1] : words[0];
    return of(name.toUpperCase(java.util.Locale.ROOT), args, NO_KEYS, readOnly);
  }

  private static boolean isContainer(String word) {
    switch (word.toUpperCase(java.util.Locale.ROOT)) {
      case "CLUSTER":
      case "CLIENT":
      case "CONFIG":
      case "SCRIPT":
      case "COMMAND":
      case "ACL":
      case "MEMORY":
      case "OBJECT":
      case "FUNCTION":
        return true;
      default:
        return false;
    }
  }

  /** Upper-case name for messages, e.g. {@code GET}. */
  public String name() {
    return name;
  }

  /** The full argument vector; do not modify. */
  public byte[][] args() {
    return args;
  }

  /** Positions in {@link #args()} that hold keys; do not modify. */
  public int[] keyIndexes() {
    return keyIndexes;
  }

  /** The first key, or {@code null} for a keyless command. */
  public byte[] firstKey() {
    return keyIndexes.length == 0 ? null : args[keyIndexes[0]];
  }

  /** The exact number of bytes of this command in RESP, computed once when it was built. */
  public int encodedLength() {
    return encodedLength;
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name);
    if (name.equals("AUTH") || name.equals("HELLO")) {
      return sb.append(" <arguments hidden>").toString();
    }
    int shown = Math.min(args.length, 4);
    for (int i = 1; i < shown; i++) {
      sb.append(' ');
      byte[] a = args[i];
      String s = new String(a, 0, Math.min(a.length, 40), StandardCharsets.UTF_8);
      sb.append(s);
      if (a.length > 40) {
        sb.append('…');
      }
    }
    if (args.length > shown) {
      sb.append(" … (").append(args.length - 1).append(" args)");
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Command c && name.equals(c.name) && Arrays.deepEquals(args, c.args);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.deepHashCode(args);
  }
}
