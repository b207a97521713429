package io.slotwise.codis;

import io.slotwise.SlotwiseException;

/**
 * A command that a Codis proxy refuses (or that cannot work through one) was called in Codis mode.
 * Thrown before anything is sent; the connection is unaffected.
 */
public final class CodisUnsupportedCommandException extends SlotwiseException {
  private static final long serialVersionUID = 1L;

  private final String command;

  public CodisUnsupportedCommandException(String command, String reason) {
    super("Codis does not support " + command + ": " + reason);
    this.command = command;
  }

  /** The refused command's name, upper case, e.g. {@code KEYS}. */
  public String command() {
    return command;
  }
}
