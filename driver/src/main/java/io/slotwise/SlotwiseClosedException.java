package io.slotwise;

/** The client (or the connection) was closed; commands pending at that moment fail with this. */
public class SlotwiseClosedException extends SlotwiseException {
  private static final long serialVersionUID = 1L;

  public SlotwiseClosedException(String message) {
    super(message);
  }
}
