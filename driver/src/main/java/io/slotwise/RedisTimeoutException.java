package io.slotwise;

/**
 * A command did not complete within its deadline ({@link SlotwiseConfig#commandTimeout()}). Only
 * that command fails; the connection keeps serving the others. For a write, whether it ran is
 * unknown.
 */
public class RedisTimeoutException extends SlotwiseException {
  private static final long serialVersionUID = 1L;

  public RedisTimeoutException(String message) {
    super(message);
  }

  public RedisTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
