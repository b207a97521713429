package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseException;
import io.slotwise.cluster.MigrationListener;
import io.slotwise.cluster.MigrationProgress;
import io.slotwise.cluster.SlotMigrationException;
import io.slotwise.cluster.SlotMigrator;
import io.slotwise.internal.protocol.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-slot steps of {@link SlotMigrator}: read the topology, open the slot, move its keys, hand
 * it over, and finish a slot found open. Each step is idempotent, so the same code path both
 * migrates a slot and finishes one an interrupted migration left open. Not thread-safe: the
 * migrator serialises its calls.
 */
public final class SlotMigratorSteps {
  private static final Logger log =
      LoggerFactory.getLogger(SlotMigrator.class); // one logger name for the tool

  private final SlotMigratorLink link;
  private final List<HostAndPort> seeds;
  private final SlotMigratorKeyMover mover;
  private final MigrationListener listener;

  public SlotMigratorSteps(
      SlotMigratorLink link,
      List<HostAndPort> seeds,
      SlotMigratorKeyMover mover,
      MigrationListener listener) {
    this.link = link;
    this.seeds = List.copyOf(seeds);
    this.mover = mover;
    this.listener = listener;
  }

  /**
   * Finishes {@code slot} if it is open in a fresh topology; returns the keys moved, or -1 when the
   * slot is not open (any more).
   */
  public long repairOne(int slot) {
    SlotMigratorTopology topology = loadTopology();
    List<String[]> pairs = topology.markers().get(slot);
    if (pairs == null) {
      return -1;
    }
    SlotMigratorNode source = topology.byId(pairs.get(0)[0]);
    SlotMigratorNode target = topology.byId(pairs.get(0)[1]);
    if (pairs.size() > 1) {
      throw new SlotMigrationException(
          "open towards several nodes " + describe(pairs) + "; fix by hand with CLUSTER SETSLOT",
          slot,
          address(source),
          address(target));
    }
    if (!usableMaster(source) || !usableMaster(target)) {
      throw new SlotMigrationException(
          "left open between "
              + pairs.get(0)[0]
              + " and "
              + pairs.get(0)[1]
              + ", and one of them is not a usable master any more (failed, failed over or"
              + " removed); run CLUSTER SETSLOT "
              + slot
              + " STABLE on the nodes that show the marker, then migrate again from the owner",
          slot,
          address(source),
          address(target));
    }
    log.info("finishing open slot {} from {} to {}", slot, source, target);
    return finish(topology, slot, source, target);
  }

  public long moveOne(SlotMigratorTopology topology, int slot, SlotMigratorNode target) {
    List<String[]> pairs = topology.markers().get(slot);
    if (pairs != null) {
      SlotMigratorNode source = topology.byId(pairs.get(0)[0]);
      if (pairs.size() > 1 || !pairs.get(0)[1].equals(target.id()) || source == null) {
        throw new SlotMigrationException(
            "is already open " + describe(pairs) + "; run repairOpenSlots() first",
            slot,
            address(source),
            target.address());
      }
      return finish(topology, slot, source, target);
    }
    SlotMigratorNode owner = topology.ownerOf(slot);
    if (owner == null) {
      throw new SlotMigrationException(
          "no master owns the slot; assign it with CLUSTER ADDSLOTS", slot, null, target.address());
    }
    if (owner.id().equals(target.id())) {
      notify(
          listener,
          new MigrationProgress(slot, owner.address(), target.address(), 0, 0, true),
          owner.address(),
          target.address());
      return 0;
    }
    return finish(topology, slot, owner, target);
  }

  /** Steps 1 to 3 of the class comment; each is idempotent, so this also finishes open slots. */
  private long finish(
      SlotMigratorTopology topology, int slot, SlotMigratorNode source, SlotMigratorNode target) {
    HostAndPort from = source.address();
    HostAndPort to = target.address();
    try {
      if (!topology.claims(target, slot)) {
        setSlot(slot, from, to, to, "IMPORTING", source.id());
      }
      if (topology.claims(source, slot)) {
        setSlot(slot, from, to, from, "MIGRATING", target.id());
      } else if (mover.countKeys(slot, from, to) > 0) {
        throw new SlotMigrationException(
            "the source no longer owns the slot but still holds keys of it; fix by hand",
            slot,
            from,
            to);
      }
      long moved = mover.moveAll(slot, from, to, listener);
      setSlot(slot, from, to, to, "NODE", target.id());
      setSlot(slot, from, to, from, "NODE", target.id());
      for (SlotMigratorNode other : topology.masters()) {
        if (!other.id().equals(source.id()) && !other.id().equals(target.id())) {
          try {
            setSlot(slot, from, to, other.address(), "NODE", target.id());
          } catch (SlotwiseException e) {
            log.warn("slot {}: telling {} the new owner failed; gossip will: {}", slot, other, e);
          }
        }
      }
      notify(listener, new MigrationProgress(slot, from, to, moved, 0, true), from, to);
      return moved;
    } catch (SlotMigrationException e) {
      throw e;
    } catch (SlotwiseException e) {
      throw new SlotMigrationException(e.getMessage(), slot, from, to, e);
    }
  }

