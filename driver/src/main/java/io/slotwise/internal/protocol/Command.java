package io.slotwise.internal.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One Redis command as it goes on the wire: the full argument vector (the command name first, then
 * its arguments, all as bytes) and which arguments are keys. Immutable once built, but for the slot
 * cache below; the argument arrays are owned by the command and must not be changed after
 * construction. Thread-safe.
 *
 * <p>Knows nothing about slots or nodes: routing reads {@link #keyIndexes()} and hashes those
 * arguments itself. It may leave the result here ({@link #rememberSlot}), or a builder that already
 * grouped the keys by slot may give it ({@link #of(String, byte[][], int[], boolean, int)}), so
 * that a command is hashed once however often it is routed (its retry lane, its first route, each
 * resend); the protocol never computes nor reads it.
 */
public final class Command {
  /** What {@link #slot()} answers while no slot was given or remembered. */
  public static final int SLOT_UNKNOWN = -1;

  /** Slots are 0..16383 (the cluster specification's 16384); checked when one is given. */
  private static final int SLOT_LIMIT = 16384;

  private static final int[] NO_KEYS = new int[0];

  private final String name;
  private final byte[][] args;
  private final int[] keyIndexes;
  private final boolean readOnly;
  private final int encodedLength;
  // The slot every key maps to, once known. A plain field, like String's hash: whoever writes it
  // writes the same value for this command, so a thread that still reads SLOT_UNKNOWN only hashes
  // again. A short (slots fit in 14 bits) keeps the object at its size without it.
  private short slot;

  private Command(
      String name, byte[][] args, int[] keyIndexes, boolean readOnly, int encodedLength, int slot) {
    this.name = name;
    this.args = args;
    this.keyIndexes = keyIndexes;
    this.readOnly = readOnly;
    this.encodedLength = encodedLength;
    this.slot = (short) slot;
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
    return of(name, args, keyIndexes, readOnly, SLOT_UNKNOWN);
  }

  /**
   * A command whose keys the builder knows to map to one slot (it grouped them by slot): routing
   * takes {@code slot} as given instead of hashing the keys again.
   *
   * @param slot the slot of every key, 0..16383, or {@link #SLOT_UNKNOWN}
   * @throws IllegalArgumentException as {@link #of(String, byte[][], int[], boolean)}, and when
   *     {@code slot} is outside 0..16383 or given for a command without keys
   */
  public static Command of(
      String name, byte[][] args, int[] keyIndexes, boolean readOnly, int slot) {
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
    if (slot != SLOT_UNKNOWN && (slot < 0 || slot >= SLOT_LIMIT || keyIndexes.length == 0)) {
      throw new IllegalArgumentException(
          "slot "
              + slot
              + " given for "
              + name
              + (keyIndexes.length == 0 ? ", which has no key" : ": outside 0..16383"));
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
        name, args, keyIndexes.length == 0 ? NO_KEYS : keyIndexes, readOnly, (int) length, slot);
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

  /**
   * The slot every key of this command maps to, when a builder gave it or routing remembered it;
   * {@link #SLOT_UNKNOWN} otherwise (and always for a keyless command).
   */
  public int slot() {
    return slot;
  }

  /**
   * Keeps the slot that routing computed for this command's keys (all of them map to it), so that
   * the next route reads it instead of hashing again. Any thread; the same value for a command.
   *
   * @throws IllegalArgumentException when {@code slot} is outside 0..16383 or the command has no
   *     key
   */
  public void rememberSlot(int slot) {
    if (slot < 0 || slot >= SLOT_LIMIT || keyIndexes.length == 0) {
      throw new IllegalArgumentException("cannot remember slot " + slot + " for " + name);
    }
    this.slot = (short) slot;
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
