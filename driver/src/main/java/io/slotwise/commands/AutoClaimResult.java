package io.slotwise.commands;

import java.util.List;

/**
 * The reply of {@code XAUTOCLAIM}: where the next call should start, the entries claimed, and the
 * ids that were pending but no longer exist in the stream (removed from the pending list by the
 * call; Redis 7). Immutable when {@code V} is ({@code byte[]} values are owned by the caller once
 * returned).
 *
 * @param nextStartId the {@code start} of the next call; {@code "0-0"} when the scan is complete
 * @param entries the claimed entries
 * @param deletedIds pending ids whose entries were deleted
 * @param <V> {@code String} or {@code byte[]}
 */
public record AutoClaimResult<V>(
    String nextStartId, List<StreamEntry<V>> entries, List<String> deletedIds) {

  /** The same record; the lists are copied into unmodifiable ones. */
  public AutoClaimResult {
    entries = List.copyOf(entries);
    deletedIds = List.copyOf(deletedIds);
  }
}
