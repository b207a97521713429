package io.slotwise.internal.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The keys of one multi-key call that hash to one slot: the slot and the positions of those keys in
 * the caller's argument order (ascending, duplicates kept). Built by {@link SlotGrouping};
 * immutable and thread-safe once built (the index array is never handed out for writing).
 *
 * <p>Positions are key positions, not argument positions: for {@code MSET} the group's position
 * {@code i} means the {@code i}-th key/value pair.
 */
public final class SlotGroup {
  private final int slot;
  // The caller's positions of this group: positions[from .. from + size), shared by the groups of
  // one grouping (never written after the grouping is built).
  private final int[] positions;
  private final int from;
  private final int size;

  SlotGroup(int slot, int[] indexes) {
    this(slot, indexes, 0, indexes.length);
  }

  SlotGroup(int slot, int[] positions, int from, int size) {
    this.slot = slot;
    this.positions = positions;
    this.from = from;
    this.size = size;
  }

  /** The slot every key of this group hashes to, 0..16383. */
  public int slot() {
    return slot;
  }

  /** How many keys (or pairs) the group holds, counting a repeated key each time it occurs. */
  public int size() {
    return size;
  }

  /** The caller's position of the {@code i}-th key of this group. */
  public int index(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("position " + i + " of a group of " + size);
    }
    return positions[from + i];
  }

  /** A copy of the caller's positions of this group's keys, ascending. */
  public int[] indexes() {
    return Arrays.copyOfRange(positions, from, from + size);
  }

  /**
   * Whether the group holds exactly one key, so the executor may send the single-key form ({@code
   * GET}/{@code SET}) instead of {@code MGET}/{@code MSET}.
   */
  public boolean isSingle() {
    return size == 1;
  }

  /**
   * One group per key of this one, same slot, in order: for sending its keys one by one (a
   * multi-key read of a slot split by a migration).
   */
  public List<SlotGroup> singles() {
    List<SlotGroup> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(new SlotGroup(slot, positions, from + i, 1));
    }
    return out;
  }

  /**
   * This group's elements of {@code all}, in the caller's order: the keys to put after {@code
   * MGET}, {@code DEL}, {@code EXISTS}, ...
   *
   * @throws IllegalArgumentException when {@code all} is shorter than the positions of this group
   */
  public byte[][] select(byte[][] all) {
    byte[][] out = new byte[size][];
    for (int i = 0; i < size; i++) {
      out[i] = element(all, positions[from + i], "all");
    }
    return out;
  }

  /**
   * This group's pairs as an interleaved argument list {@code k1 v1 k2 v2 ...}, in the caller's
   * order (so the last of repeated keys still wins, as in one {@code MSET}).
   *
   * @throws IllegalArgumentException when {@code keys} or {@code values} is too short
   */
  public byte[][] interleave(byte[][] keys, byte[][] values) {
    byte[][] out = new byte[size * 2][];
    for (int i = 0; i < size; i++) {
      out[2 * i] = element(keys, positions[from + i], "keys");
      out[2 * i + 1] = element(values, positions[from + i], "values");
    }
    return out;
  }

  private static byte[] element(byte[][] array, int index, String name) {
    if (array == null || index >= array.length) {
      throw new IllegalArgumentException(
          name
              + " has no element "
              + index
              + " (length "
              + (array == null ? 0 : array.length)
              + ")");
    }
    return array[index];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SlotGroup g
        && g.slot == slot
        && Arrays.equals(g.positions, g.from, g.from + g.size, positions, from, from + size);
  }

  @Override
  public int hashCode() {
    return 31 * slot + Arrays.hashCode(indexes());
  }

  @Override
  public String toString() {
    return "SlotGroup{slot=" + slot + ", indexes=" + Arrays.toString(indexes()) + "}";
  }
}
