package io.slotwise;

/** The client (or the connection) was closed; commands pending at that moment fail with this. */
public class SlotwiseClosedException extends SlotwiseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message names what was closed (the client, a pipeline, a subscription...)
   */
  public SlotwiseClosedException(String message) {
    super(message);
  }
}
