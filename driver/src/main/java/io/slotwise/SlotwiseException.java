package io.slotwise;

/**
 * Base of every exception Slotwise throws for a failed command or connection.
 *
 * <p>Unchecked, like the exceptions of the reference drivers: a Redis call either returns its value
 * or throws one of the subclasses, each of which names what went wrong (the command, the node, the
 * slot) in its message.
 */
public class SlotwiseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, naming the command, node or slot concerned
   */
  public SlotwiseException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what went wrong, naming the command, node or slot concerned
   * @param cause the failure that led to this one
   */
  public SlotwiseException(String message, Throwable cause) {
    super(message, cause);
  }
}
