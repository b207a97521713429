package io.slotwise.internal.command;

import io.slotwise.internal.cluster.SlotGroup;
import io.slotwise.internal.protocol.Command;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Builds the multi-key commands ({@code MGET}, {@code MSET}, {@code DEL}, ...) from byte keys: the
 * whole call, or the part of a cross-slot call for one {@link SlotGroup} (then carrying the group's
 * slot, so that routing does not hash its keys again).
 */
public final class MultiKey {
  // Shared by every command built here: Command treats its arguments as read-only.
  private static final int[] FIRST_KEY = {1};
  private static final byte[] MGET = ascii("MGET");
  private static final byte[] MSET = ascii("MSET");
  private static final byte[] SET = ascii("SET");
  private static final byte[] DEL = ascii("DEL");
  private static final byte[] UNLINK = ascii("UNLINK");
  private static final byte[] EXISTS = ascii("EXISTS");
  private static final byte[] TOUCH = ascii("TOUCH");

  private MultiKey() {}

  /** {@code NAME key1 key2 ...}: every argument after the name is a key. */
  public static Command command(String name, byte[][] keys, int firstKeyIndex, boolean readOnly) {
    byte[][] args = new byte[keys.length + 1][];
    args[0] = name(name);
    int[] keyIndexes = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == null) {
        throw new IllegalArgumentException("key " + i + " of " + name + " must not be null");
      }
      args[i + 1] = keys[i];
      keyIndexes[i] = i + firstKeyIndex;
    }
    return Command.of(name, args, keyIndexes, readOnly);
  }

  /**
   * {@code NAME key...} of the keys of {@code group} (taken from the caller's {@code keys} at the
   * group's positions, in order), for the group's slot.
   *
   * @throws IllegalArgumentException when a key is null or {@code keys} is shorter than the group's
   *     positions
   */
  public static Command command(String name, byte[][] keys, SlotGroup group, boolean readOnly) {
    int n = group.size();
    byte[][] args = new byte[n + 1][];
    args[0] = name(name);
    for (int i = 0; i < n; i++) {
      args[i + 1] = key(name, keys, group.index(i));
    }
    return Command.of(name, args, keyIndexes(n, 1), readOnly, group.slot());
  }

  /**
   * {@code MSET k1 v1 k2 v2 ...} of the pairs of {@code group} ({@code SET k v} for a lone pair),
   * in the caller's order (so the last of repeated keys still wins, as in one {@code MSET}), for
   * the group's slot.
   */
  public static Command msetCommand(byte[][] keys, byte[][] values, SlotGroup group) {
    int n = group.size();
    String name = n == 1 ? "SET" : "MSET";
    byte[][] args = new byte[2 * n + 1][];
    args[0] = n == 1 ? SET : MSET;
    for (int i = 0; i < n; i++) {
      int at = group.index(i);
      args[2 * i + 1] = key(name, keys, at);
      args[2 * i + 2] = key(name, values, at);
    }
    return Command.of(name, args, keyIndexes(n, 2), false, group.slot());
  }

  /** {@code MSET k1 v1 k2 v2 ...} in the map's iteration order. */
  public static Command msetCommand(Map<byte[], byte[]> keyValues) {
    byte[][] args = new byte[keyValues.size() * 2 + 1][];
    int[] keyIndexes = new int[keyValues.size()];
    args[0] = MSET;
    int i = 1;
    int k = 0;
    for (Map.Entry<byte[], byte[]> e : keyValues.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new IllegalArgumentException("MSET keys and values must not be null");
      }
      keyIndexes[k++] = i;
      args[i++] = e.getKey();
      args[i++] = e.getValue();
    }
    return Command.of("MSET", args, keyIndexes, false);
  }

  /** {@code 1, 1 + step, 1 + 2 step, ...}: {@code n} key positions. */
  private static int[] keyIndexes(int n, int step) {
    if (n == 1) {
      return FIRST_KEY;
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = 1 + step * i;
    }
    return out;
  }

  private static byte[] key(String name, byte[][] all, int index) {
    if (index >= all.length) {
      throw new IllegalArgumentException(
          name + " has no argument at position " + index + " (length " + all.length + ")");
    }
    byte[] key = all[index];
    if (key == null) {
      throw new IllegalArgumentException("argument " + index + " of " + name + " must not be null");
    }
    return key;
  }

  private static byte[] name(String name) {
    return switch (name) {
      case "MGET" -> MGET;
      case "DEL" -> DEL;
      case "UNLINK" -> UNLINK;
      case "EXISTS" -> EXISTS;
      case "TOUCH" -> TOUCH;
      default -> ascii(name);
    };
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
