package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseException;
import io.slotwise.cluster.SlotHash;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One line of {@code CLUSTER NODES}, as the migrator needs it: id, address, flags, master id, owned
 * slots and the migration markers. Immutable after parsing.
 *
 * <p>Line format (one node per line, fields separated by spaces): {@code <id>
 * <ip:port@cport[,host]> <flags> <master-id|-> <ping-sent> <pong-recv> <config-epoch> <link-state>
 * <slot>...}, where a slot entry is {@code 5}, {@code 0-5460}, {@code [42->-<target-id>]}
 * (migrating, only on the {@code myself} line of the source) or {@code [42-<-<source-id>]}
 * (importing, only on the {@code myself} line of the target).
 */
public record SlotMigratorNode(
    String id,
    HostAndPort address,
    Set<String> flags,
    String masterId,
    BitSet slots,
    Map<Integer, String> migrating,
    Map<Integer, String> importing) {

  boolean isMaster() {
    return flags.contains("master");
  }

  boolean isMyself() {
    return flags.contains("myself");
  }

  /** A master that is reachable in principle: no {@code fail}, {@code handshake}, no address. */
  boolean isUsable() {
    return address != null
        && !flags.contains("fail")
        && !flags.contains("handshake")
        && !flags.contains("noaddr");
  }

  boolean owns(int slot) {
    return slots.get(slot);
  }

  @Override
  public String toString() {
    return id + "@" + address;
  }

  /**
   * Parses the whole {@code CLUSTER NODES} text; blank lines are skipped.
   *
   * @throws SlotwiseException naming the line when it is not a node line
   */
  static List<SlotMigratorNode> parseAll(String text) {
    List<SlotMigratorNode> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (!l.isEmpty()) {
        out.add(parse(l));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Parses one line; see the class comment for the format. */
  static SlotMigratorNode parse(String line) {
    String[] f = line.strip().split(" +");
    if (f.length < 8) {
      throw new SlotwiseException("CLUSTER NODES line has " + f.length + " fields: '" + line + "'");
    }
    BitSet slots = new BitSet(SlotHash.SLOT_COUNT);
    Map<Integer, String> migrating = new LinkedHashMap<>();
    Map<Integer, String> importing = new LinkedHashMap<>();
    for (int i = 8; i < f.length; i++) {
      parseSlotEntry(f[i], line, slots, migrating, importing);
    }
    return new SlotMigratorNode(
        f[0],
        parseAddress(f[1]),
        Set.of(f[2].split(",")),
        f[3].equals("-") ? null : f[3],
        slots,
        Collections.unmodifiableMap(migrating),
        Collections.unmodifiableMap(importing));
  }

  /** {@code ip:port@cport[,hostname]}; {@code :0@0} (no address yet) gives null. */
  private static HostAndPort parseAddress(String field) {
    String a = field;
    int comma = a.indexOf(',');
    if (comma >= 0) {
      a = a.substring(0, comma);
    }
    int at = a.indexOf('@');
    if (at >= 0) {
      a = a.substring(0, at);
    }
    int colon = a.lastIndexOf(':');
    if (colon <= 0 || a.endsWith(":0")) {
      return null; // no address known yet (":0@0") or an empty host
    }
    try {
      return HostAndPort.parse(a);
    } catch (IllegalArgumentException e) {
      throw new SlotwiseException("CLUSTER NODES address '" + field + "' is not host:port", e);
    }
  }

  private static void parseSlotEntry(
      String e,
      String line,
      BitSet slots,
      Map<Integer, String> migrating,
      Map<Integer, String> importing) {
    try {
      if (e.startsWith("[")) {
        String body = e.substring(1, e.length() - 1);
        int mig = body.indexOf("->-");
        int imp = body.indexOf("-<-");
        if (mig > 0) {
          migrating.put(slot(body.substring(0, mig)), body.substring(mig + 3));
        } else if (imp > 0) {
          importing.put(slot(body.substring(0, imp)), body.substring(imp + 3));
        } else {
          throw new SlotwiseException("unknown slot marker '" + e + "' in '" + line + "'");
        }
        return;
      }
      int dash = e.indexOf('-');
      if (dash < 0) {
        slots.set(slot(e));
      } else {
        int from = slot(e.substring(0, dash));
        int to = slot(e.substring(dash + 1));
        if (to < from) {
          throw new SlotwiseException("slot range '" + e + "' is reversed in '" + line + "'");
        }
        slots.set(from, to + 1);
      }
    } catch (NumberFormatException ex) {
      throw new SlotwiseException("bad slot entry '" + e + "' in '" + line + "'", ex);
    }
  }

  private static int slot(String s) {
    int v = Integer.parseInt(s);
    if (v < 0 || v >= SlotHash.SLOT_COUNT) {
      throw new NumberFormatException("slot " + v + " is outside 0..16383");
    }
    return v;
  }
}
