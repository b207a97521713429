package io.slotwise.commands;

/** The end of a sorted set that {@code ZMPOP} pops from. Immutable and thread-safe. */
public enum ScoreEnd {
  /** The lowest scores first ({@code MIN}, as {@code ZPOPMIN}). */
  MIN,
  /** The highest scores first ({@code MAX}, as {@code ZPOPMAX}). */
  MAX
}
