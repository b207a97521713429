package io.slotwise.internal.command;

import io.slotwise.internal.protocol.Command;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Builds the multi-key commands ({@code MGET}, {@code MSET}, {@code DEL}, ...) from byte keys. */
public final class MultiKey {
  private MultiKey() {}

  /** {@code NAME key1 key2 ...}: every argument after the name is a key. */
  public static Command command(String name, byte[][] keys, int firstKeyIndex, boolean readOnly) {
    byte[][] args = new byte[keys.length + 1][];
    args[0] = name.getBytes(StandardCharsets.US_ASCII);
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

  /** {@code MSET k1 v1 k2 v2 ...} in the map's iteration order. */
  public static Command msetCommand(Map<byte[], byte[]> keyValues) {
    byte[][] args = new byte[keyValues.size() * 2 + 1][];
    int[] keyIndexes = new int[keyValues.size()];
    args[0] = "MSET".getBytes(StandardCharsets.US_ASCII);
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
}
