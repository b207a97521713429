package io.slotwise;

/**
 * A command was refused before it was sent because its node already had as many commands queued and
 * in flight as {@link ConnectionOptions#maxInFlightPerNode()} allows (the node is slow or down, or
 * the application sends faster than it can answer). The command was <em>not</em> executed; the
 * application may retry later or shed load. The message names the node, the limit and the count.
 */
public class RedisBackpressureException extends RedisConnectionException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message names the node, the limit and the count
   */
  public RedisBackpressureException(String message) {
    super(message);
  }
}
