package io.slotwise.cluster;

/**
 * The Redis Cluster key-to-slot function: {@code CRC16-XMODEM(key) mod 16384}, computed over the
 * hash tag when the key has one. Stateless and thread-safe; allocation-free for {@code byte[]}
 * keys.
 *
 * <p>Hash tags follow the Redis Cluster specification exactly: find the first <code>'&#123;'</code>
 * ; find the first <code>'&#125;'</code> after it; when at least one byte lies between them, only
 * those bytes are hashed, otherwise the whole key is. So {@code {user1000}.following} and {@code
 * {user1000}.followers} share a slot, {@code foo{}{bar}} hashes the whole key, {@code
 * foo{{bar}}zap} hashes <code>&#123;bar</code> and {@code foo{bar}{zap}} hashes {@code bar}.
 *
 * <p>The CRC is the XMODEM variant: polynomial {@code 0x1021}, initial value 0, no reflection, no
 * final xor; {@code crc16("123456789") == 0x31C3}. It is table driven (one lookup per byte).
 */
public final class SlotHash {

  /** Number of hash slots of a Redis Cluster. */
  public static final int SLOT_COUNT = 16384;

  private static final int SLOT_MASK = SLOT_COUNT - 1;
  private static final int[] TABLE = buildTable();

  private SlotHash() {}

  private static int[] buildTable() {
    int[] table = new int[256];
    for (int b = 0; b < 256; b++) {
      int crc = b << 8;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
      }
      table[b] = crc & 0xFFFF;
    }
    return table;
  }

  /**
   * The slot of a binary key, 0..16383.
   *
   * @throws IllegalArgumentException when {@code key} is null
   */
  public static int slot(byte[] key) {
    if (key == null) {
      throw new IllegalArgumentException("key must not be null");
    }
    return slotOf(key, 0, key.length);
  }

  /**
   * The slot of a text key: the slot of its UTF-8 bytes, 0..16383, computed without encoding the
   * key into a new array.
   *
   * @throws IllegalArgumentException when {@code key} is null
   */
  public static int slot(String key) {
    if (key == null) {
      throw new IllegalArgumentException("key must not be null");
    }
    int length = key.length();
    int open = key.indexOf('{');
    if (open >= 0) {
      int close = key.indexOf('}', open + 1);
      if (close > open + 1) {
        return crcUtf8(key, open + 1, close) & SLOT_MASK;
      }
    }
    return crcUtf8(key, 0, length) & SLOT_MASK;
  }

  /**
   * The slot of the key held in {@code buf[offset, offset + length)}, 0..16383.
   *
   * @throws IllegalArgumentException when {@code buf} is null or the range lies outside it
   */
  public static int slot(byte[] buf, int offset, int length) {
    checkRange(buf, offset, length);
    return slotOf(buf, offset, length);
  }

  /**
   * CRC16-XMODEM of {@code buf[offset, offset + length)}, 0..65535 (no hash-tag handling).
   *
   * @throws IllegalArgumentException when {@code buf} is null or the range lies outside it
   */
  public static int crc16(byte[] buf, int offset, int length) {
    checkRange(buf, offset, length);
    return crc(buf, offset, offset + length);
  }

  private static int slotOf(byte[] buf, int offset, int length) {
    int end = offset + length;
    int open = indexOf(buf, offset, end, (byte) '{');
    if (open >= 0) {
      int close = indexOf(buf, open + 1, end, (byte) '}');
      if (close > open + 1) {
        return crc(buf, open + 1, close) & SLOT_MASK;
      }
    }
    return crc(buf, offset, end) & SLOT_MASK;
  }

  private static int indexOf(byte[] buf, int from, int end, byte b) {
    for (int i = from; i < end; i++) {
      if (buf[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int crc(byte[] buf, int from, int end) {
    int crc = 0;
    for (int i = from; i < end; i++) {
      crc = update(crc, buf[i]);
    }
    return crc;
  }

  /**
   * CRC16 of the UTF-8 encoding of {@code s[from, end)}, without building the byte array. Encodes
   * exactly as {@code String.getBytes(UTF_8)} does, an unpaired surrogate becoming {@code '?'}.
   * Slicing at ASCII braces is safe: no UTF-8 multi-byte sequence contains a byte below 0x80.
   */
  private static int crcUtf8(String s, int from, int end) {
    int crc = 0;
    for (int i = from; i < end; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        crc = update(crc, c);
      } else if (c < 0x800) {
        crc = update(crc, 0xC0 | (c >> 6));
        crc = update(crc, 0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        crc = update(crc, 0xE0 | (c >> 12));
        crc = update(crc, 0x80 | ((c >> 6) & 0x3F));
        crc = update(crc, 0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < end
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        crc = update(crc, 0xF0 | (cp >> 18));
        crc = update(crc, 0x80 | ((cp >> 12) & 0x3F));
        crc = update(crc, 0x80 | ((cp >> 6) & 0x3F));
        crc = update(crc, 0x80 | (cp & 0x3F));
      } else {
        crc = update(crc, '?');
      }
    }
    return crc;
  }

  private static int update(int crc, int b) {
    return ((crc << 8) ^ TABLE[((crc >>> 8) ^ b) & 0xFF]) & 0xFFFF;
  }

  private static void checkRange(byte[] buf, int offset, int length) {
    if (buf == null) {
      throw new IllegalArgumentException("buf must not be null");
    }
    if (offset < 0 || length < 0 || offset > buf.length - length) {
      throw new IllegalArgumentException(
          "offset "
              + offset
              + " and length "
              + length
              + " lie outside a buffer of "
              + buf.length
              + " bytes");
    }
  }
}
