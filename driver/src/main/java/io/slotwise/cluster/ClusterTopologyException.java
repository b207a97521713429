package io.slotwise.cluster;

import io.slotwise.SlotwiseException;

/**
 * The cluster topology could not be loaded: no seed or known node answered, or a node's answer to
 * {@code CLUSTER SHARDS} / {@code CLUSTER SLOTS} could not be understood. The message names every
 * address tried and why each failed.
 */
public class ClusterTopologyException extends SlotwiseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message names every address tried and why each failed
   */
  public ClusterTopologyException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message names every address tried and why each failed
   * @param cause the last failure
   */
  public ClusterTopologyException(String message, Throwable cause) {
    super(message, cause);
  }
}
