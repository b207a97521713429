package io.slotwise.testkit;

import io.slotwise.HostAndPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One line of {@code CLUSTER NODES}: {@code <id> <ip:port@cport[,hostname]> <flags> <master>
 * <ping-sent> <pong-recv> <config-epoch> <link-state> <slot>...}. Immutable.
 */
public record ClusterNodeLine(
    String id,
    HostAndPort address,
    Set<String> flags,
    String masterId,
    boolean connected,
    List<int[]> slotRanges) {

  static List<ClusterNodeLine> parseAll(String clusterNodes) {
    List<ClusterNodeLine> out = new ArrayList<>();
    for (String line : clusterNodes.split("\n")) {
      if (!line.isBlank()) {
        out.add(parse(line.strip()));
      }
    }
    return out;
  }

  static ClusterNodeLine parse(String line) {
    String[] f = line.split(" ");
    if (f.length < 8) {
      throw new IllegalArgumentException("not a CLUSTER NODES line: '" + line + "'");
    }
    String addr = f[1];
    int at = addr.indexOf('@');
    String hostPort = at >= 0 ? addr.substring(0, at) : addr;
    int comma = hostPort.indexOf(',');
    if (comma >= 0) {
      hostPort = hostPort.substring(0, comma);
    }
    HostAndPort address = hostPort.startsWith(":") ? null : HostAndPort.parse(hostPort);
    List<int[]> ranges = new ArrayList<>();
    for (int i = 8; i < f.length; i++) {
      String s = f[i];
      if (s.startsWith("[")) {
        continue; // importing/migrating marker, not ownership
      }
      int dash = s.indexOf('-');
      if (dash < 0) {
        int slot = Integer.parseInt(s);
        ranges.add(new int[] {slot, slot});
      } else {
        ranges.add(
            new int[] {
              Integer.parseInt(s.substring(0, dash)), Integer.parseInt(s.substring(dash + 1))
            });
      }
    }
    return new ClusterNodeLine(
        f[0],
        address,
        Set.of(f[2].split(",")),
        "-".equals(f[3]) ? null : f[3],
        "connected".equals(f[7]),
        List.copyOf(ranges));
  }

  boolean isMaster() {
    return flags.contains("master");
  }

  boolean isReplica() {
    return flags.contains("slave");
  }

  boolean isMyself() {
    return flags.contains("myself");
  }

  /** Flagged failing ({@code fail}) or suspected ({@code fail?}) by the node that printed it. */
  boolean isFailing() {
    return flags.contains("fail") || flags.contains("fail?");
  }

  boolean isHandshake() {
    return flags.contains("handshake") || flags.contains("noaddr");
  }

  int slotCount() {
    int n = 0;
    for (int[] r : slotRanges) {
      n += r[1] - r[0] + 1;
    }
    return n;
  }
}
