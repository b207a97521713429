package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;

/**
 * The slot map a router uses now: an immutable {@link SlotMap} in one volatile field. Readers read
 * it once per route, without a lock; the two writers — a {@code MOVED} patch and a refresh's
 * publish — take one lock so that a patch never builds on a snapshot another write replaced
 * meanwhile (two patches never lose each other). Thread-safe; holds no resource.
 */
final class CurrentSlotMap {
  private final Object writeLock = new Object();
  private volatile SlotMap map = SlotMap.empty();

  SlotMap get() {
    return map;
  }

  /**
   * Moves {@code slot} to the (known or announced) master at {@code address}; see {@link
   * SlotMap#withSlotMovedTo}.
   */
  void moveSlot(int slot, HostAndPort address) {
    synchronized (writeLock) {
      SlotMap current = map;
      SlotMap next = current.withSlotMovedTo(slot, address);
      if (next != current) {
        map = next;
      }
    }
  }

  /** Replaces the whole map (a refresh saw another layout). */
  void publish(SlotMap next) {
    synchronized (writeLock) {
      map = next;
    }
  }
}
