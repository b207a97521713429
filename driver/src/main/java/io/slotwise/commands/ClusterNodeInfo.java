package io.slotwise.commands;

import io.slotwise.HostAndPort;
import java.util.List;
import java.util.Set;

/**
 * One line of {@code CLUSTER NODES}: a node as the answering node sees it. Immutable and
 * thread-safe.
 *
 * @param id the 40-character node id
 * @param address the node's {@code ip:port} as announced (not remapped), or {@code null} when the
 *     node has no address yet (a handshake)
 * @param busPort the cluster bus port
 * @param hostname the announced host name, or {@code null}
 * @param flags e.g. {@code myself}, {@code master}, {@code slave}, {@code fail?}, {@code fail}
 * @param masterId the id of the node's master, or {@code null} for a master
 * @param pingSent the time of the last unanswered ping (milliseconds since the epoch), 0 if none
 * @param pongReceived the time of the last pong (milliseconds since the epoch)
 * @param configEpoch the node's config epoch
 * @param connected whether the cluster bus link to it is up
 * @param slots the slot ranges it serves (slots in migration are left out)
 */
public record ClusterNodeInfo(
    String id,
    HostAndPort address,
    int busPort,
    String hostname,
    Set<String> flags,
    String masterId,
    long pingSent,
    long pongReceived,
    long configEpoch,
    boolean connected,
    List<SlotRange> slots) {

  /** Freezes the collections. */
  public ClusterNodeInfo {
    flags = Set.copyOf(flags);
    slots = List.copyOf(slots);
  }

  /** Whether the node is a master ({@code master} flag). */
  public boolean isMaster() {
    return flags.contains("master");
  }

  /** Whether this line describes the node that answered ({@code myself} flag). */
  public boolean isMyself() {
    return flags.contains("myself");
  }
}
