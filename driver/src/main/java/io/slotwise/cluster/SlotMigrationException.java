package io.slotwise.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseException;

/**
 * A slot migration step failed or was refused. The message names the slot, the source and the
 * target; {@link #slot()}, {@link #source()} and {@link #target()} give them as values. Unless the
 * message says otherwise, the slot may be left open (migrating on the source, importing on the
 * target): {@link SlotMigrator#repairOpenSlots()} finishes it once the cause is fixed.
 */
public class SlotMigrationException extends SlotwiseException {
  private static final long serialVersionUID = 1L;

  private final int slot;
  private final transient HostAndPort source;
  private final transient HostAndPort target;

  /**
   * @param slot the slot, or -1 when the failure concerns no single slot
   * @param source the source node, or null when unknown
   * @param target the target node, or null when unknown
   */
  public SlotMigrationException(
      String message, int slot, HostAndPort source, HostAndPort target, Throwable cause) {
    super(describe(slot, source, target) + message, cause);
    this.slot = slot;
    this.source = source;
    this.target = target;
  }

  /**
   * A migration failure without a cause; see the other constructor.
   *
   * @param message what failed
   * @param slot the slot, or -1 when the failure concerns no single slot
   * @param source the source node, or null when unknown
   * @param target the target node, or null when unknown
   */
  public SlotMigrationException(String message, int slot, HostAndPort source, HostAndPort target) {
    this(message, slot, source, target, null);
  }

  private static String describe(int slot, HostAndPort source, HostAndPort target) {
    if (slot < 0 && source == null && target == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    if (slot >= 0) {
      sb.append("slot ").append(slot);
    }
    if (source != null || target != null) {
      sb.append(sb.length() > 0 ? " " : "")
          .append("(")
          .append(source == null ? "?" : source)
          .append(" -> ")
          .append(target == null ? "?" : target)
          .append(")");
    }
    return sb.append(": ").toString();
  }

  /** The slot concerned, or -1. */
  public int slot() {
    return slot;
  }

  /** The source node, or null. */
  public HostAndPort source() {
    return source;
  }

  /** The target node, or null. */
  public HostAndPort target() {
    return target;
  }
}
