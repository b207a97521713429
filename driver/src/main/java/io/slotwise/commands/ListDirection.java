package io.slotwise.commands;

/** The end of a list that {@code BLMOVE} pops from or pushes to. */
public enum ListDirection {
  /** The head ({@code LPOP}/{@code LPUSH} side). */
  LEFT,
  /** The tail ({@code RPOP}/{@code RPUSH} side). */
  RIGHT
}
