package io.slotwise.cluster;

import io.slotwise.SlotwiseException;

/**
 * A command that cannot be split names keys of different hash slots, which Redis Cluster refuses
 * ({@code CROSSSLOT}). Put the keys under one {@code {hash tag}} to keep them in one slot. Thrown
 * before anything is sent; the message names the command and two of the slots.
 */
public class CrossSlotException extends SlotwiseException {
  private static final long serialVersionUID = 1L;
  private final String command;
  private final int firstSlot;
  private final int otherSlot;

  /**
   * Creates the exception; the message names the command and both slots.
   *
   * @param command the command's name, e.g. {@code RENAME}
   * @param firstSlot the slot of the command's first key
   * @param otherSlot the slot of the first key that differs
   */
  public CrossSlotException(String command, int firstSlot, int otherSlot) {
    super(
        "keys of "
            + command
            + " hash to different slots ("
            + firstSlot
            + " and "
            + otherSlot
            + "); use one {hash tag} so that all keys of one command share a slot");
    this.command = command;
    this.firstSlot = firstSlot;
    this.otherSlot = otherSlot;
  }

  /** The command's name, e.g. {@code RENAME}. */
  public String command() {
    return command;
  }

  /** The slot of the command's first key. */
  public int firstSlot() {
    return firstSlot;
  }

  /** The slot of the first key that differs from {@link #firstSlot()}. */
  public int otherSlot() {
    return otherSlot;
  }
}
