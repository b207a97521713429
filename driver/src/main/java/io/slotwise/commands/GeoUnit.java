package io.slotwise.commands;

import java.util.Locale;

/**
 * The distance units of the geo commands: metres, kilometres, feet, miles. Immutable and
 * thread-safe.
 */
public enum GeoUnit {
  M,
  KM,
  FT,
  MI;

  /** The word Redis takes, e.g. {@code km}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
