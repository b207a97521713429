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

  public SlotwiseException(String message) {
    super(message);
  }

  public SlotwiseException(String message, Throwable cause) {
    super(message, cause);
  }
}
