package io.slotwise.commands;

import java.util.Map;

/**
 * {@code CLUSTER INFO} of one node. Immutable and thread-safe.
 *
 * @param state {@code ok} or {@code fail}
 * @param slotsAssigned slots served by some node
 * @param slotsOk slots whose node is not in {@code PFAIL} or {@code FAIL}
 * @param slotsPfail slots whose node is in {@code PFAIL}
 * @param slotsFail slots whose node is in {@code FAIL}
 * @param knownNodes nodes known to this node, handshaking ones included
 * @param size masters serving at least one slot
 * @param currentEpoch the cluster's current epoch
 * @param myEpoch this node's config epoch
 * @param fields every field as the server sent it (also those this record does not name)
 */
public record ClusterInfo(
    String state,
    int slotsAssigned,
    int slotsOk,
    int slotsPfail,
    int slotsFail,
    int knownNodes,
    int size,
    long currentEpoch,
    long myEpoch,
    Map<String, String> fields) {

  /** Freezes the fields. */
  public ClusterInfo {
    fields = Map.copyOf(fields);
  }

  /** Whether {@link #state()} is {@code ok}. */
  public boolean isOk() {
    return "ok".equals(state);
  }
}
