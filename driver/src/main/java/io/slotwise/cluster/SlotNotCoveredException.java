package io.slotwise.cluster;

import io.slotwise.SlotwiseException;

/**
 * No node of the current slot map owns the command's slot (the cluster is partially covered, or its
 * topology is still loading). A topology refresh has been requested; the executor retries until the
 * command's deadline. {@link #slot()} names the slot.
 */
public class SlotNotCoveredException extends SlotwiseException {
  private static final long serialVersionUID = 1L;
  private final int slot;

  /**
   * Creates the exception; the message names the slot and the command.
   *
   * @param slot the slot that has no owner
   * @param command the command's name
   */
  public SlotNotCoveredException(int slot, String command) {
    super(
        "slot "
            + slot
            + " is not covered by any node of the cluster (command "
            + command
            + "); a topology refresh was requested");
    this.slot = slot;
  }

  /** The slot that has no owner. */
  public int slot() {
    return slot;
  }
}
