package io.slotwise;

/**
 * A command was redirected ({@code MOVED}/{@code ASK}) more often than {@link
 * RetryOptions#maxRedirects()} allows — the cluster is reshuffling faster than the client can
 * follow, or two nodes disagree about a slot. The message names the command, the slot and the nodes
 * tried.
 */
public class RedisRedirectionException extends SlotwiseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message names the command, the slot and the nodes tried
   */
  public RedisRedirectionException(String message) {
    super(message);
  }
}
