package io.slotwise;

/**
 * A command did not complete within its deadline ({@link Timeouts#commandTimeout()}). Only that
 * command fails; the connection keeps serving the others. For a write, whether it ran is unknown.
 */
public class RedisTimeoutException extends SlotwiseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what did not complete in time, and the time allowed
   */
  public RedisTimeoutException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what did not complete in time, and the time allowed
   * @param cause what the wait ended with
   */
  public RedisTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
