package io.slotwise;

/**
 * A write was sent and its connection broke before the reply came: the server may or may not have
 * executed it. Slotwise does not resend such writes by default (at most once), so that no write is
 * ever applied twice; the application decides. Opt into at-least-once retries with {@link
 * SlotwiseConfig.Builder#retryWritesAtLeastOnce(boolean)}.
 */
public class RedisOutcomeUnknownException extends RedisConnectionException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message names the command and the node
   * @param cause why the connection broke
   */
  public RedisOutcomeUnknownException(String message, Throwable cause) {
    super(message, cause);
  }
}
