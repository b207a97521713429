package io.slotwise.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The preloaded keys {@code key:000000 ..} and the 100-byte value. Immutable, thread-safe; the
 * arrays handed out must not be modified.
 */
final class KeySpace {
  static final int VALUE_SIZE = 100;

  private final byte[][] keys;
  private final byte[] value;

  KeySpace(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("keys: must be >= 1, got " + count);
    }
    keys = new byte[count][];
    for (int i = 0; i < count; i++) {
      keys[i] = String.format("key:%06d", i).getBytes(StandardCharsets.UTF_8);
    }
    value = new byte[VALUE_SIZE];
    Arrays.fill(value, (byte) 'v');
  }

  int size() {
    return keys.length;
  }

  byte[] key(int i) {
    return keys[i];
  }

  byte[] random() {
    return keys[ThreadLocalRandom.current().nextInt(keys.length)];
  }

  /** Fills {@code out} with random keys (repeats possible, as in real traffic). */
  void fillRandom(byte[][] out) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    for (int i = 0; i < out.length; i++) {
      out[i] = keys[r.nextInt(keys.length)];
    }
  }

  byte[] value() {
    return value;
  }
}
