package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the migrator knows of the cluster at one moment: the node table as one node sees it (who is
 * a master, who owns which slot) and, per master, that master's own {@code myself} line (the only
 * place where {@code CLUSTER NODES} shows migration markers, and the authority on what the node
 * itself believes it owns). Immutable.
 */
public final class SlotMigratorTopology {

  /**
   * A slot left half-migrated: {@code source} is (or was) the owner, {@code target} the importer.
   */
  record OpenSlot(int slot, SlotMigratorNode source, SlotMigratorNode target) {}

  private final List<SlotMigratorNode> nodes;
  private final Map<String, SlotMigratorNode> ownViews;

  SlotMigratorTopology(List<SlotMigratorNode> nodes, Map<String, SlotMigratorNode> ownViews) {
    this.nodes = List.copyOf(nodes);
    this.ownViews = Collections.unmodifiableMap(new LinkedHashMap<>(ownViews));
  }

  List<SlotMigratorNode> nodes() {
    return nodes;
  }

  /** Masters that are not failed and have an address, in the order the seed listed them. */
  List<SlotMigratorNode> masters() {
    List<SlotMigratorNode> out = new ArrayList<>();
    for (SlotMigratorNode n : nodes) {
      if (n.isMaster() && n.isUsable()) {
        out.add(n);
      }
    }
    return out;
  }

  SlotMigratorNode byId(String id) {
    for (SlotMigratorNode n : nodes) {
      if (n.id().equals(id)) {
        return n;
      }
    }
    return null;
  }

  SlotMigratorNode byAddress(HostAndPort address) {
    for (SlotMigratorNode n : nodes) {
      if (address.equals(n.address())) {
        return n;
      }
    }
    return null;
  }

  /**
   * The master that owns {@code slot}: the one whose own view claims it; when none was asked or two
   * claim it (a half-finished hand-over), the owner in the seed's table.
   */
  public SlotMigratorNode ownerOf(int slot) {
    SlotMigratorNode claimer = null;
    int claims = 0;
    for (SlotMigratorNode own : ownViews.values()) {
      if (own.owns(slot)) {
        claimer = byId(own.id());
        claims++;
      }
    }
    if (claims == 1 && claimer != null) {
      return claimer;
    }
    for (SlotMigratorNode n : nodes) {
      if (n.isMaster() && n.owns(slot)) {
        return n;
      }
    }
    return null;
  }

  /**
   * Whether {@code node} itself believes it owns {@code slot} (its own view; seed's if unknown).
   */
  boolean claims(SlotMigratorNode node, int slot) {
    SlotMigratorNode own = ownViews.get(node.id());
    return own != null ? own.owns(slot) : node.owns(slot);
  }

  /** The node's own {@code myself} line, or null when it could not be asked. */
  SlotMigratorNode ownView(String id) {
    return ownViews.get(id);
  }

  /**
   * Every slot with a migrating or importing marker on some master, by slot, each marker given as
   * the pair (source id, target id) it implies. A consistent half-migration gives one pair per slot
   * (both markers name the same two nodes, or only one marker exists).
   */
  public Map<Integer, List<String[]>> markers() {
    Map<Integer, List<String[]>> out = new TreeMap<>();
    for (SlotMigratorNode own : ownViews.values()) {
      own.migrating()
          .forEach((slot, targetId) -> addPair(out, slot, new String[] {own.id(), targetId}));
      own.importing()
          .forEach((slot, sourceId) -> addPair(out, slot, new String[] {sourceId, own.id()}));
    }
    return out;
  }

  private static void addPair(Map<Integer, List<String[]>> out, int slot, String[] pair) {
    List<String[]> pairs = out.computeIfAbsent(slot, s -> new ArrayList<>());
    for (String[] p : pairs) {
      if (p[0].equals(pair[0]) && p[1].equals(pair[1])) {
        return;
      }
    }
    pairs.add(pair);
  }
}
