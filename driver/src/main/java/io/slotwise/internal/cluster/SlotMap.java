package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.cluster.ClusterNode;
import io.slotwise.cluster.SlotHash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One immutable snapshot of a Redis Cluster's slot layout: for each of the 16384 slots the master
 * that owns it (or none), and that master's online replicas.
 *
 * <p>Thread-safe by immutability. It is built off the I/O path (by the topology parser, or by
 * {@link #withSlotMovedTo} when a {@code MOVED} arrives) and published by the router with one
 * volatile write; routing reads it without locks: {@link #masterFor(int)} is one array load.
 */
public final class SlotMap {

  private static final SlotMap EMPTY = new Builder().build();

  private final ClusterNode[] owners;
  private final List<ClusterNode> masters;
  private final List<ClusterNode> nodes;
  private final Map<HostAndPort, ClusterNode> byAddress;
  private final int uncovered;
  private final long epoch;

  private SlotMap(ClusterNode[] owners, List<ClusterNode> masters, long epoch) {
    this.owners = owners;
    this.epoch = epoch;
    Map<HostAndPort, ClusterNode> index = new LinkedHashMap<>();
    for (ClusterNode m : masters) {
      index.putIfAbsent(m.address(), m);
    }
    int free = 0;
    for (ClusterNode owner : owners) {
      if (owner == null) {
        free++;
      } else {
        index.putIfAbsent(owner.address(), owner);
      }
    }
    this.uncovered = free;
    this.masters = List.copyOf(index.values());
    List<ClusterNode> all = new ArrayList<>(this.masters);
    for (ClusterNode m : this.masters) {
      for (ClusterNode r : m.replicas()) {
        if (index.putIfAbsent(r.address(), r) == null) {
          all.add(r);
        }
      }
    }
    this.nodes = List.copyOf(all);
    this.byAddress = Map.copyOf(index);
  }

  /** A snapshot where every slot is uncovered and no node is known. */
  public static SlotMap empty() {
    return EMPTY;
  }

  /** A builder for a snapshot (used by the topology parser and by tests). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The master that owns {@code slot}, or {@code null} when no node covers it.
   *
   * @throws IllegalArgumentException when the slot is outside 0..16383
   */
  public ClusterNode masterFor(int slot) {
    checkSlot(slot);
    return owners[slot];
  }

  /** The online replicas of the slot's master; empty when none or the slot is uncovered. */
  public List<ClusterNode> replicasFor(int slot) {
    ClusterNode m = masterFor(slot);
    return m == null ? List.of() : m.replicas();
  }

  /** Every master known, in the order the server listed them (slotless masters included). */
  public List<ClusterNode> masters() {
    return masters;
  }

  /** Every node known: the masters, then their replicas. */
  public List<ClusterNode> nodes() {
    return nodes;
  }

  /** The node known at this address (master preferred), or {@code null}. */
  public ClusterNode nodeAt(HostAndPort address) {
    return byAddress.get(address);
  }

  /** How many slots have no owner in this snapshot (0 for a healthy cluster). */
  public int uncoveredSlots() {
    return uncovered;
  }

  /** How many slots the master at this address owns. */
  public int slotCount(HostAndPort master) {
    int n = 0;
    for (ClusterNode owner : owners) {
      if (owner != null && owner.address().equals(master)) {
        n++;
      }
    }
    return n;
  }

  /** The cluster's current epoch as the answering node reported it, or -1 when unknown. */
  public long epoch() {
    return epoch;
  }

  /** This snapshot with the given epoch. */
  SlotMap withEpoch(long newEpoch) {
    return newEpoch == epoch ? this : new SlotMap(owners, masters, newEpoch);
  }

  /**
   * A new snapshot in which {@code slot} is owned by the master at {@code address} (for {@code
   * MOVED}); this one when it already is. The node is the one known at that address (a replica is
   * taken as promoted), or a master known only by its address.
   */
  public SlotMap withSlotMovedTo(int slot, HostAndPort address) {
    checkSlot(slot);
    if (address == null) {
      throw new IllegalArgumentException("address must not be null");
    }
    ClusterNode current = owners[slot];
    if (current != null && current.address().equals(address)) {
      return this;
    }
    ClusterNode target = byAddress.get(address);
    List<ClusterNode> newMasters = masters;
    if (target == null || !target.isMaster()) {
      target =
          target == null
              ? ClusterNode.masterAt(address)
              : new ClusterNode(
                  target.id(),
                  address,
                  ClusterNode.Role.MASTER,
                  ClusterNode.Health.ONLINE,
                  target.replicationOffset(),
                  List.of());
      newMasters = new ArrayList<>(masters);
      newMasters.add(target);
    }
    ClusterNode[] copy = owners.clone();
    copy[slot] = target;
    return new SlotMap(copy, newMasters, epoch);
  }

  /**
   * Whether both snapshots route every slot to the same node in the same state, with the same
   * replicas and the same set of masters — so that a refresh that read {@code other} need not
   * publish it. Cheap: compares each distinct owner pair once.
   */
  public boolean sameLayoutAs(SlotMap other) {
    if (other == this) {
      return true;
    }
    if (other == null || uncovered != other.uncovered || masters.size() != other.masters.size()) {
      return false;
    }
    ClusterNode lastA = null;
    ClusterNode lastB = null;
    for (int s = 0; s < owners.length; s++) {
      ClusterNode a = owners[s];
      ClusterNode b = other.owners[s];
      if (a == b || (a == lastA && b == lastB)) {
        continue;
      }
      if (a == null || b == null || !ClusterNodes.sameAs(a, b)) {
        return false;
      }
      lastA = a;
      lastB = b;
    }
    for (ClusterNode m : masters) {
      ClusterNode o = other.byAddress.get(m.address());
      if (o == null || !ClusterNodes.sameAs(m, o)) {
        return false;
      }
    }
    return true;
  }

  private static void checkSlot(int slot) {
    if (slot < 0 || slot >= SlotHash.SLOT_COUNT) {
      throw new IllegalArgumentException("slot must be in 0..16383, got " + slot);
    }
  }

  /** Slot ranges and their masters, e.g. {@code SlotMap{0-5460=master 127.0.0.1:7000 ...}}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("SlotMap{");
    int start = 0;
    for (int s = 1; s <= owners.length; s++) {
      if (s == owners.length || owners[s] != owners[start]) {
        if (owners[start] != null) {
          sb.append(start).append('-').append(s - 1).append('=');
          sb.append(owners[start].address()).append(' ');
        }
        start = s;
      }
    }
    return sb.append("uncovered=").append(uncovered).append('}').toString();
  }

  /**
   * Collects slot assignments for one snapshot. Not thread-safe; use from one thread, then {@link
   * #build()}.
   */
  public static final class Builder {
    private final ClusterNode[] owners = new ClusterNode[SlotHash.SLOT_COUNT];
    private final List<ClusterNode> masters = new ArrayList<>();
    private long epoch = -1;

    private Builder() {}

    /** Records a master (also one owning no slot yet). Later calls for its address are ignored. */
    public Builder master(ClusterNode master) {
      if (master == null || !master.isMaster()) {
        throw new IllegalArgumentException("master must be a non-null master node, got " + master);
      }
      for (ClusterNode m : masters) {
        if (m.address().equals(master.address())) {
          return this;
        }
      }
      masters.add(master);
      return this;
    }

    /**
     * Assigns the slots {@code start..end} (inclusive) to {@code master}, which is recorded too.
     *
     * @throws IllegalArgumentException when the range is not within 0..16383 or start > end
     */
    public Builder assign(int start, int end, ClusterNode master) {
      if (start < 0 || end >= SlotHash.SLOT_COUNT || start > end) {
        throw new IllegalArgumentException(
            "slot range must lie within 0..16383 with start <= end, got " + start + "-" + end);
      }
      master(master);
      ClusterNode recorded = master;
      for (ClusterNode m : masters) {
        if (m.address().equals(master.address())) {
          recorded = m;
          break;
        }
      }
      Arrays.fill(owners, start, end + 1, recorded);
      return this;
    }

    /** The cluster's current epoch, when known. */
    public Builder epoch(long epoch) {
      this.epoch = epoch;
      return this;
    }

    public SlotMap build() {
      return new SlotMap(owners.clone(), List.copyOf(masters), epoch);
    }
  }
}
