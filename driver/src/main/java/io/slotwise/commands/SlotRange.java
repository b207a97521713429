package io.slotwise.commands;

/**
 * A range of hash slots, both ends included. Immutable and thread-safe.
 *
 * @param start the first slot, 0..16383
 * @param end the last slot, {@code start}..16383
 */
public record SlotRange(int start, int end) {
  /** Checks the bounds. */
  public SlotRange {
    if (start < 0 || end > 16383 || end < start) {
      throw new IllegalArgumentException("not a slot range: " + start + "-" + end);
    }
  }

  /** How many slots the range holds. */
  public int size() {
    return end - start + 1;
  }

  @Override
  public String toString() {
    return start == end ? Integer.toString(start) : start + "-" + end;
  }
}
