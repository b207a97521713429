package io.slotwise.codis;

import io.slotwise.SlotwiseException;

/**
 * A command that a Codis proxy refuses (or that cannot work through one) was called in Codis mode.
 * Thrown before anything is sent; the connection is unaffected.
 */
public final class CodisUnsupportedCommandException extends SlotwiseException {
  private static final long serialVersionUID = 1L;

  private final String command;

  /**
   * Creates the exception; the message names the command and the reason.
   *
   * @param command the refused command's name, upper case
   * @param reason why Codis cannot run it
   */
  public CodisUnsupportedCommandException(String command, String reason) {
    super("Codis does not support " + command + ": " + reason);
    this.command = command;
  }

  /** The refused command's name, upper case, e.g. {@code KEYS}. */
  public String command() {
    return command;
  }
}
