package io.slotwise.cluster;

/**
 * Receives the progress of a {@link SlotMigrator}: once after every batch of keys moved and once
 * when a slot is done. Called on the thread that called the migrator, between two steps of the
 * migration, so it should return quickly.
 *
 * <p>An exception thrown by the listener aborts the migration at once: the migrator throws a {@link
 * SlotMigrationException} with it as the cause and the slot stays open (migrating on its source,
 * importing on its target) until {@link SlotMigrator#repairOpenSlots()} finishes it.
 * Implementations must be safe to call from whichever thread drives the migrator.
 */
@FunctionalInterface
public interface MigrationListener {

  /** Does nothing. */
  MigrationListener NONE = progress -> {};

  /**
   * Called after each batch of keys moved, and once when a slot is done ({@link
   * MigrationProgress#done()}).
   *
   * @param progress where the migration of the current slot stands
   */
  void onProgress(MigrationProgress progress);
}
