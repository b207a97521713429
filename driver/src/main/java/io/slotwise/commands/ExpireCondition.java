package io.slotwise.commands;

/**
 * The condition of {@code EXPIRE}, {@code PEXPIRE}, {@code EXPIREAT} and {@code PEXPIREAT} (Redis
 * 7): the timeout is set only when it holds. Immutable and thread-safe.
 */
public enum ExpireCondition {
  /** Only when the key has no timeout yet. */
  NX,
  /** Only when the key already has a timeout. */
  XX,
  /** Only when the new timeout is later than the current one (no timeout counts as forever). */
  GT,
  /** Only when the new timeout is earlier than the current one (no timeout counts as forever). */
  LT
}
