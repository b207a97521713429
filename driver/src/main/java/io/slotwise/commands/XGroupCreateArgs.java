package io.slotwise.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@code XGROUP CREATE}: {@code MKSTREAM} (create an empty stream when the key does not
 * exist) and {@code ENTRIESREAD n} (Redis 7: how many entries the group has read, for its lag).
 * Immutable and thread-safe: every method returns a new instance.
 *
 * @param mkStream whether {@code MKSTREAM} is sent
 * @param entriesRead the {@code ENTRIESREAD} value, or {@code -1} for none
 */
public record XGroupCreateArgs(boolean mkStream, long entriesRead) {
  private static final XGroupCreateArgs NONE = new XGroupCreateArgs(false, -1);

  /**
   * Checks the options.
   *
   * @throws IllegalArgumentException when {@code entriesRead < -1}
   */
  public XGroupCreateArgs {
    if (entriesRead < -1) {
      throw new IllegalArgumentException("entriesRead must be >= 0 (or -1 for none)");
    }
  }

  /** No options. */
  public static XGroupCreateArgs create() {
    return NONE;
  }

  /** {@code MKSTREAM}. */
  public XGroupCreateArgs mkstream() {
    return new XGroupCreateArgs(true, entriesRead);
  }

  /** {@code ENTRIESREAD n}; must be {@code >= 0}. */
  public XGroupCreateArgs entriesRead(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("entriesRead must be >= 0, got " + n);
    }
    return new XGroupCreateArgs(mkStream, n);
  }

  /** The words after the id, e.g. {@code [MKSTREAM, ENTRIESREAD, 5]}. */
  public List<String> arguments() {
    List<String> words = new ArrayList<>(3);
    if (mkStream) {
      words.add("MKSTREAM");
    }
    if (entriesRead >= 0) {
      words.add("ENTRIESREAD");
      words.add(Long.toString(entriesRead));
    }
    return words;
  }
}
