package io.slotwise.internal.transport;

/**
 * An {@link Outbound} that may go over a {@link DirectLinks caller-thread link}: it learns which
 * link carries it, so that its deadline can {@link Link#abort abort} the blocked read. Its
 * callbacks are then called on the calling thread, before {@link DirectLinks#call} returns.
 */
public interface DirectOutbound extends Outbound {

  /** A link in use, as its user's deadline sees it. */
  interface Link {
    /**
     * Ends the use {@code stamp} at once if it is still in progress: the socket closes and the
     * blocked call returns with a failure (which its outbound then ignores). Any thread; a no-op
     * for a use that has ended.
     */
    void abort(long stamp);
  }

  /**
   * Called on the calling thread: {@code link} carries this command under {@code stamp} from now.
   * Never cleared: once the use has ended, {@link Link#abort} with its stamp does nothing.
   */
  void onLink(Link link, long stamp);
}
