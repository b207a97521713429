package io.slotwise.commands;

/**
 * The operation of {@code BITOP}; {@code NOT} takes exactly one source key. Immutable and
 * thread-safe.
 */
public enum BitOperation {
  AND,
  OR,
  XOR,
  NOT
}
