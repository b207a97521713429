package io.slotwise.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@code GEOADD}: {@code NX} (only add new members) or {@code XX} (only update existing
 * ones), and {@code CH} (count changed members, not only added ones). Immutable and thread-safe:
 * every method returns a new instance.
 *
 * @param condition {@code NX}, {@code XX} or {@code null}
 * @param changed whether {@code CH} is sent
 */
public record GeoAddArgs(String condition, boolean changed) {
  private static final GeoAddArgs NONE = new GeoAddArgs(null, false);

  /**
   * Checks the options.
   *
   * @throws IllegalArgumentException for a condition other than {@code NX}, {@code XX} or none
   */
  public GeoAddArgs {
    if (condition != null && !condition.equals("NX") && !condition.equals("XX")) {
      throw new IllegalArgumentException("condition must be NX, XX or null, got " + condition);
    }
  }

  /** No options. */
  public static GeoAddArgs create() {
    return NONE;
  }

  /** {@code NX}: only add members, never update one. */
  public GeoAddArgs nx() {
    return withCondition("NX");
  }

  /** {@code XX}: only update members, never add one. */
  public GeoAddArgs xx() {
    return withCondition("XX");
  }

  /** {@code CH}: the reply counts changed members as well as added ones. */
  public GeoAddArgs ch() {
    return new GeoAddArgs(condition, true);
  }

  private GeoAddArgs withCondition(String c) {
    if (condition != null && !condition.equals(c)) {
      throw new IllegalArgumentException(
          "GEOADD options " + condition + " and " + c + " conflict: choose one");
    }
    return new GeoAddArgs(c, changed);
  }

  /** The words after the key, e.g. {@code [NX, CH]}. */
  public List<String> arguments() {
    List<String> words = new ArrayList<>(2);
    if (condition != null) {
      words.add(condition);
    }
    if (changed) {
      words.add("CH");
    }
    return words;
  }
}
