package io.slotwise.commands;

/**
 * Whether the range of {@code BITCOUNT} / {@code BITPOS} counts bytes (the default) or bits.
 * Immutable and thread-safe.
 */
public enum BitUnit {
  BYTE,
  BIT
}
