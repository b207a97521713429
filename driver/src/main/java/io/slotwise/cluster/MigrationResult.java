package io.slotwise.cluster;

import java.util.List;

/**
 * What one call of a {@link SlotMigrator} did. Immutable.
 *
 * @param slots the slots that now belong to the target (or, for {@link
 *     SlotMigrator#repairOpenSlots()}, that were found open and finished), in the order handled;
 *     slots that already belonged to the target are included
 * @param keysMoved keys handed to {@code MIGRATE} in this call (see {@link
 *     MigrationProgress#keysMoved()})
 */
public record MigrationResult(List<Integer> slots, long keysMoved) {
  /**
   * Freezes {@code slots}.
   *
   * @throws NullPointerException when {@code slots} is null or holds a null
   */
  public MigrationResult {
    slots = List.copyOf(slots);
  }
}
