package io.slotwise.internal.cluster;

import io.slotwise.SlotwiseException;
import io.slotwise.cluster.SlotHash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Splits the keys of one cross-slot multi-key call ({@code MGET}, {@code MSET}, {@code DEL}, ...)
 * into one {@link SlotGroup} per slot, and merges the per-group results back into the caller's
 * order. Pure: no network, no shared state; immutable and thread-safe once built.
 *
 * <p>Groups appear in the order of their first key; inside a group the caller's positions are
 * ascending and a key given twice is kept twice (so {@code MGET a a} answers {@code a}'s value at
 * both positions). Grouping is O(n) expected: one pass over the keys through a small
 * open-addressing table (slot to group, sized for {@code n}, not for 16384 slots), one counting
 * pass to size each group's index array, one pass to fill them. {@link #mergeInOrder} is O(n) with
 * no per-key maps.
 *
 * <pre>{@code
 * SlotGrouping grouping = SlotGrouping.of(keys);
 * Map<HostAndPort, List<SlotGroup>> perNode = grouping.byNode(slotMap::masterOf);
 * // send one MGET per group (GET when group.isSingle()), collect each group's values ...
 * List<byte[]> values = SlotGrouping.mergeInOrder(keys.length, groups, valuesPerGroup);
 * }</pre>
 */
public final class SlotGrouping {
  private static final int SLOT_BITS = 14; // 16384 slots
  private static final int SLOT_MASK = (1 << SLOT_BITS) - 1;

  private final int size;
  private final List<SlotGroup> groups;

  private SlotGrouping(int size, List<SlotGroup> groups) {
    this.size = size;
    this.groups = groups;
  }

