package io.slotwise.commands;

import java.util.Map;

/**
 * The summary form of {@code XPENDING key group}: how many entries the group has delivered but not
 * acknowledged, their id range and the count per consumer. Immutable and thread-safe.
 *
 * @param count the number of pending entries
 * @param lowestId the smallest pending id, or {@code null} when none is pending
 * @param highestId the greatest pending id, or {@code null} when none is pending
 * @param consumers pending entries per consumer name, in the server's order
 */
public record PendingSummary(
    long count, String lowestId, String highestId, Map<String, Long> consumers) {

  /** The same record; {@code consumers} is wrapped read-only. */
  public PendingSummary {
    consumers = java.util.Collections.unmodifiableMap(consumers);
  }
}
