package io.slotwise;

/**
 * Where a Redis Cluster client sends read-only commands ({@link
 * io.slotwise.internal.protocol.Command#isReadOnly()}); writes always go to the slot's master. Set
 * with {@link SlotwiseConfig.Builder#readFrom(ReadFrom)}.
 *
 * <p>"Healthy" below means: the node is listed as an online replica of the slot's master in the
 * client's slot map, the client's connection to it is up, and its last command did not fail or time
 * out. Reads from a replica may return data a little behind the master (replication is
 * asynchronous). With any policy but {@link #MASTER}, every cluster connection sends {@code
 * READONLY} after its handshake; that is harmless on a master and lets a replica serve the reads of
 * its master's slots (it answers {@code MOVED} for other slots, which the client follows).
 *
 * <p>Only cluster mode uses it; standalone and Codis clients ignore it.
 */
public enum ReadFrom {
  /** The slot's master only (the default): reads see every acknowledged write. */
  MASTER,
  /** The master while its connection is healthy, else a healthy replica, else the master. */
  MASTER_PREFERRED,
  /**
   * Replicas only, in turn; the master only when the slot map lists no online replica for the slot
   * (a listed replica that is reconnecting is waited for, within the command timeout).
   */
  REPLICA,
  /** A healthy replica, in turn; the master when no replica of the slot is healthy. */
  REPLICA_PREFERRED,
  /** Any healthy node of the slot (master or replica), in turn; the master when none is. */
  ANY,
  /**
   * The healthy node of the slot (master or replica) with the lowest measured round-trip time: each
   * node is pinged once per second and an exponentially weighted moving average kept; nodes not
   * measured yet are not chosen, the master is taken when none is measured.
   */
  LOWEST_LATENCY
}