  private void setSlot(
      int slot, HostAndPort from, HostAndPort to, HostAndPort on, String state, String nodeId) {
    Reply r = link.call(on, "CLUSTER", "SETSLOT", Integer.toString(slot), state, nodeId);
    if (r instanceof Reply.Error e) {
      throw new SlotMigrationException(
          "CLUSTER SETSLOT " + slot + " " + state + " " + nodeId + " on " + on + ": " + e.message(),
          slot,
          from,
          to);
    }
  }

  /** Calls the listener; its exception aborts the migration, leaving the slot open. */
  static void notify(
      MigrationListener listener, MigrationProgress p, HostAndPort from, HostAndPort to) {
    try {
      listener.onProgress(p);
    } catch (RuntimeException e) {
      throw new SlotMigrationException(
          "aborted by the listener after "
              + p.keysMoved()
              + " keys"
              + (p.done() ? " (the slot was already moved)" : "; the slot stays open"),
          p.slot(),
          from,
          to,
          e);
    }
  }

  /** Reads {@code CLUSTER NODES} from the first seed that answers, then each master's own view. */
  public SlotMigratorTopology loadTopology() {
    List<SlotMigratorNode> nodes = null;
    List<String> failures = new ArrayList<>();
    for (HostAndPort seed : seeds) {
      try {
        nodes = SlotMigratorNode.parseAll(clusterNodes(seed));
        break;
      } catch (SlotwiseException e) {
        failures.add(seed + ": " + e.getMessage());
      }
    }
    if (nodes == null) {
      throw new SlotMigrationException(
          "no seed answered CLUSTER NODES: " + failures, -1, null, null);
    }
    Map<String, SlotMigratorNode> own = new LinkedHashMap<>();
    for (SlotMigratorNode n : nodes) {
      if (n.isMaster() && n.isUsable()) {
        try {
          for (SlotMigratorNode line : SlotMigratorNode.parseAll(clusterNodes(n.address()))) {
            if (line.isMyself()) {
              own.put(n.id(), line);
            }
          }
        } catch (SlotwiseException e) {
          log.warn("master {} did not answer CLUSTER NODES: {}", n, e.getMessage());
        }
      }
    }
    return new SlotMigratorTopology(nodes, own);
  }

  private String clusterNodes(HostAndPort node) {
    Reply r = link.call(node, "CLUSTER", "NODES");
    String text = SlotMigratorLink.text(r);
    if (text == null) {
      throw new SlotwiseException("CLUSTER NODES on " + node + " answered " + r);
    }
    return text;
  }

  public static SlotMigratorNode requireMaster(
      SlotMigratorTopology topology, HostAndPort address, String name) {
    if (address == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    SlotMigratorNode n = topology.byAddress(address);
    if (n == null) {
      List<HostAndPort> known = new ArrayList<>();
      topology.nodes().forEach(x -> known.add(x.address()));
      throw new IllegalArgumentException(
          name + " " + address + " is not a node of this cluster; nodes: " + known);
    }
    if (!n.isMaster()) {
      SlotMigratorNode master = n.masterId() == null ? null : topology.byId(n.masterId());
      throw new IllegalArgumentException(
          name
              + " "
              + address
              + " is not a master (it is a replica of "
              + (master == null ? n.masterId() : master.address())
              + "); slots can only move between masters");
    }
    if (!n.isUsable()) {
      throw new IllegalArgumentException(
          name + " " + address + " is not usable (flags " + n.flags() + ")");
    }
    return n;
  }

  private static boolean usableMaster(SlotMigratorNode n) {
    return n != null && n.isMaster() && n.isUsable();
  }

  public static HostAndPort address(SlotMigratorNode n) {
    return n == null ? null : n.address();
  }

  private static String describe(List<String[]> pairs) {
    List<String> out = new ArrayList<>();
    for (String[] p : pairs) {
      out.add(p[0] + " -> " + p[1]);
    }
    return out.toString();
  }
}