  /**
   * Groups keys by their slot ({@link SlotHash#slot(byte[])}, hash tags honoured).
   *
   * @throws IllegalArgumentException when {@code keys} or one of its elements is null
   */
  public static SlotGrouping of(byte[][] keys) {
    if (keys == null) {
      throw new IllegalArgumentException("keys must not be null");
    }
    int[] slots = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == null) {
        throw new IllegalArgumentException("keys[" + i + "] is null");
      }
      slots[i] = SlotHash.slot(keys[i]);
    }
    return group(slots, true);
  }

  /**
   * Groups positions by precomputed slots: position {@code i} hashes to {@code slots[i]}.
   *
   * @throws IllegalArgumentException when {@code slots} is null or holds a value outside 0..16383
   */
  public static SlotGrouping ofSlots(int[] slots) {
    if (slots == null) {
      throw new IllegalArgumentException("slots must not be null");
    }
    return group(slots, false);
  }

  /**
   * The grouping of {@code slots}; with {@code reuse}, the array is ours and becomes the map from
   * position to group (each slot is read before its place is overwritten).
   */
  private static SlotGrouping group(int[] slots, boolean reuse) {
    int n = slots.length;
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(2, 2 * n) - 1);
    int mask = (1 << bits) - 1;
    // Open addressing, slot to group: (group << 14) | slot, -1 when free. Groups are fewer than
    // the 16384 slots, so both fit in one int.
    int[] table = new int[mask + 1];
    Arrays.fill(table, -1);
    int[] groupOf = reuse ? slots : new int[n];
    int most = Math.min(n, SlotHash.SLOT_COUNT);
    int[] groupSlot = new int[most];
    int[] counts = new int[most];
    int groupCount = 0;
    for (int i = 0; i < n; i++) {
      int s = slots[i];
      if (s < 0 || s >= SlotHash.SLOT_COUNT) {
        throw new IllegalArgumentException("slots[" + i + "] = " + s + " is outside 0..16383");
      }
      int h = (s * 0x9E3779B9) >>> (32 - bits);
      while (table[h] != -1 && (table[h] & SLOT_MASK) != s) {
        h = (h + 1) & mask;
      }
      if (table[h] == -1) {
        table[h] = (groupCount << SLOT_BITS) | s;
        groupSlot[groupCount++] = s;
      }
      int g = table[h] >>> SLOT_BITS;
      groupOf[i] = g;
      counts[g]++;
    }
    // Every group's positions in one array, group after group: counts become start offsets.
    int[] positions = new int[n];
    int[] next = counts;
    int start = 0;
    for (int g = 0; g < groupCount; g++) {
      int count = counts[g];
      next[g] = start;
      start += count;
    }
    SlotGroup[] groups = new SlotGroup[groupCount];
    for (int g = 0; g < groupCount; g++) {
      int end = g + 1 < groupCount ? next[g + 1] : n;
      groups[g] = new SlotGroup(groupSlot[g], positions, next[g], end - next[g]);
    }
    for (int i = 0; i < n; i++) {
      positions[next[groupOf[i]]++] = i;
    }
    return new SlotGrouping(n, Collections.unmodifiableList(Arrays.asList(groups)));
  }

  /** How many keys were grouped (the length of the caller's key array). */
  public int size() {
    return size;
  }

  /** The groups, one per distinct slot, in the order of each slot's first key. Unmodifiable. */
  public List<SlotGroup> groups() {
    return groups;
  }

  /** Whether all keys hash to one slot (the call can go out unsplit). */
  public boolean isSingleSlot() {
    return groups.size() <= 1;
  }

  /**
   * The groups per owning node, in the order of each node's first group; inside a node, groups keep
   * their order. The map is a fresh {@link LinkedHashMap} the caller may change.
   *
   * @param owner the node that owns a slot (a {@code HostAndPort}, a connection, a node record)
   * @param <N> the node type; must have a sensible {@code equals}/{@code hashCode}
   * @throws SlotwiseException naming the slot when {@code owner} returns null for it (no node owns
   *     it right now; the executor may refresh the topology and retry)
   */
  public <N> Map<N, List<SlotGroup>> byNode(IntFunction<N> owner) {
    if (owner == null) {
      throw new IllegalArgumentException("owner must not be null");
    }
    Map<N, List<SlotGroup>> out = new LinkedHashMap<>();
    for (SlotGroup g : groups) {
      N node = owner.apply(g.slot());
      if (node == null) {
        throw new SlotwiseException("no node owns slot " + g.slot());
      }
      out.computeIfAbsent(node, k -> new ArrayList<>()).add(g);
    }
    return out;
  }

  /**
   * Puts per-group results back into the caller's order: element {@code j} of {@code
   * perGroupResults.get(g)} lands at position {@code groups.get(g).index(j)}. O(n). The groups may
   * be given in any order (for example flattened from {@link #byNode}) as long as results are
   * aligned with them and together they cover every position once.
   *
   * @param n the caller's key count
   * @return an unmodifiable-size list that may hold nulls (absent keys of {@code MGET})
   * @throws IllegalArgumentException when the lists are not aligned, a group's result has the wrong
   *     length, or the groups do not cover exactly {@code n} positions
   */
  public static <T> List<T> mergeInOrder(
      int n, List<SlotGroup> groups, List<? extends List<? extends T>> perGroupResults) {
    checkAligned(groups, perGroupResults);
    Object[] out = new Object[n];
    int filled = 0;
    for (int g = 0; g < groups.size(); g++) {
      SlotGroup group = groups.get(g);
      List<? extends T> result = perGroupResults.get(g);
      checkLength(g, group, result == null ? -1 : result.size());
      for (int j = 0; j < group.size(); j++) {
        out[position(group, j, n)] = result.get(j);
      }
      filled += group.size();
    }
    return asList(out, filled);
  }

  /**
   * {@link #mergeInOrder} of per-group arrays (a part's values as the reply gave them, without a
   * list around them).
   */
  public static <T> List<T> mergeArraysInOrder(
      int n, List<SlotGroup> groups, List<? extends T[]> perGroupResults) {
    checkAligned(groups, perGroupResults);
    Object[] out = new Object[n];
    int filled = 0;
    for (int g = 0; g < groups.size(); g++) {
      SlotGroup group = groups.get(g);
      T[] result = perGroupResults.get(g);
      checkLength(g, group, result == null ? -1 : result.length);
      for (int j = 0; j < group.size(); j++) {
        out[position(group, j, n)] = result[j];
      }
      filled += group.size();
    }
    return asList(out, filled);
  }

  private static void checkAligned(List<SlotGroup> groups, List<?> perGroupResults) {
    if (groups == null || perGroupResults == null) {
      throw new IllegalArgumentException("groups and perGroupResults must not be null");
    }
    if (groups.size() != perGroupResults.size()) {
      throw new IllegalArgumentException(
          "perGroupResults has "
              + perGroupResults.size()
              + " results for "
              + groups.size()
              + " groups");
    }
  }

  /**
   * @param length the result's length, -1 for none
   */
  private static void checkLength(int g, SlotGroup group, int length) {
    if (length != group.size()) {
      throw new IllegalArgumentException(
          "result "
              + g
              + " for slot "
              + group.slot()
              + " has "
              + (length < 0 ? "no" : String.valueOf(length))
              + " elements, expected "
              + group.size());
    }
  }

  private static int position(SlotGroup group, int j, int n) {
    int at = group.index(j);
    if (at >= n) {
      throw new IllegalArgumentException(
          "group for slot " + group.slot() + " has position " + at + " >= n = " + n);
    }
    return at;
  }

  private static <T> List<T> asList(Object[] out, int filled) {
    if (filled != out.length) {
      throw new IllegalArgumentException(
          "groups cover " + filled + " positions, expected n = " + out.length);
    }
    @SuppressWarnings("unchecked")
    List<T> list = (List<T>) Arrays.asList(out);
    return list;
  }

  @Override
  public String toString() {
    return "SlotGrouping{size=" + size + ", groups=" + groups.size() + "}";
  }
}
