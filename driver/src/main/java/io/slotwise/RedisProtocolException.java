package io.slotwise;

/**
 * The bytes received from a server are not valid RESP, or break a configured limit (bulk size,
 * aggregate length, nesting depth). The connection that received them is closed and every command
 * in flight on it fails with this exception.
 */
public class RedisProtocolException extends SlotwiseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong with the bytes received
   */
  public RedisProtocolException(String message) {
    super(message);
  }
}
