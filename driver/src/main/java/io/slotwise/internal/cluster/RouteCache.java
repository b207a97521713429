package io.slotwise.internal.cluster;

import io.slotwise.cluster.SlotHash;
import io.slotwise.internal.transport.NodeConnection;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The connection of each slot's master for one slot-map snapshot, filled as slots are routed: a
 * command to a known slot then costs one array read instead of a map lookup by address. A table is
 * replaced (never patched) when the snapshot changes or a connection is forgotten.
 *
 * <p>Thread-safe and lock-free: the current table sits in one atomic reference; its slots are an
 * {@link AtomicReferenceArray}. Owned by the {@link ClusterRouter}; holds no resource.
 */
final class RouteCache {

  /** The masters' connections for one snapshot. */
  static final class Table {
    private final SlotMap map;
    private final AtomicReferenceArray<NodeConnection> masters =
        new AtomicReferenceArray<>(SlotHash.SLOT_COUNT);

    private Table(SlotMap map) {
      this.map = map;
    }

    /** The cached connection of {@code slot}'s master, or null when not routed yet. */
    NodeConnection get(int slot) {
      return masters.get(slot);
    }

    void put(int slot, NodeConnection connection) {
      masters.set(slot, connection);
    }
  }

  private final AtomicReference<Table> current = new AtomicReference<>(new Table(SlotMap.empty()));

  /**
   * The table to read and fill for {@code map}. The first route after a topology change installs a
   * fresh one — before the connection is looked up, and only if nothing replaced the old table
   * meanwhile; when something did, null: the route is not cached (a connection forgotten since
   * would otherwise land in the cache everyone reads).
   */
  Table tableFor(SlotMap map) {
    Table table = current.get();
    if (table.map == map) {
      return table;
    }
    Table fresh = new Table(map);
    return current.compareAndSet(table, fresh) ? fresh : null;
  }

  /**
   * Drops every cached route: called after a connection was removed, so that a route reading the
   * new table can only find a new connection.
   */
  void invalidate(SlotMap map) {
    current.set(new Table(map));
  }
}
