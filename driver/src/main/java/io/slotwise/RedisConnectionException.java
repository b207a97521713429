package io.slotwise;

/**
 * A connection to a node could not be made, or broke. The message names the node.
 *
 * <p>When this exception reaches the application the command was <em>not</em> executed, unless it
 * is the subclass {@link RedisOutcomeUnknownException}.
 */
public class RedisConnectionException extends SlotwiseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming the node
   */
  public RedisConnectionException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what failed, naming the node
   * @param cause the I/O, TLS or handshake failure
   */
  public RedisConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
